import { questionVerb, type VerbForm } from './answer-verb.js';
import { en } from './letters.js';
import { ROLE_NOUNS } from './people.js';
import { englishLexicon } from './pos/lexicon.js';

/**
 * The kind of answer a question asks for, and whether a sentence holds one: a person or
 * organisation (who), a date or day (when), a place (where), an amount (how much, how
 * many, how far, how long), a reason (why). "what" and yes/no questions ask for no kind.
 */
export type AnswerKind =
  | 'who'
  | 'when'
  | 'where'
  | 'amount'
  | 'money'
  | 'count'
  | 'duration'
  | 'why';

export interface AskedFor {
  readonly kind?: AnswerKind | undefined;
  /** "how many parking spaces" -> "parking spaces": the count must be of these. */
  readonly counted?: string | undefined;
  /** "how much rain fell" -> "rain": the amount must be of this. */
  readonly measured?: string | undefined;
  /** "who was sent" -> "sent": the verb the answer is the subject or object of. */
  readonly verb?: string | undefined;
  /** "who was sent": the answer is the one the verb acts on, not the one acting. */
  readonly passive?: boolean;
  /** The tense and voice of the question's verb ("did … decide": past, active). */
  readonly form?: VerbForm | undefined;
}

const MONEY_WORDS =
  /\b(?:cost|costs|price|pay|paid|spend|spent|worth|money|fund|funds|refunds?|budget|fee|salary|charge|charged|sell|sold|buy|bought|suing|sue)\b/;

const AUXILIARIES =
  'did|does|do|is|are|was|were|will|would|can|could|has|have|had|been|be|being|should|may|might';
const AUXILIARY = new RegExp(`^(?:${AUXILIARIES})$`);
const WHO_VERB = new RegExp(String.raw`\bwho\s+((?:(?:${AUXILIARIES})\s+)*)([a-z]+)`);

/** Question words the kind of answer itself stands for: "cost" is answered by "$8 billion". */
export const KIND_WORDS: Readonly<Partial<Record<AnswerKind, readonly string[]>>> = {
  money: ['cost', 'costs', 'price', 'worth', 'money', 'value'],
  amount: ['far', 'share', 'size'],
  when: ['time', 'date', 'day', 'year'],
  where: ['place', 'location'],
  why: ['reason', 'cause'],
};

export function askedFor(question: string): AskedFor {
  const kind = kindAskedFor(question);
  const main = questionVerb(question);
  const verb = kind.verb ?? main?.verb;
  return { ...kind, verb, form: verb === main?.verb ? main?.form : undefined };
}

function kindAskedFor(question: string): AskedFor {
  const q = question.toLowerCase().replace(/[’]/g, "'");
  if (/\bhow many\b/.test(q)) {
    const counted =
      /\bhow many\s+((?:[a-z'-]+\s+){0,2}?[a-z'-]+)(?=\s+(?:did|does|do|is|are|was|were|will|would|can|could|has|have|had)\b|\?|$)/.exec(
        q,
      )?.[1];
    return { kind: 'count', counted };
  }
  if (/\bhow long\b/.test(q)) return { kind: 'duration' };
  if (
    /\bhow (?:much|expensive|far|high|big|large|fast)\b|\bwhat (?:is|was|will be) the (?:cost|price|value|size)\b|\bwhat share\b/.test(
      q,
    )
  ) {
    const noun = /\bhow much\s+([a-z]+)/.exec(q)?.[1];
    const measured =
      noun && !AUXILIARY.test(noun) && !/^(?:of|more|less|money|cash)$/.test(noun)
        ? noun
        : undefined;
    // "how much of their income…" asks for a share, whatever it is of.
    const money = MONEY_WORDS.test(q) && !/\bhow much of\b/.test(q);
    return { kind: money ? 'money' : 'amount', measured };
  }
  if (/\bwhen\b|\bwhat (?:time|date|day|year)\b/.test(q)) return { kind: 'when' };
  if (/\bwhere\b/.test(q)) return { kind: 'where' };
  if (/\bwhy\b|\bwhat (?:caused|led to)\b|\bfor what reason\b/.test(q)) return { kind: 'why' };
  const who = WHO_VERB.exec(q);
  if (who?.[2])
    return {
      kind: 'who',
      verb: who[2],
      passive: /\b(?:was|were|is|are|been|be|being)\s+$/.test(who[1] ?? ''),
    };
  if (/\bwho(?:m|se)?\b/.test(q)) return { kind: 'who' };
  return {};
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.';
const DATE = new RegExp(
  String.raw`\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${MONTHS}|(?:19|20)\d\d|yesterday|today|tomorrow|tonight|(?:next|last|this|later this|earlier this)\s+(?:week|month|year|spring|summer|autumn|fall|winter|season|weekend)|(?:in|by|until|from|since)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|\d{4}s?)|within\s+(?:a|an|\d+|two|three|five|ten|twenty)\s+(?:decade|years?|months?|weeks?|days?)|\d{1,2}(?::\d\d)?\s?(?:a\.?m\.?|p\.?m\.?))\b`,
);
const UNIT =
  '%|percent|per cent|million|billion|trillion|bn|m\\b|k\\b|thousand|ft|feet|foot|metres?|meters?|miles?|km|kilometres?|kg|tonnes?|tons?|bushels?|barrels?|points?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|-mile';
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens|half|third|quarter|fifth|double|triple';
const AMOUNT = new RegExp(
  String.raw`[$£€¥]\s?\d|\d[\d,.]*\s?(?:${UNIT})|\b\d+\/\d+\b|\b\d[\d,.]*-(?:billion|million)|\b(?:${NUMBER_WORDS})\b`,
  'i',
);
const MONEY =
  /[$£€¥]\s?\d|\d[\d,.]*\s?(?:-?(?:billion|million|bn|m)\b)?[\s-]?(?:euros?|dollars?|pounds?|yuan|yen|rupees?)\b|\d[\d,.]*-(?:billion|million)-(?:euro|dollar|pound)/i;
const ANY_NUMBER =
  /\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?)\b/i;
const DURATION =
  /\b(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;
/** What a quarrel or a sanction is about: "an argument between two neighbours over noise levels". */
const CONFLICT_OVER = String.raw`\b(?:rows?|disputes?|arguments?|argued|quarrel(?:led)?|clash(?:es|ed)?|fights?|fought|feud|protests?|protested|anger|outrage|fury|backlash|criticism|criticised|criticized|complaints?|complained|sued|suing|lawsuit|fined|arrested|charged|jailed|sacked|fired|resigned|strike|standoff|stand-off|rift|split)\b(?:\s+[\w'’-]+){0,6}?\s+over\b`;
/** A clause that gives a cause ("blaming soaring costs"); a weak one may only set the scene. */
export const STRONG_REASON = new RegExp(
  String.raw`\b(?:because|due to|owing to|as a result|blaming|blamed|caused by|driven by|set off by|(?:prompted|sparked|triggered|fuelled|fueled) by|thanks to|in order to|so that|to avoid|fears? that|would cause|in (?:protest|retaliation|response) (?:at|against|over|to|for))\b|${CONFLICT_OVER}`,
  'i',
);
const REASON = new RegExp(
  String.raw`${STRONG_REASON.source}|\b(?:warned that|worried that|concerned that|amid|after|since|as (?:a|an|the)|following|over (?:concerns|fears))\b`,
  'i',
);
const PLACE = en`\b(?:in|at|near|from|to|outside|inside|across|around|into)\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]+|(?:[a-z]+\s+)?(?:airport|hall|stadium|hospital|station|court|village|town|city|state|country|region|border|capital|park|street|square|centre|center|plant|factory|site))`;
const NAME = en.g`\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*`;

/** Dates and years are not amounts. */
function withoutDates(text: string): string {
  // Keeps every word in place (positions are word counts): dates become a placeholder word.
  return text
    .replace(/\b[\w-]+-(?:year|month|week|day)-old\b/g, 'AGE')
    .replace(
      new RegExp(String.raw`\b(?:${MONTHS})\s+\d{1,2}\b|\b\d{1,2}\s+(?:${MONTHS})`, 'g'),
      (m) => m.replace(/\S+/g, 'DATE'),
    )
    .replace(/\b(?:19|20)\d\d\b(?!\s?(?:%|percent|million|billion))/g, 'YEAR');
}

/** Where, in a sentence's words, the question's words matched (see answer.ts). */
export interface Matches {
  /** Word positions of any question word. */
  readonly terms: readonly number[];
  /** Word positions of the question's verb (who-questions that have one). */
  readonly verb: readonly number[] | undefined;
  /** Word positions of the counted or measured noun, when the question names one. */
  readonly noun: readonly number[] | undefined;
}

/** An amount answers when it stands next to what the question asks about ("rose 3.5 percent"). */
const NEAR = 8;

/** How well a sentence holds the kind of answer asked for. */
export enum Holds {
  No = 0,
  /** The kind is there but not tied to the question (a name, not the verb's subject; a scene-setting "after"). */
  Loosely = 1,
  Firmly = 2,
}

/**
 * Whether `text` holds the kind of answer asked for, next to the words of the question it
 * answers; `questionWords` are the question's own words (a name the question already
 * gives is not an answer to "who").
 */
export function holdsAnswer(
  text: string,
  asked: AskedFor,
  questionWords: ReadonlySet<string>,
  matches: Matches,
): Holds {
  const firmly = (yes: boolean) => (yes ? Holds.Firmly : Holds.No);
  switch (asked.kind) {
    case undefined:
      return Holds.Firmly;
    case 'when':
      return firmly(DATE.test(text));
    case 'duration':
      return firmly(DURATION.test(text));
    case 'why':
      return STRONG_REASON.test(text) ? Holds.Firmly : REASON.test(text) ? Holds.Loosely : Holds.No;
    case 'where':
      return firmly(newCapitalised(text, questionWords, PLACE).length > 0);
    case 'money':
    case 'amount':
    case 'count': {
      const pattern =
        asked.kind === 'money' ? MONEY : asked.kind === 'amount' ? AMOUNT : ANY_NUMBER;
      const at = positions(withoutDates(text), pattern);
      // "143 … parking spaces": the count stands just before what it counts.
      if (matches.noun)
        return firmly(at.some((p) => matches.noun?.some((n) => n >= p && n - p <= 4) ?? false));
      return firmly(at.some((p) => matches.terms.some((t) => Math.abs(t - p) <= NEAR)));
    }
    case 'who': {
      // A capitalised first word may be a common one ("Diplomat Song Tao"): the name follows it.
      const words = text.split(/\s+/);
      const names = newCapitalised(text, questionWords, NAME).flatMap((n) =>
        n > 0 || isName(words[0] ?? '') ? [n] : /^[A-Z]/.test(words[1] ?? '') ? [1] : [],
      );
      // "some farmers are sceptical": people named by what they are answer "who" too.
      if (matches.verb?.some((v) => groupBefore(words, v))) return Holds.Firmly;
      if (names.length === 0) return Holds.No;
      // The answer is the subject or object of the question's verb; a name elsewhere may
      // still be it when the article says it with another verb ("McIlroy motored to the title").
      const verb = matches.verb;
      if (!verb) return Holds.Firmly;
      const actor = names.some((n) =>
        verb.some((v) => isActor(text, n, v, asked.passive ?? false)),
      );
      return actor ? Holds.Firmly : Holds.Loosely;
    }
  }
}

/**
 * Whether the name at word `n` is who the question asks about, for the verb at word `v`:
 * for "who opposed…" the subject just before the verb, or the agent after "by" ("inspired by
 * … Hillary Clinton"); for "who was sent" the one the verb acts on, after it, or before
 * it when the sentence is passive or progressive too ("Song Tao was travelling").
 */
function isActor(text: string, n: number, v: number, passive: boolean): boolean {
  const words = text.split(/\s+/);
  const between = words
    .slice(Math.min(n, v) + 1, Math.max(n, v))
    .join(' ')
    .toLowerCase();
  if (n < v) {
    const relative = /\bwho\b/.test(between);
    if (v - n > (relative ? 14 : 8)) return false;
    // "…in Athens by winning": a name before a preposition is not the verb's subject.
    if (!relative && /\b(?:by|in|on|at|to|from|for|of|with|into|after|before)\b/.test(between))
      return false;
    const auxiliary = /\b(?:was|were|is|are|been|be|being)$/.test(between);
    return passive ? auxiliary : !auxiliary || relative;
  }
  if (n - v > 8) return false;
  // "chief executive Pieter van Loon": a name right after a role noun is that role.
  if (!passive && n - v <= 2 && !/\b(?:to|in|on|at|from|for|with|of|into)\b/.test(between))
    return true;
  // Active question: the agent after "by"; passive: the object, not a place ("to North Korea").
  if (!passive) return /\bby\b/.test(between);
  return n - v <= 5 && !/\b(?:by|to|in|on|at|from|for|with|of|into|as)\b/.test(between);
}

const LINKING = /^(?:are|were|is|was|have|has|had|been|be|also|not|now|still|all|both)$/;
const PEOPLE = new RegExp(
  `^(?:[a-z]+(?:ers|ists|ians|ants|ents|ics|ors)|people|police|staff|residents|fans|voters|officials|experts|analysts|critics|families|children|parents|${ROLE_NOUNS})$`,
);

/** Whether a group of people ("some farmers", "critics") is the subject of the verb at word `v`. */
function groupBefore(words: readonly string[], v: number): boolean {
  for (let i = v - 1; i >= Math.max(0, v - 4); i--) {
    const w = (words[i] ?? '').toLowerCase().replace(/\W+$/, '');
    if (LINKING.test(w)) continue;
    return PEOPLE.test(w);
  }
  return false;
}

/** A capitalised first word is a name unless the lexicon knows it as a common word ("Analysts"). */
function isName(word: string): boolean {
  const bare = word.replace(/['’]s$/, '').replace(/\W+$/, '');
  const tags = englishLexicon().get(bare.toLowerCase());
  return !tags || tags[0] === 'NNP' || tags[0] === 'NNPS';
}

/** Word positions where `pattern` matches in `text`. */
function positions(text: string, pattern: RegExp): number[] {
  const global = globalOf(pattern);
  return [...text.matchAll(global)].map((m) => wordIndex(text, m.index ?? 0));
}

const globals = new Map<RegExp, RegExp>();

/** The same pattern with the g flag (made once). */
function globalOf(pattern: RegExp): RegExp {
  let g = globals.get(pattern);
  if (!g) {
    g = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    globals.set(pattern, g);
  }
  return g;
}

function wordIndex(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\S+\s+/g) ?? []).length;
}

/** Word positions of matches of `pattern` that hold a word the question does not. */
function newCapitalised(
  text: string,
  questionWords: ReadonlySet<string>,
  pattern: RegExp,
): number[] {
  const global = globalOf(pattern);
  const out: number[] = [];
  for (const m of text.matchAll(global)) {
    const words = m[0].toLowerCase().match(en.g`[\p{L}]+`) ?? [];
    if (words.some((w) => w.length > 2 && !questionWords.has(w) && !PREPOSITIONS.has(w)))
      out.push(wordIndex(text, (m.index ?? 0) + m[0].search(/[A-Z]/)));
  }
  return out;
}

const PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'the',
  'outside',
  'inside',
  'across',
  'around',
  'into',
]);
