import { cueWords, droppedCues } from './faithful.js';
import { en } from './letters.js';
import { PERSON_NOUN, ROLE_NOUN_WORD } from './people.js';
import { lexiconTags, type Token, tagSentence } from './pos/tag.js';

/**
 * The checks every label passes before it is shown (and the audit counts): a label is a
 * short headline, so it has a verb, does not end on a word that needs a continuation, keeps
 * the attribution, negation, modality and degree of its sentence, and keeps a reported clause
 * whole. A section heading is the one label without a verb, allowed only where the point is
 * about it (label.ts decides).
 */
export type LabelProblem = 'no-verb' | 'weak-end' | 'dropped-cue' | 'broken-clause';

const VERB = /^(?:VB[DGNPZ]?|MD)$/;
/** Tags a headline cannot end on: a preposition, article, "to", a conjunction, a possessive. */
const WEAK_END_TAG = /^(?:IN|DT|TO|CC|MD|PRP\$|POS|WDT|WP|EX)$/;
const PARTICLE = /^(?:out|off|up|down|back|over|away|in|on|apart|ahead|aside)$/i;
const HELPER =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|having|do|does|did|will|would|can|could|may|might|shall|should|must|not|n't|very|than|as|so|such|own|going|about|due|able|both|all|each)$/i;

const REFLEXIVE = /^(?:himself|herself|themselves|itself|myself|ourselves|yourself)$/i;
const COMPLEMENT_VERB =
  /^(?:declared?s?|declaring|found|finds?|finding|described?s?|describing|considers?|considered|calls?|called|proclaim(?:s|ed)?|showed|shows?|shown|proved?s?|proven|deem(?:s|ed)?|believes?|believed|sees?|saw|pronounced?s?|names?|named|styles?|styled|terms?|termed|labell?ed|branded|declared|made|makes?|got|gets?|kept|keeps?|felt|feels?)$/i;

export function labelProblems(
  label: string,
  sentence: string,
  tagged?: readonly Token[],
): LabelProblem[] {
  const tokens = tagged ?? tagSentence(label);
  const problems: LabelProblem[] = [];
  const words = tokens.filter((t) => en`[\p{L}\p{N}]`.test(t.text));
  if (!words.some((t) => VERB.test(t.tag))) problems.push('no-verb');
  const last = words.at(-1);
  // A phrasal verb's particle ends a headline well ("Player pulled out").
  const particle =
    last !== undefined && PARTICLE.test(last.text) && VERB.test(words.at(-2)?.tag ?? '');
  // "… expected to point to figures showing | that …": a participle after a noun, with the
  // verb said before it, that takes an object in the sentence, modifies the noun; what it
  // shows is cut off. (A gerund that names a thing, "issued its profits warning | in …", ends well.)
  // ("NASA released graphic/JJ noting | that …": after an adjective read for a noun too, when
  // the lexicon knows the word first as a verb and a clause follows; "racist chanting | by
  // fans" is a noun's phrase.)
  const dangling =
    last?.tag === 'VBG' &&
    (/^NN/.test(words.at(-2)?.tag ?? '') ||
      (/^JJ$/.test(words.at(-2)?.tag ?? '') &&
        lexiconTags(last.text.toLowerCase())[0] === 'VBG' &&
        sentence.includes(` ${last.text} that `))) &&
    words.slice(0, -2).some((t) => VERB.test(t.tag)) &&
    takesObject(sentence, last.text);
  // ("Tony Blair declared himself | 'delighted'", "He found himself | in trouble": a verb that
  // says what someone is takes a complement after its reflexive; "She hurt herself" ends well.)
  const reflexiveCut =
    last !== undefined &&
    REFLEXIVE.test(last.text) &&
    COMPLEMENT_VERB.test(words.at(-2)?.text ?? '');
  if (
    !last ||
    ((WEAK_END_TAG.test(last.tag) || HELPER.test(last.text)) && !particle) ||
    dangling ||
    reflexiveCut
  )
    problems.push('weak-end');
  if (droppedCues(label, sentence).length > 0 || droppedNegationBound(label, sentence))
    problems.push('dropped-cue');
  // ("Cuts show | starting to replace sales staff", "Figures show how prices | rising": what a
  // verb of saying or showing reports is a clause; with its subject or its helper cut out, the
  // label says nothing a reader can follow.)
  if (reportedClauseBroken(tokens)) problems.push('broken-clause');
  return problems;
}

/**
 * Whether a verb of saying or showing, in the active, is followed in the label by a gerund
 * ("show starting to replace …"), or by "how", "why", "what", "whether" or "that" and then no
 * finite verb ("show how prices rising").
 */
function reportedClauseBroken(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (
      !REPORTING_VERB.test(t.text) ||
      /^(?:is|are|was|were|be|been|being)$/i.test(tokens[i - 1]?.text ?? '')
    )
      return false;
    const next = tokens[i + 1];
    if (!next) return false;
    // (A gerund before its noun modifies it: "say missing tapes may have been stolen".)
    if (next.tag === 'VBG') return !/^NN/.test(tokens[i + 2]?.tag ?? '');
    if (!/^(?:how|why|what|whether|that)$/i.test(next.text)) return false;
    return !tokens.slice(i + 2).some((u) => /^(?:VBZ|VBP|VBD|MD)$/.test(u.tag));
  });
}
const REPORTING_VERB =
  /^(?:say|says|said|show|shows|showed|reveal|reveals|revealed|suggest|suggests|suggested|claim|claims|claimed|believe|believes|believed|think|thinks|thought|argue|argues|argued|insist|insists|insisted|warn|warns|warned|admit|admits|admitted|fear|fears|feared|report|reports|reported|explain|explains|explained)$/i;

/**
 * The label's words with the tags they have in their sentence ("HP cartridges use chip
 * technology": "use" is a verb there, though a tagger reading the headline alone may call it a
 * noun). Words the sentence does not have are tagged with the label.
 */
export function labelTokensInContext(label: string, sentence: string): Token[] {
  const inSentence = new Map<string, string>();
  for (const t of tagSentence(sentence)) if (!inSentence.has(t.text)) inSentence.set(t.text, t.tag);
  const alone = tagSentence(label);
  return alone.map((t, i) => ({
    text: t.text,
    tag:
      inSentence.get(t.text) ??
      (i === 0 ? inSentence.get(t.text.toLowerCase()) : undefined) ??
      t.tag,
  }));
}

/** Whether `word` is followed in `sentence`, at its first occurrence, by an object's first word. */
function takesObject(sentence: string, word: string): boolean {
  const at = sentence.indexOf(` ${word} `);
  if (at < 0) return false;
  const next = /^\S+/.exec(sentence.slice(at + word.length + 2))?.[0] ?? '';
  // ("suffered knee ligament damage playing | against Ireland", "the gloom hanging | over Team
  // GB": a word the lexicon knows first as a verb goes on with its phrase; "its profits warning
  // | in nine months" is a noun's.)
  return (
    OBJECT_OPENER.test(next) ||
    (PHRASE_OPENER.test(next) && lexiconTags(word.toLowerCase())[0] === 'VBG')
  );
}

const PHRASE_OPENER =
  /^(?:against|over|by|in|on|at|with|from|for|to|into|about|through|during|across|around|under|behind|up|down|out|off)$/i;

const OBJECT_OPENER =
  /^(?:that|the|a|an|his|her|its|their|our|my|your|this|these|those|him|them|us|me|it)$/i;

/** A negation and the adverb right after it that bounds it ("not immediately", "never fully"). */
const NEGATION_BOUND =
  /(?:\bnot|n't|\bnever)\s+(immediately|initially|originally|always|necessarily|fully|entirely|completely|quite|just|only|exactly|really|yet|directly|automatically|simply|solely|wholly|totally|strictly|merely|all|every)\b/i;

/**
 * "she didn't immediately turn to …" labelled "… didn't turn to …": the adverb that bounds a
 * negation, dropped, reverses it.
 */
function droppedNegationBound(label: string, sentence: string): boolean {
  const bound = NEGATION_BOUND.exec(sentence)?.[1];
  if (!bound) return false;
  const words = cueWords(label);
  return words.some((w) => w === 'not' || w === 'never') && !words.includes(bound.toLowerCase());
}

/** A singular pronoun of a person, which a label must say who is. */
const PERSON_PRONOUN = /^(?:he|she|his|her|him|himself|herself)$/i;

/**
 * Whether a label says "he", "his" or "her" with no one before it that the pronoun can be: a
 * name that heads its phrase (not "Ramen" of "Ramen noodle soup") or a person's noun in the
 * singular ("Boss believes he must …", "Child was rescued by his parents").
 */
export function unboundPronoun(label: string, sentence?: string): boolean {
  const tokens = tagSentence(label);
  const at = tokens.findIndex((t) => PERSON_PRONOUN.test(t.text));
  if (at < 0) return false;
  return !tokens.slice(0, at).some((t, i) => {
    const next = tokens[i + 1];
    // (The label's first word is capitalised whatever it is: "Photo" of "The photo was shared
    // with her …" is no name, as its sentence shows; "Keys said she …" is one.)
    const common = i === 0 && sentence !== undefined && writtenInLowerCase(t.text, sentence);
    if (/^NNPS?$/.test(t.tag) && !common)
      return !/^NN/.test(next?.tag ?? '') || next === tokens[at];
    return PERSON_NOUN.test(t.text) || ROLE_NOUN_WORD.test(t.text);
  });
}

/** Whether `sentence` has `word` in lower case, as a word of its own. */
function writtenInLowerCase(word: string, sentence: string): boolean {
  const lower = word.toLowerCase();
  let at = sentence.indexOf(lower);
  for (; at >= 0; at = sentence.indexOf(lower, at + 1)) {
    const before = sentence.charAt(at - 1);
    const after = sentence.charAt(at + lower.length);
    if (!en`[\p{L}\p{N}]`.test(before) && !en`[\p{L}\p{N}]`.test(after)) return true;
  }
  return false;
}
