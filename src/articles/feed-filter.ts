import { err, ok, type Result } from '../core/result.js';
import { wordStem, wordTokens } from '../summarizer/tokens.js';

/**
 * A subscription's filter: a story passes when it mentions one of `only` (or `only` is
 * empty) and none of `except`. Terms are words or phrases as the user typed them;
 * matching is on word stems, case-insensitive, so "rate" matches "rates".
 */
export interface FeedFilter {
  readonly only: readonly string[];
  readonly except: readonly string[];
}

/** What a feed item offers to match against: its title and its text. */
export interface FilterableItem {
  readonly title: string;
  readonly lede?: string | undefined;
  readonly content?: string | undefined;
}

export const FILTER_EXAMPLE = '`only: climate, "interest rates" except: sport`';
export const MAX_FILTER_TERMS = 20;
export const MAX_TERM_CHARS = 60;
export const MAX_TERM_WORDS = 6;
/** The longest filter text read (20 terms of 60 characters, with room for quotes and commas). */
export const MAX_FILTER_CHARS = 1_500;
/**
 * How much of an item is matched: its title, lede and the first this many characters of its
 * text (about 1,600 words, more than nearly every news story), so a channel of 50 full-text
 * feeds costs the event loop a bounded time.
 */
export const MAX_FILTER_TEXT_CHARS = 10_000;

type List = 'only' | 'except';
type Token =
  | { readonly kind: 'keyword'; readonly list: List }
  | { readonly kind: 'term'; readonly text: string };

const QUOTE = /["“”„«»]/;
const SEPARATOR = /[\s,]/;
const KEYWORD = /^(only|except)\s*:/i;
/** Words that clear a filter: `filter 2 none`. */
const CLEAR_WORDS = new Set(['none', 'off', 'clear', 'all']);

/** Whether the text asks for no filter (`none`, `off`, `clear`, `all`). */
export function isClearFilter(text: string): boolean {
  return CLEAR_WORDS.has(text.trim().toLowerCase());
}

/**
 * Reads `only: climate, "interest rates" except: sport` (either part may be left out, in
 * either order; commas optional between terms; "quotes" make a phrase). Bad syntax is an
 * error value whose message says what is wrong and shows an example.
 */
export function parseFilter(text: string): Result<FeedFilter> {
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  const lists: Record<List, string[]> = { only: [], except: [] };
  const named = new Set<List>();
  let current: List | undefined;
  for (const t of tokens.value) {
    if (t.kind === 'keyword') {
      current = t.list;
      named.add(t.list);
      continue;
    }
    if (/^\p{L}+:$/u.test(t.text))
      return problem(`"${clip(t.text)}" is not a filter part; use only: and except:`);
    if (!current) return problem(`Filters start with only: or except:, not "${clip(t.text)}"`);
    lists[current].push(t.text);
  }
  if (named.size === 0) return problem('Filters need only: or except:');
  for (const list of named)
    if (lists[list].length === 0) return problem(`${list}: needs at least one word or "phrase"`);
  return checkTerms({ only: dedupe(lists.only), except: dedupe(lists.except) });
}

/**
 * The two lists given apart (Discord's `only:` and `except:` options): each is a list of
 * words and "phrases"; a missing or blank one is empty, but not both.
 */
export function parseFilterLists(
  only: string | undefined,
  except: string | undefined,
): Result<FeedFilter> {
  const parts: string[] = [];
  for (const [list, value] of [
    ['only', only],
    ['except', except],
  ] as const) {
    if (value === undefined || value.trim() === '') continue;
    const tokens = tokenize(value);
    if (!tokens.ok) return tokens;
    if (tokens.value.some((t) => t.kind === 'keyword'))
      return problem(`Give the ${list} words without "only:" or "except:" inside them`);
    parts.push(`${list}: ${value}`);
  }
  return parseFilter(parts.join(' '));
}

function tokenize(text: string): Result<Token[]> {
  if (text.length > MAX_FILTER_CHARS)
    return problem(
      `A filter is at most ${MAX_FILTER_CHARS.toLocaleString('en')} characters, not ${text.length.toLocaleString('en')}`,
    );
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (SEPARATOR.test(c)) {
      i++;
      continue;
    }
    if (QUOTE.test(c)) {
      const end = text.slice(i + 1).search(QUOTE);
      if (end < 0) return problem(`A quote is not closed after ${clip(text.slice(i))}`);
      const phrase = text
        .slice(i + 1, i + 1 + end)
        .replace(/\s+/g, ' ')
        .trim();
      if (phrase === '') return problem('An empty "" is not a phrase');
      tokens.push({ kind: 'term', text: phrase });
      i += end + 2;
      continue;
    }
    const keyword = KEYWORD.exec(text.slice(i));
    if (keyword && (i === 0 || SEPARATOR.test(text[i - 1] as string))) {
      tokens.push({ kind: 'keyword', list: (keyword[1] as string).toLowerCase() as List });
      i += keyword[0].length;
      continue;
    }
    let j = i;
    while (j < text.length && !SEPARATOR.test(text[j] as string) && !QUOTE.test(text[j] as string))
      j++;
    tokens.push({ kind: 'term', text: text.slice(i, j) });
    i = j;
  }
  return ok(tokens);
}

function checkTerms(filter: FeedFilter): Result<FeedFilter> {
  const all = [...filter.only, ...filter.except];
  if (all.length > MAX_FILTER_TERMS)
    return problem(
      `A filter takes at most ${MAX_FILTER_TERMS} words and phrases, not ${all.length}`,
    );
  for (const term of all) {
    if (term.length > MAX_TERM_CHARS)
      return problem(`"${clip(term)}" is too long (at most ${MAX_TERM_CHARS} characters)`);
    const words = termStems(term).length;
    if (words === 0) return problem(`"${clip(term)}" has no letters or digits to match`);
    if (words > MAX_TERM_WORDS)
      return problem(`"${clip(term)}" is too long a phrase (at most ${MAX_TERM_WORDS} words)`);
  }
  const clash = filter.only.find((t) => filter.except.some((e) => sameTerm(t, e)));
  if (clash) return problem(`"${clip(clash)}" is in both only: and except:`);
  return ok(filter);
}

/** Terms with the same stems once, first spelling kept ("rate, rates" is one term). */
function dedupe(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of terms) if (!out.some((o) => sameTerm(o, t))) out.push(t);
  return out;
}

function sameTerm(a: string, b: string): boolean {
  return termStems(a).join(' ') === termStems(b).join(' ');
}

function termStems(term: string): string[] {
  return wordTokens(term).map(wordStem);
}

/**
 * The test a filter makes of an item, each term stemmed once (a briefing tests many items):
 * it passes when its title or text mentions an `only` term (if any) and no `except` term.
 * No filter lets everything through.
 */
export function filterPredicate(filter: FeedFilter | undefined): (item: FilterableItem) => boolean {
  if (!filter || (filter.only.length === 0 && filter.except.length === 0)) return () => true;
  const only = filter.only.map(termStems);
  const except = filter.except.map(termStems);
  const mayMatch = stemPrefilter([...only, ...except].flat());
  // Only words that may stem to a term's word are stemmed; the rest can match nothing.
  const stemIfWanted = (word: string) => (mayMatch(word) ? wordStem(word) : '');
  return (item) => {
    const text = [item.title, item.lede ?? '', item.content ?? ''].join('\n');
    const stems = wordTokens(text.slice(0, MAX_FILTER_TEXT_CHARS)).map(stemIfWanted);
    const mentions = (term: readonly string[]) => containsRun(stems, term);
    return (only.length === 0 || only.some(mentions)) && !except.some(mentions);
  };
}

/**
 * A cheap test that a word may have one of `stems` as its stem: stemming rewrites at most the
 * last two letters of what it keeps ("happy" → "happi", "dying" → "die"), so the word starts
 * with the stem less its last two letters (checked on all 30,026 word types of the eval data).
 */
function stemPrefilter(stems: readonly string[]): (word: string) => boolean {
  const byInitial = new Map<string, string[]>();
  for (const stem of stems) {
    const prefix = stem.slice(0, Math.max(1, stem.length - 2));
    const initial = prefix[0] as string;
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), prefix]);
  }
  return (word) => byInitial.get(word[0] as string)?.some((p) => word.startsWith(p)) ?? false;
}

/** Whether `run` occurs in `stems` as consecutive words. */
function containsRun(stems: readonly string[], run: readonly string[]): boolean {
  const first = run[0];
  if (first === undefined) return false;
  for (
    let i = stems.indexOf(first);
    i >= 0 && i <= stems.length - run.length;
    i = stems.indexOf(first, i + 1)
  ) {
    let k = 1;
    while (k < run.length && stems[i + k] === run[k]) k++;
    if (k === run.length) return true;
  }
  return false;
}

/** `only: climate, "interest rates" · except: sport` (phrases quoted), or '' for no filter. */
export function describeFilter(filter: FeedFilter | undefined): string {
  if (!filter) return '';
  const list = (terms: readonly string[]) =>
    terms.map((t) => (/\s/.test(t) ? `"${t}"` : t)).join(', ');
  return [
    filter.only.length > 0 ? `only: ${list(filter.only)}` : '',
    filter.except.length > 0 ? `except: ${list(filter.except)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A stored filter (JSON) back as a filter; undefined for none or anything unreadable. */
export function filterFromJson(stored: unknown): FeedFilter | undefined {
  if (stored === null || stored === undefined) return undefined;
  try {
    const v = (typeof stored === 'string' ? JSON.parse(stored) : stored) as Partial<FeedFilter>;
    const strings = (a: unknown) =>
      Array.isArray(a) ? a.filter((t) => typeof t === 'string') : [];
    const filter = { only: strings(v.only), except: strings(v.except) };
    return filter.only.length + filter.except.length > 0 ? filter : undefined;
  } catch {
    return undefined;
  }
}

function problem(what: string): Result<never> {
  return err('bad_filter', `${what}; for example ${FILTER_EXAMPLE}.`);
}

function clip(s: string): string {
  return s.length > 30 ? `${s.slice(0, 29)}…` : s;
}
