/**
 * Remote text (page titles, feed and item titles, author names, article text) may carry
 * terminal escape sequences (window title, clear screen, OSC 52 clipboard writes), other
 * C0/C1 control characters and bidi overrides that reorder what a reader sees. They are
 * removed where the text enters, so no renderer has to remember.
 */

// ESC/CSI-introduced sequences first, whole: OSC and DCS/SOS/PM/APC strings up to their
// terminator (BEL or ST), CSI with its parameters, then any other two-character escape.
const ESCAPE_SEQUENCES = new RegExp(
  [
    '(?:\\u001b\\]|\\u009d)[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '(?:\\u001b[PX^_]|[\\u0090\\u0098\\u009e\\u009f])[^\\u001b\\u009c]*(?:\\u001b\\\\|\\u009c)?',
    '(?:\\u001b\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]?',
    '\\u001b[\\u0020-\\u002f]*[\\u0030-\\u007e]?',
  ].join('|'),
  'g',
);
/** C0 except tab and newline, DEL, C1; the bidi embeddings, overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text with every control character and escape sequence removed; tabs and newlines kept. */
export function stripControl(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** One line of remote text (a title, a name): controls removed, whitespace runs made one space. */
export function cleanLine(text: string): string {
  return stripControl(text).replace(/\s+/g, ' ').trim();
}

/** `cleanLine` for an optional value; empty becomes undefined. */
export function cleanOptionalLine(text: string | null | undefined): string | undefined {
  return text ? cleanLine(text) || undefined : undefined;
}
