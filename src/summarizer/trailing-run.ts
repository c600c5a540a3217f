/**
 * The run of characters at the end of `s` that `charClass` (a one-character pattern such as
 * /^[\p{L}\p{N}]$/u) accepts: what the end-anchored /[…]+$/u would match, found by stepping
 * back from the end, because an end-anchored pattern is retried from every position of `s`.
 * A letter outside the BMP (a surrogate pair) is one character. `ascii`, when given, decides
 * ASCII characters without the pattern (it must agree with it).
 */
export function trailingRun(
  s: string,
  charClass: RegExp,
  ascii?: (code: number) => boolean,
): string {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (ascii && c < 0x80) {
      if (!ascii(c)) break;
      i--;
      continue;
    }
    const pair =
      i > 1 &&
      c >= 0xdc00 &&
      c <= 0xdfff &&
      s.charCodeAt(i - 2) >= 0xd800 &&
      s.charCodeAt(i - 2) <= 0xdbff;
    const j = pair ? i - 2 : i - 1;
    if (!charClass.test(s.slice(j, i))) break;
    i = j;
  }
  return s.slice(i);
}
