import { countMatches } from './count-matches.js';
import { MONTHS, WEEKDAYS } from './dates.js';
import { en, enRegExp } from './letters.js';
import { PERSON_NOUN, ROLE_NOUN_WORD, ROLE_NOUNS } from './people.js';
import { FINITE_TAG, tagSentence } from './pos/tag.js';
import { capitalize } from './tighten.js';
import { countWords, STOP_WORDS } from './tokens.js';
import { trailingRun } from './trailing-run.js';

/** A caption runs at least this many words; so must the sentence left after cutting it. */
const CAPTION_MIN_WORDS = 8;
/** Share of a caption's content words that one other sentence already says. */
const CAPTION_OVERLAP = 0.6;
/**
 * A lower-case word (its quotation closed, or not), no other punctuation, then a capital: a line
 * break the text lost. (The space comes first in the pattern so that only spaces start a match
 * attempt; the look-behind then checks the letter before the whole run of spaces, as a
 * look-behind in front would.)
 */
const GLUE_BOUNDARY = en.g`\s+(?<=[\p{Ll}\p{N}%)]['’"”]?\s+)(?=[‘'"“]?\p{Lu})`;
/** Words that open a sentence but do not continue a name ("his team-mate Nico Rosberg"). */
const SENTENCE_OPENER =
  /^(?:[‘'"“]|(?:The|A|An|He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|There|In|On|At|By|For|But|And|After|Before|When|While|As|If|Now|Last|According|Speaking|Mr|Mrs|Ms|Dr)\b)/u;
/** A determiner or pronoun and a lower-case word: a sentence starts here, whatever came before. */
export const PLAIN_OPENING = en`^(?:The|A|An|He|She|They|It|His|Her|Their|Its|This|These|Those|We|I)\s+\p{Ll}`;
/** A caption's opening in the Daily Mail's style: "Barry Beavis, 48, …". */
const NAME_AND_AGE = en`^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+, \d{1,3}, `;
/** A capitalised word, then lower-case words: "…his Nazi Regime Germans no longer see …". */
// (Not a preposition after it: "… homage to Saint | Katherine by portraying her …" goes on
// with the name's phrase; no sentence opens on "Katherine by".)
const NAMED_OPENING = en`^\p{Lu}\p{Ll}+\s+(?!(?:by|as|into|than)\s)\p{Ll}+\s+\p{Ll}`;
/**
 * A news agency's photo caption: a subject, a verb in the present ("A tow truck driver works to
 * clear the scene …"), then, after a comma, the day and the place the photo was taken
 * (", Friday near Boulder, Colo.", ", Tuesday, March 3, 2015, in Washington"). Body copy tells
 * what happened in the past ("… won on Friday in Aintree").
 */
export const DATED_CAPTION =
  /^(?:(?:[A-Z][\w'’.-]*|[a-z][\w'’-]*|\d[\w-]*),?\s+){1,8}?(?!(?:says|has|is|was|does|this|his|its|as|us|plus|less|news|always|perhaps|thus|ones)\s)[a-z]{2,}s\s[\s\S]*?,\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:\d{4},?\s+)?)?(?:in|near|at|outside|inside)\s+[A-Z]/;
/** Signs of a photo caption: a "Label: " start, "pictured", "(left)". */
const CAPTION_MARK =
  /^[^:]{1,30}:\s|\bpictured\b|\((?:left|right|centre|center|above|below|top|bottom|file)/i;
const SAYS_COLON_QUOTE =
  /^[^:]{0,30}\b(?:said|says|added|adds|told|tells|explained|continued|wrote|writes|admitted|insisted|declared|announced)(?:\s+[^\s:]+){0,3}:\s*["“‘']/;
const NAMING_VERB =
  /^(?:named|called|dubbed|titled|entitled|renamed|nicknamed|crowned|voted|elected|appointed|branded|labelled|labeled|hailed|declared|ranked|became|become|becomes)$/;
/**
 * A kind of work or act named by the title after it: "the Angolan film | The Hero triumphed",
 * "the band | The Killers", "a screening of the film | I Heart Huckabees", "with films | In The
 * Name Of The Father". Only a plain opening (a determiner or pronoun and a lower-case word:
 * "her new film | The actress said") starts a new sentence there.
 */
const WORK_NOUN =
  /^(?:film|movie|documentary|drama|comedy|thriller|album|song|single|record|book|novel|memoir|play|musical|opera|band|group|show|series|sitcom|programme|program|magazine|newspaper|paper|game|painting|poem)s?$/i;
/**
 * How a sentence of its own opens, never a caption: on a conjunction ("But another report in
 * the Sunday Telegraph claims | Mr Milburn is unwilling …") or a subordinate clause or phrase
 * whose main clause comes after ("If they asked me …, of course | I'd listen", "Under what is
 * to be the general election slogan | "Britain is working", the prime minister …").
 */
const CLAUSE_OPENING =
  /^[‘'"“]?(?:But|And|Yet|So|Or|Nor|However|If|Although|Though|Because|Unless|Whether|Whereas|Under|Despite)\b/;
/** A verb of saying and "that": the clause it reports goes on ("also said that during … | Mr Ebbers …"). */
const REPORTS_THAT =
  /\b(?:said|says|say|reported|reports|claimed|claims|claim|added|believes?|believed|argued|argues|insisted|insists|warned|warns|stated|announced|told\s+\S+)\s+that\b/;
/** A title and a surname: the name of someone a verb or a role before it names. */
const HONORIFIC_OPENING = en`^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+\p{Lu}`;
/** A past verb ("Laura Ashley thanked | Ms Mohd-Saaid") or a role ("India's petroleum minister | Mr Aiyar"). */
const BEFORE_HONORIFIC = enRegExp(`^(?:\\p{Ll}+ed|${ROLE_NOUNS})$`, 'u');

/**
 * Prepositions the stop-word list lacks: "… overturned a gagging order against | Ms Watson who
 * claims …" goes on into its object; no caption ends there.
 */
const PREPOSITION_END =
  /^(?:against|without|onto|towards?|among|across|behind|beyond|despite|within|upon|via|per|throughout|around|near|beside|besides|unlike|including|versus|past|amid|alongside|inside|outside|beneath|underneath)$/i;
const DAY_OR_MONTH = new RegExp(`^(?:${WEEKDAYS}|${MONTHS})$`);

/**
 * Words no caption ends on, capitalised as they open a sentence: '"My aim was to win a round
 * here. When | I did that …"' ends a quoted sentence and opens the next; nothing ends there.
 */
const FUNCTION_WORD_CAPITAL =
  /^(?:The|A|An|When|While|If|As|Because|Although|Though|Since|Until|Unless|Whether|And|But|Or|So|Then|That|This|These|Those|His|Her|Its|Their|Our|My|Your|We|They|He|She|It|You|Where|What|Who|How|Why|In|On|At|To|Of|For|With|From|By)$/;

/**
 * Daily Mail text glues a photo caption (no full stop) to the front of the next sentence:
 * "…13% higher than a colleague The cost of divorce can wreck retirement…". Captions repeat
 * the story, so a leading run is cut when it ends on a content word (not "the", "said",
 * "Nico") right before a sentence opener (or carries a caption mark), and another sentence
 * of the article (or the rest of this one) already says most of its content words.
 * Returns the sentence without the caption, and the caption cut ('' when none).
 */
export function cutGluedCaption(
  text: string,
  stemsOf: (s: string) => readonly string[],
  /** Stems of the article's sentences; `self` (this sentence's index) is skipped. */
  others: readonly (readonly string[])[],
  self = -1,
  /**
   * Also cut before a name that opens a sentence ("…his Nazi Regime Germans no longer see …"),
   * after a capital. Looser: the lede uses it (one sentence, where a caption costs most).
   */
  namedOpenings = false,
): { text: string; caption: string } {
  let start = 0;
  // Word counts from space positions, so each boundary costs O(1) to size up.
  const spaces: number[] = [];
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) spaces.push(i);
  const wordsBefore = (pos: number) => lowerBound(spaces, pos);
  const total = spaces.length + 1;
  // Both the caption and what is left need CAPTION_MIN_WORDS: most sentences are too short.
  if (total < 2 * CAPTION_MIN_WORDS) return { text, caption: '' };
  // A boundary with CAPTION_MIN_WORDS words on either side lies after the space that ends
  // the first such words and no later than the one that starts the last: search only there.
  const last = spaces[spaces.length - CAPTION_MIN_WORDS + 1] ?? text.length;
  // (Most sentences have no double quotation mark: no boundary can then be inside one.)
  const quoted = text.includes('"') || text.includes('“');
  GLUE_BOUNDARY.lastIndex = spaces[CAPTION_MIN_WORDS - 1] ?? 0;
  for (let m = GLUE_BOUNDARY.exec(text); m !== null; m = GLUE_BOUNDARY.exec(text)) {
    const b = m.index + m[0].length;
    if (b > last) break;
    const inPrefix = wordsBefore(b) - wordsBefore(start);
    if (inPrefix < CAPTION_MIN_WORDS || total - wordsBefore(b) < CAPTION_MIN_WORDS) continue;
    const prefix = text.slice(start, b).trim();
    const rest = text.slice(b);
    // ("… a champion of 'everyday Americans' Another Twitter sleuthing website …": a quotation
    // mark may close the caption's last words.)
    const end = trailingRun(prefix.replace(CLOSING_MARK_END, ''), WORD_CHAR);
    // A capital ends a caption only where what follows plainly opens a sentence ("…at the
    // Cleveland Metroparks Zoo The boy was rescued"), never inside a name ("team-mate Nico Rosberg").
    const capitalEnd =
      en`\p{Lu}`.test(end) &&
      !DAY_OR_MONTH.test(end) &&
      !PLAIN_OPENING.test(rest) &&
      !NAMED_OPENING.test(rest);
    // ("Bridget Jones: The Edge of Reason was named | Evening Standard Readers' Film of 2004":
    // a verb that names goes on into the name it gives; no caption ends there.)
    if (
      end === '' ||
      STOP_WORDS.has(end) ||
      FUNCTION_WORD_CAPITAL.test(end) ||
      (quoted && insideQuotation(text.slice(0, b))) ||
      PREPOSITION_END.test(end) ||
      capitalEnd ||
      NAMING_VERB.test(end) ||
      (WORK_NOUN.test(end) && !PLAIN_OPENING.test(rest)) ||
      (HONORIFIC_OPENING.test(rest) && BEFORE_HONORIFIC.test(end))
    )
      continue;
    const opens =
      SENTENCE_OPENER.test(rest) ||
      (namedOpenings && en`\p{Lu}`.test(end) && NAMED_OPENING.test(rest)) ||
      (en`^\p{Ll}`.test(end) && namedClauseAfterClause(prefix, rest));
    // ("He said: 'Patriotism means, yes, supporting a strong | Scottish parliament …'": a verb of
    // saying and its colon open a quotation; they are no caption's "Label: ".)
    if (!opens && (!CAPTION_MARK.test(text.slice(0, b)) || SAYS_COLON_QUOTE.test(prefix))) continue;
    // (The prefix's own opening and verbs, read only for a boundary that got this far.)
    if (CLAUSE_OPENING.test(prefix) || (REPORTS_THAT.test(prefix) && !CAPTION_MARK.test(prefix)))
      continue;
    // ("Barry Beavis, 48, lost his case at the Court of Appeal Millions of motorists face …": a
    // caption in the Daily Mail's "Name, age," style, before a lede's named opening, needs no
    // other sentence to say it again.)
    if (namedOpenings && start === 0 && NAME_AND_AGE.test(prefix) && NAMED_OPENING.test(rest)) {
      start = b;
      continue;
    }
    const said = new Set(stemsOf(prefix));
    if (said.size > 0 && saidElsewhere(said, others, self, stemsOf(rest))) start = b;
  }
  return start === 0
    ? { text, caption: '' }
    : { text: capitalize(text.slice(start)), caption: text.slice(0, start).trim() };
}

/**
 * "… invited to attend a home game before the end of the season | Sandown initially tried to
 * secure …": a caption that is a whole clause (it has a tensed verb), ending on a noun, glued
 * before a name that a tensed verb follows. (Not "the trophy | McCoy won": a relative clause
 * without "that" ends on the name's verb, and what is said elsewhere decides then.)
 */
function namedClauseAfterClause(prefix: string, rest: string): boolean {
  const opening = NAMED_VERB_OPENING.exec(rest);
  if (!opening) return false;
  const before = tagSentence(prefix);
  const last = before.at(-1);
  // ("Mama June's daughter | Jessica was preparing …": a person's noun names who comes next.)
  if (
    !last ||
    !/^NNS?$/.test(last.tag) ||
    PERSON_NOUN.test(last.text) ||
    ROLE_NOUN_WORD.test(last.text)
  )
    return false;
  if (!before.some((t) => FINITE_TAG.test(t.tag))) return false;
  return tagSentence(opening[0]).some((t, i) => i > 0 && FINITE_TAG.test(t.tag));
}
/** A capitalised word, perhaps an adverb, and a word: "Sandown initially tried", "Argonaut was". */
const NAMED_VERB_OPENING = en`^\p{Lu}\p{Ll}+\s+(?:\p{Ll}+ly\s+)?\p{Ll}+`;

/**
 * Whether a quotation opened in `prefix` is still open at its end: someone's words go on there,
 * and no caption is glued inside them.
 */
function insideQuotation(prefix: string): boolean {
  const straight = countMatches(STRAIGHT_DOUBLE, prefix) % 2 === 1;
  return straight || prefix.lastIndexOf('“') > prefix.lastIndexOf('”');
}
const STRAIGHT_DOUBLE = /"/g;

const CLOSING_MARK_END = /['’"”]$/;

/** A character of the word that ends a caption: a letter, a digit or %. */
const WORD_CHAR = en`^[\p{L}\p{N}%]$`;

/** How many sorted values are below `x`. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether any one of `pool` (but `skip`), or `extra`, contains CAPTION_OVERLAP of `stems`. */
function saidElsewhere(
  stems: ReadonlySet<string>,
  pool: readonly (readonly string[])[],
  skip: number,
  extra: readonly string[],
): boolean {
  const says = (other: readonly string[]) => {
    const o = stemSet(other);
    let hit = 0;
    for (const t of stems) if (o.has(t)) hit++;
    return hit / stems.size >= CAPTION_OVERLAP;
  };
  return says(extra) || pool.some((other, i) => i !== skip && says(other));
}

/** Each sentence's stems as a Set, built once however many boundaries are checked against it. */
const stemSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function stemSet(stems: readonly string[]): ReadonlySet<string> {
  let set = stemSets.get(stems);
  if (set === undefined) {
    set = new Set(stems);
    stemSets.set(stems, set);
  }
  return set;
}

/** A run said twice must be this long to count: shorter repeats ("again and again") are prose. */
const REPEAT_MIN_WORDS = 10;
const REPEAT_WORD = en.g`[\p{L}\p{N}][\p{L}\p{N}'’-]*`;

/**
 * The last REPEAT_WORD of `text`: the last one in the last space-separated chunk that has one
 * (a word never spans a space, so a chunk's words are the text's), without listing them all.
 */
function lastWord(text: string): string | undefined {
  for (let end = text.length; end > 0; ) {
    const start = text.lastIndexOf(' ', end - 1) + 1;
    const found = text.slice(start, end).match(REPEAT_WORD)?.at(-1);
    if (found !== undefined) return found;
    end = start - 1;
  }
  return undefined;
}

/**
 * Daily Mail copy sometimes glues a caption that repeats its sentence word for word in front of
 * it, after other captions: "'Ismol Family' This year, she … Philippines With the support of her
 * strong fan base, Ms Moon will attend … An Actress With the support of her strong fan base, Ms
 * Moon will attend … An Actress." A sentence that ends on a run of REPEAT_MIN_WORDS or more words
 * said twice in a row keeps only the last saying; what comes before it is returned as cut.
 */
export function cutRepeatedRun(text: string): { text: string; caption: string } {
  // Nearly every sentence has no such run: its last word would have to occur earlier too.
  // (Checked on the text, so the word list below is built only for the rare one that may.)
  const last = lastWord(text)?.toLowerCase();
  if (last === undefined) return { text, caption: '' };
  const lower = text.toLowerCase();
  if (lower.indexOf(last) === lower.lastIndexOf(last)) return { text, caption: '' };
  const words = [...text.matchAll(REPEAT_WORD)];
  const n = words.length;
  if (n < 2 * REPEAT_MIN_WORDS) return { text, caption: '' };
  const w = words.map((m) => m[0].toLowerCase());
  // The last run's length L: the words n-L..n-1 equal the L words before them.
  for (let len = REPEAT_MIN_WORDS; 2 * len <= n; len++) {
    let same = true;
    for (let k = 0; k < len && same; k++) same = w[n - len + k] === w[n - 2 * len + k];
    if (!same) continue;
    const at = words[n - len]?.index ?? 0;
    return { text: text.slice(at), caption: text.slice(0, at).trim() };
  }
  return { text, caption: '' };
}

/**
 * A person's full name opening a sentence (not "The US …", "But Labour …"), perhaps with where
 * they are in the photo ("Alberto Bueno (left) in action …"): group 1 the first name (or a
 * title), group 2 the surname.
 */
const FULL_NAME_OPENING = en`^(?:[\p{L}'’-]+\s+){0,5}?(?!(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My|But|And|Former|Ten)\s)(?:(?:Mr|Mrs|Ms|Dr|Sir)\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:\p{Lu}\.?\s+)?(\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)\s+(?:\((?:left|right|centre|center|pictured|above|below|top|bottom)\b[^()]{0,30}\)\s+)?(?=\p{Ll}|and\s)`;
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Sir)$/;
/** A caption's present tense after the name: "Tindall celebrates …", "Stewart lines up …". */
const CAPTION_VERB = en`^\s+(?!says\b)\p{Ll}{3,}s\b(?!\s+(?:of|to)\b)`;
/** "…, although Tait endured …": after a conjunction the name goes on the same sentence. */
const CONJUNCTION = /^(?:although|though|while|whereas|because|since|unless|until|when|as|or)$/i;
/** What follows a surname that opens a sentence: a verb, or an appositive ("Pama, a married …"). */
const OPENS_ON_SURNAME = en`^(?:,\s+(?:a|an|the|who|\d)\b|\s+(?:\p{Ll}{2,}(?:ed|s)|was|is|has|had|will|would|could|can|told|said|saw|spoke|made|took|won|lost|left|came|went|got|gave|began|became)\b)`;

/**
 * Daily Mail copy glues a photo caption that names someone in full to the story's sentence,
 * which names them by surname alone: "Phillip Pama covered his face as he left court where he
 * was granted bail on Friday Pama, a married father of three, works …", "Jonjo O'Neill hopes
 * … later this month O'Neill told Betfred: …". Where the opening's surname comes again after a
 * content word (or a day or month) with no stop between, and opens a clause there, what comes
 * before it is a caption (at least CAPTION_MIN_WORDS words, outside a quotation). The name may
 * follow a role ("England flanker James Haskell dressed …"), and be said again by first name.
 */
export function cutNamedCaption(text: string): { text: string; caption: string } {
  const m = FULL_NAME_OPENING.exec(text);
  if (m === null) return { text, caption: '' };
  // By surname, or by first name ("Lizzi Crawford dropped over 7st after … Lizzi had reached …").
  for (const name of [m[2] as string, m[1] as string]) {
    if (TITLE.test(name) || name.length < 3) continue;
    const at = namedAgainAt(text, name, m[0].length - 1, m[1] as string);
    if (at <= 0) continue;
    let rest = text.slice(at + 1);
    const captions = [text.slice(0, at).trim()];
    // Captions come stacked: "… with the club | Bueno celebrates scoring for Real Madrid … in
    // November 2008 | Bueno has scored 17 goals …". What is left opens on the name and a
    // caption's present tense, and the name opens a clause again: that is another caption.
    for (let next = 0; CAPTION_VERB.test(rest.slice(name.length)); rest = rest.slice(next + 1)) {
      next = namedAgainAt(rest, name, name.length, m[1] as string);
      // ("Tindall celebrates after watching his horse Monbeg Dude finish third in the National |
      // Monbeg Dude is now 10 …": or another name that caption gave opens the clause again.)
      if (next <= 0) next = nameGivenAgainAt(rest, name.length);
      if (next <= 0) break;
      captions.push(rest.slice(0, next).trim());
    }
    return { text: rest, caption: captions.join(' ') };
  }
  return { text, caption: '' };
}

/** Whether the text has an even count of quotation marks: no quotation left open at its end. */
function evenMarks(text: string): boolean {
  return (text.match(/["“”‘]/g)?.length ?? 0) % 2 === 0;
}

/** Two capitalised words: a name a caption gives ("Monbeg Dude", "Zara Phillips"). */
const TWO_WORD_NAME = en.g`\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+`;

/**
 * Where a two-word name that `text` gives after `from` comes again and opens a clause, at least
 * CAPTION_MIN_WORDS words in and outside a quotation, or -1.
 */
function nameGivenAgainAt(text: string, from: number): number {
  for (const r of text.slice(from).matchAll(TWO_WORD_NAME)) {
    const at = text.indexOf(` ${r[0]} `, from + r.index + r[0].length);
    if (at < 0) continue;
    const before = text.slice(0, at);
    if (
      OPENS_ON_SURNAME.test(text.slice(at + 1 + r[0].length)) &&
      evenMarks(before) &&
      countWords(before) >= CAPTION_MIN_WORDS
    )
      return at;
  }
  return -1;
}

/** Where `name` opens the story's clause again after `from` (see cutNamedCaption), or -1. */
function namedAgainAt(text: string, name: string, from: number, first: string): number {
  for (let at = text.indexOf(` ${name}`, from); at > 0; ) {
    const before = text.slice(0, at);
    const previous = /(\S+)$/.exec(before)?.[1] ?? '';
    const after = text.slice(at + name.length + 1);
    // A capital may end the caption ("… ahead of the Grand National | Tindall celebrates …")
    // only before a caption's present tense, and not as the name's own first word or a title.
    const afterCapital = en`^\p{Lu}`.test(previous) && !DAY_OR_MONTH.test(previous);
    const captionEnds =
      previous !== first &&
      !TITLE.test(previous) &&
      en`^\p{Lu}\p{Ll}`.test(previous) &&
      CAPTION_VERB.test(after);
    const fits =
      en`[\p{L}\d]$`.test(previous) &&
      !STOP_WORDS.has(previous.toLowerCase()) &&
      (!afterCapital || captionEnds) &&
      !CONJUNCTION.test(previous) &&
      OPENS_ON_SURNAME.test(after) &&
      evenMarks(before) &&
      countWords(before) >= CAPTION_MIN_WORDS &&
      countWords(text.slice(at)) >= 5;
    if (fits) return at;
    at = text.indexOf(` ${name}`, at + 1);
  }
  return -1;
}
