import RuleSet from 'natural/lib/natural/brill_pos_tagger/lib/RuleSet.js';
import { boundedMemo } from '../../core/bounded-memo.js';
import { en } from '../letters.js';
import { englishLexicon } from './lexicon.js';

/**
 * Part-of-speech tags (Penn Treebank) with natural's Brill tagger over its English lexicon
 * (in the compact form of lexicon.ts, read on first use), plus one context rule for news
 * copy: a word the lexicon knows first as a noun but also as a verb is a verb where a clause
 * still lacks one and it follows its subject ("Experts doubt the visit", "Mayor claims …").
 */
export interface Token {
  readonly text: string;
  readonly tag: string;
}

/** A word as natural's Brill rules read and retag it. */
interface BrillWord {
  token: string;
  tag: string;
}

/** One of natural's transformation rules (TransformationRule.apply). */
interface BrillRule {
  apply(sentence: { taggedWords: BrillWord[] }, position: number): void;
}

let brill:
  | {
      readonly lookup: (word: string) => string[];
      /** Whether the lexicon has the word as written (not only in lower case). */
      readonly asWritten: (word: string) => boolean;
      readonly rules: BrillRule[];
    }
  | undefined;

/** The lexicon's look-up and natural's rules, loaded on first use. */
function loadBrill(): NonNullable<typeof brill> {
  if (brill === undefined) {
    const lexicon = englishLexicon();
    brill = {
      // Words repeat across sentences and articles: each is searched for once.
      lookup: boundedMemo(
        (w: string): string[] => lexicon.get(w) ?? lexicon.get(w.toLowerCase()) ?? NOT_FOUND,
        200_000,
      ),
      asWritten: boundedMemo((w: string): boolean => lexicon.get(w) !== undefined, 200_000),
      rules: new RuleSet('EN').getRules() as BrillRule[],
    };
  }
  return brill;
}

/** The lexicon's tags for a word, most likely first (none for a word it does not know). */
export function lexiconTags(word: string): readonly string[] {
  const found = loadBrill().lookup(word);
  return found === NOT_FOUND ? [] : found;
}

/**
 * Whether any word of `text` can be a verb by the lexicon (not a base form after "to": "The
 * ability to fly." has none), or is a contracted one ("We've"). Cheaper and, on a line of a few
 * words, surer than tagging it: the tagger's context rules need a clause around the verb.
 */
export function mayHaveVerb(text: string): boolean {
  return hasReading(text, ANY_VERB);
}

/**
 * Whether a short line has a verb, read in context ("The usual banking stuff.": "stuff" can be
 * a verb, but is the noun there; only "banking" is tagged a verb's form, a participle). The
 * tagger errs on a few short lines ("Senanayake works/NNS for …"): a word the lexicon has as a
 * verb's third-person or past form counts whatever its tag.
 */
export function hasVerbInContext(text: string): boolean {
  if (CONTRACTED_VERB.test(text)) return true;
  if (tagSentence(text).some((t) => VERB_IN_CONTEXT.test(t.tag))) return true;
  return hasReading(text, THIRD_PERSON_OR_PAST);
}
/** A verb contracted onto the word before it: "we've", "it's", "they'll". */
const CONTRACTED_VERB = en.i`\p{L}['’](?:ve|re|m|ll|d|s)\b`;
const ANY_VERB = /^(?:VB|VBD|VBP|VBZ|MD)$/;
const VERB_IN_CONTEXT = /^(?:VB|VBD|VBP|VBZ|VBN|MD)$/;
const THIRD_PERSON_OR_PAST = /^(?:VBZ|VBD)$/;

function hasReading(text: string, verb: RegExp): boolean {
  if (CONTRACTED_VERB.test(text)) return true;
  const { lookup } = loadBrill();
  const tokens = tokenize(text);
  return tokens.some((token, i) => {
    // (A base form after "to" is the infinitive of something else's verb.)
    if (/^to$/i.test(tokens[i - 1] ?? '')) return false;
    const readings = lookup(token);
    if (readings === NOT_FOUND) return en`^\p{Ll}+(?:ed|s)$`.test(token);
    // (A function word first, "The", "and", "more", whatever rarer readings the lexicon lists.)
    if (FUNCTION_TAG.test(readings[0] ?? '')) return false;
    return readings.some((r) => verb.test(r));
  });
}

const FUNCTION_TAG =
  /^(?:DT|PDT|CC|IN|TO|PRP\$?|WDT|WP\$?|WRB|CD|JJR|JJS|RBR|RBS|POS|EX|UH|[.,:!?"'()])$/;

/**
 * natural's Brill tagging (Brill_POS_Tagger.tag, done here without its per-word objects and
 * closures): each word starts from its lexicon's first tag (defaultTag for a word it lacks),
 * then every rule is tried at every position, in order. Also returns what the lexicon said of
 * each word (NOT_FOUND for none), which the context rules read.
 */
function brillTag(tokens: readonly string[]): { words: BrillWord[]; lexical: string[][] } {
  const { lookup, rules } = loadBrill();
  const words: BrillWord[] = [];
  const lexical: string[][] = [];
  for (const token of tokens) {
    const found = lookup(token);
    lexical.push(found);
    words.push({ token, tag: found === NOT_FOUND ? defaultTag(token) : (found[0] as string) });
  }
  const sentence = { taggedWords: words };
  for (let i = 0; i < words.length; i++) for (const rule of rules) rule.apply(sentence, i);
  return { words, lexical };
}
const NOT_FOUND: string[] = [];

/** What an unknown word most likely is: a name when capitalised, a number, else a noun. */
function defaultTag(word: string): string {
  if (/^[\d.,:/%$£€-]+$/.test(word) && /\d/.test(word)) return 'CD';
  if (en`^\p{Lu}`.test(word)) return 'NNP';
  if (en`\p{L}ly$`.test(word)) return 'RB';
  if (en`\p{L}ed$`.test(word)) return 'VBD';
  if (en`\p{L}ing$`.test(word)) return 'VBG';
  if (en`\p{L}s$`.test(word)) return 'NNS';
  return 'NN';
}

const PLAIN_WORD = en`^[\p{L}\p{N}]+$`;
/** Words written with a period that does not end a sentence: months, titles, "No.", "vs.". */
const ABBREVIATION =
  /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|No|vs|Mt|Ft)$/;
const ABBREVIATED = new RegExp(`${ABBREVIATION.source.slice(0, -1)}\\.$`);

/**
 * Words and punctuation as the tagger's lexicon has them: punctuation apart, "'s" apart
 * ("Song's" -> "Song", "'s"), "n't" apart ("didn't" -> "did", "n't").
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const raws = text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").split(/\s+/);
  for (const [at, raw] of raws.entries()) {
    if (raw === '') continue;
    // Most words are letters and digits alone: nothing to split off.
    if (PLAIN_WORD.test(raw)) {
      out.push(raw);
      continue;
    }
    const m = /^([("'[]*)(.*?)([)"'\].,;:!?]*)$/.exec(raw);
    const lead = m?.[1] ?? '';
    let word = m?.[2] ?? raw;
    let trail = m?.[3] ?? '';
    // Quotation marks are one token, '"': an apostrophe-s is the only "'" that is a possessive.
    for (const c of lead) out.push(c === "'" ? '"' : c);
    // "U.S." keeps its last period; a sentence's full stop goes apart. So does an abbreviation
    // inside the sentence ("walked out on Jan. 12", "Gen. Smith"): no stop ends a clause there.
    if (
      trail.startsWith('.') &&
      (en`^(?:\p{L}\.)+\p{L}$`.test(word) ||
        (trail === '.' && ABBREVIATION.test(word) && (raws[at + 1] ?? '') !== ''))
    ) {
      word += '.';
      trail = trail.slice(1);
    }
    // "Hanks' partner": an apostrophe after a plural or a name in s, with no other mark, is
    // the possessive (a closing single quote would usually sit before other punctuation).
    if (trail === "'" && en`\p{L}s$`.test(word)) {
      out.push(word, "'");
      continue;
    }
    const neg = /^(.+)(n't)$/i.exec(word);
    const poss = /^(.+?)('s)$/i.exec(word);
    if (neg) out.push(neg[1] as string, neg[2] as string);
    else if (poss && word.length > 2) out.push(poss[1] as string, poss[2] as string);
    else if (word !== '') out.push(word);
    for (const c of trail) out.push(c === "'" ? '"' : c);
  }
  return out;
}

const ORDINAL_WORD =
  /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))$/i;

/** Number words the lexicon gives as nouns first ("six/NN"). */
const NUMBER_WORD =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens|hundreds|thousands|millions)$/i;
/** An amount of money or a number with its unit: "$1.13bn", "£600m", "3.5tn" (not a web address). */
const AMOUNT = /^[$£€¥]?\d[\d.,]*(?:bn|tn|m|k|p|%)?$/;
const PARTICLE_WORD = /^(?:out|up|off|down|over|back)$/;
const SAYING =
  /^(?:says|said|say|claims|claimed|insists|insisted|alleges|alleged|argues|argued|believes|believed|thinks|thought|warns|warned)$/i;

/**
 * ("This is/NNS a very sensitive area": a Brill rule for "the works" after a determiner.) These
 * forms of "be" are verbs in news copy, whatever word comes before them.
 */
const BE_FORM: ReadonlyMap<string, string> = new Map([
  ['is', 'VBZ'],
  ['are', 'VBP'],
  ['was', 'VBD'],
  ['were', 'VBD'],
]);

/** The tags fixed whatever the lexicon says (a switch: a sentence's "constructor" is a word). */
function fixedTag(token: string): string | undefined {
  switch (token) {
    case "'s":
    case "'":
      return 'POS';
    case "n't":
      return 'RB';
    default:
      return BE_FORM.get(token) ?? (COMPOUND_ADJECTIVE.test(token) ? 'JJ' : undefined);
  }
}

/**
 * Superlatives that join a participle ("highest-graded", "best-selling"): a list, as many words
 * end in "-est" that are none ("pest-infested", "west", "interest").
 */
export const SUPERLATIVES =
  'highest|lowest|biggest|largest|fastest|longest|oldest|youngest|strongest|greatest|hardest|latest|newest|cheapest|richest|poorest|smallest|best|worst|most|least';

/**
 * "the highest-graded player", "a well-known actor", "the long-awaited report": a participle
 * joined to a degree word is an adjective, never the clause's verb ("co-founded", "re-elected"
 * are verbs, and are not of this form).
 */
const COMPOUND_ADJECTIVE = new RegExp(
  `^(?:${SUPERLATIVES}|well|ill|much|long|newly|highly|widely|top|self)-[a-z]+ed$`,
  'i',
);

/** Verbs whose past tense is their base form. */
const SAME_FORM_PAST =
  /^(?:beat|cut|hit|put|set|let|hurt|cost|shut|quit|spread|bid|cast|burst|split|upset|broadcast|forecast)$/i;

// Sets of tags, each tested many times a word: a tag is one of a few dozen strings, and a set
// look-up costs a fraction of running an anchored pattern over it.
const tags = (...list: string[]): ReadonlySet<string> => new Set(list);
const VERB_TAGS = tags('VB', 'VBD', 'VBP', 'VBZ', 'VBN', 'MD');
const SUBJECT_END = tags('NN', 'NNS', 'NNP', 'NNPS', 'PRP', 'CD');
const NOUN_OBJECT_START = tags('DT', 'PRP', 'PRP$', 'NNP', 'NNPS', 'JJ', 'CD');
const OBJECT_START = tags(...NOUN_OBJECT_START, 'IN', 'TO', 'RB', 'NN', 'NNS', 'POS');
const NOUN = tags('NN', 'NNS');
const FINITE_VERB = tags('VBD', 'VBP', 'VBZ');
/** A finite verb's tag, or a modal's: what makes a clause of a run of words. */
export const FINITE_TAG = /^(?:VB[DPZ]|MD)$/;
/** Tags Brill's suffix rules give ("-ing is VBG", "-ly is RB", "-al is JJ", "-ed is VBN"). */
const SUFFIX_TAGS = tags('VBG', 'RB', 'JJ', 'VBN');
const AFTER_HELPER = tags('NN', 'NNS', 'VBD', 'VBP', 'VBZ', 'JJ');
const BEFORE_OBJECT = tags('IN', 'TO', 'DT', 'PRP', 'PRP$', 'RP');
const DETERMINER_OR_POSSESSIVE = tags('DT', 'PRP$', 'POS');
/** Tags a preposition's object opens on: "following the release", "following raids", "following Monday's vote". */
const PREPOSITION_OBJECT_START = tags('DT', 'PRP$', 'CD', 'JJ', 'NN', 'NNS', 'NNP', 'NNPS');
const NOT_AFTER_DETERMINER = tags('RB', 'VB', 'VBD', 'VBP', 'VBZ', 'IN');
const DETERMINER = tags('DT', 'PRP$');
const VERB_FORM = tags('VB', 'VBD', 'VBP', 'VBZ');
const NOUN_PHRASE_START = tags('DT', 'PRP', 'PRP$', 'NN', 'NNS', 'NNP', 'NNPS');
const NOUN_ADJECTIVE_OR_PAST = tags('NN', 'JJ', 'VBD');
const ADJECTIVE_OR_PAST = tags('JJ', 'VBD');
const SUBJECT = tags('NN', 'NNS', 'NNP', 'NNPS', 'PRP');
const CLAUSE_VERB_OR_COMMA = tags('VBD', 'VBP', 'VBZ', 'MD', ',');
const NOT_INSIDE_NAME = tags('VBG', 'VBD', 'VBN', 'VBZ', 'RB', 'JJ');
const SAID_TAGS = tags('VBD', 'VBN', 'VBZ');
/** Words of degree or order that modify what follows them ("the much delayed bill"). */
const DEGREE_WORD =
  /^(?:much|many|more|most|less|least|few|little|such|same|other|only|own|very|whole|next|last|first)$/i;
/** Tags that carry a noun phrase on past an adjective: its noun, more adjectives, a possessive. */
const NOUN_PHRASE_GOES_ON = tags(
  'NN',
  'NNS',
  'NNP',
  'NNPS',
  'JJ',
  'JJR',
  'JJS',
  'CD',
  'VBG',
  'POS',
  'CC',
  ',',
);

/** Tags each token (from `tokenize`). */
export function tagTokens(tokens: readonly string[]): Token[] {
  // (No tokens, no tags: and an empty array would reach the loops below as another kind of
  // array than they are compiled for, throwing their optimised code away.)
  if (tokens.length === 0) return [];
  const { words, lexical } = brillTag(tokens);
  // (Filled by push, the array is a packed one, as every other the loops below see.)
  const tagged: Token[] = [];
  for (const t of words)
    tagged.push(
      token(
        t.token,
        fixedTag(t.token) ??
          (NUMBER_WORD.test(t.token) || AMOUNT.test(t.token)
            ? 'CD'
            : // ("Jan./URL": Brill reads any word with a period in it as a web address.)
              t.tag === 'URL' && ABBREVIATED.test(t.token)
              ? 'NNP'
              : t.tag),
      ),
    );
  // ("Nicola Sturgeon/NN said", "Edward Fox/NN"): a capitalised word after a name's word, known
  // to the lexicon only in lower case (a fish, an animal), is the name's surname.
  const { asWritten } = loadBrill();
  for (let i = 1; i < tagged.length; i++) {
    const t = tagged[i] as Token;
    if (
      (t.tag === 'NN' || t.tag === 'NNS' || t.tag === 'JJ') &&
      (tagged[i - 1] as Token).tag === 'NNP' &&
      en`^\p{Lu}\p{Ll}+$`.test(t.text) &&
      en`^\p{Lu}\p{Ll}+$`.test((tagged[i - 1] as Token).text) &&
      !asWritten(t.text)
    )
      tagged[i] = token(t.text, 'NNP');
  }
  let hasVerb = false;
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i] as Token;
    // (A form of "be" keeps its verb tag: no context rule below reads it as anything else.)
    if (BE_FORM.has(t.text)) {
      hasVerb = true;
      continue;
    }
    const prev = tagged[i - 1]?.tag ?? '';
    // Brill's suffix rules ("-ing is VBG") on a word the lexicon knows without that reading:
    // the lexicon is right ("thing", "king", "spring").
    // Likewise "-ly is RB" ("rely"), "-al is JJ" ("proposal", "trial"), "-ed is VBN" ("bed").
    const found = lexical[i];
    const known = found === NOT_FOUND ? undefined : found;
    if (SUFFIX_TAGS.has(t.tag) && known && !known.includes(t.tag) && i > 0)
      tagged[i] = token(t.text, known[0] as string);
    // "The Glasgow forward/RB's ban": what owns something is a noun.
    if (
      tagged[i + 1]?.text === "'s" &&
      /^(?:RB|VB[DNGPZ]?)$/.test(t.tag) &&
      en`^\p{Ll}`.test(t.text)
    )
      tagged[i] = token(t.text, 'NN');
    // "Income from its shuttle services fell …": a sentence's capitalised first word that the
    // lexicon also knows as a common noun, before a preposition, is that noun, not a name.
    // ("Tries/VBZ from Jonathan Thomas … gave": read as a verb, the same.)
    if (
      i === 0 &&
      (t.tag === 'NNP' || t.tag === 'NNPS' || t.tag === 'VBZ' || t.tag === 'VBP') &&
      tagged[1]?.tag === 'IN'
    ) {
      const common = known?.find((a) => NOUN.has(a));
      if (common) tagged[i] = token(t.text, common);
    }
    // ("Respond/VBP is using satellite imagery …", "Serve/VB was held …": a sentence's
    // capitalised first word read as a verb, right before a finite verb, is what the verb is
    // said of: the noun the lexicon knows, else a name.)
    if (
      i === 0 &&
      (t.tag === 'VB' || t.tag === 'VBP') &&
      en`^\p{Lu}\p{Ll}+$`.test(t.text) &&
      /^(?:VBZ|VBD|MD)$/.test(tagged[1]?.tag ?? '')
    )
      tagged[i] = token(t.text, known?.find((a) => NOUN.has(a)) ?? 'NNP');
    // ("the second/NN biggest source", "the third/NN largest": an ordinal before an adjective
    // or a noun modifies it.)
    if (
      (t.tag === 'NN' || t.tag === 'RB') &&
      ORDINAL_WORD.test(t.text) &&
      /^(?:JJ|JJS|JJR|NN|NNS)$/.test(tagged[i + 1]?.tag ?? '') &&
      DETERMINER_OR_POSSESSIVE.has(prev)
    )
      tagged[i] = token(t.text, 'JJ');
    // ("Shares fell 3% following/VBG the release", "faced charges following/VBG raids": before
    // what follows it, "following" is "after", a preposition; not after "be" or "have", "was
    // following the car".)
    if (
      t.tag === 'VBG' &&
      /^following$/i.test(t.text) &&
      !BE_FORM.has(tagged[i - 1]?.text ?? '') &&
      !/^(?:VBD|VBZ|VBP|VB)$/.test(prev) &&
      PREPOSITION_OBJECT_START.has(tagged[i + 1]?.tag ?? '')
    )
      tagged[i] = token(t.text, 'IN');
    // The word before, past adverbs (only tokens before i: it stays the same in this round).
    const subject = subjectEnd(tagged, i);
    const before = subject?.tag ?? '';
    // After "to" or a modal comes the verb's base form ("agreed to drop", "would serve"), as
    // after "did" ("Orquera did reply/NN with …", "did not know").
    const helperDo = before.startsWith('VB') && /^(?:do|does|did)$/i.test(subject?.text ?? '');
    if (
      (before === 'TO' || before === 'MD' || helperDo) &&
      AFTER_HELPER.has((tagged[i] as Token).tag)
    ) {
      // ("will centre/NN on …": after a modal a lower-case word the lexicon knows only as a
      // noun is still the verb.)
      if (
        known?.includes('VB') ||
        (before === 'MD' &&
          NOUN.has((tagged[i] as Token).tag) &&
          en`^\p{Ll}+$`.test(t.text) &&
          BEFORE_OBJECT.has(tagged[i + 1]?.tag ?? ''))
      )
        tagged[i] = token(t.text, 'VB');
    }
    // After a determiner or a possessive comes a noun ("the rally/RB", "opponents' calls/VBZ").
    if (
      DETERMINER_OR_POSSESSIVE.has(prev) &&
      NOT_AFTER_DETERMINER.has(t.tag) &&
      t.text.toLowerCase() !== 'that'
    ) {
      // ("a costly/RB loss": between a determiner and a noun, an adjective the lexicon knows.)
      const adjective =
        t.tag === 'RB' && NOUN.has(tagged[i + 1]?.tag ?? '') && known?.includes('JJ');
      const noun = known?.find((a) => NOUN.has(a));
      if (adjective) tagged[i] = token(t.text, 'JJ');
      else if (noun) tagged[i] = token(t.text, noun);
    }
    // "the fourth official/JJ when …", "The official/JJ said …": an adjective that ends its noun
    // phrase, after a determiner (and adjectives), is the noun the lexicon also knows it as.
    if (
      (tagged[i] as Token).tag === 'JJ' &&
      (DETERMINER.has(prev) || (prev === 'JJ' && DETERMINER.has(tagged[i - 2]?.tag ?? ''))) &&
      !NOUN_PHRASE_GOES_ON.has(tagged[i + 1]?.tag ?? '') &&
      !DEGREE_WORD.test(t.text) &&
      known?.includes('NN')
    )
      tagged[i] = token(t.text, 'NN');
    // After a determiner and an adjective comes a noun, not a verb ("an impressive start/VB to
    // the year"), unless an object follows the verb.
    if (
      prev.startsWith('JJ') &&
      DETERMINER.has(tagged[i - 2]?.tag ?? '') &&
      VERB_FORM.has((tagged[i] as Token).tag) &&
      !NOUN_PHRASE_START.has(tagged[i + 1]?.tag ?? '')
    ) {
      const noun = known?.find((a) => NOUN.has(a));
      if (noun) tagged[i] = token(t.text, noun);
    }
    // "a pre-show keynote/VBP speech": between a noun and a noun, in a clause that has its
    // verb, a present-tense verb is a noun of the phrase.
    if (
      hasVerb &&
      (tagged[i] as Token).tag === 'VBP' &&
      (prev.startsWith('NN') || prev.startsWith('JJ')) &&
      NOUN.has(tagged[i + 1]?.tag ?? '') &&
      (known === undefined || known.some((a) => a.startsWith('NN')))
    )
      tagged[i] = token(t.text, 'NN');
    // "has learnt/NN", "had spelt": after a form of "have" comes its participle.
    if (
      NOUN_ADJECTIVE_OR_PAST.has((tagged[i] as Token).tag) &&
      /^(?:has|have|had|having)$/i.test(tagged[i - 1]?.text ?? '') &&
      (known?.includes('VBN') || /^(?:learnt|spelt|burnt|dreamt|spoilt|leapt|knelt)$/i.test(t.text))
    )
      tagged[i] = token(t.text, 'VBN');
    // "superimposed on winged/VBD pigs": between a preposition and its noun, a past tense is a
    // modifier.
    if (
      (tagged[i] as Token).tag === 'VBD' &&
      prev === 'IN' &&
      !/^(?:that|because|as|if|while|since|after|before|until|though|although|whether|so|than)$/i.test(
        tagged[i - 1]?.text ?? '',
      ) &&
      NOUN.has(tagged[i + 1]?.tag ?? '')
    )
      tagged[i] = token(t.text, known?.includes('JJ') ? 'JJ' : 'VBN');
    // "has been brokered/JJ by …": after "been" an -ed word is the participle.
    if (
      ADJECTIVE_OR_PAST.has((tagged[i] as Token).tag) &&
      /^been$/i.test(tagged[i - 1]?.text ?? '') &&
      (known ? known.includes('VBN') : en`\p{L}ed$`.test(t.text))
    )
      tagged[i] = token(t.text, 'VBN');
    // "said it planned/VBN to …": after a subject pronoun a participle is the past tense.
    if (
      (tagged[i] as Token).tag === 'VBN' &&
      /^(?:it|he|she|they|we|i|you)$/i.test(tagged[i - 1]?.text ?? '') &&
      known?.includes('VBD')
    )
      tagged[i] = token(t.text, 'VBD');
    // A past participle right after the subject of a clause with no verb yet is its past
    // tense ("Ethiopia produced/VBN 14 million tonnes").
    // (A regular "-ed" form is both, whatever the lexicon lists: "Tom Voyce powered/VBN through".)
    if (
      !hasVerb &&
      t.tag === 'VBN' &&
      SUBJECT.has(before) &&
      (known?.includes('VBD') || en`\p{Ll}ed$`.test(t.text))
    )
      tagged[i] = token(t.text, 'VBD');
    // ("Exports get more affordable", "China's leaders see reforming …": a base form right
    // after a plural subject of a clause with no verb yet is its present tense; "Chelsea beat
    // Arsenal", "Ericsson cut 500 jobs": after a name, a verb whose past is its base form.)
    if (
      !hasVerb &&
      (tagged[i] as Token).tag === 'VB' &&
      (before === 'NNS' ||
        before === 'NNPS' ||
        (before === 'NNP' &&
          SAME_FORM_PAST.test(t.text) &&
          OBJECT_START.has(tagged[i + 1]?.tag ?? '')))
    )
      tagged[i] = token(t.text, before === 'NNP' ? 'VBD' : 'VBP');
    // "Research carried out by …", "a man arrested by …": a participle, not the main verb.
    if ((tagged[i] as Token).tag === 'VBD' && known?.includes('VBN')) {
      const next = tagged[i + 1]?.text.toLowerCase();
      const after = tagged[i + 2]?.text.toLowerCase();
      // (Only where the clause has its verb, before or after: in "Iran's parliament voted by a
      // large majority to cut …" and "Unemployment stood at 25%" it is the verb.)
      if (
        (next === 'by' ||
          (next === 'at' && (tagged[i - 1]?.tag ?? '').startsWith('NN')) ||
          (PARTICLE_WORD.test(next ?? '') && after === 'by')) &&
        (hasVerb || finiteVerbAround(tagged, i) || afterPreposition(tagged, i))
      )
        tagged[i] = token(t.text, 'VBN');
    }
    // "A survey carried out in 2000 by Forrester Research found …": a participle whose agent
    // follows before the clause's own verb.
    if ((tagged[i] as Token).tag === 'VBD' && i > 0 && known?.includes('VBN')) {
      let by = -1;
      for (let k = i + 1; k <= i + 6 && k < tagged.length; k++)
        if (tagged[k]?.text === 'by') {
          by = k;
          break;
        }
      if (
        by > 0 &&
        tagged.slice(i + 1, by).every((x) => !CLAUSE_VERB_OR_COMMA.has(x.tag)) &&
        tagged.slice(by + 1, by + 7).some((x) => FINITE_VERB.has(x.tag))
      )
        tagged[i] = token(t.text, 'VBN');
    }
    // "a group called Better Buses First said": a name-giving participle, not the main verb.
    if (
      (tagged[i] as Token).tag === 'VBD' &&
      /^(?:called|named|dubbed|titled|entitled|nicknamed)$/i.test(t.text) &&
      (tagged[i - 1]?.tag ?? '').startsWith('NN') &&
      en`^\p{Lu}`.test(tagged[i + 1]?.text ?? '')
    )
      tagged[i] = token(t.text, 'VBN');
    // "Hayley Yelling/VBG said": a capitalised word inside a sentence, after a name, is a name.
    if (
      i > 1 &&
      NOT_INSIDE_NAME.has((tagged[i] as Token).tag) &&
      en`^\p{Lu}\p{Ll}`.test(t.text) &&
      tagged[i - 1]?.tag === 'NNP' &&
      en`^\p{Lu}`.test(tagged[i - 1]?.text ?? '')
    )
      tagged[i] = token(t.text, 'NNP');
    // "comedy Sideways/RB knocked out …": a capitalised adverb inside a sentence, after a
    // noun, is a name (a title, a nickname).
    if (
      i > 1 &&
      (tagged[i] as Token).tag === 'RB' &&
      en`^\p{Lu}\p{Ll}`.test(t.text) &&
      (tagged[i - 1]?.tag ?? '').startsWith('NN')
    )
      tagged[i] = token(t.text, 'NNP');
    // "US" in capitals is the country, not "us".
    if (t.text === 'US') tagged[i] = token(t.text, 'NNP');
    // "all/DT said/NN": "said" is the verb (or its participle), whatever a rule made of it.
    if (
      (t.text === 'said' || t.text === 'says') &&
      !SAID_TAGS.has((tagged[i] as Token).tag) &&
      !/^the$/i.test(tagged[i - 1]?.text ?? '')
    )
      tagged[i] = token(t.text, t.text === 'says' ? 'VBZ' : 'VBD');
    // Brill's "-ly is an adverb" rule on a capitalised word the lexicon does not know: a name ("Nelly").
    if (t.tag === 'RB' && i > 0 && en`^\p{Lu}`.test(t.text) && !known)
      tagged[i] = token(t.text, 'NNP');
    // "says Conte damaged/VBN her reputation": after a verb of saying a new clause opens.
    if (FINITE_VERB.has((tagged[i] as Token).tag) && SAYING.test(t.text)) hasVerb = false;
    // (A base form right after a subject, with no verb yet, is read as the clause's verb below:
    // "Reuters also beat/VB its target", "firms continue/VB to scale back".)
    else if (
      VERB_TAGS.has((tagged[i] as Token).tag) &&
      !(!hasVerb && (tagged[i] as Token).tag === 'VB' && i > 0 && SUBJECT_END.has(before))
    )
      hasVerb = true;
    else if (t.text === ',' || t.text === ';' || t.text === ':') hasVerb = false;
    else if (
      !hasVerb &&
      (t.tag === 'NN' || t.tag === 'NNS' || t.tag === 'VB' || t.tag === 'JJ') &&
      i > 0 &&
      SUBJECT_END.has(before) &&
      // A noun-first word is a verb only before its object ("Experts doubt Song's visit"), not
      // before a preposition ("Education levels among …"); a base-form verb before either.
      ((t.tag === 'VB' ? OBJECT_START : NOUN_OBJECT_START).has(tagged[i + 1]?.tag ?? '') ||
        tagged[i + 1]?.text === 'that' ||
        toInfinitiveEndsClause(tagged, i))
    ) {
      // A base form after its subject is the present tense ("doubts remain/VB about").
      // ("The soap beat/VB fellow show": a singular subject takes the past tense "beat".)
      const verb =
        t.tag === 'VB'
          ? agrees(subject as Token, 'VBP')
            ? 'VBP'
            : known?.includes('VBD')
              ? 'VBD'
              : undefined
          : known?.find((a) => FINITE_VERB.has(a));
      if (verb && agrees(subject as Token, verb)) tagged[i] = token(t.text, verb);
      if (VERB_TAGS.has((tagged[i] as Token).tag)) hasVerb = true;
    } else if ((tagged[i] as Token).tag === 'VB') hasVerb = true;
  }
  // ("Hollywood stars/VBZ Leonardo DiCaprio, Pierce Brosnan … are also in the audience": a
  // word the lexicon also knows as a plural noun, between a name and the names it describes,
  // is that noun when a plural verb comes after the names; "Google buys YouTube" keeps its verb.)
  for (let i = 1; i < tagged.length - 1; i++) {
    const t = tagged[i] as Token;
    if (
      t.tag !== 'VBZ' ||
      !/^NNPS?$/.test(tagged[i - 1]?.tag ?? '') ||
      tagged[i + 1]?.tag !== 'NNP'
    )
      continue;
    if (!(lexical[i] ?? NOT_FOUND).includes('NNS')) continue;
    for (let k = i + 2; k < tagged.length; k++) {
      const w = tagged[k] as Token;
      if (/^(?:are|were|have)$/.test(w.text)) {
        tagged[i] = token(t.text, 'NNS');
        break;
      }
      if (VERB_TAGS.has(w.tag) || w.text === ';' || w.text === ':') break;
    }
  }
  // "adults aged 18 or over were interviewed": "aged" says an age, never the clause's verb.
  // ("Standard & Poor's", "Marks & Spencer": an ampersand between names is part of one name.)
  for (let i = 1; i < tagged.length; i++)
    if (tagged[i]?.text === 'aged') tagged[i] = token('aged', 'JJ');
    else if (
      tagged[i]?.text === '&' &&
      /^NNP/.test(tagged[i - 1]?.tag ?? '') &&
      /^NNP/.test(tagged[i + 1]?.tag ?? '')
    )
      tagged[i] = token('&', 'NNP');
  return tagged;
}

/**
 * "Officials hope/NN to raise …", "The company plans/NNS to close …": a noun-first word before
 * "to" and a base form is the clause's verb when no finite verb follows in the clause ("Government
 * attempts to curb inflation failed": there "attempts" is the subject's noun).
 */
function toInfinitiveEndsClause(tagged: readonly Token[], i: number): boolean {
  if (tagged[i + 1]?.tag !== 'TO' || tagged[i + 2]?.tag !== 'VB') return false;
  for (let k = i + 3; k < tagged.length; k++) {
    const t = tagged[k] as Token;
    if (t.text === ',' || t.text === ';' || t.text === ':' || t.tag === 'CC') return true;
    if (FINITE_VERB.has(t.tag) || t.tag === 'MD') return false;
  }
  return true;
}

/** Whether a finite verb or a modal comes anywhere else in the sentence, as tagged so far. */
function finiteVerbAround(tagged: readonly Token[], i: number): boolean {
  for (let k = 0; k < tagged.length; k++) {
    const tag = (tagged[k] as Token).tag;
    if (k !== i && (FINITE_VERB.has(tag) || tag === 'MD')) return true;
  }
  return false;
}

/**
 * Whether the noun phrase before position i is the object of a preposition that opens the
 * sentence ("According to figures gathered by …"): no subject before it, so the word at i is
 * no clause's verb (not "The index on the Sao Paolo exchange closed at …").
 */
function afterPreposition(tagged: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && NOUN_PHRASE_WORD.has((tagged[k] as Token).tag)) k--;
  if (k === i - 1 || k < 0 || !PREPOSITION.has((tagged[k] as Token).tag)) return false;
  for (let j = 0; j < k; j++) if (SUBJECT.has((tagged[j] as Token).tag)) return false;
  return true;
}
const NOUN_PHRASE_WORD = tags(
  'DT',
  'PRP$',
  'JJ',
  'JJS',
  'JJR',
  'CD',
  'NN',
  'NNS',
  'NNP',
  'NNPS',
  'POS',
);
const PREPOSITION = tags('IN', 'TO');

/**
 * The word before position i, past adverbs ("the association also disputes"), and past a
 * list between commas after a noun ("Music piracy, including swapping music online, costs …":
 * the subject is "piracy").
 */
function subjectEnd(tagged: readonly Token[], i: number): Token | undefined {
  let j = i - 1;
  while (j > 0 && (tagged[j]?.tag ?? '').startsWith('RB')) j--;
  if (tagged[j]?.text === ',') {
    for (let k = j - 2; k > 0 && k >= j - 12; k--) {
      if (tagged[k]?.text !== ',') continue;
      const noun = tagged[k - 1];
      const aside = tagged.slice(k + 1, j);
      if (
        noun &&
        NOUN.has(noun.tag) &&
        /^(?:including|such|like|especially|particularly)$/i.test(aside[0]?.text ?? '') &&
        !aside.some((t) => VERB_TAGS.has(t.tag))
      )
        return noun;
      break;
    }
  }
  return tagged[j];
}

/** A plural subject takes "doubt" (VBP), a singular one "claims" (VBZ); past tense fits both. */
function agrees(subject: Token, verb: string): boolean {
  if (verb === 'VBD') return true;
  const plural =
    subject.tag === 'NNS' || subject.tag === 'NNPS' || /^(?:they|we|you|i)$/i.test(subject.text);
  return verb === 'VBP' ? plural : !plural;
}

/** Tokenizes and tags a sentence. */
export function tagSentence(text: string): Token[] {
  return tagTokens(tokenize(text));
}

/**
 * A tagged word. (Every token of tagTokens is made here, at one site, so all have one shape
 * and the loops that read them stay on their optimised code.)
 */
function token(text: string, tag: string): Token {
  return { text, tag };
}
