import { en } from './letters.js';
/**
 * Where quotations open and close in a text: double and single marks, straight and curly,
 * told apart from apostrophes (O'Neill, rock 'n' roll, dogs' bowls, I’d). A quotation that
 * runs on over sentences or paragraphs (news style reopens it at each new paragraph or
 * sentence without closing the one before) is one span; a quotation inside a quotation
 * ("he said ‘I’ll do that’") stays inside its span.
 */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just past the closing mark (or the end of the text it ran to). */
  readonly close: number;
  /** The words inside, reopening marks removed, whitespace collapsed. */
  readonly text: string;
  /** False when the text ended before a closing mark. */
  readonly closed: boolean;
  /** Offsets of the marks that reopened it at a new sentence or paragraph, if any. */
  readonly reopens?: readonly number[];
}

type Kind = 'double' | 'single';

const LETTER = en`[\p{L}\p{N}([]`;
const SENTENCE_END = /[.!?…]["”’']?\s*$/;

function kindOf(ch: string): Kind | undefined {
  if (ch === '"' || ch === '“' || ch === '”') return 'double';
  if (ch === "'" || ch === '‘' || ch === '’') return 'single';
  return undefined;
}

/** An opening mark: at a word's start, followed by the word. */
function opens(text: string, i: number): boolean {
  const ch = text[i] as string;
  if (ch === '”' || ch === '’') return false;
  // ("since the '90s", "the '05 season": a decade or a year cut short, an apostrophe.)
  if ((ch === "'" || ch === '‘') && /^\d{2}s?\b/.test(text.slice(i + 1, i + 5))) return false;
  const prev = i > 0 ? (text[i - 1] as string) : ' ';
  const next = text[i + 1] ?? '';
  return /[\s([—–\-:;,"“‘]/.test(prev) && (LETTER.test(next) || /["“‘'.]/.test(next));
}

/** A closing mark: after a word or punctuation, not followed by a letter (that is an apostrophe). */
function closes(text: string, i: number, kind: Kind, open = -1): boolean {
  const ch = text[i] as string;
  if (ch === '“' || ch === '‘') return false;
  const prev = i > 0 ? (text[i - 1] as string) : ' ';
  const next = text[i + 1] ?? '';
  // ('"… who hadn't flown for nine years... " Hailey later recalled.': a double mark set off by
  // a space after the quotation's last punctuation, with no word after it, still closes it.)
  // ('“We’ve never had demand that we saw that day, and continue to see ” Mayer said.': a curly
  // closing mark is one wherever it stands.)
  // ("… which might speak against the pigment prices explanation. ' The same graph …": a single
  // mark alone between spaces after a sentence's end closes too; it opens nothing.)
  // ('Jimmy "the Whirlwind " White': a double mark between spaces a few words after the mark
  // that opened it closes a nickname or a title; it opens nothing.)
  if (/\s/.test(prev))
    return (
      (kind === 'double'
        ? ch === '”' ||
          /[.!?…,]\s$/.test(text.slice(i - 2, i)) ||
          (open >= 0 && text.slice(open, i).trim().split(/\s+/).length <= 4)
        : ch !== '‘' && /[.!?…]\s$/.test(text.slice(i - 2, i))) && /^(?:\s|$)/.test(next)
    );
  if (en`[\p{L}\p{N}]`.test(next)) return false;
  // A plural possessive ("the dogs' owners") is an apostrophe, not a close, unless the
  // quotation would otherwise run on past the end of a sentence ("Lane's 'big brown eyes' but…").
  if (kind === 'single' && prev === 's' && /^\s+[a-z]/.test(text.slice(i + 1, i + 4)))
    return (
      open >= 0 && text.slice(open, i).split(/\s+/).length <= 6 && runsOnPastSentence(text, i + 1)
    );
  return true;
}

function runsOnPastSentence(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const ch = text[j] as string;
    if (/[.!?]/.test(ch) && /\s/.test(text[j + 1] ?? ' ')) return true;
    if (kindOf(ch) === 'single' && closes(text, j, 'single')) return false;
  }
  return true;
}

/**
 * Whether a quotation in single marks opened just before `from` runs past a sentence's end
 * before its closing mark, quotations opened and closed inside it ("… just said ‘really?’ and
 * …") aside. (runsOnPastSentence, which `closes` asks of a plural's possessive, stops at the
 * first closing mark: nested marks are not its question.)
 */
function opensPastSentence(text: string, from: number): boolean {
  let depth = 0;
  for (let j = from; j < text.length; j++) {
    const ch = text[j] as string;
    if (depth === 0 && /[.!?]/.test(ch) && /\s/.test(text[j + 1] ?? ' ')) return true;
    if (kindOf(ch) !== 'single') continue;
    if (opens(text, j)) depth++;
    else if (closes(text, j, 'single')) {
      if (depth === 0) return false;
      depth--;
    }
  }
  return true;
}

const ANY_MARK = /["“”'‘’]/g;
/** A verb of saying and its colon: "Redwood said: ", "He added: ". */
const SAYS_BEFORE_COLON =
  /\b(?:said|says|added|adds|told\s+\S+|explained|continued|wrote|admitted|insisted|declared)\s*:\s*$/;
/** A double mark opening a sentence: '… special.’ "I think …'. */
const DOUBLE_OPENS_SENTENCE = en.g`(?<=[.!?]['’]?\s+)["“](?=\p{Lu})`;

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    ANY_MARK.lastIndex = i;
    const next = ANY_MARK.exec(text);
    if (!next) break;
    i = next.index;
    const kind = kindOf(text[i] as string);
    if (!kind || !opens(text, i)) {
      i++;
      continue;
    }
    let span = scanSpan(text, i, kind);
    // ("‘He loves football … ‘really?’ … It was very special.’ According to Lucy, … "I think
    // he's got it down now," said Lucy': single marks nested in single marks left the quotation
    // open; a double-marked quotation that opens a sentence later is a new one, and the open
    // quotation ends before that sentence.)
    if (!span.closed && kind === 'single') {
      DOUBLE_OPENS_SENTENCE.lastIndex = i + 1;
      const next = DOUBLE_OPENS_SENTENCE.exec(text);
      if (next && next.index < span.close) {
        const cut = scanSpan(text.slice(0, next.index), i, kind);
        const end = lastSentenceEnd(cut.text);
        if (end > 0) span = { ...cut, text: cut.text.slice(0, end).trim() };
      }
    }
    // A mark before a lower-case word that never closes opened nothing ('90s, 'em); one that
    // opens a sentence is a quotation whose closing mark the text lost.
    if (!span.closed && span.close === text.length && !en`^[\p{Lu}[(]`.test(span.text)) {
      i++;
      continue;
    }
    spans.push(span);
    i = Math.max(span.close, i + 1);
  }
  return spans;
}

/** Where scanSpan has anything to do: a quotation mark, or a paragraph break (its first "\n"). */
const SPAN_STOP = /["“”'‘’]|\n(?=\n)/g;

/** The next SPAN_STOP at or after `from`, or -1: the scan jumps there instead of visiting every character. */
function nextStop(text: string, from: number): number {
  SPAN_STOP.lastIndex = from;
  return SPAN_STOP.exec(text)?.index ?? -1;
}

/** The span that opens at `open` (an opening mark) and runs to its close, as findQuoteSpans reads it. */
export function spanAt(text: string, open: number): QuoteSpan | undefined {
  const kind = kindOf(text[open] ?? '');
  return kind ? scanSpan(text, open, kind) : undefined;
}

function scanSpan(text: string, open: number, kind: Kind): QuoteSpan {
  let depth = 1;
  const pieces: string[] = [];
  const reopens: number[] = [];
  let from = open + 1;
  for (let j = nextStop(text, open + 1); j >= 0; j = nextStop(text, j + 1)) {
    const ch = text[j] as string;
    // A paragraph break ends the quotation unless the next paragraph reopens it.
    if (ch === '\n' && text[j + 1] === '\n') {
      const k = j + 2 + (/^\s*/.exec(text.slice(j + 2))?.[0].length ?? 0);
      if (kindOf(text[k] ?? '') !== kind || !opens(text, k)) {
        pieces.push(text.slice(from, j));
        return { open, close: j, text: tidy(pieces.join('')), closed: false };
      }
    }
    if (kindOf(ch) !== kind) continue;
    if (closes(text, j, kind, open)) {
      depth--;
      if (depth === 0) {
        pieces.push(text.slice(from, j));
        return { open, close: j + 1, text: tidy(pieces.join('')), closed: true, reopens };
      }
    } else if (opens(text, j)) {
      // ('said: "I've lost three years … a Muslim. He added: "The authorities …': a quotation
      // introduced as one is a new quotation; the one before lost its closing mark.)
      // (It ends with the last sentence before the words that introduce the new one.)
      // (In single marks too when a verb of saying introduces it: "… entertaining. Redwood
      // said: 'My agenda was simple …'", where marks nested in marks are the same kind.)
      if (
        /:\s*$/.test(text.slice(Math.max(from, j - 3), j)) &&
        (kind === 'double' || SAYS_BEFORE_COLON.test(text.slice(Math.max(from, j - 40), j)))
      ) {
        const before = text.slice(from, j);
        const end = speechEnd(before);
        pieces.push(end > 0 ? before.slice(0, end) : before);
        return {
          open,
          close: end > 0 ? from + end : j,
          text: tidy(pieces.join('')),
          closed: false,
        };
      }
      // ("… very happy with the way things have gone. Shutthefrontdoor, pictured with O'Neill
      // (right) is the favourite for the race on April 11 'Shutthefrontdoor is a lovely horse
      // …. 'He lacks …': a caption run into the quotation; the single mark after it opens no
      // quotation within this one, for it runs on past its sentence. It reopens this one, and
      // the caption, after the last sentence that ended, is none of it. After a colon, '… 2.8
      // million subscribers. On her YouTube profile she writes: 'I use …', it opens the next
      // quotation, and this one ends with that last sentence.)
      if (
        kind === 'single' &&
        depth === 1 &&
        en`^\p{Lu}`.test(text.slice(j + 1, j + 2)) &&
        !SENTENCE_END.test(text.slice(Math.max(from, j - 4), j)) &&
        opensPastSentence(text, j + 1)
      ) {
        const before = text.slice(from, j);
        const end = lastSentenceEnd(before);
        if (end > 0) {
          if (/:\s*$/.test(before)) {
            const speech = speechEnd(before);
            pieces.push(before.slice(0, speech));
            return { open, close: from + speech, text: tidy(pieces.join('')), closed: false };
          }
          pieces.push(before.slice(0, end));
          pieces.push(' ');
          from = j + 1;
          reopens.push(j);
          continue;
        }
      }
      // A mark that opens a new sentence or paragraph reopens the same quotation (its last
      // sentence was left open); one inside a sentence opens a quotation within it.
      if (SENTENCE_END.test(text.slice(Math.max(from, j - 4), j)) || text[j - 1] === '\n') {
        pieces.push(text.slice(from, j));
        from = j + 1;
        if (depth === 1) reopens.push(j);
      } else depth++;
    }
  }
  pieces.push(text.slice(from));
  return { open, close: text.length, text: tidy(pieces.join('')), closed: false };
}

/**
 * Where the words of a quotation that lost its closing mark end, in `text` (up to the words
 * that introduce the next quotation): after the first sentence from which on no one speaks in
 * the first or second person ("One commenter wrote: 'Your amazing at what you do. | Promise
 * has been posting tutorials for six years … On her YouTube profile she writes: "), else after
 * the last sentence; -1 for none.
 */
function speechEnd(text: string): number {
  // (One pass each way, whatever the length: the last such word, then the first end after it.)
  let spoken = 0;
  for (const m of text.matchAll(FIRST_OR_SECOND_PERSON)) spoken = m.index + m[0].length;
  for (const m of text.matchAll(/[.!?…]["”’']?(?=\s)/g)) {
    const end = m.index + m[0].length;
    if (end >= spoken) return end;
  }
  return lastSentenceEnd(text);
}
const FIRST_OR_SECOND_PERSON =
  /\b(?:I|I'm|I've|I'd|I'll|me|my|mine|we|we're|we've|us|our|ours|you|your|yours)\b/gi;

/** Offset just past the last sentence's end in `text` ("… a Muslim." of "… a Muslim. He added: "), or -1. */
function lastSentenceEnd(text: string): number {
  let end = -1;
  for (const m of text.matchAll(/[.!?…]["”’']?(?=\s)/g)) end = m.index + m[0].length;
  return end;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Quotation marks as a reader of one line expects them, across the sentences of a point
 * (`texts`, shown one after the other): news copy reopens a quotation at each new paragraph
 * without closing the one before ('… go on this far. "If they had …'), which on one line reads
 * as two quotations, one never closed. A mark that reopens a quotation at a sentence's start is
 * dropped; a quotation still open where the point ends, or where a speaker's name is set after
 * sentence k (`closeAfter`), is closed there; a point whose first mark closes a quotation
 * opened in a sentence not shown gets its opening mark. Double marks, straight or curly, and
 * curly single ones (‘…’, told from apostrophes as `opens` and `closes` tell them); straight
 * single marks are left as they are.
 */
export function showDoubleQuotations(
  texts: readonly string[],
  closeAfter: ReadonlySet<number> = new Set(),
): string[] {
  const double = showMarks(texts, closeAfter, /["“”]/g, 'double', '"');
  const shown = showMarks(double, closeAfter, /[‘’]/g, 'single', '‘');
  // ("We’re no heroes, just tourists,' Makrus Åsberg … told the New York Post.": a point that
  // opens inside a quotation in straight single marks, which close after punctuation.)
  if (shown[0] !== undefined && closesBeforeOpening(shown[0])) shown[0] = `'${shown[0]}`;
  return closeStraightSingle(shown, closeAfter);
}

/**
 * "O'Neill told Betfred: 'Shutthefrontdoor is in great form." of a quotation in straight
 * single marks that goes on in a sentence not shown: it is closed where the point (or the
 * speaker's part of it) ends. Only a mark that opens someone's words before a capital, at the
 * start or after a colon or comma, counts: straight marks are apostrophes too.
 */
function closeStraightSingle(texts: readonly string[], closeAfter: ReadonlySet<number>): string[] {
  let open = false;
  return texts.map((text, k) => {
    for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
      if (!open && WORDS_OPEN.test(text.slice(Math.max(0, i - 2), i + 2)) && opens(text, i))
        open = true;
      else if (open && closes(text, i, 'single')) open = false;
    }
    if (!open || !(closeAfter.has(k) || k === texts.length - 1) || !/[.!?…]$/.test(text))
      return text;
    open = false;
    return `${text}'`;
  });
}
/** A straight mark opening someone's words: at the start, or after a colon or comma. */
const WORDS_OPEN = en`(?:^|[:,]\s)'\p{Lu}`;

/** Whether a straight single mark closes a quotation after punctuation before any opens one. */
function closesBeforeOpening(text: string): boolean {
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    if (opens(text, i)) return false;
    if (/[,.!?]/.test(text[i - 1] ?? '') && closes(text, i, 'single')) return true;
  }
  return false;
}

function showMarks(
  texts: readonly string[],
  closeAfter: ReadonlySet<number>,
  marks: RegExp,
  kind: Kind,
  plainOpener: string,
): string[] {
  let opener: string | undefined;
  let openedAt = -1;
  let seen = false;
  let openFirst = false;
  /** The sentence of that first closing mark. */
  let closedIn = 0;
  const shown = texts.map((text, k) => {
    const drop: number[] = [];
    for (const m of text.matchAll(marks)) {
      const i = m.index;
      if (opener === undefined) {
        if (opens(text, i)) {
          opener = m[0];
          openedAt = i;
        }
        // (A close before any open: the quotation opened before the point.)
        else if (!seen && closes(text, i, kind)) {
          openFirst = true;
          closedIn = k;
        }
      } else if (closes(text, i, kind, openedAt)) opener = undefined;
      else if (opens(text, i) && (i === 0 || SENTENCE_END.test(text.slice(0, i)))) drop.push(i);
      seen = true;
    }
    // (Where the quotation opened, in this sentence or, -1, one before it.)
    openedAt = -1;
    let out = text;
    for (const i of drop.reverse()) out = out.slice(0, i) + out.slice(i + 1);
    if (opener !== undefined && (closeAfter.has(k) || k === texts.length - 1)) {
      out += CLOSER[opener] ?? opener;
      opener = undefined;
    }
    return out;
  });
  // ('Speaking to the BBC News website Mr Molyneux said receiving the honour was something of a
  // surprise. It's come completely out of the blue," he said': the copy lost the opening mark;
  // sentences before the closing one that report in the third person, with no first person of
  // a speaker, are the writer's, and the quotation opens after them.)
  const at = texts.slice(0, closedIn).every(reportsInThirdPerson) ? closedIn : 0;
  if (openFirst && shown[at] !== undefined) shown[at] = `${plainOpener}${shown[at]}`;
  return shown;
}

/** First and second person outside double quotes: in news, that is someone's speech. */
export const SPEECH_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|you|your|we|we're|we’re|our|us|my|me)\b/;

/** A sentence of the writer's: a verb of saying and no first person ("Mr Molyneux said …"). */
function reportsInThirdPerson(text: string): boolean {
  return /\b(?:said|says|told|tells|added|explained)\b/.test(text) && !SPEECH_PERSON.test(text);
}

const CLOSER: Readonly<Record<string, string>> = { '“': '”', '"': '"', '‘': '’', "'": "'" };
