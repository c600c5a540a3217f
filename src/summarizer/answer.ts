import {
  type AskedFor,
  askedFor,
  Holds,
  holdsAnswer,
  KIND_WORDS,
  type Matches,
} from './answer-kinds.js';
import { type QuestionTerm, questionTerms } from './answer-lexicon.js';
import { formAt, sameForm, type VerbForm } from './answer-verb.js';
import { prepareArticle, type Sentence } from './prepare.js';
import { contentStem, wordTokens } from './tokens.js';
import type { Answer, Article } from './types.js';

/**
 * Follow-up questions. Sentences are ranked by BM25 over the question's words, where each
 * word also matches the words an article uses for it ("sent" ~ "dispatched", "rise" ~
 * "rose": answer-lexicon.ts), and a sentence that holds the kind of answer asked for (a
 * name for who, a date for when, an amount for how much: answer-kinds.ts) is preferred;
 * for a question that asks for a kind, only such a sentence answers. A sentence that says
 * the question's verb in its tense and voice ("did … decide?": "voted") is preferred, and
 * one that says it only in another tense ("is expected to vote") does not answer when such
 * a sentence exists (answer-verb.ts). The best sentence
 * comes first, then up to two more about as good. "The article does not say" when no
 * sentence matches enough of the question's words and holds that kind of answer.
 */
const K1 = 1.2;
const B = 0.75;
/** A match must carry at least this much BM25 weight (about one rare term) to count. */
export const MIN_ANSWER_SCORE = 1.5;
/** How much a sentence holding the kind of answer asked for gains over its term match. */
export const ANSWER_TYPE_BOOST = 1.5;
/** A word the article uses for the question's word counts this much of the word itself. */
const ALTERNATIVE_WEIGHT = 0.8;
/** The share of the question's (idf-weighted) words an answer must match. */
const MIN_COVERAGE = 0.4;
/** How much of the sentence before's match with the question a sentence borrows. */
const CONTEXT_WEIGHT = 0.5;
/** The boost for a why-question's sentence whose reason clause may only set the scene. */
const LOOSE_REASON_BOOST = 1.2;
/** The words the kind of answer stands for ("cost" for an amount) count this much when only the amount says them. */
const IMPUTED_KIND = 0.5;
/** What a sentence about plans or forecasts counts for a question about what is or was. */
const OTHER_TENSE = 0.8;
/** A sentence that says the question's verb in its tense and voice ("did … decide": "voted"). */
const SAME_FORM = 1.25;
const FUTURE =
  /\b(?:will|would|going to|aims? to|plans? to|expects?|expected to|is to|are to|predict\w*|forecasts?|targets?)\b/i;
/** How much more the article's first sentences count (a position prior, decaying). */
const LEAD_BONUS = 0.25;
/** Further sentences come only when they score this close to the best. */
const RUNNER_UP = 0.8;

interface Ranked extends Scored {
  readonly holds: boolean;
  /** The sentence holds the kind asked for firmly ("who won": the name that won). */
  readonly firm: boolean;
  readonly agrees: Agreement;
}

interface Scored {
  readonly sentence: Sentence;
  readonly score: number;
  readonly coverage: number;
}

export function answer(article: Article, question: string): Answer {
  const { sentences } = prepareArticle(article.text, article.title);
  const terms = questionTerms(question);
  if (sentences.length === 0 || terms.length === 0)
    return { found: false, sentences: [], score: 0 };
  return pick(rankAnswers(sentences, question, terms), askedFor(question));
}

/** Every sentence with its score, its share of the question's words, and whether it holds the kind asked for. */
export function rankAnswers(
  sentences: readonly Sentence[],
  question: string,
  terms: readonly QuestionTerm[] = questionTerms(question),
): Ranked[] {
  const asked = askedFor(question);
  const questionWords = new Set(wordTokens(question));
  // "how many parking spaces": what is counted is the last word ("spaces"), next to the count;
  // "how much cocoa": what is measured is said in the sentence or the one before.
  const noun = questionTerms(asked.counted ?? '').at(-1);
  const measured = questionTerms(asked.measured ?? '').at(-1);
  const says = (s: Sentence | undefined, t: QuestionTerm) =>
    s?.stems.some((x) => t.alternatives.has(x)) ?? false;
  const verb = asked.verb ? questionTerms(asked.verb)[0] : undefined;
  // A sentence that holds the kind asked for has answered the words that name it ("cost").
  const kindWords = new Set(
    (asked.kind ? (KIND_WORDS[asked.kind] ?? []) : []).map((w) => contentStem(w) || w),
  );
  const raw = bm25(sentences, terms, kindWords);
  const futureQuestion = FUTURE.test(question);
  const scored = raw.map((s) => {
    const matches = matchesIn(s.sentence.text, terms, verb, noun);
    const level =
      s.score > 0 ? holdsAnswer(s.sentence.text, asked, questionWords, matches) : Holds.No;
    const holds =
      level !== Holds.No &&
      (!measured || says(s.sentence, measured) || says(sentences[s.sentence.id - 1], measured));
    // "How many subscribers does it have?" is not answered by what it aims to have; "what did
    // the council decide?" by "voted", not "is expected to vote" or "after the vote".
    const agrees = agreement(s.sentence.text, matches.verb, asked.form);
    const tense = tenseFactor(agrees, s.sentence.text, futureQuestion);
    // A sentence leans on the one before: what that one says of the question counts half. One
    // that tells the question's event (its verb, in its tense and voice: "Gatlin, who won in
    // 9.87 seconds") leans on the article's first sentence too, which names what the story is
    // about ("his Olympic 100m title").
    const before = s.sentence.id > 0 ? raw[s.sentence.id - 1] : undefined;
    const lede = agrees === 'same' ? raw[0] : undefined;
    const context =
      CONTEXT_WEIGHT *
      Math.max(0, (before?.coverage ?? 0) - s.coverage, (lede?.coverage ?? 0) - s.coverage);
    const coverage = (holds ? s.kindCoverage : s.coverage) + context;
    // A loose reason ("warned that…") is still a reason; a loose name or amount is only there.
    const loose = asked.kind === 'why' ? LOOSE_REASON_BOOST : 1;
    const boost = !holds ? 1 : level === Holds.Firmly ? ANSWER_TYPE_BOOST : loose;
    // News puts what matters first: of two equal matches, the earlier sentence answers.
    const lead = 1 + LEAD_BONUS * Math.exp(-s.sentence.id / 8);
    const score = (s.score + (holds ? s.kindScore : 0)) * boost * lead * tense;
    return { ...s, coverage, score, holds, firm: level === Holds.Firmly, agrees };
  });
  return scored;
}

/** How a sentence says the question's verb: in its tense and voice, in another tense, only in another voice. */
type Agreement = 'same' | 'tense' | 'voice' | undefined;

function agreement(
  text: string,
  verbAt: readonly number[] | undefined,
  asked: VerbForm | undefined,
): Agreement {
  if (!asked || !verbAt || verbAt.length === 0) return undefined;
  const words = text.split(/\s+/);
  const forms = verbAt.flatMap((v) => formAt(words, v) ?? []);
  if (forms.some((f) => sameForm(f, asked))) return 'same';
  if (forms.some((f) => f.tense === asked.tense)) return 'voice';
  return forms.length > 0 ? 'tense' : undefined;
}

/**
 * How a sentence's tense suits the question's: the question's verb said in the same tense and
 * voice counts more, in another form less; without the verb, a sentence about plans counts
 * less for a question about what is or was.
 */
function tenseFactor(agrees: Agreement, text: string, futureQuestion: boolean): number {
  if (agrees === 'same') return SAME_FORM;
  if (agrees !== undefined) return OTHER_TENSE;
  return !futureQuestion && FUTURE.test(text) ? OTHER_TENSE : 1;
}

function pick(scored: readonly Ranked[], asked: AskedFor): Answer {
  // A question that asks for a kind is answered only by a sentence holding one.
  const all = scored.filter(
    (s) => s.score > 0 && s.coverage >= MIN_COVERAGE && (asked.kind === undefined || s.holds),
  );
  // "who won?": a sentence whose name is the verb's subject ("Gatlin, who won") answers
  // before one that only names someone near it ("Greene aims to … by winning").
  const firm = all.filter((s) => s.firm);
  const named = asked.kind === 'who' && firm.length > 0 ? firm : all;
  // "what did the council decide?": when a sentence says it in the past ("voted"), one that
  // says it only in another tense ("is expected to vote") does not answer.
  const candidates = named.some((s) => s.agrees === 'same')
    ? named.filter((s) => s.agrees !== 'tense')
    : named;
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = Math.max(0, ...candidates.map((s) => s.score));
  if (candidates.length === 0 || top < MIN_ANSWER_SCORE)
    return { found: false, sentences: [], score: round(best) };
  const picked = candidates
    .filter((s) => s.score >= top * RUNNER_UP)
    .sort((a, b) => b.score - a.score || a.sentence.text.length - b.sentence.text.length)
    .slice(0, 3);
  return { found: true, sentences: picked.map((s) => s.sentence.text), score: round(top) };
}

/** Where in the sentence's words the question's words, its verb and its noun stand. */
function matchesIn(
  text: string,
  terms: readonly QuestionTerm[],
  verb: QuestionTerm | undefined,
  noun: QuestionTerm | undefined,
): Matches {
  const stems = text.split(/\s+/).map((w) =>
    contentStem(
      w
        .toLowerCase()
        .replace(/^\W+|\W+$/g, '')
        .replace(/['’]s$/, ''),
    ),
  );
  const where = (t: QuestionTerm) =>
    stems.flatMap((x, i) => (x !== '' && t.alternatives.has(x) ? [i] : []));
  return {
    terms: terms.flatMap(where),
    verb: verb ? where(verb) : undefined,
    noun: noun ? where(noun) : undefined,
  };
}

/**
 * BM25 of each sentence; a question word matches itself or, at a discount, its
 * alternatives. Coverage is the idf-weighted share of the question's words the sentence
 * matches: a word the whole article never uses counts half when it is the question's verb
 * (articles say it other ways), fully when it is a thing the article never mentions.
 * `kindCoverage` leaves out the words the kind of answer stands for ("cost"), `kindScore`
 * is what they would have scored.
 */
function bm25(
  sentences: readonly Sentence[],
  terms: readonly QuestionTerm[],
  kindWords: ReadonlySet<string>,
): (Scored & { readonly kindCoverage: number; readonly kindScore: number })[] {
  const n = sentences.length;
  const avgLen = sentences.reduce((a, s) => a + s.stems.length, 0) / n || 1;
  const df = terms.map(
    (t) => sentences.filter((s) => s.stems.some((x) => t.alternatives.has(x))).length,
  );
  const idf = df.map((d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  const weight = terms.map((t, i) => ((df[i] ?? 0) === 0 && t.varies ? 0.5 : 1) * (idf[i] ?? 0));
  const isKind = terms.map((t) => kindWords.has(t.stem));
  const total = weight.reduce((a, b) => a + b, 0) || 1;
  const kindWeight = weight.reduce((a, w, i) => a + (isKind[i] ? w : 0), 0);
  return sentences.map((sentence) => {
    const norm = K1 * (1 - B + (B * sentence.stems.length) / avgLen);
    let score = 0;
    let matched = 0;
    let matchedBesidesKind = 0;
    let kindScore = 0;
    let kindMatched = 0;
    terms.forEach((t, i) => {
      let f = 0;
      for (const x of sentence.stems)
        if (x === t.stem) f += 1;
        else if (t.alternatives.has(x)) f += ALTERNATIVE_WEIGHT;
      const w = idf[i] ?? 0;
      if (f === 0) {
        if (isKind[i]) kindScore += (IMPUTED_KIND * w * (K1 + 1)) / (1 + norm);
        return;
      }
      if (isKind[i]) kindMatched += weight[i] ?? 0;
      matched += weight[i] ?? 0;
      matchedBesidesKind += weight[i] ?? 0;
      score += (w * f * (K1 + 1)) / (f + norm);
    });
    return {
      sentence,
      score,
      coverage: matched / total,
      // The kind's own words count when the sentence says them, and are left out when the
      // amount stands for them.
      kindCoverage: matchedBesidesKind / (total - kindWeight + kindMatched || 1),
      kindScore,
    };
  });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
