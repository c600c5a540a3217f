import { type CleanedArticle, cleanArticle, type Removal } from './clean-article.js';
import { cutGluedCaption, cutNamedCaption, cutRepeatedRun } from './glued-captions.js';
import { en } from './letters.js';
import { splitSentences } from './split-sentences.js';
import { contentStems, wordsAndStems } from './tokens.js';

/** A story sentence with what the later stages need, computed once. */
export interface Sentence {
  /** Index in article order. */
  readonly id: number;
  readonly text: string;
  readonly paragraph: number;
  /** Position within its paragraph (0 = opens the paragraph). */
  readonly inParagraph: number;
  readonly heading?: string | undefined;
  /**
   * An upper-case label run into the front of the sentence and cut ("PLAYERS HE LIKES: A big
   * fan of …"): a fact box's entry, or a kicker over the story.
   */
  readonly kicker?: string | undefined;
  /**
   * The sentence opened straight after a "Scroll down for video" and no caption was cut from
   * it: a photo's caption run into the story (CleanedArticle.afterPromo), no lede or point.
   */
  readonly afterPromo: boolean;
  readonly words: number;
  readonly stems: readonly string[];
}

export interface PreparedArticle {
  readonly cleaned: CleanedArticle;
  readonly sentences: readonly Sentence[];
}

/** Stages 1 and 2: clean the text and split the story into sentences. */
export function prepareArticle(text: string, title?: string): PreparedArticle {
  const cleaned = cleanArticle(text, title);
  const sentences: Sentence[] = [];
  cleaned.paragraphs.forEach((p, paragraph) => {
    splitSentences(p.text).forEach((s, inParagraph) => {
      sentences.push(sentence(sentences.length, s, paragraph, inParagraph, p.heading));
    });
  });
  return cutGluedCaptions(cleaned, unnumbered(sentences));
}

/**
 * A sentence with its word count and stems. (Every sentence is made here, the ones a later
 * cut changes too, not by spreading another: objects of one shape keep the code that reads
 * them on its optimised path.)
 */
function sentence(
  id: number,
  text: string,
  paragraph: number,
  inParagraph: number,
  heading: string | undefined,
  kicker: string | undefined = undefined,
  afterPromo = false,
): Sentence {
  const { words, stems } = wordsAndStems(text);
  return { id, text, paragraph, inParagraph, heading, kicker, afterPromo, words, stems };
}

/** A list item's number glued to the end of the sentence before it: "… snacks 2." */
const ITEM_NUMBER = /\s(\d{1,2})\.$/;

/**
 * A numbered list whose numbers the copy lost the line breaks of ("… favourite snacks 2. Ramen
 * noodle soup is … restaurants 3. He averages … camp 4."): in a run of three or more sentences
 * ending on consecutive numbers, each number belongs to the next item, not to its sentence.
 */
function unnumbered(sentences: Sentence[]): Sentence[] {
  const n = sentences.map((s) => Number(ITEM_NUMBER.exec(s.text)?.[1] ?? Number.NaN));
  const strip = new Set<number>();
  for (let i = 0; i < n.length; ) {
    let j = i;
    while (j + 1 < n.length && n[j + 1] === (n[j] as number) + 1) j++;
    if (j - i >= 2) for (let k = i; k <= j; k++) strip.add(k);
    i = j + 1;
  }
  if (strip.size === 0) return sentences;
  return sentences.map((s, i) => {
    if (!strip.has(i)) return s;
    return sentence(s.id, s.text.replace(ITEM_NUMBER, '.'), s.paragraph, s.inParagraph, s.heading);
  });
}

/**
 * Stage 1 again, now that sentences are known: Daily Mail copy glues photo captions to the
 * next sentence with no full stop (glued-captions.ts). Cut them, count them as removed.
 */
const KICKER = en`^['‘"“]?(?:[A-Z][A-Z0-9'’&-]*\s+){0,5}[A-Z][A-Z0-9'’&-]+['’"”]?:\s+(?=[\p{Lu}"“‘'])`;

function cutGluedCaptions(
  cleaned: CleanedArticle,
  sentences: readonly Sentence[],
): PreparedArticle {
  const removed: Removal[] = [];
  const stems = sentences.map((s) => s.stems);
  // (The caption after a video's pointer often says the lede again: the sentence it opens is
  // the last one that starts with its words.)
  const promoted = new Set(
    (cleaned.afterPromo ?? [])
      .map((p) => sentences.findLastIndex((s) => s.text.startsWith(p)))
      .filter((i) => i >= 0),
  );
  const out = sentences.map((s, i) => {
    // An upper-case kicker run into the text ("PLAYERS HE LIKES: A big fan of …", "'I'M RUNNING
    // FOR PRESIDENT': Clinton has cast herself …") is a heading.
    const kicker = KICKER.exec(s.text);
    if (kicker) removed.push({ text: kicker[0].trim(), reason: 'cruft' });
    const unkicked = kicker ? s.text.slice(kicker[0].length) : s.text;
    // A caption that says the sentence again, word for word, with what was glued before it.
    const repeated = cutRepeatedRun(unkicked);
    if (repeated.caption !== '') removed.push({ text: repeated.caption, reason: 'caption' });
    // A caption that names someone in full, glued to the sentence that names them by surname.
    const named = cutNamedCaption(repeated.text);
    if (named.caption !== '') removed.push({ text: named.caption, reason: 'caption' });
    const text = named.text;
    const cut = cutGluedCaption(text, contentStems, stems, i);
    const uncut = cut.caption === '' && repeated.caption === '' && named.caption === '';
    // (A sentence after a video's pointer, with no caption found to cut: the caption is in it.)
    if (uncut && promoted.has(i)) {
      const heading = kicker?.[0].replace(/:\s*$/, '').trim();
      return sentence(s.id, text, s.paragraph, s.inParagraph, s.heading, heading, true);
    }
    if (uncut && !kicker) return s;
    if (cut.caption !== '') removed.push({ text: cut.caption, reason: 'caption' });
    // (A caption cut from the front may leave a kicker opening what is left.)
    const late = cut.caption !== '' ? KICKER.exec(cut.text) : null;
    if (late) removed.push({ text: late[0].trim(), reason: 'cruft' });
    const left = late ? cut.text.slice(late[0].length) : cut.text;
    const label = (kicker ?? late)?.[0].replace(/:\s*$/, '').trim();
    return sentence(s.id, left, s.paragraph, s.inParagraph, s.heading, label);
  });
  if (removed.length === 0 && promoted.size === 0) return { cleaned, sentences };
  return { cleaned: { ...cleaned, removed: [...cleaned.removed, ...removed] }, sentences: out };
}

/** The clean + split stages as one call, for baselines that must see the same sentences. */
export function prepareSentences(text: string): string[] {
  return prepareArticle(text).sentences.map((s) => s.text);
}
