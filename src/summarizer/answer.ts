import { prepareArticle, type Sentence } from './prepare.js';
import { contentStems } from './tokens.js';
import type { Answer, Article } from './types.js';

/**
 * Follow-up questions: BM25 over stems ranks the article's sentences against the question;
 * the best one to three (within 60% of the best score, and only where they share a
 * content word of the question) come back in article order. When no sentence shares a
 * distinctive enough term, the answer says the article does not say.
 */
const K1 = 1.2;
const B = 0.75;
/** A match must carry at least this much BM25 weight (about one rare term) to count. */
export const MIN_ANSWER_SCORE = 1.5;
const QUESTION_WORDS = new Set([
  'what',
  'who',
  'when',
  'where',
  'why',
  'how',
  'which',
  'whom',
  'whose',
  'did',
  'does',
  'do',
  'is',
  'are',
  'was',
  'were',
  'tell',
  'about',
  'article',
]);

/** How much a sentence holding the expected kind of answer gains over its term match. */
export const ANSWER_TYPE_BOOST = 1.5;

const AMOUNT =
  /(?:[$£€¥]\s?\d|\d[\d,.]*\s?(?:%|percent|per cent|million|billion|trillion|bn|m\b|thousand|dollars|euros|pounds|yuan|yen))/i;
const TIME =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|(?:19|20)\d\d|yesterday|today|tomorrow|tonight|next (?:week|month|year)|last (?:week|month|year)|\d{1,2}(?::\d\d)?\s?(?:a\.?m\.?|p\.?m\.?))\b/;
const COUNT =
  /\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?)\b/i;
const PERSON = /\b[A-Z][a-z]+\s+[A-Z][a-z]+\b/;

/** The kind of answer a question asks for, as a pattern a sentence holding one matches. */
function expectedAnswer(question: string): RegExp | undefined {
  const q = question.toLowerCase();
  if (/\bhow (?:much|expensive)\b|\bwhat (?:is|was|will be) the (?:cost|price)\b|\bcost\b/.test(q))
    return AMOUNT;
  if (/\bhow many\b/.test(q)) return COUNT;
  if (/\bwhen\b|\bwhat (?:time|date|day)\b/.test(q)) return TIME;
  if (/\bwho\b/.test(q)) return PERSON;
  return undefined;
}

export function answer(article: Article, question: string): Answer {
  const { sentences } = prepareArticle(article.text, article.title);
  const terms = [...new Set(contentStems(question).filter((t) => !QUESTION_WORDS.has(t)))];
  if (sentences.length === 0 || terms.length === 0)
    return { found: false, sentences: [], score: 0 };
  const expects = expectedAnswer(question);
  const scored = bm25(sentences, terms).map((s) =>
    // A sentence that matches the question and holds the kind of thing asked for (an amount
    // for "how much", a date for "when", a name for "who") answers it better.
    s.score > 0 && expects?.test(s.sentence.text)
      ? { ...s, score: s.score * ANSWER_TYPE_BOOST }
      : s,
  );
  const best = Math.max(...scored.map((s) => s.score));
  if (best < MIN_ANSWER_SCORE) return { found: false, sentences: [], score: best };
  const picked = scored
    .filter((s) => s.score >= best * 0.6)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .sort((a, b) => a.sentence.id - b.sentence.id);
  return { found: true, sentences: picked.map((s) => s.sentence.text), score: round(best) };
}

function bm25(
  sentences: readonly Sentence[],
  terms: readonly string[],
): { sentence: Sentence; score: number }[] {
  const n = sentences.length;
  const avgLen = sentences.reduce((a, s) => a + s.stems.length, 0) / n || 1;
  const df = new Map<string, number>();
  for (const s of sentences)
    for (const t of new Set(s.stems)) if (terms.includes(t)) df.set(t, (df.get(t) ?? 0) + 1);
  return sentences.map((sentence) => {
    const tf = new Map<string, number>();
    for (const t of sentence.stems) if (terms.includes(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
    let score = 0;
    for (const [t, f] of tf) {
      const d = df.get(t) ?? 0;
      const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
      score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * sentence.stems.length) / avgLen));
    }
    return { sentence, score };
  });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
