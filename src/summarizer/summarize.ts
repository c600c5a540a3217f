import { err, ok, type Result } from '../core/result.js';
import { normalizeText } from './clean-article.js';
import { countMatches } from './count-matches.js';
import { type DiscourseRole, discourseRoles } from './discourse-roles.js';
import { DATED_CAPTION } from './glued-captions.js';
import { labelPoints } from './label.js';
import {
  answersWithoutVerb,
  CONDITION_TO_READER,
  chooseLede,
  ledeText,
  NAVIGATION,
  nameInFull,
  onlyNoComment,
  SITE_GUIDE,
  setUpBefore,
} from './lede.js';
import { en, enRegExp } from './letters.js';
import {
  FIGURE_REPEAT_OVERLAP,
  figureFacts,
  LABEL_REPEATS_POINT,
  labelCoverage,
  REPEAT_OVERLAP,
  sharedFigure,
  stemOverlap,
} from './overlap.js';
import { surnameOf } from './people.js';
import { FINITE_TAG, hasVerbInContext, mayHaveVerb, tagSentence } from './pos/tag.js';
import { type PreparedArticle, prepareArticle, type Sentence } from './prepare.js';
import { findQuoteSpans, showDoubleQuotations } from './quote-spans.js';
import {
  type FoundQuote,
  findQuotes,
  INTERVIEW_TURN,
  quotationShownIn,
  quotedByName,
  wordsOnly,
} from './quotes.js';
import {
  DEFAULT_WEIGHTS,
  imaginedScene,
  quotedShare,
  type RankedSentences,
  type RankWeights,
  rankSentences,
} from './rank-sentences.js';
import { selectSentences } from './select-sentences.js';
import { runsOn } from './split-sentences.js';
import { capitalize, NAME_THEN_POSITION, showsPhotoPosition, tightenSentence } from './tighten.js';
import { contentStems, countWords } from './tokens.js';
import type { Article, KeyPoint, Quote, SummarizeOptions, Summary } from './types.js';
import { validateArticleText } from './validate.js';

export const DEFAULT_POINTS = 4;
/** About 7,500 words: longer than nearly any news story. */
export const MAX_RANKED_SENTENCES = 300;
export const MAX_POINTS = 10;
/** MMR trade-off between a sentence's score and its similarity to points already chosen. */
export const REDUNDANCY = 0.5;
/** Upper-case labels cut from this many sentences or more: the article holds a fact box. */
export const FACT_BOX_ENTRIES = 3;
/** Bonus for a point from a section (under a heading) that no point covers yet: the writer's own outline. */
export const SECTION_BONUS = 0.6;
/** Bonus for a point that brings a discourse role (a dispute, an expert assessment) not yet covered. */
export const ROLE_BONUS = 1.6;

export interface SelectionOptions {
  readonly points: number;
  readonly weights?: RankWeights;
  readonly roleBonus?: number;
  /** Points of two sentences (select-sentences.ts); off for the evaluation, which counts sentences. */
  readonly pairForRole?: boolean;
  /** Sentences the caller knows to be no point, besides those selection finds unfit itself. */
  readonly unfit?: (i: number) => boolean;
  /**
   * Sentences the caller knows to say one thing: the sentences of one quotation. One of them
   * is a point at most (unless the later leans on the earlier: they are then one point), as a
   * sentence that repeats another is none.
   */
  readonly together?: (i: number, j: number) => boolean;
}

/**
 * Stages 1-3 alone: the lede's sentence and the key sentences, `points` in all, in article
 * order (the evaluation scores these). The lede is chosen first; no key sentence repeats it or
 * another key sentence (stem overlap above REPEAT_OVERLAP).
 */
export function selectKeySentences(
  prepared: PreparedArticle,
  title: string | undefined,
  options: SelectionOptions,
): {
  ids: number[];
  ledeId: number;
  lede: string;
  ledeStems: string[];
  ranked: RankedSentences;
  titleStems: string[];
} {
  const titleStems = contentStems(title ?? '');
  const clauses = (title ?? '').split(/[,;:|–—]\s|\s-\s/).map((c) => contentStems(c));
  // Ranking is quadratic in sentences; past the first MAX_RANKED_SENTENCES the position
  // prior is nil anyway, so a book-length paste costs what a long article does.
  const sentences = prepared.sentences.slice(0, MAX_RANKED_SENTENCES);
  const ranked = rankSentences(sentences, titleStems, options.weights ?? DEFAULT_WEIGHTS, clauses);
  const ledeId = chooseLede(sentences, ranked);
  const lede = nameInFull(
    ledeText((sentences[ledeId] as Sentence).text, new Set(titleStems)),
    sentences.slice(0, ledeId),
  );
  // A feature's set-up before the sentence that turns to the news is no point either.
  const setUp = setUpBefore(sentences, ledeId);
  const ledeStems = contentStems(lede);
  // A point is compared as it is shown: tightened ("However, …" loses its "However"). Its
  // stems as the ranking's term ids: an untightened sentence's are there already.
  const { index } = ranked;
  const termsOf = (i: number): readonly number[] => {
    if (i === ledeId) return index.termIds(ledeStems);
    const text = (sentences[i] as Sentence).text;
    const shown = tightenSentence(text);
    return shown === text ? index.docTermIds(i) : index.termIds(contentStems(shown));
  };
  const overlap = stemOverlapIndex(termsOf);
  // The figures each sentence gives, as shown (asked only of pairs that share some content).
  const facts: (readonly string[] | undefined)[] = [];
  const factsOf = (i: number): readonly string[] => {
    facts[i] ??= figureFacts(
      i === ledeId ? lede : tightenSentence((sentences[i] as Sentence).text),
    );
    return facts[i];
  };
  const sameFigure = (i: number, j: number): boolean =>
    sharedFigure(factsOf(i), factsOf(j)) !== undefined;
  const sections = sentences.map((s) => s.heading ?? '');
  const hasSections = new Set(sections).size > 1;
  // ("CURRENT JOB: Sky commentator. SHOW US YOUR MEDALS: Captained England … PLAYERS HE
  // LIKES: A big fan of …": entries of a fact box, each under its label, are no points: cut
  // from their labels they are fragments about someone the reader is not told.)
  const factBox = sentences.filter((s) => s.kicker !== undefined).length >= FACT_BOX_ENTRIES;
  const imagined = imaginedScene(sentences);
  // Each sentence's roles, found once and only if selection asks (most it never needs).
  const roles: (readonly DiscourseRole[] | undefined)[] = [];
  const ids = selectSentences({
    scores: ranked.scores,
    similarity: ranked.similarity,
    k: options.points,
    redundancy: REDUNDANCY,
    sections: hasSections ? sections : undefined,
    sectionBonus: SECTION_BONUS,
    // A role counts in a sentence that reports it, not in a fragment or a bare quotation.
    roles: (i) => {
      const s = sentences[i] as Sentence;
      roles[i] ??= reports(s) ? discourseRoles(s.text) : [];
      return roles[i];
    },
    roleBonus: options.roleBonus ?? ROLE_BONUS,
    needsPrevious: ranked.needsPrevious,
    preselected: [ledeId],
    together: options.together,
    repeats: (i, j) => {
      const shared = overlap(i, j);
      return shared > REPEAT_OVERLAP || (shared > FIGURE_REPEAT_OVERLAP && sameFigure(i, j));
    },
    pairForRole: options.pairForRole,
    unfit: (i) => {
      if (i < setUp) return true;
      if (i !== ledeId && options.unfit?.(i) === true) return true;
      const s = sentences[i] as Sentence;
      if (factBox && s.kicker !== undefined && i !== ledeId) return true;
      return (
        i !== ledeId &&
        (!saysSomething(s) ||
          s.afterPromo ||
          imagined.has(i) ||
          unattributedFirstPerson(s, sentences) ||
          // ("Q: How do you prioritize your day?", "A: I have been well served …": a question
          // says nothing, and an answer leans on its question; the quotes give the answers.)
          INTERVIEW_TURN.test((sentences[i - s.inParagraph] as Sentence).text) ||
          answersWithoutVerb(sentences, i) ||
          SAID_AFTER.test(sentences[i + 1]?.text ?? ''))
      );
    },
  });
  return { ids, ledeId, lede, ledeStems, ranked, titleStems };
}

/**
 * stemOverlap of sentences i and j, their stems read once each (`termsOf`: as term ids, one id
 * per stem): every sentence is compared with each chosen one, and with the stems as small
 * integers (a set of them as a list of distinct ids) a comparison is array reads instead of
 * hashing strings.
 */
function stemOverlapIndex(
  termsOf: (i: number) => readonly number[],
): (i: number, j: number) => number {
  const sets: number[][] = [];
  /** mark[id] === stamp: the stem is in the set compared against (or, while building, seen). */
  const mark: number[] = [];
  let stamp = 0;
  const setOf = (i: number): number[] => {
    let set = sets[i];
    if (set === undefined) {
      set = [];
      stamp++;
      for (const id of termsOf(i)) {
        if (mark[id] === stamp) continue;
        mark[id] = stamp;
        set.push(id);
      }
      sets[i] = set;
    }
    return set;
  };
  return (i, j) => {
    const x = setOf(i);
    const y = setOf(j);
    if (x.length === 0 || y.length === 0) return 0;
    stamp++;
    for (const id of y) mark[id] = stamp;
    let shared = 0;
    for (const id of x) if (mark[id] === stamp) shared++;
    return shared / Math.min(x.length, y.length);
  };
}

/**
 * Text in, summary out: headline, a one-sentence lede, N labelled key points in article
 * order, and the article's direct quotes with speakers. Pure and synchronous.
 */
export function summarize(article: Article, options: SummarizeOptions = {}): Result<Summary> {
  const valid = validateArticleText(article.text);
  if (!valid.ok) return valid;
  const points = clampPoints(options.points);
  // A title is remote text too: pasted from a page's source it keeps character references
  // ("Tottenham bid &#163;8m"), and it may hold line breaks or control characters.
  const cleanedTitle = cleanTitle(article.title);
  const prepared = prepareArticle(article.text, cleanedTitle || undefined);
  const { sentences, cleaned } = prepared;
  if (sentences.length === 0) {
    return err(
      'no_sentences',
      'I found no sentences of story text in that; paste the article body or send a link to it.',
    );
  }
  const givenTitle = cleanedTitle || cleaned.title;
  // Only a real headline informs ranking; one made from the first sentence would only repeat it.
  // The lede's sentence is chosen with the points and shown once, as the lede.
  const inQuotation = new Set<number>();
  const found = findQuotes(sentences, undefined, inQuotation).flatMap((q) => asReadQuote(q) ?? []);
  // Which quotation each sentence is wholly inside (narration a quotation's span ran over is
  // in none: its words are not the quotation's). A sentence that says who speaks is inside by
  // its quoted words: '"I don't know when it is going to happen," Ferrero told BBC Sport.' and
  // '"But I have a lot of confidence …"' are one quotation, not two points.
  const quotationOf: (number | undefined)[] = [];
  for (const [k, q] of found.entries()) {
    const words = plainWords(q.text);
    for (const id of q.sentenceIds) {
      const own = quotedWords((sentences[id] as Sentence).text);
      if (own !== '' && words.includes(own)) quotationOf[id] = k;
    }
  }
  const sameQuotation = (i: number, j: number): boolean => {
    const q = quotationOf[i];
    return q !== undefined && q === quotationOf[j];
  };
  const { ids, ledeId, lede, ledeStems, ranked } = selectKeySentences(prepared, givenTitle, {
    points: points + 1,
    pairForRole: true,
    // (A statement of resignation, five sentences of one quotation, was three of four points:
    // one speaker's one statement is one point, and the quotes show the rest.)
    together: sameQuotation,
    // ('"If they had really wanted to sign they should have …"': a sentence that is all
    // quotation, which no one was found to say, reads as nobody's words.)
    // ("But if there are too many bits and pieces in the jigsaw, people can hide.": a sentence
    // inside a quotation opened before it, shown alone, reads as the writer's words.)
    unfit: (i) =>
      (BARE_QUOTATION.test((sentences[i] as Sentence).text) || inQuotation.has(i)) &&
      !found.some((q) => q.sentenceIds.includes(i)),
  });
  // (Without one, the headline is made from the lede, not the first sentence: that may be a
  // caption run into the story, "Barry Beavis, 48, lost his case at the Court of Appeal
  // Millions of motorists …", which the lede leaves out.)
  const title = givenTitle || headlineFrom(lede);
  // A sentence that leans on the one before it is shown in one point with it.
  const groups: Sentence[][] = [];
  for (const id of ids) {
    if (id === ledeId) continue;
    const s = sentences[id] as Sentence;
    const last = groups.at(-1);
    if (last?.length === 1 && last[0]?.id === id - 1 && ranked.needsPrevious[id]) last.push(s);
    else groups.push([s]);
  }
  // A point of two sentences says no more of the lede or another point than one point may:
  // else it is cut back to its first sentence (which selection checked alone).
  const ledeSet = new Set(ledeStems);
  const stemsOfGroup = (g: readonly Sentence[]) => new Set(g.flatMap((s) => s.stems));
  for (const group of groups) {
    if (group.length < 2) continue;
    const stems = stemsOfGroup(group);
    const others = groups.filter((g) => g !== group).map(stemsOfGroup);
    if ([ledeSet, ...others].some((o) => stemOverlap(stems, o) > REPEAT_OVERLAP)) group.length = 1;
  }
  // A point whose first sentence leans on one that a cut left out goes too: fewer points rather
  // than a dangling one.
  const shown = new Set([ledeId]);
  const shownGroups = groups.filter((g) => {
    const first = g[0] as Sentence;
    if (ranked.needsPrevious[first.id] && !shown.has(first.id - 1)) return false;
    for (const s of g) shown.add(s.id);
    return true;
  });
  let before = lede;
  const shownPoints = shownGroups.map((group) => {
    const point = withSpeaker(group, sentences, found);
    const first = (group[0] as Sentence).id;
    const text = nameInFull(point.text, sentences.slice(0, first), before);
    before += ` ${text}`;
    return { ...point, text };
  });
  // A sentence shown as someone's words ('"The time is irrelevant." — Kelly Holmes') gets a
  // label only if the label says who speaks.
  const spoken = new Map(shownPoints.flatMap((p) => p.spoken));
  const labels = labelPoints(shownGroups, (s) => spoken.get(s.id));
  const keyPoints: KeyPoint[] = shownGroups.map((group, i) => {
    const text = shownPoints[i]?.text ?? '';
    const label = labels[i] ?? '';
    // A label that says nearly all the point says is the point read twice: the point stands alone.
    const repeats =
      label !== '' &&
      labelCoverage(new Set(contentStems(label)), contentStems(text)) >= LABEL_REPEATS_POINT;
    return { label: repeats ? '' : label, text, sentenceIds: group.map((s) => s.id) };
  });
  // (A quotation is shown when a line shows its words, whichever sentence of the article they
  // are read from: a pull quote repeats a later one word for word.)
  const said = [lede, ...keyPoints.map((p) => p.text)].map(wordsOnly);
  const quotes = rankQuotes(
    found,
    ranked,
    (q) => q.sentenceIds.some((id) => shown.has(id)) || quotationShownIn(said, q.text),
  );
  const words = sentences.reduce((n, s) => n + s.words, 0);
  return ok({
    title,
    lede,
    keyPoints,
    quotes,
    stats: { sentences: sentences.length, words, removedLines: cleaned.removed.length },
    url: article.url,
    source: article.source,
  });
}

/**
 * A sentence's words in quotation marks (of at least QUOTED_WORDS words), or all its words when
 * it quotes fewer: what of it a quotation can hold.
 */
function quotedWords(text: string): string {
  const quoted = plainWords(
    findQuoteSpans(text)
      .map((span) => span.text)
      .join(' '),
  );
  return countWords(quoted) >= QUOTED_WORDS ? quoted : plainWords(text);
}
const QUOTED_WORDS = 4;
/** A single mark at a word's edge: a quotation's, not an apostrophe ("'If …", "… hiding.'"). */
const EDGE_MARK = en.g`(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])`;
/** wordsOnly without single quotation marks, so a sentence's words match its quotation's. */
const plainWords = (text: string): string => wordsOnly(text.replace(EDGE_MARK, ' '));

/** How many quotations a summary shows under its points. */
const KEY_QUOTES = 3;
/** A key quotation's length: whole sentences up to this many words (its first always). */
const KEY_QUOTE_WORDS = 40;

/**
 * The quotations a summary shows under its points: none the lede or a point has just shown,
 * each cut to its first sentences (a pull quote, not a speech; `/news quotes` shows it whole).
 */
export function keyQuotes(summary: Summary): readonly Quote[] {
  return summary.quotes
    .filter((q) => !q.inPoints)
    .slice(0, KEY_QUOTES)
    .map((q) => {
      const text = pullQuote(q.text);
      return text === q.text ? q : { ...q, text };
    });
}

/** A quotation's sentence ends: after a stop, before a capital (or an opening mark and one). */
const QUOTE_SENTENCE_END = en.g`(?<=[.!?…]['’"”]?)\s+(?=['‘"“]?\p{Lu})`;

/** A quotation's first sentences, up to KEY_QUOTE_WORDS words, and "…" when it goes on. */
function pullQuote(text: string): string {
  const sentences = text.split(QUOTE_SENTENCE_END);
  let out = sentences[0] ?? text;
  let words = countWords(out);
  for (const s of sentences.slice(1)) {
    words += countWords(s);
    if (words > KEY_QUOTE_WORDS) return `${out} …`;
    out += ` ${s}`;
  }
  return text;
}

function cleanTitle(title: string | undefined): string {
  return title === undefined ? '' : normalizeText(title).replace(/\s+/g, ' ').trim();
}

/**
 * At least one point; no upper cap here (chat commands and the CLI allow 1..MAX_POINTS,
 * the evaluation asks for as many sentences as a reference has). Selection stops when the
 * article runs out of sentences.
 */
function clampPoints(points: number | undefined): number {
  if (points === undefined || !Number.isFinite(points)) return DEFAULT_POINTS;
  return Math.max(1, Math.round(points));
}

/**
 * A quotation as a reader would take it: a run-on that reached a photo caption (a quotation
 * mark that never closed, in Daily Mail copy) ends before the caption's sentence; what is
 * left must still be a few words, and under MAX_QUOTE_WORDS.
 */
const MAX_QUOTE_WORDS = 500;
const WORD_RUN = /\S+/g;
const CAPTION_INSIDE = /\((?:pictured|left|right|centre|center|above|below|file)\b/i;

function asReadQuote(q: FoundQuote): FoundQuote | undefined {
  let text = q.text;
  // ("… Me and Myleene Klass. Comedian Ben Elton, left, took a swipe at Myleene Klass, right,
  // during a rally …": the same, where a named person's place in the photo marks it.)
  const caption = CAPTION_INSIDE.exec(text) ?? NAME_THEN_POSITION.exec(text);
  if (caption) {
    const before = text.slice(0, caption.index);
    const end = Math.max(
      before.lastIndexOf('. '),
      before.lastIndexOf('? '),
      before.lastIndexOf('! '),
    );
    text = end > 0 ? before.slice(0, end + 1) : '';
  }
  const words = countMatches(WORD_RUN, text, MAX_QUOTE_WORDS + 1);
  if (words < 4 || words > MAX_QUOTE_WORDS) return undefined;
  // ("A UKIP spokesman said …", "The researchers warned …": a description that opened its
  // sentence is shown after a quotation, mid-line: "— a UKIP spokesman", "— the researchers".)
  const speaker = DESCRIBED_SPEAKER.test(q.speaker)
    ? q.speaker.charAt(0).toLowerCase() + q.speaker.slice(1)
    : q.speaker;
  return text === q.text && speaker === q.speaker ? q : { ...q, text, speaker };
}
/**
 * A speaker who is a description: "A UKIP spokesman", "The researchers" (not a name that opens
 * on "The": "The Bank of England").
 */
const DESCRIBED_SPEAKER = en`^(?:(?:A|An|Another)\s+(?:\S+\s+){0,3}\p{Ll}|The\s+\p{Ll})`;

/**
 * A sentence that can be a point: a few words, and some of them ordinary lower-case words. "No
 * wonder." and "Lewis Hamilton (Britain) Mercedes 1:35.782 2." (a results table run into the
 * text) say nothing a point can, nor does a list entry or a run-on.
 */
const LOWER_CASE_WORD = en.g`(?:^|\s)\p{Ll}{3,}`;

function saysSomething(s: Sentence): boolean {
  // ("- Announced that 80bn rupees will be spent …": an entry of a list, whose subject is in
  // the line before it, is no point on its own.)
  if (/^[-–—•*·]\s/.test(s.text)) return false;
  // ("A tow truck driver works to clear the scene …, Friday near Boulder, Colo.": a photo's
  // caption, whatever it says, is no point.)
  if (DATED_CAPTION.test(s.text)) return false;
  // ("(We never did settle on one, unlike our 565 municipalities.)": the writer's aside in
  // brackets leans on what it is an aside to.)
  if (s.text.startsWith('(')) return false;
  // (The cheap tests first: every sentence of the article is asked.)
  if (s.words < 4 || countMatches(LOWER_CASE_WORD, s.text, 2) < 2) return false;
  // ("Why Delhi's air pollution gets so bad this time of year", "Nintendo Switch Lite with
  // Pokemon Sword or Shield and Case for $238.99": a line of a page without its full stop is a
  // subheading, a caption or a listing, not a sentence of the story.)
  if (!ENDS_SENTENCE.test(s.text)) return false;
  // ("… earlier this season Liverpool boss Brendan Rodgers (left) hasn't disciplined Sterling
  // (pictured) or Ibe …": where someone stands in a photo is a caption's, glued to the text
  // without its stop, and reads as garble.)
  // ("Pat, 69, pictured left in her police woman fancy dress outfit, enjoys pole dancing with
  // friend Julia, 67, right …": the same, without its parentheses.)
  if (showsPhotoPosition(s.text)) return false;
  // ("The ability to fly.", "A cold night in the city.": a short line with no verb is a
  // fragment, a feature's aside, not a point. Short lines are few: tagging them is cheap.)
  // ("The usual banking stuff.": "stuff" can be a verb, but is the noun there.)
  if (s.words <= SHORT_LINE_WORDS && (!mayHaveVerb(s.text) || !hasVerbInContext(s.text)))
    return false;
  // ("Roger Federer - nice bloke, fantastic tennis player - the ultimate sportsman.": a longer
  // line with no word that can be a verb is a flourish, not a point. The cheap test first: a
  // common verb or an -ed word says there is one.)
  if (s.words > SHORT_LINE_WORDS && !COMMON_VERB.test(s.text) && !mayHaveVerb(s.text)) return false;
  // ("An extremely small computer that is designed to bring the Macintosh to the masses.",
  // "People who were accomplished in other areas of their lives.": a noun and its relative
  // clause, with no verb of the sentence's own, is a fragment. Only a line that opens that way
  // is tagged.)
  if (RELATIVE_OPENING.test(s.text) && relativeClauseOnly(s.text)) return false;
  // ("So who, if anyone, is playing politics with the security of the nation?": the writer's
  // question tells the reader nothing; a quoted one, "'Why now?' he asked.", is someone's words.)
  // ("… 'Meth. We're On It,' and Twitter asks, Are you guys OK?": so is one asked after the
  // quotation has closed, in the writer's words.)
  if (s.text.endsWith('?') && (!hasQuotationMark(s.text) || QUESTION_AFTER_QUOTATION.test(s.text)))
    return false;
  // ("So why Britain and why UKIP which … is not likely to pull off a victory.": the same
  // question, its mark left off.)
  if (SO_WHY.test(s.text) && !hasQuotationMark(s.text)) return false;
  // ("… in charge of the club He has impressed …": a caption or paragraph run on without its
  // stop reads as garble.)
  if (runsOn(s.text)) return false;
  if (onlyNoComment(s.text)) return false;
  // ("1 tackle (1 combined).", "1 sack, 1 TFL, 1 QH, 1 pass defended.": a player's line of a
  // stats table, a count and its word, no sentence.)
  if (statLine(s.text)) return false;
  // ("A brief round-up follows but you can skip straight to the reviews by clicking on the
  // links below.", "Here, Sportsmail's guide takes you through the permutations …": the page
  // showing the reader around is furniture, not news.)
  if (NAVIGATION.test(s.text) || SITE_GUIDE.test(s.text)) return false;
  // ("Here's a guide to the plan:": a line that opens a list or a quotation below it says
  // nothing on its own.)
  if (/:\s*$/.test(s.text)) return false;
  // ("Test matches: 133 Highest score: 190 Runs: 8463 Centuries: 15 …": a stats box run into
  // the text is player text, not a sentence.)
  if (s.text.includes(': ') && countMatches(STAT_ENTRY, s.text, 3) >= 3) return false;
  // ("Roberto Merhi (Spain) Marussia - Ferrari 1:42.842 Rosberg was grim-faced afterwards.": a
  // row of a results table, a driver's country and lap time, run into the text.)
  return !(s.text.includes(':') && RESULTS_ROW.test(s.text));
}

/**
 * "My first car ran on four star petrol …", "I fell in love with someone …": a sentence that
 * opens in the first person with no quotation mark, outside any quotation, is a columnist's
 * aside or words whose speaker the point could not name. (A word or two in quotation marks is
 * the writer's too: 'We will say nothing of Mike Ruddock "poaching" eight of the Dragons side'.)
 */
function unattributedFirstPerson(s: Sentence, sentences: readonly Sentence[]): boolean {
  return (
    (FIRST_PERSON_OPENING.test(s.text) ||
      READER_HOOK.test(s.text) ||
      FIRST_PERSON_SUBJECT.test(s.text)) &&
    !hasQuotationMark(s.text.replace(SCARE_QUOTES, '')) &&
    !insideQuotation(s, sentences)
  );
}

/** An apostrophe inside a word, "We’ll", "don't": no quotation mark. */
const IN_WORD_APOSTROPHE = en.g`(?<=\p{L})['’](?=\p{L})`;

/** A word or three in double marks inside a sentence: the writer's scare quotes, not speech. */
const SCARE_QUOTES = /\s["“](?:[^\s"“”]+\s){0,2}[^\s"“”]+["”](?=[\s,;.])/g;

/**
 * A sentence that is one quotation and nothing else: in double marks (the closing one may be
 * lost), or in single marks from end to end ("'The student loan didn't cover even my housing.'"),
 * or the last of a quotation's sentences, its only mark the closing one ("Next year is the year
 * of the rat...the plague is coming.”").
 */
const BARE_QUOTATION = /^["“][^"“”]*["”]?$|^['‘].*[.!?…]['’]$|^[^"“”]*[.!?…]["”]$/;

const SO_WHY = /^(?:So\s+(?:why|how|what|who)|(?:And|But)\s+why)\b/i;

/**
 * "There is a mortal danger aimed at the heart of Britain. Or so says Home Secretary Charles
 * Clarke.": whose claim the sentence is, the next one says; shown alone it reads as fact.
 */
const SAID_AFTER =
  /^(?:Or\s+)?(?:so|thus)\s+(?:says|said|claims|claimed|argues|argued|believes|believed|insists|insisted|according to)\b|^That,?\s+at least,?\s+is\s+(?:what|how)\b/i;

/** A closing mark, then the writer's words up to a question mark that ends the sentence. */
const QUESTION_AFTER_QUOTATION = /["”’'],?\s+[^"“”‘’']{3,}\?$/;

/**
 * Whether a text holds a quotation mark: a double or curly one, or a straight single one at a
 * word's edge; not an apostrophe inside a word ("Jersey’s", "We’ll"), nor a plural's possessive
 * before a word in lower case ("a pensioners' manifesto").
 */
function hasQuotationMark(text: string): boolean {
  return QUOTATION_MARK.test(text.replace(IN_WORD_APOSTROPHE, '').replace(PLURAL_POSSESSIVE, ''));
}
const PLURAL_POSSESSIVE_SOURCE = String.raw`(?<=\p{L}s)['’](?=\s\p{Ll})`;
const PLURAL_POSSESSIVE = enRegExp(PLURAL_POSSESSIVE_SOURCE, 'gu');
const PLURAL_POSSESSIVE_AT = enRegExp(PLURAL_POSSESSIVE_SOURCE, 'uy');
/** Whether the mark at `i` is a plural's possessive (PLURAL_POSSESSIVE). */
function pluralPossessiveAt(text: string, i: number): boolean {
  PLURAL_POSSESSIVE_AT.lastIndex = i;
  return PLURAL_POSSESSIVE_AT.test(text);
}
const QUOTATION_MARK = /["“”‘’]|^'|'$|\s'|'\s/;

/**
 * "If you have finished Doom 3, Half Life 2 and Halo 2, don't worry.", "You might think that the
 * last thing on their minds …", "So if you are a couple with children, …", "When you are
 * gunning for glory …", "You shouldn't just believe them.", "You’ll feel poised …", "Hey, there
 * are not many meets …", "Mind you, every time she breaks the record …": the writer talking to
 * the reader, a feature's hook or a column's aside, not news.
 */
const READER_HOOK = new RegExp(
  String.raw`^(?:(?:So|And|But|Yet|Now),?\s+)?(?:${CONDITION_TO_READER}|You(?:['’](?:ll|re|ve|d))?\s|Imagine\b|(?:[Hh]ey|Mind you|Yes|Well|Oh|Look|Sure|OK|Okay),\s)`,
);

/**
 * "Though I really like Franz Ferdinand, I have to disagree …", "If we've got one in five
 * pensioners below the poverty line, …", "Also, we hope you have as much fun as we did …": "I"
 * or "we" as a clause's subject further on. (Not the numeral after a name's word: "the
 * Europe/Africa Zone I tie", "World War I was".)
 */
const FIRST_PERSON_SUBJECT = en`(?:^|(?<!\S\s\p{Lu}\p{L}*\s)(?<=[\s,;:(]))(?:I|[Ww]e)(?:\s+\p{Ll}|['’](?:m|ve|d|ll|re)\b)`;

const FIRST_PERSON_OPENING =
  /^(?:I|I'm|I’m|I've|I’ve|I'd|I’d|My|Me|We|We're|We’re|We've|We’ve|Our)\b/;

/** A sentence's end: a stop, a question or exclamation mark, an ellipsis, then closing marks. */
const ENDS_SENTENCE = /[.!?…][\s"”’'»)\]]*$/;

/** Counts and their words, a stats line: two or more, or one with a count in brackets after it. */
function statLine(text: string): boolean {
  if (!/^\d/.test(text)) return false;
  const bracketed = /\(\d[^()]*\)/.test(text);
  const parts = text
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[.!]\s*$/, '')
    .split(/,\s*|;\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    (parts.length >= 2 || bracketed) && parts.every((p) => STAT_PART.test(p) && !BE_OR_HAVE.test(p))
  );
}
const STAT_PART = /^\d[\d.]*\s+[\w#%.-]+(?:\s+[\w-]+)?$/;
const BE_OR_HAVE = /\b(?:is|are|was|were|has|have|had|will|would)\b/i;

/** Words that are verbs wherever they stand, and -ed forms: a line with one has a verb. */
const COMMON_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|said|says|say|\w+ed)\b|n['’]t\b/i;

/** A line this short is checked for a verb (saysSomething). */
const SHORT_LINE_WORDS = 7;

/** A results table's row: "(Spain) Marussia - Ferrari 1:42.842", a country, then a lap time. */
const RESULTS_ROW = en`\(\p{Lu}[\p{L} ]{2,20}\)\s[^.]{0,60}\b\d{1,2}:\d{2}\.\d{3}\b`;

/**
 * One entry of a stats box: "Runs: 8463", "Highest score: 190", "Real Madrid (2006-09): 97
 * apps".
 */
const STAT_ENTRY = en.g`\b\p{Lu}[\p{L}-]*(?: [\p{L}-]+)?(?: \([^()]{1,20}\))?: [\d'’.,]+(?=\s|$)`;

/** A line that opens on a noun phrase and its relative pronoun, before any comma or quotation. */
const RELATIVE_OPENING = en`^(?:A|An|The|Some|Many|Those|People)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:that|who|which)\s`;

/**
 * Whether a line is a noun phrase (determiner, adjectives, nouns) and its relative clause, with
 * no finite verb after the clause's own.
 */
function relativeClauseOnly(text: string): boolean {
  const tokens = tagSentence(text);
  const rel = tokens.findIndex((t) => /^(?:that|who|which)$/i.test(t.text));
  if (rel <= 0 || !tokens.slice(0, rel).every((t) => NOUN_PHRASE_TAG.test(t.tag))) return false;
  if (!/^NNS?$/.test(tokens[rel - 1]?.tag ?? '')) return false;
  // (The clause's own verb comes right after its pronoun, whatever the tagger read it as: "who
  // use/NN dial-up connections can be affected" has its sentence's verb after it.)
  return !tokens.slice(rel + 2).some((t) => FINITE_TAG.test(t.tag));
}
const NOUN_PHRASE_TAG = /^(?:DT|PDT|JJ|JJR|JJS|NN|NNS|NNP|NNPS|RB|CD)$/;

/** A sentence that reports: not a fragment, not mostly quotation. */
function reports(s: Sentence): boolean {
  return s.words >= 8 && quotedShare(s.text) < 0.5;
}

function headlineFrom(lede: string): string {
  const words = lede.split(/\s+/);
  if (words.length <= HEADLINE_WORDS) return capitalize(lede.replace(/[.!?]$/, ''));
  // Up to the first clause's end when it comes soon enough ("… broke down in court, as they
  // listened …" → "… broke down in court…"); else HEADLINE_WORDS words, never ending on a word
  // that leads into the rest ("… broke down in…").
  // (Not a clause that only opens the sentence, "With the new Avengers movie released this
  // week, …", nor one the rest turns against, "The humble honeybee may only be small, but …",
  // nor a cut inside a quotation, '"Going Clear: …'.)
  const clause = OPENING_CLAUSE.test(lede)
    ? -1
    : words.findIndex(
        (w, i) =>
          i >= HEADLINE_MIN_WORDS - 1 &&
          i < HEADLINE_MAX_WORDS &&
          /[,;:]$/.test(w) &&
          !/^(?:but|yet|though|although)$/i.test(words[i + 1] ?? '') &&
          !leaveQuotationOpen(words.slice(0, i + 1)),
      );
  // ("… face spiralling parking fines | after judges ruled yesterday that …", "… urged Aston
  // Villa to man up | as he labelled …": a clause of when or why, without a comma, ends the
  // main one too; not one of a condition, "unless", "if".)
  const subordinate = words.findIndex(
    (w, i) =>
      i >= HEADLINE_MIN_WORDS &&
      i <= (clause >= 0 ? clause : HEADLINE_WORDS) &&
      (WHEN_OR_WHY.test(w) ||
        (/^as$/i.test(w) && /^(?:he|she|they|it|we)$/i.test(words[i + 1] ?? ''))) &&
      !NO_CLAUSE_AFTER.test(words[i - 1] ?? '') &&
      !leaveQuotationOpen(words.slice(0, i)),
  );
  const cut = words.slice(
    0,
    subordinate >= 0 ? subordinate : clause >= 0 ? clause + 1 : HEADLINE_WORDS,
  );
  // ('Buzz has surrounded HBO's new documentary "Going Clear: Scientology and the Prison…': a
  // quotation or a title in marks goes whole, or the headline ends before it.)
  if (leaveQuotationOpen(cut)) {
    const opened = cut.findLastIndex((w) => /["“]/.test(w));
    const closes = words.findIndex((w, i) => i >= cut.length && /["”]/.test(w));
    if (closes >= 0 && closes < HEADLINE_MAX_WORDS)
      cut.push(...words.slice(cut.length, closes + 1));
    else if (opened >= HEADLINE_MIN_WORDS) cut.length = opened;
  }
  // ("… pleaded not | guilty …": a negation goes on to what it denies, or the headline ends
  // before it; "pleaded not…" reads as the opposite.)
  while (
    NEGATION_END.test(cut.at(-1) ?? '') &&
    cut.length < Math.min(words.length - 1, HEADLINE_MAX_WORDS)
  )
    cut.push(words[cut.length] as string);
  while (
    cut.length > HEADLINE_MIN_WORDS &&
    (LEADS_ON.test(cut.at(-1) ?? '') || NEGATION_END.test(cut.at(-1) ?? ''))
  )
    cut.pop();
  return capitalize(
    `${cut
      .join(' ')
      .replace(/[,;:]$/, '')
      .replace(/[,;:](["”])$/, '$1')}…`,
  );
}
/** Whether the words leave a quotation open (an odd count of double marks). */
function leaveQuotationOpen(words: readonly string[]): boolean {
  return words.join(' ').replace(/[^"“”]/g, '').length % 2 === 1;
}
/** A headline made from the lede: about this many words, from … to …. */
const HEADLINE_WORDS = 12;
const HEADLINE_MIN_WORDS = 7;
const HEADLINE_MAX_WORDS = 16;
/** A sentence that opens on a phrase or clause before its main one: "With …", "Dotted …,". */
const OPENING_CLAUSE =
  /^(?:With|Without|When|While|Whilst|Although|Though|As|After|Before|If|Because|Since|Despite|Amid|Following|During|Once|Until|Unless|In|On|At|For|By|From|Like|Unlike|\p{L}+(?:ing|ed))\b/u;
/** Words that open a clause of when or why after the main one. */
const WHEN_OR_WHY = /^(?:after|when|while|following|amid|despite|because)$/i;
/** Words after which those open no clause: "the following day", "many years after", "shortly after". */
const NO_CLAUSE_AFTER =
  /^(?:the|a|an|this|that|its|his|her|their|years?|months?|weeks?|days?|hours?|minutes?|moments?|decades?|shortly|soon|just|long|immediately|right|only|even|straight)$/i;
/** A negation (or "not even") that what follows it completes. */
const NEGATION_END = /^(?:not|no|never|nor|even|hardly|barely|neither)$/i;
/** Words that lead into what follows them: no headline cut short ends on one. */
const LEADS_ON =
  /^(?:the|a|an|of|in|on|at|to|for|with|from|by|as|and|or|but|that|which|who|whose|his|her|their|its|our|my|your|this|these|those|has|have|had|is|are|was|were|be|been|will|would|could|should|can|may|might|must|than|into|over|after|before|about|against|during|under|while|when|where|if|because|since|until|-|–|—)$/i;

/**
 * A point that is part of a quote but not its attribution gets its speaker, once, after the
 * last of their sentences: "…" — Helen Okafor. A point that already names who speaks does not
 * get that name again. Returns the text and the ids of the sentences shown as someone's
 * words with the speaker named after them.
 */
function withSpeaker(
  group: readonly Sentence[],
  sentences: readonly Sentence[],
  found: readonly FoundQuote[],
): { text: string; spoken: [number, string][] } {
  const texts = group.map((s, k) => tightenSentence(s.text, k > 0));
  const speakers = group.map((s, k) =>
    speakerOf(texts[k] as string, s, sentences, found, k > 0 ? texts[k - 1] : undefined),
  );
  const says = new Set(speakers.flatMap((x) => (x?.says ? [x.name] : [])));
  const last = new Map<string, number>();
  for (const [k, x] of speakers.entries()) if (x && !says.has(x.name)) last.set(x.name, k);
  const only = group.length === 1 ? [...last.keys()][0] : undefined;
  const spoken = group.flatMap((s, k): [number, string][] => {
    const name = speakers[k]?.name;
    return name !== undefined && last.has(name) ? [[s.id, name]] : [];
  });
  if (only !== undefined) {
    const shown = quoted(showDoubleQuotations(texts)[0] as string);
    return { text: namedForPronoun(shown, only) ?? `${shown} — ${only}`, spoken };
  }
  // (A point of several sentences keeps their marks, as one line would show them: its quotation
  // may open in one sentence and close in another.)
  const text = showDoubleQuotations(texts, new Set(last.values()))
    .map((t, k) => {
      const names = [...last].filter(([, at]) => at === k).map(([name]) => name);
      if (names.length === 0) return t;
      const who = names.join(', ');
      // (Before another sentence of the point, "— Peter Kenyon His comments contradict …" reads
      // as one run: a quotation that ends there is attributed as a reporter would.)
      // ('"…," he said.' names them where the pronoun stood, as a point of one sentence does.)
      return (
        namedForPronoun(t, who) ??
        (k < texts.length - 1 ? saidBy(t, who) : undefined) ??
        `${t} — ${who}`
      );
    })
    .join(' ');
  return { text, spoken };
}

/** The verbs of an attribution by a pronoun: "he said", "she told …". */
const SAYING_VERBS =
  'said|says|added|adds|told|tells|explained|insisted|admitted|warned|argued|claimed|stated|continued|replied';

/**
 * '"We know how to look," she said.' said by Ellen Stofan: '"We know how to look," Ellen Stofan
 * said.' (not '… she said. — Ellen Stofan', which names her after the sentence that calls her
 * "she"). Undefined where no pronoun after the closing mark is the attribution.
 */
function namedForPronoun(sentence: string, who: string): string | undefined {
  return PRONOUN_AFTER_QUOTATION.test(sentence)
    ? sentence.replace(
        PRONOUN_AFTER_QUOTATION,
        (_, mark: string, verb: string) => `${mark}${who}${verb}`,
      )
    : undefined;
}
/** '…," she said' after the closing mark (the pronoun is the quotation's attribution). */
const PRONOUN_AFTER_QUOTATION = new RegExp(
  String.raw`([,?!]["”’']\s+)(?:he|she)(\s+(?:${SAYING_VERBS})\b)`,
);

/**
 * '"… for the Barcelona game."' said by X: '"… for the Barcelona game," X said.' ("?" and "!"
 * stay); undefined for a sentence that does not end on its quotation's closing mark.
 */
function saidBy(sentence: string, who: string): string | undefined {
  const end = /([.!?])(["”’'])$/.exec(sentence);
  if (!end) return undefined;
  const body = sentence.slice(0, end.index);
  return `${body}${end[1] === '.' ? ',' : end[1]}${end[2]} ${who} said.`;
}

/**
 * Who speaks a sentence of a point, and whether the sentence names them itself; undefined for
 * narration or where no quote was found.
 */
function speakerOf(
  text: string,
  s: Sentence,
  sentences: readonly Sentence[],
  found: readonly FoundQuote[],
  /** The sentence shown before it in the same point, if any. */
  before?: string,
): { name: string; says: boolean } | undefined {
  // Only a sentence that reads as speech: a quotation mark, someone speaking in the first or
  // second person, or a sentence inside a quotation its paragraph opened ("Hailey worked as a
  // screenwriter …", after the quote closed, is narration, whatever span the finder gave it).
  if (
    !/["“”‘]/.test(text) &&
    !CLOSING_SINGLE.test(text) &&
    !STRAIGHT_SINGLE_QUOTATION.test(text) &&
    !SPEAKS.test(text) &&
    !insideQuotation(s, sentences)
  )
    return undefined;
  const q = found.find((f) => f.sentenceIds.includes(s.id));
  if (!q) return undefined;
  // "McClaren's only criticism …", "… and Benitez said: …": a sentence that names its speaker
  // is about them or says who speaks already; "— Steve McClaren" would be wrong or said twice.
  const surname = surnameOf(q.speaker);
  const mentions = (t: string) =>
    surname.length > 2 && en`^\p{Lu}`.test(surname) && t.includes(surname);
  const names = mentions(text);
  // The attribution itself says who speaks, unless by a pronoun: '"I'm not playing great," he
  // said.' after a point about another player reads as that player's words; it gets the name.
  // (Only a name the article uses for a person: their surname alone somewhere, "Roddick"; not a
  // band, a title or a team that "he" was matched to by mistake: "Motor Neurone", "Final Wars".)
  // ("Sir Alex Ferguson hinted he may be back early. He said: '…'": the sentence before it in
  // the point names who "he" is; "— Alex Ferguson" would say it twice.)
  const pronounNamedBefore = before !== undefined && mentions(before);
  if (
    q.attributionId === s.id &&
    !names &&
    (!(PRONOUN_SAYS.test(text) && quotedByName(q.speaker, sentences)) || pronounNamedBefore)
  )
    return undefined;
  return { name: q.speaker, says: names };
}

/**
 * A sentence from inside a quotation of several, marked as the words it is: 'Things seem to be
 * going in the right direction."' (its quotation opened sentences before) gets its opening
 * mark, '"The first thing is …' (it goes on after) its closing one, and a middle sentence both.
 */
function quoted(text: string): string {
  // ("‘We had a one-hour conversation." — the quotation goes on in a sentence not shown: it is
  // closed where the point ends. A closing single mark is one no letter follows, not the
  // apostrophe of "I’m".)
  if (/^[‘']/.test(text) && !en`[^\s‘'][’'](?!\p{L})`.test(text.slice(1)))
    return `${text}${text[0] === '‘' ? '’' : "'"}`;
  // ("The ferry will run every ten minutes while the bridge is shut.’": its quotation opened
  // sentences before; it gets its opening mark.)
  if (CLOSING_SINGLE.test(text) && !text.includes('‘')) return `‘${text}`;
  // ("‘…’", "'…'": quotations marked with single marks are left as they are; an apostrophe,
  // "you’d", is no mark: "Of course, you’d be stupid not to look at it." from inside a
  // quotation gets its marks.)
  if (en`‘|’(?!\p{L})|^'|'$`.test(text)) return text;
  const marks = text.match(/["“”]/g)?.length ?? 0;
  if (marks === 0) return `"${text}"`;
  if (marks % 2 === 0) return text;
  if (/^[^"“”]*["”]\s*$/.test(text)) return `"${text}`;
  if (/^\s*["“][^"“”]*$/.test(text)) return `${text}"`;
  return text;
}

/** An attribution by a pronoun: '…," he said', 'She told the BBC: "…'. */
const PRONOUN_SAYS = new RegExp(String.raw`\b(?:he|she)\s+(?:${SAYING_VERBS})\b`, 'i');

/** Someone speaking: the first or second person, in any case ("We …", "my"). */
const SPEAKS = /\b(?:I|I'm|I've|I'd|me|my|we|we're|we've|us|our|you|your)\b/i;

/**
 * Whether the sentences before `s` in its paragraph leave a double quotation open. A straight
 * quote opens before a letter and closes otherwise; British copy reopens a quotation at each
 * paragraph of a long speech without closing the one before, which a count of marks would miss.
 */
function insideQuotation(s: Sentence, sentences: readonly Sentence[]): boolean {
  let open = false;
  let single = false;
  for (let i = s.id - s.inParagraph; i < s.id; i++) {
    const text = (sentences[i] as Sentence).text;
    for (const m of text.matchAll(/["“”]/g)) {
      const next = text.charAt(m.index + 1);
      open = m[0] === '“' || (m[0] === '"' && en`[\p{L}\p{N}‘'(]`.test(next));
    }
    // (Daily Mail copy quotes with single marks: ‘ opens; ’ after a stop or a comma closes,
    // elsewhere it is an apostrophe, "Okafor’s". A straight one opens at a word's start and
    // closes at its end, but after an s and before a word in lower case it is a plural's
    // possessive, "players' union".)
    for (const m of text.matchAll(SINGLE_MARK)) {
      if (m[0] === '‘') single = true;
      else if (m[0] === '’') single = false;
      else if (m.groups?.open !== undefined) single = true;
      else if (!pluralPossessiveAt(text, m.index)) single = false;
    }
  }
  return open || single;
}

/** A single mark that opens or closes a quotation (insideQuotation). */
const SINGLE_MARK = en.g`‘|(?<=[.!?,])’|(?<open>(?<=^|[\s(])'(?=[\p{L}\p{N}]))|(?<=[\p{L}\p{N}.!?,:;…])'(?=[\s.,;:!?)]|$)`;

/** A quotation's closing single mark ending a sentence: "… while the bridge is shut.’" */
const CLOSING_SINGLE = /[.!?,]’\s*$/;
/**
 * ("'What they found was the mobile phone … covered with toilet paper.'": a straight single
 * mark that opens a sentence before a capital, or closes one after its stop, marks speech.)
 */
const STRAIGHT_SINGLE_QUOTATION = en`^'\p{Lu}|[.!?,]'\s*$`;

/**
 * One quote per speaker first (the one in their best-ranked sentence), most central first;
 * then the rest, in article order; each speaker under one name and with one role. A quotation
 * the summary shows (`shown`: in the lede's or a point's sentence, or in their words) is marked
 * inPoints.
 */
function rankQuotes(
  given: readonly FoundQuote[],
  ranked: RankedSentences,
  shown: (q: FoundQuote) => boolean,
): Quote[] {
  const all = oneNamePerSpeaker(given);
  // ("'I don't like the thought of getting old' OAPs Behaving Badly is on Channel 5 …": a
  // caption that quotes again what the speaker's longer quotation already holds adds nothing.)
  const words = all.map((q) => wordsOnly(q.text));
  const found = all.filter(
    (q, i) =>
      !all.some(
        (o, j) =>
          j !== i &&
          o.speaker === q.speaker &&
          (words[j] as string).includes(words[i] as string) &&
          ((words[j] as string).length > (words[i] as string).length || j < i),
      ),
  );
  const bestBySpeaker = new Map<string, FoundQuote>();
  const score = (q: FoundQuote) => ranked.scores[q.sentenceId] ?? 0;
  for (const q of found) {
    const cur = bestBySpeaker.get(q.speaker);
    if (!cur || score(q) > score(cur)) bestBySpeaker.set(q.speaker, q);
  }
  // Speakers in order of how central their best quote's sentence is; then everyone's other quotes.
  const leaders = [...bestBySpeaker.values()].sort((a, b) => score(b) - score(a));
  const lead = new Set(leaders);
  const ordered = [...leaders, ...found.filter((q) => !lead.has(q))];
  const roles = oneRolePerSpeaker(found);
  return ordered.map((q) => {
    const { speaker, text } = q;
    const role = roles.get(speaker);
    const inPoints = shown(q);
    return { speaker, ...(role ? { role } : {}), text, ...(inPoints ? { inPoints } : {}) };
  });
}

/**
 * "JK, also known as Jason King" and "Jason King": a speaker whose role gives another name the
 * quotes use is one person, under the name the article first quotes them by.
 */
function oneNamePerSpeaker(quotes: readonly FoundQuote[]): readonly FoundQuote[] {
  const alias = new Map<string, string>();
  for (const q of quotes) {
    const other = ALSO_KNOWN_AS.exec(q.role?.trim() ?? '')?.[1];
    if (other !== undefined && other !== q.speaker && !alias.has(q.speaker))
      alias.set(other, q.speaker);
  }
  if (alias.size === 0) return quotes;
  return quotes.map((q) => {
    const name = alias.get(q.speaker);
    return name === undefined ? q : { ...q, speaker: name };
  });
}
const ALSO_KNOWN_AS = /^(?:also known as|better known as|real name|full name|aka)\s+(.+)$/i;

/**
 * One role per speaker, as a reader of the quotes expects the same person described the same
 * way ("Mark Bowen, Rovers' assistant manager" and "Mark Bowen, assistant manager" are one
 * man): the first the article gives, or a fuller one that holds it ("William Hill spokesman"
 * for "spokesman").
 */
function oneRolePerSpeaker(quotes: readonly FoundQuote[]): Map<string, string> {
  const roles = new Map<string, string>();
  const inOrder = [...quotes].sort((a, b) => a.sentenceId - b.sentenceId);
  for (const q of inOrder) {
    const role = q.role?.trim();
    if (!role) continue;
    const first = roles.get(q.speaker);
    if (first === undefined || (role.length > first.length && role.includes(first)))
      roles.set(q.speaker, role);
  }
  return roles;
}
