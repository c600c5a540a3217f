const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will
with would you your yours yourself yourselves said says say told according new one two year years
mr mrs ms week day today yesterday monday tuesday wednesday thursday friday saturday sunday amid
after as per via`.split(/\s+/),
);

/** Crude English suffix folding: enough for "halts", "halted" and "halting" to meet. */
export function foldWord(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  return w;
}

/** Topic words of a text: lower-case, no stop words or short numbers, suffixes folded. */
export function topicWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  return words.filter((w) => w.length > 1 && !STOP_WORDS.has(w)).map(foldWord);
}

export type SparseVector = Map<string, number>;

/** Title words count double: headlines name the story, ledes tell it. */
export function storyTerms(title: string, lede: string, ledeWords = 45): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of topicWords(title)) tf.set(w, (tf.get(w) ?? 0) + 2);
  for (const w of topicWords(lede).slice(0, ledeWords)) tf.set(w, (tf.get(w) ?? 0) + 1);
  return tf;
}

/**
 * Unit-length TF-IDF vectors for a batch of term-frequency maps. `minDocs` counts a small batch
 * as at least that many documents (the others sharing none of its terms), so two documents
 * alone do not make every shared term look common.
 */
export function tfidfVectors(docs: readonly Map<string, number>[], minDocs = 0): SparseVector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(docs.length, minDocs);
  return docs.map((d) => {
    const v: SparseVector = new Map();
    let norm = 0;
    for (const [t, f] of d) {
      const w = Math.sqrt(f) * Math.log(1 + n / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}
