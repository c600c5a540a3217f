import { en } from './letters.js';
import { englishLexicon } from './pos/lexicon.js';
import { tagSentence } from './pos/tag.js';

/**
 * The form of a verb: its tense and voice. "what did the council decide?" asks about a past
 * act, so "the council voted 7-2" answers it better than "the council is expected to vote";
 * "how many men did she marry?" asks what she did, not what she "was married to".
 */
export type Tense = 'past' | 'present' | 'future';

export interface VerbForm {
  readonly tense: Tense;
  readonly passive: boolean;
}

const AUXILIARIES = new Set(
  'did does do is are was were will would can could has have had been be being should may might shall must am'.split(
    ' ',
  ),
);
const BE = /^(?:is|are|am|was|were|be|been|being)$/;
const HAVE = /^(?:has|have|had|having)$/;
const MODAL = /^(?:to|will|would|shall|should|can|could|may|might|must|'ll)$/;
/** A word before which a verb's form is a noun ("the vote", "his win"). */
const DETERMINER = /^(?:the|a|an|this|these|those|his|her|its|their|our|my|your|whose|no|every)$/;
/** Words that may stand between an auxiliary and its verb ("will now open", "has also won"). */
const ADVERB = /^(?:[a-z]+ly|not|never|also|just|then|now|still|already|finally|since|once|n't)$/;

/** The question's main verb and its form: "how much did Monbeg Dude cost?" -> cost, past, active. */
export function questionVerb(
  question: string,
): { readonly verb: string; readonly form: VerbForm | undefined } | undefined {
  const tokens = tagSentence(question).filter((t) => en`\p{L}`.test(t.text));
  const words = tokens.map((t) => t.text.toLowerCase());
  // The last verb that is not an auxiliary; with "did", "will"… the last word is the verb
  // even when the tagger reads it as a noun ("did … cost", "did prices rise").
  let at = -1;
  tokens.forEach((t, i) => {
    if (/^VB/.test(t.tag) && !AUXILIARIES.has(words[i] ?? '')) at = i;
  });
  const last = tokens.length - 1;
  if (
    at < 0 &&
    words.some((w) => /^(?:did|does|do|will|would|can|could|should|may|might)$/.test(w)) &&
    !/^(?:NNP|IN|DT|PRP)/.test(tokens[last]?.tag ?? '') &&
    !AUXILIARIES.has(words[last] ?? '')
  )
    at = last;
  const verb = words[at];
  if (at < 0 || verb === undefined) return undefined;
  const auxiliaries = words.slice(0, at).filter((w) => AUXILIARIES.has(w));
  const passive = auxiliaries.some((w) => BE.test(w)) && canBeParticiple(verb, tokens[at]?.tag);
  const first = auxiliaries[0];
  const tense: Tense | undefined = first
    ? /^(?:did|was|were|had)$/.test(first)
      ? 'past'
      : /^(?:will|would|shall)$/.test(first) || words.includes('going')
        ? 'future'
        : 'present'
    : tokens[at]?.tag === 'VBD'
      ? 'past'
      : /^VB[ZP]$/.test(tokens[at]?.tag ?? '')
        ? 'present'
        : undefined;
  return { verb, form: tense ? { tense, passive } : undefined };
}

/** "sent" is tagged VBD after "was" in a question; the lexicon knows it is a participle too. */
function canBeParticiple(word: string, tag: string | undefined): boolean {
  return (
    tag === 'VBN' || /ed$/.test(word) || (englishLexicon().get(word)?.includes('VBN') ?? false)
  );
}

/**
 * The form of the verb at word `at` of a sentence's words, from the words before it and
 * what the lexicon knows of it; undefined when it is used as a noun ("after the vote") or
 * its form cannot be told ("by winning").
 */
export function formAt(words: readonly string[], at: number): VerbForm | undefined {
  const word = bare(words[at] ?? '');
  let i = at - 1;
  while (i >= 0 && ADVERB.test(bare(words[i] ?? ''))) i--;
  const before = bare(words[i] ?? '');
  if (DETERMINER.test(before)) return undefined;
  const tags =
    englishLexicon().get(word) ??
    (/ed$/.test(word) ? ['VBD', 'VBN'] : /ing$/.test(word) ? ['VBG'] : []);
  const participle = tags.includes('VBN');
  if (MODAL.test(before)) return tags.some((t) => /^VB/.test(t)) ? future(false) : undefined;
  if (BE.test(before)) {
    if (!participle) return undefined;
    const tense = /^(?:was|were)$/.test(before)
      ? 'past'
      : /^(?:be|been|being)$/.test(before)
        ? tenseBefore(words, i)
        : 'present';
    return { tense, passive: true };
  }
  if (HAVE.test(before) && participle) return { tense: 'past', passive: false };
  if (tags.includes('VBD')) return { tense: 'past', passive: false };
  if (tags.includes('VBZ') || (tags.includes('VBP') && /^(?:i|we|they|you)$/.test(before)))
    return { tense: 'present', passive: false };
  return undefined;
}

function future(passive: boolean): VerbForm {
  return { tense: 'future', passive };
}

/** "will be sent", "has been sent": the tense of the auxiliary before "be"/"been". */
function tenseBefore(words: readonly string[], at: number): Tense {
  const before = bare(words[at - 1] ?? '');
  return MODAL.test(before)
    ? 'future'
    : /^(?:is|are|am|has|have)$/.test(before)
      ? 'present'
      : 'past';
}

function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/^\W+|\W+$/g, '')
    .replace(/['’]s$/, '');
}

/** Whether two verb forms agree in tense and voice. */
export function sameForm(a: VerbForm, b: VerbForm): boolean {
  return a.tense === b.tense && a.passive === b.passive;
}
