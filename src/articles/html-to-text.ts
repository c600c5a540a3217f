import { parseHTML } from 'linkedom';
import { stripControl } from '../core/strip-control.js';

const BLOCK_TAGS =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|figure|figcaption|tr)\b[^>]*>/gi;

/** Plain text of an HTML fragment (feed descriptions and content), paragraphs kept as blank lines. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return tidy(html);
  const marked = html.replace(BLOCK_TAGS, '\n\n');
  const { document } = parseHTML(`<!doctype html><html><body>${marked}</body></html>`);
  for (const el of document.querySelectorAll('script, style, noscript, iframe')) el.remove();
  return tidy(document.body?.textContent ?? '');
}

/** Paragraphs kept, whitespace runs made one space, control characters and escapes removed. */
function tidy(text: string): string {
  return stripControl(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

export { leadText } from './lead-text.js';
