/** The first sentences of `text` up to about `maxChars`, cut at a sentence or word end. */
export function leadText(text: string, maxChars = 320): string {
  const first = text.split('\n\n')[0] ?? '';
  if (first.length <= maxChars) return first;
  const sentences = first.match(/[^.!?。！？]+[.!?。！？]+["'”’)」]*\s*/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if ((out + s).length > maxChars) break;
    out += s;
  }
  if (out.trim()) return out.trim();
  const cut = first.slice(0, maxChars - 1);
  // Cut at a word end; text without spaces (Chinese, Japanese, Thai) at a character.
  const space = cut.lastIndexOf(' ');
  return `${space > maxChars / 2 ? cut.slice(0, space) : cut}…`;
}
