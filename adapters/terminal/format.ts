import { styleText } from 'node:util';
import wrapAnsi from 'wrap-ansi';

export interface TerminalLook {
  /** Wrap lines to this many columns at word boundaries; undefined: leave lines whole (a pipe). */
  readonly width?: number | undefined;
  /** ANSI colour (a TTY without NO_COLOR). */
  readonly color: boolean;
}

type Style = Parameters<typeof styleText>[0];

/**
 * Makes a rendered reply (src/render/render-text.ts) pleasant on a terminal: colour for the
 * title, headings, point labels and errors, then each line wrapped to the width at word
 * boundaries, continuation lines indented under the text of a bullet or quote.
 */
export function formatForTerminal(text: string, look: TerminalLook): string {
  const lines = text.split('\n');
  const styled = look.color ? colorLines(lines) : lines;
  if (!look.width) return styled.join('\n');
  const width = Math.max(20, look.width - 1);
  return styled.map((line, i) => wrapLine(line, lines[i] ?? '', width)).join('\n');
}

/** The plain line decides the hanging indent: "  • ", "  “", "   " keep the text aligned. */
function wrapLine(line: string, plain: string, width: number): string {
  const indent = /^(\s*(?:[•\-*]\s+|\d+\.\s+|“)?)/.exec(plain)?.[1]?.length ?? 0;
  const hang = indent < width / 2 ? indent : 0;
  const wrapped = wrapAnsi(line, width - hang, { hard: true, trim: false }).split('\n');
  return wrapped
    .map((part, i) => (i === 0 ? part : `${' '.repeat(hang)}${part.replace(/^\s+/, '')}`))
    .join('\n');
}

// Whether to colour is decided by the caller (TTY, NO_COLOR), not by styleText's own stream check.
const paint = (style: Style, s: string) => styleText(style, s, { validateStream: false });

function colorLines(lines: readonly string[]): string[] {
  return lines.map((line, i) => {
    const next = lines[i + 1] ?? '';
    if (/^=+$/.test(next) && line.trim() !== '') return paint('bold', line); // the title
    if (/^=+$/.test(line)) return paint('dim', line);
    if (/^(Key points|Quotes|Quotes from .*):$/.test(line))
      return paint(['bold', 'underline'], line);
    if (line.startsWith('Error: ')) return paint('red', line);
    if (/^Q: /.test(line)) return paint('bold', line);
    const point = /^(\s*• )([^:]{1,80}):( .*)$/.exec(line);
    if (point) return `${point[1]}${paint(['bold', 'cyan'], `${point[2]}:`)}${point[3]}`;
    const quote = /^(\s*“.*”)( — .*)$/.exec(line);
    if (quote) return `${quote[1]}${paint('dim', quote[2] ?? '')}`;
    if (/^(Summarized from |Source: |From: )/.test(line)) return paint('dim', line);
    return line;
  });
}

/** Columns a thread reply's prefix takes. */
export const THREAD_INDENT = 4;

/**
 * A follow-up (ask, more, quotes) shown as a reply in the thread of the summary it is about:
 * a line naming it, then the reply indented under a bar. `text` is formatted already (for a
 * width THREAD_INDENT narrower).
 */
export function asThreadReply(text: string, about: string, look: TerminalLook): string {
  const bar = look.color ? paint('dim', '  │ ') : '  │ ';
  const head = `  ↳ in the thread of “${about}”`;
  return [
    look.color ? paint('dim', head) : head,
    ...text.split('\n').map((line) => (line ? `${bar}${line}` : bar.trimEnd())),
  ].join('\n');
}
