import { droppedCues, trailingAttribution } from '../summarizer/faithful.js';
import { DATED_CAPTION } from '../summarizer/glued-captions.js';
import { labelProblems, labelTokensInContext, unboundPronoun } from '../summarizer/label-checks.js';
import { PROMO } from '../summarizer/lede.js';
import {
  FIGURE_REPEAT_OVERLAP,
  figureFacts,
  REPEAT_OVERLAP,
  sharedFigure,
  stemOverlap,
} from '../summarizer/overlap.js';
import { mayHaveVerb } from '../summarizer/pos/tag.js';
import { prepareArticle, type Sentence } from '../summarizer/prepare.js';
import { quotationShownIn, wordsOnly } from '../summarizer/quotes.js';
import { keyQuotes, summarize } from '../summarizer/summarize.js';
import { showsPhotoPosition } from '../summarizer/tighten.js';
import { contentStems } from '../summarizer/tokens.js';
import type { Summary } from '../summarizer/types.js';
import { readJsonl } from './dataset.js';

/**
 * `newsbrief audit`: the automatic checks of the editor's rubric
 * (../shared/notes/summary-rubric.md) over an evaluation file. Each finding names the
 * article, the class and the text at fault, so the worst examples can be read.
 */
export const AUDIT_CLASSES = [
  'lede-repeated',
  'repeat-pair',
  'figure-repeated',
  'quote-repeated',
  'label-no-verb',
  'label-weak-end',
  'label-broken-clause',
  'label-unfaithful',
  'label-unbound-pronoun',
  'lede-unfaithful',
  'lede-not-news',
  'cruft',
  'dangling',
  'unlabelled',
] as const;
export type AuditClass = (typeof AUDIT_CLASSES)[number];

/** What each class counts (printed with the table). */
const MEANING: Record<AuditClass, string> = {
  'lede-repeated': 'a point says the lede again (stem overlap > 0.5)',
  'repeat-pair': 'two points overlap (stem overlap > 0.5)',
  'figure-repeated':
    'the lede and a point, or two points, give a figure alike ("grew 5.5%") and share content besides (stem overlap > 0.25)',
  'quote-repeated':
    'a key quote (of those shown under the points) says again words the lede or a point shows',
  'label-no-verb': 'a label with no verb (section headings aside)',
  'label-weak-end': 'a label ending on a preposition, article or helper verb',
  'label-broken-clause':
    'a label cuts the subject or helper from what a verb of saying or showing reports ("Figures show how prices rising")',
  'label-unfaithful':
    'a label drops an attribution, negation, modal or degree word of its sentence',
  'label-unbound-pronoun':
    'a label says "he", "his" or "her" with no one before it the pronoun can be ("Soup is one of his favourite meals")',
  'lede-unfaithful':
    'the lede drops an attribution, negation, modal or degree word of its sentence',
  'lede-not-news': 'the lede is a question, caption, dateline, timestamp or fragment',
  cruft: 'a caption, player text or page furniture pattern in a lede, point or quote',
  dangling:
    'a point opens on a pronoun, or names its speaker only by one, whose sentence before is not shown',
  unlabelled: 'a point shown without a label (no label passed the checks; not a defect)',
};

export interface Finding {
  readonly id: string;
  readonly cls: AuditClass;
  readonly text: string;
  readonly detail?: string;
}

/** The overlap of two texts' content stems (src/summarizer/overlap.ts). */
export function textOverlap(a: string, b: string): number {
  return stemOverlap(
    new Set(contentStems(withoutSpeaker(a))),
    new Set(contentStems(withoutSpeaker(b))),
  );
}

/**
 * A point's closing " — Speaker" names who said it; a name said again is no repeated fact.
 * (After the sentence's end only: "… snacks — those that are low in fat." is an aside.)
 */
function withoutSpeaker(text: string): string {
  return text.replace(/(?<=[.!?…]["”’']?)\s+—\s+[^—]{1,120}$/, '');
}

const CRUFT =
  /media playback is (?:not supported|unsupported)|scroll down for video|\bread more\b|click here|\(pictured\)|image (?:copyright|caption)|\b(?:photograph|illustration|composite): [^.!?]{2,60}\/|getty images|loading content|^advertisement\b|follow (?:us|him|her) on (?:twitter|facebook|instagram)|sign up (?:for|to) (?:our|the|a free)\b[^.]{0,30}\b(?:newsletter|alerts|emails)|^subscribe\b|breaking news emails|published: \.|updated: \.|last updated|\b(?:published|updated|posted) \d+ (?:seconds?|minutes?|mins?|hours?|days?|weeks?) ago\b|share this (?:article|story|page)|share full article|listen to this article|skip advertisement|\bad feedback\b|\blink copied\b|a version of this article appears in print|contributed (?:reporting )?to this report|\bsubs(?:titutes)?:? not used\b|^(?:booked|sent off|referee|att(?:endance)?):|copyright (?:©|\(c\)|\d{4})|all rights reserved/i;
const TIMESTAMP =
  /^(?:updated|published|posted)?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|gmt|bst|est|et|edt|utc)?\b|^\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{4}/i;
/** A point that ends on who says it, by a pronoun only: "…, he argued.", "…, she told MPs." */
const PRONOUN_SPEAKER = /,\s+(?:he|she|they)\s+(?:[a-z]+ly\s+)?[a-z]+(?:\s[^,.]{1,40})?[.!?]$/;
const PRONOUN_OPENING = /^(?:he|she|they|it|his|her|their|its|this|these|those)\b/i;

/** The findings of one summary of one article. */
export function auditSummary(
  id: string,
  text: string,
  title: string | undefined,
  summary: Summary,
): Finding[] {
  const out: Finding[] = [];
  const add = (cls: AuditClass, t: string, detail?: string) =>
    out.push(detail === undefined ? { id, cls, text: t } : { id, cls, text: t, detail });
  const { sentences } = prepareArticle(text, title);
  const points = summary.keyPoints;
  const ledeSource = bestSource(summary.lede, sentences);
  for (const p of points) {
    const overlap = textOverlap(summary.lede, p.text);
    if (overlap > REPEAT_OVERLAP)
      add('lede-repeated', p.text, `lede: ${summary.lede} (${overlap.toFixed(2)})`);
  }
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]?.text ?? '';
      const b = points[j]?.text ?? '';
      const overlap = textOverlap(a, b);
      if (overlap > REPEAT_OVERLAP) add('repeat-pair', b, `with: ${a} (${overlap.toFixed(2)})`);
    }
  }
  // One fact given twice in other words: a figure alike, for the same thing.
  const shownTexts = [summary.lede, ...points.map((p) => p.text)];
  const facts = shownTexts.map((t) => figureFacts(withoutSpeaker(t)));
  for (let i = 0; i < shownTexts.length; i++) {
    for (let j = i + 1; j < shownTexts.length; j++) {
      const alike = sharedFigure(facts[j] ?? [], facts[i] ?? []);
      if (alike === undefined) continue;
      const overlap = textOverlap(shownTexts[i] ?? '', shownTexts[j] ?? '');
      if (overlap > FIGURE_REPEAT_OVERLAP && overlap <= REPEAT_OVERLAP)
        add('figure-repeated', shownTexts[j] ?? '', `${alike}, with: ${shownTexts[i]}`);
    }
  }
  const said = [summary.lede, ...points.map((p) => p.text)].map(wordsOnly);
  for (const q of keyQuotes(summary))
    if (quotationShownIn(said, q.text)) add('quote-repeated', q.text, q.speaker);
  const shown = new Set(points.flatMap((p) => p.sentenceIds));
  if (ledeSource) shown.add(ledeSource.id);
  for (const p of points) {
    // The label's own sentence: of the point's sentences, the one it fits best.
    const own = p.sentenceIds
      .map((id) => sentences[id])
      .filter((s): s is Sentence => s !== undefined)
      .map((s) => ({
        s,
        problems: labelProblems(p.label, s.text, labelTokensInContext(p.label, s.text)),
      }))
      .sort((a, b) => a.problems.length - b.problems.length)[0];
    const source = own?.s;
    if (p.label === '') add('unlabelled', p.text);
    else if (source && own) {
      const isHeading = source.heading !== undefined && p.label === source.heading;
      const problems = own.problems;
      if (problems.includes('no-verb') && !isHeading) add('label-no-verb', p.label, source.text);
      if (problems.includes('weak-end') && !isHeading) add('label-weak-end', p.label, source.text);
      if (problems.includes('broken-clause')) add('label-broken-clause', p.label, source.text);
      if (problems.includes('dropped-cue') && !isHeading)
        add(
          'label-unfaithful',
          p.label,
          `${droppedCues(p.label, source.text).join(', ')} | ${source.text}`,
        );
      if (unboundPronoun(p.label, source.text)) add('label-unbound-pronoun', p.label, source.text);
    }
    // (A caption's photo position, "(left)", is tightened away from what is shown: the point's
    // own sentences tell whether it was a caption.)
    if (
      CRUFT.test(p.text) ||
      DATED_CAPTION.test(p.text) ||
      p.sentenceIds.some((id) => showsPhotoPosition(sentences[id]?.text ?? ''))
    )
      add('cruft', p.text);
    const prev = p.sentenceIds[0] === undefined ? undefined : p.sentenceIds[0] - 1;
    // ("…, he argued.": reported speech whose speaker is only a pronoun leans on the same; in
    // the point's first sentence: "Mr McConnell said … The health arguments …, he told MSPs."
    // names its speaker in the sentence the point shows before it.)
    const first = sentences[p.sentenceIds[0] ?? -1]?.text ?? p.text;
    const pronounSpeaker = PRONOUN_SPEAKER.test(first) && !/["“”]/.test(first);
    if (
      (PRONOUN_OPENING.test(p.text) || pronounSpeaker) &&
      prev !== undefined &&
      prev >= 0 &&
      !shown.has(prev)
    )
      add('dangling', p.text);
  }
  if (ledeSource) {
    const dropped = droppedCues(summary.lede, ledeSource.text);
    if (dropped.length > 0)
      add('lede-unfaithful', summary.lede, `${dropped.join(', ')} | ${ledeSource.text}`);
    if (
      trailingAttribution(ledeSource.text) &&
      !trailingAttribution(summary.lede) &&
      dropped.length === 0
    )
      add('lede-unfaithful', summary.lede, `attribution cut | ${ledeSource.text}`);
  }
  const lede = summary.lede.trim();
  if (
    /\?["”']?$/.test(lede) ||
    CRUFT.test(lede) ||
    PROMO.test(lede) ||
    TIMESTAMP.test(lede) ||
    /^By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}$/.test(lede) ||
    // (Five words can be the news: "Hereford win 3-1 on penalties.")
    lede.split(/\s+/).length < 5 ||
    (lede === lede.toUpperCase() && /\p{Lu}/u.test(lede)) ||
    // A fragment: no word that can be a finite verb ("With plasma TVs … moving into the
    // living room.").
    !mayHaveVerb(lede)
  )
    add('lede-not-news', lede);
  if (CRUFT.test(lede) || DATED_CAPTION.test(lede)) add('cruft', lede);
  for (const q of summary.quotes) if (CRUFT.test(q.text)) add('cruft', q.text);
  return out;
}

/** The article sentence a shortened text was cut from: the one that contains most of it. */
function bestSource(short: string, sentences: readonly Sentence[]): Sentence | undefined {
  const stems = new Set(contentStems(short));
  let best: Sentence | undefined;
  let bestShare = 0;
  for (const s of sentences.slice(0, 40)) {
    let hit = 0;
    for (const t of new Set(s.stems)) if (stems.has(t)) hit++;
    const share = stems.size === 0 ? 0 : hit / stems.size;
    if (share > bestShare) {
      bestShare = share;
      best = s;
    }
  }
  return bestShare >= 0.6 ? best : undefined;
}

export interface AuditOptions {
  readonly dataPath: string;
  readonly points: number;
  readonly limit?: number | undefined;
  /** Examples printed per class. */
  readonly examples: number;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export interface AuditReport {
  readonly summaries: number;
  readonly points: number;
  readonly counts: Record<AuditClass, number>;
  readonly findings: readonly Finding[];
}

export function auditArticles(
  articles: readonly { id: string; text: string; title?: string | undefined }[],
  points: number,
): AuditReport {
  const findings: Finding[] = [];
  let summaries = 0;
  let pointCount = 0;
  for (const a of articles) {
    const r = summarize({ text: a.text, title: a.title }, { points });
    if (!r.ok) continue;
    summaries++;
    pointCount += r.value.keyPoints.length;
    findings.push(...auditSummary(a.id, a.text, a.title, r.value));
  }
  const counts = Object.fromEntries(AUDIT_CLASSES.map((c) => [c, 0])) as Record<AuditClass, number>;
  for (const f of findings) counts[f.cls]++;
  return { summaries, points: pointCount, counts, findings };
}

/** The command: counts per class, then the first examples of each. Exit 1 when the data is missing. */
export function runAudit(o: AuditOptions): number {
  const rows = readJsonl(o.dataPath);
  if (!rows.ok) {
    o.err(rows.message);
    return 1;
  }
  const articles = rows.value.slice(0, o.limit ?? rows.value.length).map((r, i) => ({
    id: typeof r.id === 'string' ? r.id : String(i + 1),
    text: typeof r.text === 'string' ? r.text : '',
    title: typeof r.title === 'string' ? r.title : undefined,
  }));
  const report = auditArticles(articles, o.points);
  o.out(`Audit of ${report.summaries} summaries, ${report.points} points (${o.dataPath})`);
  o.out('');
  o.out('| class | count | what it counts |');
  o.out('| --- | ---: | --- |');
  for (const c of AUDIT_CLASSES) o.out(`| ${c} | ${report.counts[c]} | ${MEANING[c]} |`);
  for (const c of AUDIT_CLASSES) {
    const some = report.findings.filter((f) => f.cls === c).slice(0, o.examples);
    if (some.length === 0) continue;
    o.out('');
    o.out(`## ${c}`);
    for (const f of some) o.out(`- [${f.id}] ${f.text}${f.detail ? `\n    ${f.detail}` : ''}`);
  }
  return 0;
}
