import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from '../core/package-root.js';

/** One line of an eval file (../shared/eval/README.md). */
export interface EvalArticle {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  readonly reference: string;
  readonly referenceSentences: readonly string[];
}

/** The eval files live beside the repo, never inside it. */
export const DEFAULT_DATA_DIR = '../shared/eval';
export const EVAL_FILES = ['cnndm-validation.jsonl', 'bbc-dev.jsonl'] as const;

/**
 * Where an eval file is expected: `../shared/eval/<file>` beside the current folder (the repo
 * root, usually), else beside the package folder: the first that exists, or the package's
 * when neither does, so a command run from `/` never looks in `/shared`.
 */
export function defaultDataPath(
  file: string,
  cwd = process.cwd(),
  packageDir: string = packageRoot(),
): string {
  const fromCwd = resolve(cwd, DEFAULT_DATA_DIR, file);
  return existsSync(fromCwd) ? fromCwd : resolve(packageDir, DEFAULT_DATA_DIR, file);
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads JSONL lines as objects; a missing file or a bad line is a message that says where. */
export function readJsonl(path: string): Loaded<Record<string, unknown>[]> {
  const abs = resolve(path);
  if (!existsSync(abs)) {
    return {
      ok: false,
      message: `Data file not found: expected it at ${abs}. The eval data lives in ${DEFAULT_DATA_DIR}/ beside the repo (run from the repo root), or pass an explicit path.`,
    };
  }
  const rows: Record<string, unknown>[] = [];
  const lines = readFileSync(abs, 'utf8').split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      const row: unknown = JSON.parse(line);
      if (typeof row !== 'object' || row === null || Array.isArray(row))
        throw new Error('not an object');
      rows.push(row as Record<string, unknown>);
    } catch (e) {
      return { ok: false, message: `${abs}:${i + 1}: not a JSON object (${(e as Error).message})` };
    }
  }
  return { ok: true, value: rows };
}

/** Reads an eval file and checks each line has the fields scoring needs. */
export function readEvalFile(path: string): Loaded<EvalArticle[]> {
  const rows = readJsonl(path);
  if (!rows.ok) return rows;
  const out: EvalArticle[] = [];
  for (const [i, r] of rows.value.entries()) {
    const refs = r.reference_sentences;
    if (
      typeof r.text !== 'string' ||
      !Array.isArray(refs) ||
      !refs.every((s): s is string => typeof s === 'string')
    ) {
      return {
        ok: false,
        message: `${resolve(path)}: article ${i + 1} needs "text" (string) and "reference_sentences" (array of strings)`,
      };
    }
    out.push({
      id: typeof r.id === 'string' ? r.id : String(i + 1),
      title: typeof r.title === 'string' ? r.title : null,
      text: r.text,
      reference: typeof r.reference === 'string' ? r.reference : refs.join(' '),
      referenceSentences: refs,
    });
  }
  return { ok: true, value: out };
}
