import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bodyText } from '../../articles/decode-body.js';

/** One page of the extraction benchmark (../shared/eval/extraction/README.md). */
export interface BenchmarkPage {
  readonly id: string;
  /** The page's original address: the base URL for parsing, never fetched. */
  readonly url: string;
  readonly html: string;
  /** The article body people marked. */
  readonly truth: string;
}

export const DEFAULT_EXTRACTION_DIR = '../shared/eval/extraction';

export type LoadedPages = { ok: true; pages: BenchmarkPage[] } | { ok: false; message: string };

/** Reads ground-truth.json and html/<id>.html.gz, decoded in the charset each page declares. */
export function loadBenchmarkPages(dir: string): LoadedPages {
  const abs = resolve(dir);
  const truthFile = join(abs, 'ground-truth.json');
  if (!existsSync(truthFile) || !existsSync(join(abs, 'html')))
    return {
      ok: false,
      message: `Extraction data not found: expected ${truthFile} and ${join(abs, 'html')}/. The benchmark pages live in ${DEFAULT_EXTRACTION_DIR}/ beside the repo (run from the repo root), or pass --data DIR.`,
    };
  let truth: Record<string, { articleBody?: unknown; url?: unknown }>;
  try {
    truth = JSON.parse(readFileSync(truthFile, 'utf8'));
  } catch (e) {
    return { ok: false, message: `${truthFile}: not JSON (${(e as Error).message})` };
  }
  const files = new Set(readdirSync(join(abs, 'html')));
  const pages: BenchmarkPage[] = [];
  for (const [id, g] of Object.entries(truth)) {
    const file = `${id}.html.gz`;
    if (!files.has(file)) return { ok: false, message: `${join(abs, 'html', file)} is missing` };
    if (typeof g.url !== 'string')
      return { ok: false, message: `${truthFile}: page ${id} has no "url"` };
    const body = gunzipSync(readFileSync(join(abs, 'html', file)));
    pages.push({
      id,
      url: g.url,
      html: bodyText({ url: g.url, status: 200, headers: {}, body }),
      truth: typeof g.articleBody === 'string' ? g.articleBody : '',
    });
  }
  return { ok: true, pages };
}
