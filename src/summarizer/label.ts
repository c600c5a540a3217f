import type { Sentence } from './prepare.js';
import { contentStem, STOP_WORDS } from './tokens.js';
import type { IdfLookup } from './vectors.js';

/**
 * Stage 4: a short label (at most 6 words) naming a key point's theme, taken from the
 * article: the section heading the point sits under (once per heading); else "who did
 * what", the head of the sentence's main clause (asides, opening subordinate clauses,
 * articles and time phrases removed, cut before an auxiliary verb or at 6 words on a
 * content word); else the most distinctive phrase: a run of 2-5 words inside one clause,
 * starting and ending on a content word, scored by how rare its words are in the article
 * (idf), with a bonus for headline words and for a short phrase the article quotes.
 */
export const MAX_LABEL_WORDS = 6;

export function labelPoints(
  points: readonly Sentence[],
  idf: IdfLookup,
  titleStems: ReadonlySet<string>,
): string[] {
  const usedHeadings = new Set<string>();
  const usedLabels = new Set<string>();
  return points.map((s) => {
    if (
      s.heading &&
      !usedHeadings.has(s.heading) &&
      s.heading.split(/\s+/).length <= MAX_LABEL_WORDS
    ) {
      usedHeadings.add(s.heading);
      usedLabels.add(s.heading.toLowerCase());
      return s.heading;
    }
    const head = mainClauseHead(s.text);
    const label =
      head && !usedLabels.has(head.toLowerCase())
        ? head
        : distinctivePhrase(s.text, idf, titleStems, usedLabels);
    usedLabels.add(label.toLowerCase());
    return label;
  });
}

interface Candidate {
  readonly words: readonly string[];
  readonly score: number;
}

export function distinctivePhrase(
  text: string,
  idf: IdfLookup,
  titleStems: ReadonlySet<string>,
  avoid: ReadonlySet<string> = new Set(),
): string {
  const quoted = new Set<string>();
  for (const m of text.matchAll(/["“‘']([^"“”‘’']{3,40})["”’']/g)) {
    const q = (m[1] ?? '').trim().toLowerCase();
    if (q.split(/\s+/).length <= 4) quoted.add(q);
  }
  const clauses = text.replace(/["“”]/g, '').split(/,(?!\d{3})|[;:()!?—–]|\s-\s|\.(?=\s|$)/);
  let best: Candidate | undefined;
  for (const clause of clauses) {
    const words = clause.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    for (let i = 0; i < words.length; i++) {
      for (let len = 2; len <= 5 && i + len <= words.length; len++) {
        const span = words.slice(i, i + len);
        const first = norm(span[0] ?? '');
        const last = norm(span[len - 1] ?? '');
        if (STOP_WORDS.has(first) || STOP_WORDS.has(last) || first.length < 2 || last.length < 2)
          continue;
        let score = 0;
        for (const w of span) {
          const st = contentStem(norm(w));
          if (st === '') continue;
          score += (idf.get(st) ?? 1) * (titleStems.has(st) ? 1.5 : 1);
        }
        const phrase = span.join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (quoted.has(phrase.toLowerCase())) score *= 1.3;
        score /= len ** 0.6; // favour dense phrases over long ones
        if (i === 0) score *= 1.2; // a clause's opening words usually name who acts
        if (avoid.has(phrase.toLowerCase())) continue;
        if (!best || score > best.score) best = { words: phrase.split(' '), score };
      }
    }
  }
  if (!best)
    return capitalizeFirst(
      text
        .split(/\s+/)
        .slice(0, 3)
        .join(' ')
        .replace(/[^\p{L}\p{N}]+$/u, ''),
    );
  return capitalizeFirst(best.words.slice(0, MAX_LABEL_WORDS).join(' '));
}

function norm(w: string): string {
  return w
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/['’]s$/, '');
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const SUBORDINATE_OPENING =
  /^(?:As|When|While|After|Before|Although|Though|Despite|Since|Because|If|Once|Until|Amid|During|With|Without|In|On|At|For|Under|Over|According to)\b[^,]{0,120},\s*/;
const ASIDE =
  /,\s(?:who|which|whose|where|when|a|an|the|now|then|also|including|once|formerly)\b[^,]{2,160},\s/g;
const TIME_PHRASE =
  /\s(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|(?:this|last|next) (?:week|month|year|weekend)|earlier|yesterday|today|tonight|on \w+ \d{1,2})\b/g;
const AUXILIARY = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'that',
  'which',
  'who',
]);
const AGE_ASIDE = /,\s\d{1,3},\s/g;
/** "Traders said (that) …": the reporter (group 1) and what was reported (group 2). */
const REPORTED =
  /^((?:[A-Z][\w'’.-]*\s+){1,4})(?:said|says|told reporters|reported|announced|added|noted|argued|believes?|expects?|claimed|warned)(?:\s+on\s+\w+day)?\s+(?:that\s+)?(.+)$/;
const PREPOSITIONS = new Set([
  'by',
  'of',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'after',
  'over',
  'into',
]);
/** A subject that names no one in a label: headline style drops it ("It took $42m" -> "Took $42m"). */
const EMPTY_SUBJECT = /^(?:it|he|she|they|this|that|these|those|there|his|her|its|their)$/i;
/** Someone speaking: their words are no label. */
const SPEAKER = /^(?:i|i'm|i’m|i've|i’ve|i'd|i’d|we|we're|we’re|we've|we’ve|you|my|our|your)$/i;
const CLAUSE_LINK = new Set(['but', 'while', 'whereas', 'although', 'though', 'because']);
const RELATIVE = new Set(['that', 'which', 'who']);
const DROP = new Set(['a', 'an', 'the']);
/** Where a clause ends; a comma inside a number ("42,000") does not end it. */
const CLAUSE_END = /,(?!\d{3})|[;:?!]|\s[-–—]\s|\.(?=\s|$)/;
const WEAK_END = new Set([...[...STOP_WORDS].filter((w) => !['us'].includes(w)), 'not']);

/** "Who did what": the head of the main clause, at most 6 words; undefined when it is not a usable label. */
export function mainClauseHead(sentence: string): string | undefined {
  let s = sentence.replace(/\([^()]*\)/g, ' ').replace(/["“”]/g, '');
  s = s.replace(/^(?:But|And|However|Meanwhile|Still|Yet|So|Also)\b,?\s+/, '');
  s = s.replace(SUBORDINATE_OPENING, '');
  s = s.replace(ASIDE, ' ').replace(AGE_ASIDE, ' ').replace(TIME_PHRASE, '');
  // "Traders said the rally was set off by …": the news is what was said. When it opens on
  // the reporter's own pronoun ("Cadbury said it was confident"), the reporter is the subject.
  const reported = REPORTED.exec(s);
  const said = reported?.[2];
  if (said && said.split(/\s+/).length >= 4) {
    const subject = (reported?.[1] ?? '').trim();
    s = said;
    // Singular only: "Mr Howard said they …" is someone else.
    const pronoun = /^(?:it|he|she|its|his|her)\b/i.exec(s);
    if (pronoun && subject && !EMPTY_SUBJECT.test(subject)) {
      const possessive = /^(?:its|his|her)$/i.test(pronoun[0]);
      s = `${subject}${possessive ? '’s' : ''}${s.slice(pronoun[0].length)}`;
    }
  }
  // The first clause: up to the first clause break (found, not split at: only the first counts).
  const end = s.search(CLAUSE_END);
  const clause = end < 0 ? s : s.slice(0, end);
  const words = (clause.match(/\S+/g) ?? []).filter((w) => !DROP.has(w.toLowerCase()));
  const out: string[] = [];
  // Headline style: once a subject of 3+ words is in, an auxiliary ends the label
  // ("Analysts doubt the merger | will close"); right after a short subject it is dropped,
  // and "will" becomes "to" ("Norvane to push back opening", "Construction scheduled to begin").
  if (SPEAKER.test(words[0] ?? '')) return undefined;
  let emptySubject = false;
  // Index of the first word the label did not take.
  let rest = words.length;
  for (const [i, w] of words.entries()) {
    const lower = w.toLowerCase();
    if (out.length >= MAX_LABEL_WORDS) {
      rest = i;
      break;
    }
    if (out.length === 0 && (EMPTY_SUBJECT.test(w) || (emptySubject && AUXILIARY.has(lower)))) {
      emptySubject = true;
      continue;
    }
    // One clause: "Remark misrepresented | but he will not contest it".
    if (CLAUSE_LINK.has(lower) && out.length >= 2) {
      rest = i;
      break;
    }
    const next = (words[i + 1] ?? '').toLowerCase();
    // "will not be released" -> "not released" (with "to", it would read "to not released").
    if (next === 'not' && lower === 'will' && out.length > 0) continue;
    if (AUXILIARY.has(lower)) {
      // "had not been informed": the auxiliary after "not" belongs to the same verb.
      const afterNot = out.at(-1)?.toLowerCase() === 'not';
      if ((out.length >= 3 && !afterNot) || out.length === 0 || RELATIVE.has(lower)) {
        rest = i;
        break;
      }
      if (lower === 'will' && !AUXILIARY.has(next)) out.push('to');
      continue;
    }
    out.push(w);
  }
  const truncated = out.length === MAX_LABEL_WORDS && rest < words.length;
  // Do not cut a name in two ("New | Zealand"): drop a trailing partial run of capitals.
  if (truncated && /^\p{Lu}/u.test(words[rest] ?? '')) {
    while (out.length > 2 && /^\p{Lu}/u.test(out.at(-1) ?? '')) out.pop();
  }
  // Nor a phrase ("killed by single | punch"): end before its preposition, unless what
  // follows it is a name ("run from Eastgate").
  if (truncated && !/^\p{Lu}/u.test(out.at(-1) ?? '')) {
    const p = out.findLastIndex((w, i) => i >= out.length - 2 && PREPOSITIONS.has(w.toLowerCase()));
    if (p > 0) out.length = p;
  }
  while (out.length > 2 && WEAK_END.has(norm(out.at(-1) ?? ''))) out.pop();
  if (out.length < 2 || !/^[\p{L}\p{N}]/u.test(out[0] ?? '')) return undefined;
  return capitalizeFirst(out.join(' ').replace(/[^\p{L}\p{N}'’]+$/u, ''));
}
