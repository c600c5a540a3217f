import { readFile, stat } from 'node:fs/promises';
import { err, type Result } from '../core/result.js';
import { stripControl } from '../core/strip-control.js';
import type { Article } from '../summarizer/types.js';
import { validateArticleText } from '../summarizer/validate.js';

/** Files larger than this are refused before reading: an article is a few tens of kilobytes. */
export const MAX_FILE_BYTES = 2_000_000;

/** Reads an article from a local file ("-" is standard input), with clear errors for what cannot be one. */
export async function readArticleFile(
  path: string,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<Result<Article>> {
  let raw: Buffer;
  if (path === '-') {
    raw = await readCapped(stdin, MAX_FILE_BYTES + 1);
  } else {
    try {
      const info = await stat(path);
      if (!info.isFile())
        return err(
          'file_not_found',
          `${path} is not a file; give the path of a text file with the article.`,
        );
      if (info.size > MAX_FILE_BYTES) return tooLarge(path, info.size);
      raw = await readFile(path);
    } catch {
      return err('file_not_found', `Cannot read ${path}: no such file. Check the path.`);
    }
  }
  if (raw.length > MAX_FILE_BYTES) return tooLarge(path, raw.length);
  if (raw.includes(0))
    return err(
      'binary_input',
      `${path === '-' ? 'The input' : path} is a binary file, not text; save the article as plain text.`,
    );
  const text = raw.toString('utf8');
  const valid = validateArticleText(text);
  if (!valid.ok) return valid;
  // A saved page can carry terminal escapes; the summary of it is printed to a terminal.
  return { ok: true, value: { text: stripControl(text) } };
}

function tooLarge(path: string, bytes: number): Result<never> {
  return err(
    'too_large',
    `${path === '-' ? 'The input' : path} is ${(bytes / 1e6).toFixed(1)} MB; newsbrief reads articles up to ${MAX_FILE_BYTES / 1e6} MB. Give it one article at a time.`,
  );
}

async function readCapped(stream: NodeJS.ReadableStream, cap: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(b);
    size += b.length;
    if (size >= cap) break;
  }
  return Buffer.concat(chunks);
}
