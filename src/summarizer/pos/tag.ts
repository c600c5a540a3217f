import BrillPOSTagger from 'natural/lib/natural/brill_pos_tagger/lib/Brill_POS_Tagger.js';
import RuleSet from 'natural/lib/natural/brill_pos_tagger/lib/RuleSet.js';
import { boundedMemo } from '../../core/bounded-memo.js';
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

let tagger: BrillPOSTagger | undefined;
/**
 * What the lexicon said of each word of the sentence being tagged, in order, as the tagger
 * asked (tagTokens reads it back instead of asking again).
 */
let looked: string[][] = [];

function brill(): BrillPOSTagger {
  if (tagger) return tagger;
  const lexicon = englishLexicon();
  // Words repeat across sentences and articles: each is searched for once.
  const lookup = boundedMemo(
    (w: string): string[] => lexicon.get(w) ?? lexicon.get(w.toLowerCase()) ?? NOT_FOUND,
    200_000,
  );
  tagger = new BrillPOSTagger(
    {
      tagWord: (w) => {
        const found = lookup(w);
        looked.push(found);
        return found === NOT_FOUND ? [defaultTag(w)] : found;
      },
    },
    cachedRules(new RuleSet('EN')),
  );
  return tagger;
}
const NOT_FOUND: string[] = [];

/**
 * natural's rule set rebuilds its rule list from an object on every call, and the tagger asks
 * once per word: the same rules, listed once (40% of tagging time).
 */
function cachedRules(ruleSet: RuleSet): { getRules(): unknown[] } {
  const rules = ruleSet.getRules();
  return { getRules: () => rules };
}

/** What an unknown word most likely is: a name when capitalised, a number, else a noun. */
function defaultTag(word: string): string {
  if (/^[\d.,:/%$£€-]+$/.test(word) && /\d/.test(word)) return 'CD';
  if (/^\p{Lu}/u.test(word)) return 'NNP';
  if (/\p{L}ly$/u.test(word)) return 'RB';
  if (/\p{L}ed$/u.test(word)) return 'VBD';
  if (/\p{L}ing$/u.test(word)) return 'VBG';
  if (/\p{L}s$/u.test(word)) return 'NNS';
  return 'NN';
}

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * Words and punctuation as the tagger's lexicon has them: punctuation apart, "'s" apart
 * ("Song's" -> "Song", "'s"), "n't" apart ("didn't" -> "did", "n't").
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").split(/\s+/)) {
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
    // "U.S." keeps its last period; a sentence's full stop goes apart.
    if (trail.startsWith('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
      word += '.';
      trail = trail.slice(1);
    }
    // "Hanks' partner": an apostrophe after a plural or a name in s, with no other mark, is
    // the possessive (a closing single quote would usually sit before other punctuation).
    if (trail === "'" && /\p{L}s$/u.test(word)) {
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

/** Number words the lexicon gives as nouns first ("six/NN"). */
const NUMBER_WORD =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens|hundreds|thousands|millions)$/i;
const PARTICLE_WORD = /^(?:out|up|off|down|over|back)$/;
const FIXED: Readonly<Record<string, string>> = { "'s": 'POS', "'": 'POS', "n't": 'RB' };
const VERB_TAGS = /^(?:VB[DPZN]?|MD)$/;
const SAYING =
  /^(?:says|said|say|claims|claimed|insists|insisted|alleges|alleged|argues|argued|believes|believed|thinks|thought|warns|warned)$/i;
const SUBJECT_END = /^(?:NNS?|NNPS?|PRP|CD)$/;
const NOUN_OBJECT_START = /^(?:DT|PRP\$?|NNPS?|JJ|CD)$/;
const OBJECT_START = /^(?:DT|PRP\$?|NNP|NNPS|JJ|CD|IN|TO|RB|NNS?|POS)$/;

/** Tags each token (from `tokenize`). */
export function tagTokens(tokens: readonly string[]): Token[] {
  const brillTagger = brill();
  looked = [];
  const lexical = looked;
  const tagged = brillTagger.tag(tokens).taggedWords.map((t) => ({
    text: t.token,
    // (Own keys only: "constructor" or "toString" in a sentence is a word, not Object's.)
    tag:
      (Object.hasOwn(FIXED, t.token) ? FIXED[t.token] : undefined) ??
      (NUMBER_WORD.test(t.token) ? 'CD' : t.tag),
  }));
  let hasVerb = false;
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i] as Token;
    const prev = tagged[i - 1]?.tag ?? '';
    // Brill's suffix rules ("-ing is VBG") on a word the lexicon knows without that reading:
    // the lexicon is right ("thing", "king", "spring").
    // Likewise "-ly is RB" ("rely"), "-al is JJ" ("proposal", "trial"), "-ed is VBN" ("bed").
    const found = lexical[i];
    const known = found === NOT_FOUND ? undefined : found;
    if (/^(?:VBG|RB|JJ|VBN)$/.test(t.tag) && known && !known.includes(t.tag) && i > 0)
      tagged[i] = { text: t.text, tag: known[0] as string };
    // The word before, past adverbs (only tokens before i: it stays the same in this round).
    const subject = subjectEnd(tagged, i);
    const before = subject?.tag ?? '';
    // After "to" or a modal comes the verb's base form ("agreed to drop", "would serve"), as
    // after "did" ("Orquera did reply/NN with …", "did not know").
    const helperDo = /^(?:do|does|did)$/i.test(subject?.text ?? '') && /^VB/.test(before);
    if (
      (before === 'TO' || before === 'MD' || helperDo) &&
      /^NNS?$|^VB[DPZ]$|^JJ$/.test((tagged[i] as Token).tag)
    ) {
      // ("will centre/NN on …": after a modal a lower-case word the lexicon knows only as a
      // noun is still the verb.)
      if (
        known?.includes('VB') ||
        (before === 'MD' &&
          /^NNS?$/.test((tagged[i] as Token).tag) &&
          /^\p{Ll}+$/u.test(t.text) &&
          /^(?:IN|TO|DT|PRP\$?|RP)$/.test(tagged[i + 1]?.tag ?? ''))
      )
        tagged[i] = { text: t.text, tag: 'VB' };
    }
    // After a determiner or a possessive comes a noun ("the rally/RB", "opponents' calls/VBZ").
    if (
      /^(?:DT|PRP\$|POS)$/.test(prev) &&
      /^(?:RB|VB[DPZ]?|IN)$/.test(t.tag) &&
      t.text.toLowerCase() !== 'that'
    ) {
      const noun = known?.find((a) => /^NNS?$/.test(a));
      if (noun) tagged[i] = { text: t.text, tag: noun };
    }
    // After a determiner and an adjective comes a noun, not a verb ("an impressive start/VB to
    // the year"), unless an object follows the verb.
    if (
      /^JJ/.test(prev) &&
      /^(?:DT|PRP\$)$/.test(tagged[i - 2]?.tag ?? '') &&
      /^VB[DPZ]?$/.test((tagged[i] as Token).tag) &&
      !/^(?:DT|PRP\$?|NNP?S?)$/.test(tagged[i + 1]?.tag ?? '')
    ) {
      const noun = known?.find((a) => /^NNS?$/.test(a));
      if (noun) tagged[i] = { text: t.text, tag: noun };
    }
    // "a pre-show keynote/VBP speech": between a noun and a noun, in a clause that has its
    // verb, a present-tense verb is a noun of the phrase.
    if (
      hasVerb &&
      (tagged[i] as Token).tag === 'VBP' &&
      /^(?:NN|JJ)/.test(prev) &&
      /^NNS?$/.test(tagged[i + 1]?.tag ?? '') &&
      (known === undefined || known.some((a) => /^NN/.test(a)))
    )
      tagged[i] = { text: t.text, tag: 'NN' };
    // "has learnt/NN", "had spelt": after a form of "have" comes its participle.
    if (
      /^(?:has|have|had|having)$/i.test(tagged[i - 1]?.text ?? '') &&
      /^(?:NN|JJ|VBD)$/.test((tagged[i] as Token).tag) &&
      (known?.includes('VBN') || /^(?:learnt|spelt|burnt|dreamt|spoilt|leapt|knelt)$/i.test(t.text))
    )
      tagged[i] = { text: t.text, tag: 'VBN' };
    // "superimposed on winged/VBD pigs": between a preposition and its noun, a past tense is a
    // modifier.
    if (
      (tagged[i] as Token).tag === 'VBD' &&
      prev === 'IN' &&
      !/^(?:that|because|as|if|while|since|after|before|until|though|although|whether|so|than)$/i.test(
        tagged[i - 1]?.text ?? '',
      ) &&
      /^NNS?$/.test(tagged[i + 1]?.tag ?? '')
    )
      tagged[i] = { text: t.text, tag: known?.includes('JJ') ? 'JJ' : 'VBN' };
    // "has been brokered/JJ by …": after "been" an -ed word is the participle.
    if (
      /^been$/i.test(tagged[i - 1]?.text ?? '') &&
      /^(?:JJ|VBD)$/.test((tagged[i] as Token).tag) &&
      (known ? known.includes('VBN') : /\p{L}ed$/u.test(t.text))
    )
      tagged[i] = { text: t.text, tag: 'VBN' };
    // "said it planned/VBN to …": after a subject pronoun a participle is the past tense.
    if (
      (tagged[i] as Token).tag === 'VBN' &&
      /^(?:it|he|she|they|we|i|you)$/i.test(tagged[i - 1]?.text ?? '') &&
      known?.includes('VBD')
    )
      tagged[i] = { text: t.text, tag: 'VBD' };
    // A past participle right after the subject of a clause with no verb yet is its past
    // tense ("Ethiopia produced/VBN 14 million tonnes").
    if (
      !hasVerb &&
      t.tag === 'VBN' &&
      /^(?:NNS?|NNPS?|PRP)$/.test(before) &&
      known?.includes('VBD')
    )
      tagged[i] = { text: t.text, tag: 'VBD' };
    // "Research carried out by …", "a man arrested by …": a participle, not the main verb.
    const next = tagged[i + 1]?.text.toLowerCase();
    const after = tagged[i + 2]?.text.toLowerCase();
    if (
      (tagged[i] as Token).tag === 'VBD' &&
      (next === 'by' ||
        (next === 'at' && /^NN/.test(tagged[i - 1]?.tag ?? '')) ||
        (PARTICLE_WORD.test(next ?? '') && after === 'by')) &&
      known?.includes('VBN')
    )
      tagged[i] = { text: t.text, tag: 'VBN' };
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
        tagged.slice(i + 1, by).every((x) => !/^(?:VB[DPZ]|MD|,)$/.test(x.tag)) &&
        tagged.slice(by + 1, by + 7).some((x) => /^VB[DPZ]$/.test(x.tag))
      )
        tagged[i] = { text: t.text, tag: 'VBN' };
    }
    // "a group called Better Buses First said": a name-giving participle, not the main verb.
    if (
      (tagged[i] as Token).tag === 'VBD' &&
      /^(?:called|named|dubbed|titled|entitled|nicknamed)$/i.test(t.text) &&
      /^NN/.test(tagged[i - 1]?.tag ?? '') &&
      /^\p{Lu}/u.test(tagged[i + 1]?.text ?? '')
    )
      tagged[i] = { text: t.text, tag: 'VBN' };
    // "Hayley Yelling/VBG said": a capitalised word inside a sentence, after a name, is a name.
    if (
      i > 1 &&
      /^(?:VBG|VBD|VBN|VBZ|RB|JJ)$/.test((tagged[i] as Token).tag) &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      tagged[i - 1]?.tag === 'NNP' &&
      /^\p{Lu}/u.test(tagged[i - 1]?.text ?? '')
    )
      tagged[i] = { text: t.text, tag: 'NNP' };
    // "comedy Sideways/RB knocked out …": a capitalised adverb inside a sentence, after a
    // noun, is a name (a title, a nickname).
    if (
      i > 1 &&
      (tagged[i] as Token).tag === 'RB' &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      /^NN/.test(tagged[i - 1]?.tag ?? '')
    )
      tagged[i] = { text: t.text, tag: 'NNP' };
    // "US" in capitals is the country, not "us".
    if (t.text === 'US') tagged[i] = { text: t.text, tag: 'NNP' };
    // "all/DT said/NN": "said" is the verb (or its participle), whatever a rule made of it.
    if (
      /^(?:said|says)$/.test(t.text) &&
      !/^(?:VB[DNZ])$/.test((tagged[i] as Token).tag) &&
      !/^the$/i.test(tagged[i - 1]?.text ?? '')
    )
      tagged[i] = { text: t.text, tag: t.text === 'says' ? 'VBZ' : 'VBD' };
    // Brill's "-ly is an adverb" rule on a capitalised word the lexicon does not know: a name ("Nelly").
    if (t.tag === 'RB' && i > 0 && /^\p{Lu}/u.test(t.text) && !known)
      tagged[i] = { text: t.text, tag: 'NNP' };
    // "says Conte damaged/VBN her reputation": after a verb of saying a new clause opens.
    if (SAYING.test(t.text) && /^VB[DPZ]$/.test((tagged[i] as Token).tag)) hasVerb = false;
    else if (VERB_TAGS.test((tagged[i] as Token).tag)) hasVerb = true;
    else if (/^[,;:]$/.test(t.text)) hasVerb = false;
    else if (
      !hasVerb &&
      (t.tag === 'NN' || t.tag === 'NNS' || t.tag === 'VB' || t.tag === 'JJ') &&
      i > 0 &&
      SUBJECT_END.test(before) &&
      // A noun-first word is a verb only before its object ("Experts doubt Song's visit"), not
      // before a preposition ("Education levels among …"); a base-form verb before either.
      ((t.tag === 'VB' ? OBJECT_START : NOUN_OBJECT_START).test(tagged[i + 1]?.tag ?? '') ||
        tagged[i + 1]?.text === 'that')
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
          : known?.find((a) => /^VB[DPZ]$/.test(a));
      if (verb && agrees(subject as Token, verb)) {
        tagged[i] = { text: t.text, tag: verb };
        hasVerb = true;
      }
    }
  }
  return tagged;
}

/**
 * The word before position i, past adverbs ("the association also disputes"), and past a
 * list between commas after a noun ("Music piracy, including swapping music online, costs …":
 * the subject is "piracy").
 */
function subjectEnd(tagged: readonly Token[], i: number): Token | undefined {
  let j = i - 1;
  while (j > 0 && /^RB/.test(tagged[j]?.tag ?? '')) j--;
  if (tagged[j]?.text === ',') {
    for (let k = j - 2; k > 0 && k >= j - 12; k--) {
      if (tagged[k]?.text !== ',') continue;
      const noun = tagged[k - 1];
      const aside = tagged.slice(k + 1, j);
      if (
        noun &&
        /^NNS?$/.test(noun.tag) &&
        /^(?:including|such|like|especially|particularly)$/i.test(aside[0]?.text ?? '') &&
        !aside.some((t) => VERB_TAGS.test(t.tag))
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
