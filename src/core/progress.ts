/** Tells a person at a terminal how long work is going; silent everywhere else. */
export interface Progress {
  /** The current stage, and how far into it (done of total) when that is known. */
  update(stage: string, done?: number, total?: number): void;
  /** Clears the progress line (call before printing results). */
  end(): void;
}

export const NO_PROGRESS: Progress = { update() {}, end() {} };

export interface ProgressOptions {
  /** Show nothing before this much work has passed (quick commands print no progress). */
  readonly afterMs?: number;
  /** At most one redraw this often. */
  readonly everyMs?: number;
  readonly now?: () => number;
}

/**
 * One line on `stream`, redrawn in place ("eval: scoring TextRank 812/1,836"), only when the
 * stream is a terminal and only once the work has taken a second. Results go to stdout; this
 * goes to stderr, so a pipe or a file never sees it.
 */
export function terminalProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  options: ProgressOptions = {},
): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  const { afterMs = 1000, everyMs = 100, now = Date.now } = options;
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(stage, done, total) {
      const t = now();
      if (t - started < afterMs || (t - last < everyMs && done !== total)) return;
      last = t;
      shown = true;
      const count =
        done === undefined
          ? ''
          : ` ${done.toLocaleString('en')}${total === undefined ? '' : `/${total.toLocaleString('en')}`}`;
      const seconds = Math.round((t - started) / 1000);
      stream.write(`\r\x1b[K${label}: ${stage}${count} (${seconds} s)`);
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
