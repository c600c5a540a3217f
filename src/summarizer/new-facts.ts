import { en } from './letters.js';
import { prepareArticle } from './prepare.js';
import { contentStem, WORD_RE } from './tokens.js';

/**
 * New facts of a developing story: the sentences of today's article that say what the channel
 * was not told before. A sentence is new when enough of its weight is unknown: content stems
 * no earlier sentence had, numbers no earlier sentence gave (counted double: a new toll, price
 * or date is the news) and names no earlier sentence mentioned (one and a half). Pure.
 */

/** Share of a sentence's weight that must be unknown for it to count as a new fact (tuned on test/fixtures/developing). */
export const NEW_FACT_THRESHOLD = 0.45;
/**
 * The same for the article's first sentence: a follow-up leads with its news but names the
 * story again around it (the place, the people), so less of its weight is new.
 */
export const LEDE_THRESHOLD = 0.15;
/** Most new facts an update shows. */
export const MAX_NEW_FACTS = 3;
/** Sentences of an article kept to compare later articles with. */
export const MAX_STORY_SENTENCES = 40;
/** A sentence with fewer terms (content words and numbers) than this says too little to be a fact on its own. */
const MIN_TERMS = 3;
const NUMBER_WEIGHT = 2;
const NAME_WEIGHT = 1.5;

export interface NewFactOptions {
  readonly threshold?: number;
  readonly ledeThreshold?: number;
  readonly max?: number;
}

/** What is known already: stems, numbers and names of every earlier sentence. */
export interface KnownFacts {
  readonly stems: Set<string>;
  readonly numbers: Set<string>;
}

interface Term {
  readonly key: string;
  readonly weight: number;
  readonly number: boolean;
}

const NUMBER = /\d[\d,.]*\d|\d/g;

/** The sentences of an article as the summarizer splits them (cleaned), to store and compare. */
export function storySentences(
  text: string,
  title?: string,
  max: number = MAX_STORY_SENTENCES,
): string[] {
  return prepareArticle(text, title)
    .sentences.slice(0, max)
    .map((s) => s.text);
}

/** The weighted terms of a sentence: numbers (commas dropped), and content stems (names weigh more). */
function terms(sentence: string): Term[] {
  const out: Term[] = [];
  for (const m of sentence.match(NUMBER) ?? [])
    out.push({ key: m.replace(/,/g, '').replace(/\.$/, ''), weight: NUMBER_WEIGHT, number: true });
  // The words as written (a capital marks a name), as wordTokens would find them.
  const words = sentence.match(WORD_RE) ?? [];
  words.forEach((word, i) => {
    if (/\d/.test(word)) return;
    const stem = contentStem(word.toLowerCase());
    if (!stem) return;
    const name = i > 0 && en`^\p{Lu}`.test(word);
    out.push({ key: stem, weight: name ? NAME_WEIGHT : 1, number: false });
  });
  return out;
}

export function knownFacts(sentences: readonly string[]): KnownFacts {
  const known: KnownFacts = { stems: new Set(), numbers: new Set() };
  for (const s of sentences) learn(known, s);
  return known;
}

function learn(known: KnownFacts, sentence: string): void {
  for (const t of terms(sentence)) (t.number ? known.numbers : known.stems).add(t.key);
}

/**
 * Share (0..1) of the sentence's weight that is not known yet; 0 for a sentence too short to
 * carry a fact of its own.
 */
export function novelty(sentence: string, known: KnownFacts): number {
  const ts = terms(sentence);
  if (ts.length < MIN_TERMS) return 0;
  let total = 0;
  let unknown = 0;
  for (const t of ts) {
    total += t.weight;
    if (!(t.number ? known.numbers : known.stems).has(t.key)) unknown += t.weight;
  }
  return total === 0 ? 0 : unknown / total;
}

/**
 * The sentences among `candidates` (today's article, in article order) that say what none of
 * `earlier` (what the channel was shown, and the earlier articles) said: up to `max`, the
 * first ones first (a follow-up leads with its news, so its first sentence needs less). A fact taken counts as known for the
 * next, so two sentences telling the same new thing give one fact.
 */
export function newFacts(
  candidates: readonly string[],
  earlier: readonly string[],
  options: NewFactOptions = {},
): string[] {
  const threshold = options.threshold ?? NEW_FACT_THRESHOLD;
  const ledeThreshold = options.ledeThreshold ?? LEDE_THRESHOLD;
  const max = options.max ?? MAX_NEW_FACTS;
  const known = knownFacts(earlier);
  const facts: string[] = [];
  for (const [i, sentence] of candidates.entries()) {
    if (facts.length >= max) break;
    if (novelty(sentence, known) < (i === 0 ? ledeThreshold : threshold)) continue;
    facts.push(sentence);
    learn(known, sentence);
  }
  return facts;
}

/**
 * Share (0..1) of `candidates` that say nothing new against `earlier`: how much of an article
 * retells what was told before. A follow-up retells its story's background; an unrelated story
 * that merely shares a few names retells next to nothing.
 */
export function retoldShare(
  candidates: readonly string[],
  earlier: readonly string[],
  threshold: number = NEW_FACT_THRESHOLD,
): number {
  const known = knownFacts(earlier);
  const told = candidates.filter((s) => novelty(s, known) < threshold).length;
  return candidates.length === 0 ? 0 : told / candidates.length;
}
