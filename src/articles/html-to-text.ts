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

/** The first sentences of `text` up to about `maxChars`, cut at a sentence or word end. */
export function leadText(text: string, maxChars = 320): string {
  const first = text.split('\n\n')[0] ?? '';
  if (first.length <= maxChars) return first;
  const sentences = first.match(/[^.!?]+[.!?]+["'”’)]*\s*/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if ((out + s).length > maxChars) break;
    out += s;
  }
  if (out.trim()) return out.trim();
  const cut = first.slice(0, maxChars - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}
