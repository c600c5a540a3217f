import { TextDecoder } from 'node:util';
import type { FetchedPage } from './safe-fetch.js';

/**
 * The body as text, in the charset the server declared (Content-Type, then an HTML
 * <meta charset> or the XML declaration), UTF-8 when none is given or it is unknown.
 */
export function bodyText(page: FetchedPage): string {
  const label = charsetOf(page.headers['content-type'] ?? '') ?? sniffCharset(page.body);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(page.body);
}

/** The media type of a Content-Type header, lower-case without parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function charsetOf(contentType: string): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
}

function sniffCharset(body: Buffer): string | undefined {
  const head = body.subarray(0, 1024).toString('latin1');
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1]
  );
}
