import type { Interface } from 'node:readline';

/** Turns bracketed paste on in the terminal (its pasted text arrives between markers). */
export const BRACKETED_PASTE_ON = '\x1b[?2004h';
export const BRACKETED_PASTE_OFF = '\x1b[?2004l';

export interface InputEvents {
  /** Called when a line ends in `\` or a paste is under way: the next prompt continues it. */
  readonly onContinue?: () => void;
}

/**
 * The inputs a person (or a script) gives, one per command, from readline's lines:
 * - a line ending in `\` continues on the next line (any terminal, and scripts);
 * - text pasted between bracketed-paste markers (`paste-start` / `paste-end` keypresses,
 *   when the terminal has bracketed paste on) is one input with the line typed after it,
 *   however many lines it has.
 * The lines of one input are joined with newlines.
 */
export function readInputs(
  rl: Interface,
  keypresses: NodeJS.EventEmitter | undefined,
  events: InputEvents = {},
): AsyncIterable<string> {
  const ready: string[] = [];
  let waiting: ((r: IteratorResult<string>) => void) | undefined;
  let closed = false;
  let pasting = false;
  let parts: string[] = [];

  const emit = (text: string) => {
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w({ value: text, done: false });
    } else ready.push(text);
  };
  const finish = () => {
    parts.push('');
    const text = parts.join('\n').replace(/\n+$/, '');
    parts = [];
    emit(text);
  };

  keypresses?.on('keypress', (_: unknown, key: { name?: string } | undefined) => {
    if (key?.name === 'paste-start') pasting = true;
    else if (key?.name === 'paste-end') {
      pasting = false;
      events.onContinue?.();
    }
  });
  rl.on('line', (line: string) => {
    if (pasting) {
      parts.push(line);
      return;
    }
    if (line.endsWith('\\')) {
      parts.push(line.slice(0, -1));
      events.onContinue?.();
      return;
    }
    parts.push(line);
    finish();
  });
  rl.on('close', () => {
    if (parts.some((p) => p.trim() !== '')) finish();
    closed = true;
    if (waiting) waiting({ value: undefined, done: true });
  });

  return {
    [Symbol.asyncIterator]: () => ({
      next: () =>
        new Promise<IteratorResult<string>>((resolve) => {
          const text = ready.shift();
          if (text !== undefined) resolve({ value: text, done: false });
          else if (closed) resolve({ value: undefined, done: true });
          else waiting = resolve;
        }),
    }),
  };
}
