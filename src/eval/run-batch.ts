import { readJsonl } from './dataset.js';
import { type Points, pointsProblem } from './points.js';
import { newsbriefSummary } from './systems.js';

export interface BatchOptions {
  /** JSONL with `id`, `text` and optionally `title` (and `reference_sentences` for 'ref'). */
  readonly dataPath: string;
  /** Key points per article; 'ref' = the article's number of reference sentences. */
  readonly points?: Points;
  readonly out: (line: string) => void;
  /** Where problems go; defaults to `out`. */
  readonly err?: (line: string) => void;
}

/**
 * `newsbrief summarize --batch FILE.jsonl [--points N|ref]`: one JSON line per article,
 * `{ "id", "lede", "keyPoints": [{ "label", "text" }] }`, or `{ "id", "error": { code, message } }`
 * for an article that cannot be summarized. Exit code 0 when every article was summarized,
 * 1 when the file is missing or unreadable or any article failed.
 */
export async function runBatch({
  dataPath,
  points,
  out,
  err = out,
}: BatchOptions): Promise<number> {
  const badPoints = pointsProblem(points, '--points');
  if (badPoints) {
    err(badPoints);
    return 1;
  }
  const rows = readJsonl(dataPath);
  if (!rows.ok) {
    err(rows.message);
    return 1;
  }
  let failed = 0;
  for (const [i, row] of rows.value.entries()) {
    const id = typeof row.id === 'string' || typeof row.id === 'number' ? row.id : i + 1;
    const text = typeof row.text === 'string' ? row.text : '';
    const title = typeof row.title === 'string' ? row.title : undefined;
    let n: number | undefined;
    if (points === 'ref') {
      const refs = row.reference_sentences;
      if (!Array.isArray(refs) || refs.length === 0) {
        failed++;
        out(
          JSON.stringify({
            id,
            error: {
              code: 'bad_command',
              message: '--points ref needs "reference_sentences" on every line',
            },
          }),
        );
        continue;
      }
      n = refs.length;
    } else n = points;
    const r = newsbriefSummary({ text, title }, n);
    if (r.ok) {
      const keyPoints = r.value.keyPoints.map((p) => ({ label: p.label, text: p.text }));
      out(JSON.stringify({ id, lede: r.value.lede, keyPoints }));
    } else {
      failed++;
      out(JSON.stringify({ id, error: r.error }));
    }
  }
  return failed === 0 ? 0 : 1;
}
