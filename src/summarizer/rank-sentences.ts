import { MONTHS, WEEKDAYS } from './dates.js';
import { en } from './letters.js';
import type { Sentence } from './prepare.js';
import { SPEECH_PERSON } from './quote-spans.js';
import { type IdfLookup, type IndexedVector, TermIndex } from './vectors.js';

/**
 * Stage 3a: score every sentence. News puts the story first, so position is the backbone;
 * centrality (PacSum-style, directed: a sentence scores for what the sentences after it
 * repeat of it) and overlap with the headline say which early sentences carry the story;
 * priors demote what reads badly as a key point (fragments, very long sentences, quotes
 * with no attribution, questions, dangling pronouns).
 *
 * Centrality multiplies the position prior rather than adding to it: what the rest of the
 * article repeats is evidence for an early sentence, but a late sentence that opens a
 * sub-story (an eyewitness, a side case) is central to that sub-story, not to the news, and
 * must not outrank the lead on centrality alone.
 */
export interface RankWeights {
  /** Decay of the position prior exp(-i / positionScale). */
  readonly positionScale: number;
  /** The position prior is scaled by (1 + centrality × c), c the sentence's centrality in [0, 1]. */
  readonly centrality: number;
  readonly title: number;
  readonly first: number;
  readonly quotePenalty: number;
  readonly pronounPenalty: number;
  readonly lengthPenalty: number;
  /** First or second person outside double quotes (someone's speech, not the report). */
  readonly speechPenalty: number;
  /** Bonus for the sentence that best supports each clause of a multi-clause headline. */
  readonly headlineClause: number;
}

export const DEFAULT_WEIGHTS = {
  positionScale: 5,
  centrality: 3,
  title: 1.0,
  first: 0.2,
  quotePenalty: 0.25,
  pronounPenalty: 0.3,
  lengthPenalty: 0.3,
  speechPenalty: 0.3,
  headlineClause: 1.0,
} as const satisfies Required<RankWeights>;

export interface RankedSentences {
  readonly scores: readonly number[];
  /** Cosine similarity of sentences i and j, computed once for all pairs. */
  readonly similarity: (i: number, j: number) => number;
  readonly idf: IdfLookup;
  /** The sentences' terms as ids (a sentence i's are `index.docTermIds(i)`), to compare stems by. */
  readonly index: TermIndex;
  /**
   * Sentence i leans on sentence i - 1: it opens on a pronoun or demonstrative ("He said…",
   * "This includes…") or ends on one ("…rejected that assessment.").
   */
  readonly needsPrevious: readonly boolean[];
}

const WHOLE_QUOTE = /^["“][^"“”]+["”]$/;
// ("One such avatar is Jeremiah.", "Such a move would …": "such" is of the sentence before; so
// is "Which is not to say that …".)
const DANGLING_START =
  /^(?:(?:but|and|so|yet|still|however),?\s+)?(?:["“‘']\s*)?(?:he|she|they|it|this|that|these|those|his|her|their|its|him|them|which|(?:one|another|any|no)\s+such|such\s+(?:a|an)\s)\b/i;
/**
 * Ends on a demonstrative ("…rejected that assessment.", "…denied this."): it points back to
 * what the sentence before said. A complementizer "that" never ends a sentence, and "this
 * week" and the like point at the calendar, not back.
 */
const DEMONSTRATIVE_END = en.i`\b(?:that|those|these|this)(?:\s+(?!(?:year|week|month|season|weekend|morning|afternoon|evening|summer|winter|spring|autumn|fall|time)\b)[\p{L}-]+)?[.!?]["”’']?$`;
/** The demonstrative alone, with the same flags: a cheap test that every DEMONSTRATIVE_END match passes. */
const DEMONSTRATIVE = /th(?:at|ose|ese|is)/iu;

/** DEMONSTRATIVE_END on the last few words only: an end-anchored pattern is tried at every position. */
function endsOnDemonstrative(text: string): boolean {
  const tail = text.slice(-60);
  return DEMONSTRATIVE.test(tail) && DEMONSTRATIVE_END.test(tail);
}

/**
 * "Few in Westminster actually believe that, simply because …": a demonstrative that is what
 * a verb of believing, saying or doing takes, before a comma, points at a sentence before.
 */
const DEMONSTRATIVE_OBJECT =
  /\b(?:believe[sd]?|accept(?:s|ed)?|den(?:y|ies|ied)|disputed?|disputes|doubt(?:s|ed)?|think|thinks|thought|say|says|said|do|does|did|know|knew|knows|want(?:s|ed)?|expect(?:s|ed)?)\s+(that|this|those|these)\s*[,;:]/i;

/**
 * "Google confirmed this in a statement", "The FER blames this on a 2004 law": "this" before a
 * preposition stands alone, for what a sentence before said (as a determiner it would come
 * before its noun: "this week"). Not "this to be …", which points ahead ("Many expected this to
 * be Scorsese's year"), nor "this at all"; nor "those with …", who are said after it. (Inside
 * a quotation it is the speaker's, and the point names the speaker: not read there.)
 */
const DEMONSTRATIVE_BEFORE_PREPOSITION =
  /^[^"“”]*\sthis\s+(?:in|on|at|to|during|with|for|when|after|before|by|via|because)\s(?!all\b|be\b)[^"“”]*$/i;

/**
 * DEMONSTRATIVE_OBJECT, less "Having said that," and a "that" that opens the clause said past
 * an aside ("The IMF said that, according to data …, the country's GDP rose"): the aside
 * closes with a comma.
 */
function demonstrativeObject(text: string): boolean {
  const m = DEMONSTRATIVE_OBJECT.exec(text);
  // ("Having said that, Burnley are yet to concede …": a connective the point is shown without.)
  if (!m || /^(?:Having|Having\s+\S+)\s+$/i.test(text.slice(0, m.index))) return false;
  return !/^that$/i.test(m[1] ?? '') || !text.slice(m.index + m[0].length).includes(',');
}

/**
 * A plan, deal or proposal named only by "his", "its", "the" (“agreed to drop his plan”): what
 * it is was said before; so is a thing named only as "the piece", "the item" ("The piece was
 * created by artist L.M. Rendall …"). Not when the sentence says it ("the plan to build …", "a
 * plan", "its decision on bills"; "the request on Monday" is when, not which). So are words
 * said named only by "that" or "this" ("Mr Blair directly denied Mr Brown made that quote",
 * "While this claim implies …").
 */
const BACK_REFERENCE = new RegExp(
  String.raw`\b(?:his|her|its|their|the) (?:plan|proposal|deal|idea|approach|scheme|offer|initiative|move|decision|request|demand|suggestion|piece|item|artwork)\b(?! (?:to|for|of|about|over|that|which|by|would|will)\b)(?! on (?!(?:${WEEKDAYS}|${MONTHS}|the \d|\d)))|\b(?:that|those|this|these) (?:quote|quotes|quotation|claim|claims|remark|remarks|comment|comments|allegation|allegations)\b(?! (?:that|which|by|of|about)\b)`,
  'i',
);

/**
 * "The 32-year-old will race alongside …", "The Scot won …", "The lock believes …": a person
 * named only by an epithet (an age, a nationality, a player's position) was named before.
 */
const EPITHET_START = en`^(?:(?:but|and|so|yet|still|however),?\s+)?The (?:\d+-year-old|(?:Scot|Welshman|Englishman|Irishman|Frenchman|Spaniard|Briton|Dutchman|Swede|Dane|Finn|Pole|Czech|Swiss|Kenyan|Ethiopian|Aussie|Kiwi|lock|prop|hooker|flanker|fly-half|scrum-half|full-back|winger|striker|midfielder|defender|goalkeeper|keeper|centre-back|centre-half|batsman|bowler|spinner|paceman|seamer|all-rounder|skipper|veteran|youngster|teenager)\b(?! \p{Lu}))`;

/**
 * "EU cooperation would help get better immigration controls, he argued.", "…, she told MPs.":
 * a clause whose speaker (or subject) is only a pronoun, named in a sentence before. (A
 * quotation's "he said" is named by the quote finder instead.)
 */
const PRONOUN_SAYS_END = en`,\s+(?:he|she|they)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:\s[^,.]{1,40})?[.!?]$`;

/** Words of when or where a fronted phrase may hold: "In July 1999", "Last season", "On the video". */
const MONTH_OR_TIME_WORD = `${MONTHS}|${WEEKDAYS}|spring|summer|autumn|winter|morning|afternoon|evening|night|day|week|month|year|season|decade|time|half|game|match|interview|video|film|meantime|end|past`;

/**
 * Openings that lean on the sentence before, each a general pattern (case-insensitive):
 * - "When she was eight, her mother …", "However, if she picks …": the opening clause's subject
 *   is only a pronoun;
 * - "One commented: …": one of those the sentence before named;
 * - "Since then, …", "At the time, …": a time the sentence before said;
 * - "Only released last week, it was …": a subject that is only a pronoun after an opening
 *   phrase ("it is feared …", "it was thought …" are no pronoun's).
 */
const LEANING_OPENINGS: readonly RegExp[] = [
  /^(?:(?:But|And|So|Yet|However|Still),?\s+)?(?:when|after|as|while|before|although|though|because|if|since|until|once|unless)\s+(?:he|she|they)\b/iu,
  // ("How about a monthly cap on premium calls? At least any disputed amount would be limited
  // …": what "at least" concedes is in the sentence before; "At least 10 people died" counts.)
  /^(?:But\s+)?at\s+least,?\s+(?:any|the|this|that|it|they|we|you|he|she|there|then|now)\b/iu,
  // ("Another reportedly said: …": another of those the sentence before quoted.)
  /^(?:One|Another)\s+(?:[a-z]+ly\s+)?(?:commented|wrote|said|added|tweeted|posted|replied|joked|quipped)\b/iu,
  // ("Anything less is a betrayal of public trust.": less than what the sentence before asks.)
  /^(?:(?:But|And|So|Yet),?\s+)?(?:Anything|Nothing|Something|Anyone|Anybody)\s+(?:less|more|else|short)\b(?!\s+than\b)/iu,
  /^(?:(?:But|And|So|Yet),?\s+)?(?:since|by|until|after|before)\s+(?:then|that)\b|^at\s+(?:the|that)\s+time\b/iu,
  // ("Solid, diverse, accessible and visually striking, it may well open up …": a list of
  // what it is before it, and any helper after it.)
  en.i`^(?:[^,"“]{1,60},\s+){1,4}(?:he|she|they|this|these|those|it(?!\s+(?:is|was)\s+(?:\p{Ll}+ly\s+)?(?:that|feared|thought|believed|expected|understood|likely|unlikely|estimated|reported|claimed|said|hoped|known|clear|possible|impossible|important|easy|hard|difficult|necessary|vital|essential|worth|true|unclear|time|not|a|an|the)\b))\s+(?:\p{Ll}+ly\s+)?(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|does|did|said|says|\p{Ll}+n['’]t|\p{Ll}+ed)\b`,
  // ("But realistically, all three will be fighting for …": a number standing for those the
  // sentences before named; "all three men were …" names them.)
  en.i`^(?:(?:but|and|so|yet),?\s+)?(?:\p{L}+ly,?\s+)?(?:all|the|both)\s+(?:two|three|four|five|six|of\s+them)\s+(?:\p{Ll}+ly\s+)?(?:will|would|are|were|have|had|is|was|can|could|must|should|may|might)\b`,
  // ("In July 1999 they asked 801 adults …": a time or place put first without its comma, then
  // the pronoun; with the comma, the pattern of lists above has it.)
  // (Only words of when or where: "On Thursday Rangers said they …" has its subject.)
  en`^(?:In|On|At|During|Last|Earlier|Later|Since|Until)\s+(?:(?:the|a|an|this|that|its|his|her|their|one|first|second|last|next|early|late|\d[\d,]*|${MONTH_OR_TIME_WORD})\s+){1,3}?(?:he|she|they)\s+(?:\p{Ll}+ly\s+)?\p{Ll}`,
  // ("Clearly, she believes the waitress, too.": an adverb of the writer's, then the pronoun.)
  en`^\p{Lu}\p{Ll}+ly,\s+(?:he|she|they)\s`,
  // ("One is for the viewer's decryption card, while the other has been dormant until now.",
  // "The latter is the world's largest games manufacturer", "The third was supposed to take
  // place …": one of those the sentence before counted or named. Not the "one" of anyone:
  // "One can only hope …".)
  /^(?:(?:But|And)\s+)?(?:One|The other|The latter|The former|The first|The second|The third|The rest|Neither|Either)\s+(?:is|was|are|were|has|had|have|will|would|involves|includes)\b/,
  // ("Therefore, residents who have … could miss the chance to vote.": what follows from the
  // sentence before, which says why.)
  /^(?:Therefore|Thus|Hence|Consequently|Accordingly)\b,?\s/,
];

function pronounSaysEnd(text: string): boolean {
  const tail = text.slice(-70);
  return PRONOUN_SAYS_END.test(tail) && !/["“”]/.test(text);
}

/** Whether a sentence leans on the one before it (a pronoun opening or speaker, a demonstrative end, a back reference, an epithet). */
function leansOnPrevious(text: string): boolean {
  return (
    DANGLING_START.test(text) ||
    LEANING_OPENINGS.some((opening) => opening.test(text)) ||
    pronounSaysEnd(text) ||
    EPITHET_START.test(text) ||
    endsOnDemonstrative(text) ||
    demonstrativeObject(text) ||
    DEMONSTRATIVE_BEFORE_PREPOSITION.test(text) ||
    BACK_REFERENCE.test(text) ||
    QUOTED_CONTINUATION.test(text)
  );
}

/**
 * '"But if they accept the federation's ruling we will go before the Court," he added.': a
 * quoted sentence that opens on "But" or "And" goes on from the speaker's sentence before.
 */
const QUOTED_CONTINUATION = /^["“‘']\s*(?:But|And|So|Yet|Or|Nor)\b/;

/**
 * "Previously, passengers could claim … However, only scheduled flight operators were obliged
 * …": a sentence that goes on from one opening on a time frame ("previously", "in the past",
 * "under the old rules") is said within it; shown alone, what held then reads as what holds now.
 */
function continuesTimeFrame(text: string, before: string): boolean {
  return CONTINUING.test(text) && TIME_FRAME_OPENING.test(before);
}
const CONTINUING = /^(?:However|But|And|Yet|Also|Still|Nor|Instead)\b/;
const TIME_FRAME_OPENING =
  /^(?:Previously|Before (?:that|then|this)|Until (?:now|then|recently)|In the past|Formerly|Originally|Historically|Back then|Under the (?:old|previous|existing) (?:rules?|system|law|scheme|regime|arrangements?))\b/i;

/**
 * "The statement added: …", "The report continued: …": what goes on is something said before
 * ('An All England club spokesperson denied …, insisting: "…" The statement added: …'); shown
 * without the sentence before, the reader is not told which. (Not when the opening sentence
 * names it: "The BCC said … The survey added …", the lede always shown.)
 */
function goesOnFromPrevious(text: string, first: string): boolean {
  const noun = GOES_ON.exec(text)?.[1]?.toLowerCase();
  return noun !== undefined && !first.toLowerCase().includes(noun);
}
const GOES_ON = en`^(?:(?:But|And)\s+)?[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(statement|report|letter|spokesman|spokeswoman|spokesperson|source|document|study|survey|memo|e-mail|email|note|ruling|judgment|filing|complaint|release|message)\s+(?:also\s+)?(?:added|continued|went on)\b`;

/**
 * "Picture the scene - Wales are camped on the England line … A ball is flung out to winger
 * Shane Williams who crosses to score … But the England players are incensed …": the reader is
 * asked to imagine, and the sentences after go on in that scene, the next one and any that
 * carry on from it ("But", "And", "Then"), in the same paragraph. None of them is a point:
 * shown alone, the imagined reads as what happened. The ids of those sentences.
 */
export function imaginedScene(sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    if (!ASKS_TO_IMAGINE.test(s.text)) continue;
    out.add(s.id);
    for (let j = s.id + 1; j < sentences.length; j++) {
      const next = sentences[j] as Sentence;
      if (next.paragraph !== s.paragraph || (j > s.id + 1 && !CARRIES_ON.test(next.text))) break;
      out.add(j);
    }
  }
  return out;
}
const ASKS_TO_IMAGINE =
  /^(?:(?:So|Now|Just),?\s+)?(?:Imagine\b|Picture (?:the scene|this|it)\b|Think of (?:it|this) as\b)/;
const CARRIES_ON = /^(?:But|And|Then|So|Yet)\b/;

export function rankSentences(
  sentences: readonly Sentence[],
  titleStems: readonly string[],
  weights: RankWeights = DEFAULT_WEIGHTS,
  titleClauses: readonly (readonly string[])[] = [],
): RankedSentences {
  const index = new TermIndex(sentences.map((s) => s.stems));
  const vectors = index.docVectors();
  const titleVec = index.vector(titleStems);
  const first = vectors[0];
  const n = sentences.length;
  const sims = index.similarityMatrix(vectors);
  const similarity = (i: number, j: number) => sims[i * n + j] ?? 0;
  const centrality = directedCentrality(sims, n);
  const position = sectionPositions(sentences, weights.positionScale);
  const needsPrevious = sentences.map(
    (s, i) =>
      i > 0 &&
      (leansOnPrevious(s.text) ||
        continuesTimeFrame(s.text, (sentences[i - 1] as Sentence).text) ||
        goesOnFromPrevious(s.text, sentences[0]?.text ?? '')),
  );
  const scores = sentences.map((s, i) => {
    const v = vectors[i] as IndexedVector;
    let score = (position[i] ?? 0) * (1 + weights.centrality * (centrality[i] ?? 0));
    if (titleStems.length > 0) score += weights.title * index.cosine(v, titleVec);
    if (first && i > 0) score += weights.first * index.cosine(v, first);
    score -= weights.lengthPenalty * lengthPenalty(s.words);
    score -= weights.quotePenalty * quotedShare(s.text);
    // A quote standing alone does not say who speaks: weak as a point on its own.
    if (i > 0 && WHOLE_QUOTE.test(s.text)) score -= weights.pronounPenalty;
    if (needsPrevious[i]) score -= weights.pronounPenalty;
    // Most sentences have no first or second person at all: only then strip the quotes.
    if (SPEECH_PERSON.test(s.text) && SPEECH_PERSON.test(s.text.replace(/["“][^"“”]*["”]/g, '')))
      score -= weights.speechPenalty;
    if (/\?["”’']?$/.test(s.text)) score -= weights.pronounPenalty;
    return score;
  });
  for (const id of headlineSupport(vectors, titleClauses, index))
    scores[id] = (scores[id] ?? 0) + weights.headlineClause;
  return { scores, idf: index.idf, index, similarity, needsPrevious };
}

/**
 * The position prior exp(-i / scale). Under section headings each section is a sub-story
 * with its own lead, so position restarts there, discounted by SECTION_DISCOUNT per section;
 * an article without headings is one section.
 */
const SECTION_DISCOUNT = 0.7;

function sectionPositions(sentences: readonly Sentence[], scale: number): number[] {
  let section = 0;
  let start = 0;
  return sentences.map((s, i) => {
    if (i > 0 && s.heading !== sentences[i - 1]?.heading) {
      section++;
      start = i;
    }
    return Math.exp(-(i - start) / scale) * SECTION_DISCOUNT ** section;
  });
}

/**
 * A headline of several clauses ("Council backs tram plan, traders fear lost trade")
 * makes several claims; each claim's best-matching sentence (a different one per clause)
 * is support the brief should show.
 */
function headlineSupport(
  vectors: readonly IndexedVector[],
  clauses: readonly (readonly string[])[],
  index: TermIndex,
): number[] {
  if (clauses.length < 2) return [];
  const used: number[] = [];
  for (const clause of clauses) {
    if (clause.length < 2) continue;
    const cv = index.vector(clause);
    let best = -1;
    let bestSim = 0.1;
    vectors.forEach((v, i) => {
      const sim = index.cosine(v, cv);
      if (!used.includes(i) && sim > bestSim) {
        best = i;
        bestSim = sim;
      }
    });
    if (best >= 0) used.push(best);
  }
  return used;
}

/**
 * PacSum-style directed centrality: sentence i gains from later sentences that repeat it.
 * Edges under the mean similarity are dropped; scores are scaled to [0, 1].
 */
function directedCentrality(sims: Float64Array, n: number): number[] {
  let sum = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sum += sims[i * n + j] ?? 0;
  const pairs = (n * (n - 1)) / 2;
  const threshold = pairs > 0 ? sum / pairs : 0;
  const raw: number[] = [];
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (let j = i + 1; j < n; j++) {
      const s = sims[i * n + j] ?? 0;
      if (s > threshold) acc += s - threshold;
    }
    raw.push(acc);
  }
  const max = Math.max(0, ...raw);
  return raw.map((r) => (max > 0 ? r / max : 0));
}

/** 0 for 10..35 words, rising for fragments (to 1) and run-ons (to 2). */
export function lengthPenalty(words: number): number {
  if (words < 10) return (10 - words) / 10;
  // Run-ons keep rising to 2 at 105 words: in web copy they are usually glued captions.
  if (words > 35) return Math.min(2, (words - 35) / 35);
  return 0;
}

/** Share of the sentence's characters inside double quotes or ‘single’ quotes used as quotation. */
export function quotedShare(text: string): number {
  // Every alternative needs a quotation mark; most sentences have none, and the pattern's
  // third alternative would be tried at every space.
  if (!/["“‘']/.test(text)) return 0;
  let inside = 0;
  // Double quotes; ‘curly single’ quotes (an apostrophe inside, as in "shouldn’t", is
  // followed by a letter and does not close); 'straight single' quotes of some length.
  const re = en.g`["“]([^"”]*)["”]|‘([^‘]*?)’(?![\p{L}])|(?:^|\s)'([^']{20,})'(?=[\s,.;:!?]|$)`;
  for (const m of text.matchAll(re)) inside += (m[1] ?? m[2] ?? m[3] ?? '').length;
  return text.length > 0 ? Math.min(1, inside / text.length) : 0;
}
