import { boundedMemo } from '../core/bounded-memo.js';
import { en, enRegExp } from './letters.js';
import { STOP_WORDS } from './tokens.js';

/**
 * What a shortened sentence must keep to say what its sentence says: the attribution ("says",
 * "alleged", "a court has heard"), the negation ("not", "never"), the modality ("would",
 * "could", "may") and the degree ("seriously", "largely") of the words it keeps. The labeller
 * checks every label with these before it is shown; the audit (src/eval/audit.ts) counts what
 * got through.
 */

/**
 * Cue words by class. "will" may become the headline's "to" ("Firm to cut jobs"). Negation
 * includes the hedges that deny what follows ("nearly crashed" did not crash, "rarely scores").
 */
export const NEGATION =
  /^(?:not|n't|never|no|nobody|none|nothing|neither|nor|without|cannot|nearly|almost|barely|hardly|scarcely|rarely|seldom|falsely|wrongly|mistakenly)$/i;
/**
 * Modals, and the hedges that make a statement partial, provisional or habitual ("partly",
 * "temporarily", "often": "a manager will often play his strongest side" is no news that he will).
 */
export const MODAL =
  /^(?:would|could|may|might|should|must|can|will|shall|wo|ca|possibly|probably|potentially|supposedly|seemingly|partly|partially|temporarily|provisionally|previously|formerly|originally|initially|often|usually|sometimes|occasionally|typically|generally|normally|frequently)$/i;
/** Who says so: reporting verbs and hedges that make a statement someone's claim. */
export const ATTRIBUTION =
  /^(?:say|says|said|saying|tell|tells|told|claim|claims|claimed|claiming|allege|alleges|alleged|allegedly|accuse|accuses|accused|according|reportedly|reported|reports|heard|argue|argues|argued|insist|insists|insisted|deny|denies|denied|purportedly|apparently|suspected|warn|warns|warned|believe|believes|believed|announced|confirmed|ruled)$/i;

/**
 * How much, or how badly: "no one was seriously hurt" is not "no one was hurt", "largely
 * effective" not "effective", "fatally stabbed" not "stabbed".
 */
export const DEGREE =
  /^(?:seriously|critically|severely|gravely|slightly|mildly|moderately|lightly|fatally|mortally|largely|mostly|mainly|fully|completely|totally|entirely|wholly|permanently)$/i;

export type CueClass = 'attribution' | 'negation' | 'modality' | 'degree';

/** The cue class of one word, if any. */
export function cueClass(word: string): CueClass | undefined {
  const w = word.replace(en.g`^[^\p{L}']+|[^\p{L}']+$`, '');
  if (NEGATION.test(w)) return 'negation';
  if (MODAL.test(w)) return 'modality';
  if (ATTRIBUTION.test(w)) return 'attribution';
  if (DEGREE.test(w)) return 'degree';
  return undefined;
}

/** Words of a text as the checks see them ("didn't" -> "did", "n't"). */
export function cueWords(text: string): string[] {
  return (
    text
      .replace(/[’‘]/g, "'")
      .replace(en.gi`(\p{L})n't\b`, '$1 not')
      .replace(/\bcannot\b/gi, 'can not')
      .match(en.g`[\p{L}\p{N}'-]+`) ?? []
  ).map((w) => w.toLowerCase().replace(/^'+|'+$/g, ''));
}

/** The comma-, dash- or semicolon-delimited segment of each of a text's cue words. */
function segmentsOf(text: string, count: number): number[] {
  const out: number[] = [];
  let seg = 0;
  for (const piece of text.split(/,(?!\d{3})|;|\s[-–—]\s/)) {
    for (const _ of cueWords(piece)) out.push(seg);
    seg++;
  }
  // The pieces' words are the text's words; pad defensively if tokenization ever differs.
  while (out.length < count) out.push(seg);
  return out;
}

/** Verbs that end a sentence as its attribution ("…, police said"). */
const SAYS =
  "said|says|say|found|finds|suggests|suggested|shows|showed|reveals|revealed|indicates|indicated|heard|hears|claimed|claims|claim|alleged|alleges|allege|reported|reports|told|tells|added|adds|insisted|insists|insist|warned|warns|warn|argued|argues|argue|believes|believe|admitted|admits|conceded|concedes|maintained|maintains|maintain|stressed|stresses|explained|explains|predicted|predicts|predict|acknowledged|acknowledges|announced|announces|confirmed|confirms|ruled|rules|declared|declares|stated|states|disclosed|discloses|estimated|estimates|concluded|concludes|noted|wrote|writes|observed|observes|commented|remarked|recalled|pointed\\s+out|points\\s+out|quoted(?:\\s+[\\p{L}.'’-]+){1,4}\\s+as\\s+saying";
/** Verbs that open an inverted one ("…, say industry experts"). */
const SAYS_FIRST =
  'said|says|say|added|adds|told|warned|warns|argued|argues|claimed|claims|insisted|insists|asks|asked';

/** Whom a source told: "…, the central bank told Reuters.", "…, he told the BBC News website." */
// ("… told Fox 8.", "… told Channel 4 News.": a number may be part of the name.)
const TOLD_WHOM = String.raw`(?:(?<=\b(?:told|tells))\s+(?:the\s+)?\p{Lu}[\p{L}\d'’.&-]*\s*(?:(?:\p{Lu}[\p{L}\d'’.&-]*|\d{1,3})\s*){0,3}(?:newspaper|programme|website|magazine|radio|agency)?)?`;

/**
 * (After the verb, where or when it was said: "…, Noem said in the campaign's public service
 * announcement." A clause is not that: "…, and White said at first he tried to cover up …".)
 * "The audit was rigged, a court has heard." / "…, police said." / "…, according to X." (also
 * without its "to", a slip of the copy: "…, according a report by Jupiter Research.") (X may
 * hold an abbreviation's stops: "according to U.S. Census figures.") / A reporter's own source:
 * "…, the BBC's political editor has learned.", "…, the Guardian understands."
 */
const TRAILING_ATTRIBUTION = enRegExp(
  String.raw`,\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:\(?[\p{L}\p{N}.'’-]+(?:,\d{3})*\)?\s+){0,14}?(?:has|have|had|was|were)?\s*(?<!\b(?:the|a|an|final|his|her|their|its|our|my|your|no|any)\s)(?:${SAYS}|(?<=\b(?:has|have|had)\s)(?:shown|learned|learnt)|understands|according(?: to)?\b(?:[^.]|\.(?=[^\s"”']|\s+[^\s.]))*)${TOLD_WHOM}(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?(?:\s+(?:in|on|at|to|after|during|before|via|through)\s+(?![^,;:.!?"“”]*\b(?:he|she|they|it|we|I|you)\b)[^,;:.!?"“”]{1,60})?\s*[.!?]?["”']?\s*$`,
  'u',
);

/** "…, say industry experts." / "…, says a study.": the verb first. */
const INVERTED_ATTRIBUTION = enRegExp(
  String.raw`,\s+(?:${SAYS_FIRST})\s+(?:[\p{L}\d.'’-]+\s+){0,7}[\p{L}\d.'’-]+\s*[.!?]?["”']?\s*$`,
  'u',
);

/**
 * One the copy did not set off with a comma: "… for the first time since July according to new
 * data.", "… next Monday as scheduled he insisted." (not "went according to plan").
 */
const UNMARKED_ATTRIBUTION = enRegExp(
  String.raw`\s(?:according to\s+(?!plan\b|schedule\b|expectations?\b)[^,;:.!?"“”]{1,60}|(?:he|she|they)\s+(?:${SAYS_FIRST}))\s*[.!?]?["”']?\s*$`,
  'u',
);

/** A verb one of the patterns needs, somewhere in a sentence's last words: else neither can match. */
const ATTRIBUTION_VERB = enRegExp(
  String.raw`\b(?:${SAYS}|${SAYS_FIRST}|shown|learned|learnt|understands|according)\b`,
  'iu',
);

/**
 * The trailing attribution of a sentence (", a court has heard."), or ''. The labeller and the
 * lede ask about the same sentences again: the last answers are kept.
 */
export const trailingAttribution: (sentence: string) => string = boundedMemo(
  findTrailingAttribution,
  64,
);

function findTrailingAttribution(sentence: string): string {
  // The patterns anchor at the end and allow at most 14 words, a place and a day before it:
  // their verb sits in the last 300 characters, or nowhere.
  if (!ATTRIBUTION_VERB.test(sentence.slice(-300))) return '';
  const m =
    TRAILING_ATTRIBUTION.exec(sentence) ??
    INVERTED_ATTRIBUTION.exec(sentence) ??
    UNMARKED_ATTRIBUTION.exec(sentence);
  // ("…, a period that, according to analyst Carolina Milanesi is "seldom strong".": the source
  // the copy did not close with a comma, and the clause's own verb after it; no attribution.)
  return m && !CLAUSE_AFTER_SOURCE.test(m[0])
    ? m[0]
        .replace(/^,\s+/, '')
        .replace(/[.!?"”']+$/, '')
        .trim()
    : '';
}

/**
 * "according to X" and then a verb of the sentence's own: "according to X is seldom strong".
 * (Right after the source's words, no comma or relative between: "according to two people
 * familiar with the matter, adding to problems that have turned …" is an attribution.)
 */
const CLAUSE_AFTER_SOURCE =
  /\baccording(?: to)?\s+(?:(?!(?:that|which|who|whose)\s)[^\s,;:]+\s+){1,6}(?:is|are|was|were|has|have|had|will|would|can|could|remains?|remained)\s/;

/** The verbs of saying in their base form ("said", "says" -> "say"); other words as they are. */
function sayingLemma(word: string): string {
  return SAYING_FORMS.get(word) ?? word;
}

const SAYING_FORMS: ReadonlyMap<string, string> = new Map([
  ['say', 'say'],
  ['says', 'say'],
  ['said', 'say'],
  ['saying', 'say'],
  ['tell', 'tell'],
  ['tells', 'tell'],
  ['told', 'tell'],
]);

/**
 * The cue words a shortening drops: those of `sentence` that fall between the first and the
 * last word it keeps (as found in order in the sentence), and a trailing attribution it
 * drops, that the shortening itself lacks. "will" counts as kept when the shortening has "to".
 */
export function droppedCues(shortened: string, sentence: string): string[] {
  const short = cueWords(shortened);
  const long = cueWords(sentence);
  // ("Smith says deal is dead" of '"The deal is dead," said Smith.': a verb of saying kept in
  // another tense is kept.)
  const kept = new Set([...short, ...short.map(sayingLemma)]);
  const keeps = (w: string): boolean => kept.has(w) || kept.has(sayingLemma(w));
  // Where the shortening's words sit in the sentence, in order.
  let first = -1;
  let last = -1;
  let j = 0;
  for (const w of short) {
    let k = j;
    while (k < long.length && long[k] !== w) k++;
    if (k >= long.length) continue;
    if (first < 0) first = k;
    last = k;
    j = k + 1;
  }
  const dropped: string[] = [];
  // A cue inside an aside the shortening skipped whole (", who warned …,") is not its own.
  const segment = segmentsOf(sentence, long.length);
  const keptContent = new Set(short.filter((w) => w.length > 2 && !STOP_WORDS.has(w)));
  const segmentKept = new Map<number, boolean>();
  long.forEach((w, i) => {
    const seg = segment[i] ?? 0;
    if (keptContent.has(w)) segmentKept.set(seg, true);
  });
  if (first >= 0) {
    for (let i = first; i <= last; i++) {
      const w = long[i] as string;
      const cls = cueClass(w);
      if (!cls || keeps(w)) continue;
      if (!segmentKept.get(segment[i] ?? 0)) continue;
      if (w === 'will' && kept.has('to')) continue;
      dropped.push(w);
    }
  }
  // "Not even a hug from AP McCoy could check his momentum": a cue before the first word kept,
  // in the same clause, is the clause's ("Hug could check his momentum" says the opposite).
  for (let i = 0; i < first; i++) {
    const w = long[i] as string;
    if (segment[i] === segment[first] && cueClass(w) && !keeps(w)) dropped.push(w);
  }
  // "Apparently, Isinbayeva has cleared five metres": a hedge that opens the sentence on its
  // own, before a comma, is the whole sentence's.
  const opening = long.filter((_, i) => segment[i] === 0);
  if (
    first > 0 &&
    segment[first] !== 0 &&
    opening.length <= 2 &&
    opening.some((w) => cueClass(w) !== undefined && !kept.has(w))
  )
    dropped.push(opening.join(' '));
  // "…would get more cash, he said, but …": an attribution set between commas right after
  // the words kept is theirs.
  if (last >= 0 && ![...kept].some((w) => cueClass(w) === 'attribution')) {
    const next = (segment[last] ?? 0) + 1;
    const aside = long.filter((_, i) => segment[i] === next);
    const goesOn = segment.some((sg) => sg > next);
    if (goesOn && aside.length <= 5 && aside.some((w) => cueClass(w) === 'attribution'))
      dropped.push(aside.join(' '));
  }
  const tail = trailingAttribution(sentence);
  if (tail && !cueWords(tail).some((w) => kept.has(w) && cueClass(w) === 'attribution')) {
    const covered = cueWords(tail).every((w) => kept.has(w));
    if (!covered) dropped.push(tail);
  }
  return [...new Set(dropped)];
}
