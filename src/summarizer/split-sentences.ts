import { WHITESPACE_RUN } from './clean-article.js';
import { en, enRegExp } from './letters.js';
import { trailingRun } from './trailing-run.js';

/**
 * Stage 2: sentence splitting that survives news abbreviations. natural's SentenceTokenizer
 * splits "S. Africa", "U.N. measures" and "Nov. 9" (measured in test/summarizer/split-sentences.test.ts),
 * so this is a small rule-based splitter instead.
 */

/** Abbreviations after which a period never ends a sentence. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'cpt',
  'maj',
  'adm',
  'cmdr',
  'cpl',
  'pvt',
  'rev',
  'hon',
  'pres',
  'supt',
  'det',
  'insp',
  'atty',
  'amb',
  'fr',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'gov',
  'brig',
  'vs',
  'v',
  'cf',
  'approx',
  'dept',
  'est',
  'fig',
  'ave',
  'blvd',
  'rd',
  'no',
  'nos',
  'vol',
  'pp',
  'ed',
  'eds',
  'univ',
  'assn',
  'bros',
  'e.g',
  'i.e',
]);
/** Month abbreviations: not a boundary before a day or year ("Nov. 9", "Dec. 2016"). */
const MONTHS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
/** Abbreviations that often do end a sentence: a boundary only before a typical sentence opener. */
const MAYBE_FINAL = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'etc', 'al', 'jr', 'sr']);
/** Words that typically open a sentence; used to decide after "U.S." or "Inc." */
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'but',
  'and',
  'this',
  'that',
  'these',
  'those',
  'there',
  'in',
  'on',
  'at',
  'as',
  'after',
  'before',
  'when',
  'while',
  'if',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'some',
  'many',
  'most',
  'more',
  'one',
  'two',
  'for',
  'however',
  'meanwhile',
  'still',
  'yet',
  'so',
  'now',
  'last',
  'earlier',
  'officials',
  'police',
]);

const CLOSERS = `"'”’)]»`;
const OPENERS_PUNCT = `"'“‘([«`;

/** Splits one paragraph into sentences. Paragraph breaks are handled by the caller. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(WHITESPACE_RUN, ' ').trim();
  if (text === '') return [];
  const out: string[] = [];
  const quoteEnds = quotedSpans(text);
  let start = 0;
  for (let i = nextTerminator(text, 0); i >= 0; i = nextTerminator(text, i + 1)) {
    const ch = text[i] as string;
    // Inside a quotation that closes later: the quote is one unit ("A. B," she said.).
    const closesAt = quoteEnds(i);
    if (closesAt > i + 1 && /[^.!?…]/.test(text.slice(i + 1, closesAt))) {
      i = closesAt - 2; // resume at the character before the closing quote
      continue;
    }
    // Swallow runs of terminators and closing quotes/brackets: `?!`, `..."`, `.)`.
    let end = i + 1;
    while (
      end < text.length &&
      (/[.!?…]/.test(text[end] as string) || CLOSERS.includes(text[end] as string))
    )
      end++;
    const next = end < text.length ? (text[end] as string) : '';
    if (end >= text.length) break;
    if (next === ' ') {
      if (isBoundary(text, start, i, end)) {
        out.push(text.slice(start, end).trim());
        start = end + 1;
      }
    } else if (ch === '.' && gluedBoundary(text, i)) {
      // CNN/DailyMail copy has sentences glued without a space: "home.Half".
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    } else if (
      /["”’]/.test(text.slice(i + 1, end)) &&
      en`^\p{Lu}\p{Ll}`.test(text.slice(end, end + 2))
    ) {
      // …and after a closing quotation: 'up for the challenge."Earlier in December'.
      out.push(text.slice(start, end).trim());
      start = end;
    }
    i = end - 1;
  }
  const tail = text.slice(start).trim();
  if (tail) out.push(tail);
  return out.filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words that open sentences and no title goes on with: a pronoun, an article, a caption's word. */
const RUN_ON_WORDS =
  'The|A|An|He|She|It|They|His|Her|Their|This|These|Those|And|But|We|Officially|Pictured|Previously|Currently|Inset';

/**
 * Where a sentence runs on into the next without its full stop (scraped copy loses the
 * stops that ended captions and paragraphs): "…in charge of the club He has impressed Mann …",
 * "…vote Labour And he warned …", "…other macaques Officially named …". A pronoun, article,
 * conjunction or caption word with a capital, between a lower-case word (or number) and a
 * lower-case word, outside a quotation. A sentence that opens on a caption's heading counts too.
 * (Spaces first, so only a space starts a match attempt, and the capital's test, which fails on
 * most spaces, before the look-behind: the look-behind sees the whole run of spaces, so a match
 * is the one a look-behind in front would give.)
 */
const RUN_ON = enRegExp(
  String.raw`\s+(?=(?:${RUN_ON_WORDS})\s+\p{Ll})(?<=[\p{Ll}\d%]['’"”]?\s+)`,
  'gu',
);
/**
 * "… a champion of 'everyday Americans' Another Twitter sleuthing website sampled …", "… were
 * 'fake' Just 4 per cent of …": a quotation closed after a lower-case word, then a word that
 * opens sentences, whatever follows it (a name, a number): a caption ran on into the story.
 */
const QUOTE_RUN_ON = enRegExp(
  String.raw`\s+(?=(?:${RUN_ON_WORDS}|Another|Just|Only)\s+[\p{L}\d])(?<=\p{Ll}['’"”]\s+)`,
  'gu',
);

/**
 * "Critical: A guard at the … was shot", "Shooter: Heavily armed teams …", "'We're no heroes,
 * just tourists': The Swedish cops …": a caption's one-word or quoted heading opens the
 * sentence (a title's colon, "Blade: Trinity was …", is followed by more of the title, not an
 * article, a pronoun or an adverb).
 */
const CAPTION_HEADING = en`^(?:\p{Lu}\p{Ll}+|['‘"“](?:[^'‘’"“”]|(?<=\p{L})['’](?=\p{L})){3,80}['’"”]):\s+(?:A|An|The|He|She|They|It|This|His|Her|Their|\p{Lu}\p{Ll}+ly)\s`;

/**
 * "…slump to defeat in London However, after being sent …", "…for his family In return, the
 * father …", "…on U.S. Highway 36 Numerous crashes …": a word that opens sentences (an adverb
 * with its comma, a preposition or a quantifier before a lower-case word) right after a
 * lower-case word. Not where a name follows within two words: titles run on like that ("Carry On
 * films", "When a Man Loves a Woman", "On the Waterfront").
 */
const RUN_ON_OPENER = en.g`\s+(?=(?:In|On|At|After|Before|When|While|However|Meanwhile|Now|Then|There|Some|Many|Most|Several|Both|All|Numerous|Earlier|Later|Despite|Although|If|According)(?:,\s|\s+\p{Ll}))(?<=[\p{Ll}\d%]\s+)`;

/**
 * "… ahead of a Surrey team photo shoot on Thursday 'I had a good chat with Tom,' said
 * Vaughan.": a whole quotation, its speaker after it, opening straight after a word of the
 * text before (no colon, no comma, no verb of saying or naming): a caption ran on into it.
 */
const QUOTATION_GLUED_SAID =
  /[’”"']\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:said|says|added|adds|explained|admitted|told|insisted)\b/;
/** An opening mark before a capital, right after a lower-case word or a digit (spaces first). */
const QUOTE_AFTER_WORD = en.g`\s+(?<=[\p{Ll}\d]\s+)[‘“"'](?=\p{Lu})`;
const NOT_GLUE_BEFORE =
  /^(?:said|says|say|told|tells|added|adds|asked|wrote|writes|reads|read|replied|saying|tweeted|posted|insisted|explained|called|dubbed|titled|named|entitled|was|is|of|the|a|an|and|or|as)$/;
const NAMING_BEFORE =
  /\b(?:called|dubbed|named|titled|entitled|labelled|labeled|branded)(?:\s+\S+){1,4}$/;
// ("… started a Kickstarter campaign 'When Wil was little, … It wasn't something any of my
// other kids did,' Lawrence told ABC.": an apostrophe inside a word is no closing mark, and the
// speaker's name may come before the verb.)
const WHOLE_QUOTATION_SAID = en`^(?:[^’”"']|(?<=\p{L})['’](?=\p{L})){3,300}[,.!?][’”"']\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:said|says|added|adds|explained|admitted|told|insisted)\b`;

function quotationGlued(sentence: string): boolean {
  // (The cheap test first: most sentences have no quotation followed by its speaker, and none
  // opened after a word that it does not close.)
  const said = QUOTATION_GLUED_SAID.test(sentence);
  if (!said && !QUOTE_AFTER_WORD_ONCE.test(sentence)) return false;
  for (const m of sentence.matchAll(QUOTE_AFTER_WORD)) {
    const head = sentence.slice(0, m.index);
    const before = /(\S+)$/.exec(head)?.[1] ?? '';
    if (NOT_GLUE_BEFORE.test(before) || NAMING_BEFORE.test(head)) continue;
    const rest = sentence.slice(m.index + m[0].length);
    if (said && WHOLE_QUOTATION_SAID.test(rest)) return true;
    // ("The family recently started a Kickstarter campaign 'When Wil was little, he would lie
    // on his stomach …": a quotation opened after a word and not closed in the sentence, its
    // speaker named sentences later: the sentence ran on into it.)
    if (!CLOSING_MARK.test(rest) && !SAID_BEFORE.test(head)) return true;
  }
  return false;
}
const QUOTE_AFTER_WORD_ONCE = new RegExp(QUOTE_AFTER_WORD.source, 'u');
/**
 * A closing mark: after a word or a stop, before a space, a stop or the end (not the
 * apostrophe of "wasn't"); an opening mark set there by mistake closes too ("the theme ‘The
 * Medium is the Message‘, …").
 */
const CLOSING_MARK = /\S[’”"'‘“](?=[\s.,;:!?)\]–—-]|$)/u;
/** A verb of saying a few words before the quotation: "told the New York Post 'She was …". */
const SAID_BEFORE =
  /\b(?:said|says|told|tells|added|adds|wrote|writes|asked|replied|explained|insisted|stated|declared|announced)\b(?:\s+\S+){0,5}$/;

/**
 * Whether a sentence runs on into another without its full stop (see RUN_ON, RUN_ON_OPENER,
 * quotationGlued).
 */
export function runsOn(sentence: string): boolean {
  if (sentence.length < 40) return false;
  if (CAPTION_HEADING.test(sentence)) return true;
  if (quotationGlued(sentence)) return true;
  // (Whether, not where: the second scan runs only when the first finds nothing.)
  return (
    gluedAt(sentence, RUN_ON_OPENER, openerGlued) >= 0 ||
    gluedAt(sentence, RUN_ON, plainGlued) >= 0 ||
    gluedAt(sentence, QUOTE_RUN_ON, closesQuotation) >= 0
  );
}

/**
 * Where the sentence runs on into the next without its full stop (see RUN_ON, RUN_ON_OPENER):
 * the first such place, or -1.
 */
export function runOnAt(sentence: string): number {
  const opener = gluedAt(sentence, RUN_ON_OPENER, openerGlued);
  const plain = gluedAt(sentence, RUN_ON, plainGlued);
  const quoted = gluedAt(sentence, QUOTE_RUN_ON, closesQuotation);
  const found = [opener, plain, quoted].filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

/**
 * A QUOTE_RUN_ON match is a run-on when its mark closes a quotation opened before it ("… were
 * 'fake' Just 4 per cent …"), not when it is a plural's apostrophe ("the Beatles' A Hard Day's
 * Night").
 */
function closesQuotation(before: string, _after: string, head: string): boolean {
  const mark = before.at(-1) ?? '';
  const opening = mark === '”' ? '“' : mark === '’' ? '‘' : mark;
  const opened = head.slice(0, -1);
  return opened.startsWith(opening) || opened.includes(` ${opening}`);
}

const DAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/** A RUN_ON_OPENER match is a run-on unless a title goes on there. */
function openerGlued(before: string, after: string): boolean {
  // ("… the Carry | On series": the word before is a title's, capitalised; "… in London |
  // However, …" is no title.)
  // (A day or a month is no title: "… will follow on Monday | If you think …".)
  if (en`^\p{Lu}`.test(before) && !/^\p{L}+,/u.test(after) && !DAY_OR_MONTH.test(before))
    return false;
  return !after
    .split(/\s+/)
    .slice(1, 3)
    .some((w) => en`^\p{Lu}`.test(w));
}

/** "Group A with", "England A against": a capital letter that names something is no run-on. */
function plainGlued(before: string, after: string): boolean {
  return !(/^An?\b/.test(after) && en`^\p{Lu}`.test(before));
}

/**
 * Where a match of `boundary` (a global pattern), outside a quotation and after three words
 * or more, is where the sentence runs on, as `glued` judges by the word before the match and
 * the text after it: the index of the match, or -1.
 */
function gluedAt(
  sentence: string,
  boundary: RegExp,
  glued: (before: string, after: string, head: string) => boolean,
): number {
  for (const m of sentence.matchAll(boundary)) {
    const head = sentence.slice(0, m.index);
    // Inside a quotation ("I don't know how many fouls he had He gets up …"): one unit.
    if ((head.match(/["“”]/g)?.length ?? 0) % 2 === 1) continue;
    if (head.split(/\s+/).length < 3) continue;
    const before = /(\S+)$/.exec(head)?.[1] ?? '';
    if (glued(before, sentence.slice(m.index + m[0].length), head)) return m.index;
  }
  return -1;
}

// Jumping from one terminator (or quote mark) to the next with a regex is much faster than
// visiting every character, and these loops were the splitter's hot spot.
const TERMINATOR = /[.!?…]/g;
const QUOTE_MARK = /["“”]/g;

/** Index of the first sentence terminator at or after `from`, or -1. */
function nextTerminator(text: string, from: number): number {
  TERMINATOR.lastIndex = from;
  return TERMINATOR.exec(text)?.index ?? -1;
}

/**
 * Returns a lookup: for a position inside a double-quoted span, the index of its closing
 * quote; otherwise -1. Only balanced quotes within a paragraph count. A straight mark opens
 * before a word and closes after one, whatever the count of marks before it: news copy reopens
 * a quotation at a new sentence without closing it ('… for us. "There's no plans …'), and
 * pairing marks by count would then take the text between two quotations for one, and never
 * split it. A reopened quotation is a span from its last opening on.
 */
function quotedSpans(text: string): (pos: number) => number {
  const spans: [number, number][] = [];
  let open = -1;
  for (const m of text.matchAll(QUOTE_MARK)) {
    const i = m.index;
    const c = m[0];
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    const straight = c === '"';
    // (A straight mark that is neither, '5 " 6', opens only where no quotation is open.)
    const looksOpening = straight && /[\s([—–-]/.test(prev) && /[\p{L}\p{N}‘'(.…]/u.test(next);
    const looksClosing =
      straight && /[\p{L}\p{N}.,!?;:…’']/u.test(prev) && !/[\p{L}\p{N}]/u.test(next);
    if (c === '“' || looksOpening || (straight && !looksClosing && open < 0)) {
      open = i;
    } else if (open >= 0) {
      if (i - open <= 600) spans.push([open, i]);
      open = -1;
    }
  }
  return (pos) => {
    for (const [a, b] of spans) if (pos > a && pos < b) return b;
    return -1;
  };
}

function isBoundary(text: string, sentenceStart: number, dot: number, end: number): boolean {
  const after = text.slice(end + 1);
  const nextWord = /^[^\s]*/.exec(after)?.[0] ?? '';
  const firstChar = nextWord[0] ?? '';
  const startsUpper =
    /\p{Lu}|\p{N}/u.test(firstChar) ||
    (OPENERS_PUNCT.includes(firstChar) && /^.[\p{Lu}\p{N}.…]/u.test(nextWord));
  if (!startsUpper) return false;
  if (inTitle(text, sentenceStart, dot, end)) return false;
  if (text[dot] !== '.' || end - dot > 1) {
    // ('"… the people of Kentucky!" Trump tweeted before Election Day.', '"… guess what?" McLean
    // recalled.': a quotation's "!" or "?" and its speaker after it are one sentence; not where
    // the speaker's verb goes on to a clause of its own: '"… their act?" Mr Blair said he would
    // not respond …'.)
    if (
      (text[dot] === '!' || text[dot] === '?') &&
      /["”’']/.test(text.slice(dot + 1, end)) &&
      SPEAKER_AFTER_QUOTATION.test(after)
    )
      return false;
    // "!", "?", "…" or a period followed by a closing quote: a boundary before a capital.
    return !(
      text[dot] === '.' &&
      /[.]/.test(text[dot - 1] ?? '') === false &&
      isAbbreviationBefore(text, sentenceStart, dot, nextWord, true)
    );
  }
  return !isAbbreviationBefore(text, sentenceStart, dot, nextWord, false);
}

/**
 * A speaker of one to four capitalised words and a verb of saying that ends the sentence (or a
 * clause of it, at a comma), alone or with whom they told or a phrase of when, where or how:
 * "Trump tweeted before Election Day.", "Holmes asked in the New Year.", "Smith told the BBC.".
 */
const SPEAKER_AFTER_QUOTATION = en`^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:said|says|asked|asks|tweeted|wrote|writes|added|adds|replied|recalled|explained|insisted|admitted|declared|exclaimed|shouted|joked|laughed|told(?:\s+(?:the\s+)?(?:reporters|journalists|\p{Lu}[\p{L}'’.-]*)){1,4}(?:\s+(?:website|programme|newspaper))?)(?:\s+(?:in|on|at|to|before|after|during|from|via|yesterday|today|tonight|last|this|earlier|later)(?:\s+[^\s.,;:!?"“”]+){0,5})?[.,]`;

/**
 * "still remain in I'm A Celebrity... Get Me Out Of Here as no evictions …": an ellipsis with
 * title-case words on both sides (two before, three after) is inside a title, not a sentence end.
 */
function inTitle(text: string, sentenceStart: number, dot: number, end: number): boolean {
  const mark = text.slice(dot, end + 1);
  if (!mark.includes('...') && !mark.includes('…')) return false;
  const before = text.slice(Math.max(sentenceStart, dot - 60), dot);
  // (Small words may sit inside the title: "I'm a Celebrity... Get Me Out of Here".)
  return (
    en`(?:^|\s)\p{Lu}[\p{L}'’]*\s+(?:(?:a|an|the|of|in|on|to|and|for)\s+)?\p{Lu}[\p{L}'’]*\s?$`.test(
      before,
    ) &&
    en`^\s*(?:\p{Lu}[\p{L}'’]*\s+){2}(?:(?:a|an|the|of|in|on|to|and|for)\s+)?\p{Lu}[\p{L}'’]*`.test(
      text.slice(end + 1, end + 80),
    )
  );
}

/** True when the period at `dot` belongs to an abbreviation or initial, not a sentence end. */
function isAbbreviationBefore(
  text: string,
  sentenceStart: number,
  dot: number,
  nextWord: string,
  quoted: boolean,
): boolean {
  if (quoted) return false;
  // The token before the period is all that matters; a bounded window keeps this O(1).
  const before = text.slice(Math.max(sentenceStart, dot - 40), dot);
  const token = trailingRun(before, ABBREVIATION_CHAR, isAsciiAbbreviationChar);
  const lower = token.toLowerCase();
  const nextLower = nextWord.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();
  const nextIsOpener = OPENERS.has(nextLower.replace(/[^\p{L}]+$/u, ''));
  if (token === '') return false;
  // A single capital letter: an initial ("S. Africa", "John F. Kennedy").
  if (en`^\p{Lu}$`.test(token)) return true;
  // Dotted acronyms: "U.S.", "U.N.", "D.C."; a boundary only before a typical opener.
  // ('J.P. "The Big Bopper" Richardson': a nickname between initials and a surname is no
  // opener.)
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token))
    return !nextIsOpener || NICKNAME_THEN_NAME.test(text.slice(dot + 1, dot + 80));
  // ("The ID. SPACE VIZZION is …": a short capital name with its period, then a name in
  // capitals of two words that the sentence goes on after in lower case, is one product.)
  if (
    en`^\p{Lu}{2,3}$`.test(token) &&
    en`^\s+\p{Lu}{2,}\s+\p{Lu}{2,}\s+\p{Ll}`.test(text.slice(dot + 1, dot + 60))
  )
    return true;
  if (MONTHS.has(lower)) return /^\d/.test(nextWord);
  if (MAYBE_FINAL.has(lower)) return !nextIsOpener;
  // ("… patients with MS. Final approval …": a title in capitals is an acronym, unless the
  // text goes on in capitals too, "DR. JOHN SMITH".)
  if (TITLES.has(lower)) return !(en`^\p{Lu}{2,}$`.test(token) && en`\p{Ll}`.test(nextWord));
  return false;
}

/** A quoted nickname of a few capitalised words, then a capitalised name: ' "The Big Bopper" Richardson'. */
const NICKNAME_THEN_NAME = en`^\s+["“](?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*["”]\s+\p{Lu}\p{Ll}`;

/** One character of an abbreviation or initial: a letter, a digit, . & ' or -. */
const ABBREVIATION_CHAR = /^[\p{L}\p{N}.&'-]$/u;

const isAsciiAbbreviationChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || // 0-9
  (c >= 0x41 && c <= 0x5a) || // A-Z
  (c >= 0x61 && c <= 0x7a) || // a-z
  c === 0x2e || // .
  c === 0x26 || // &
  c === 0x27 || // '
  c === 0x2d; // -

function gluedBoundary(text: string, dot: number): boolean {
  // lowercase word of 2+ letters, '.', then Capital + lowercase: "home.Half" (not "U.S.", "CNN.com", "3.5").
  const before = text.slice(Math.max(0, dot - 3), dot);
  const after = text.slice(dot + 1, dot + 3);
  if (!en`\p{Ll}{2}$`.test(before) || !en`^\p{Lu}\p{Ll}`.test(after)) return false;
  // ("fansite Halo.Bungie.Org, said": a web address, its parts dotted, is one word.)
  const word = /^[\p{L}\p{N}-]*/u.exec(text.slice(dot + 1))?.[0] ?? '';
  const next = text.charAt(dot + 1 + word.length);
  const previous = /[\p{L}\p{N}-]*\.?[\p{L}\p{N}-]*$/u.exec(text.slice(0, dot))?.[0] ?? '';
  return !(
    DOMAIN_END.test(word) ||
    (next === '.' && /\p{L}/u.test(text.charAt(dot + 2 + word.length))) ||
    previous.includes('.')
  );
}
const DOMAIN_END = /^(?:Com|Org|Net|Gov|Edu|Info|Biz|Tv)$/;
