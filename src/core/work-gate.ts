import type { Reply } from '../handler/types.js';

/**
 * What adapters see of the graceful stop: whether new commands are still taken, and a way
 * to run acknowledged work so the stop waits for it.
 */
export interface WorkGate {
  /** False once the process is stopping: answer new commands with STOPPING_REPLY. */
  readonly open: boolean;
  /** Runs work that was acknowledged to a user; a stop waits for it (up to its limit). */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** The owner's side: close the gate, then wait for the work in flight. */
export interface ClosableWorkGate extends WorkGate {
  /** Work running now. */
  readonly active: number;
  /** Stops taking new work. */
  close(): void;
  /** Waits until no work is running or `timeoutMs` passes; says how much is still running. */
  drain(timeoutMs: number): Promise<{ readonly unfinished: number }>;
}

export const STOPPING_MESSAGE = 'newsbrief is restarting. Please try again in a minute.';

/** What a command that arrives while the bot is stopping gets. */
export const STOPPING_REPLY: Reply = { kind: 'error', code: 'stopping', message: STOPPING_MESSAGE };

/** A gate that is always open and waits for nothing (tests, one-off commands). */
export const OPEN_GATE: WorkGate = { open: true, run: (work) => work() };

export function createWorkGate(): ClosableWorkGate {
  let open = true;
  const running = new Set<Promise<unknown>>();
  return {
    get open() {
      return open;
    },
    get active() {
      return running.size;
    },
    run(work) {
      const p = work();
      const settled = p.then(
        () => undefined,
        () => undefined,
      );
      running.add(settled);
      void settled.then(() => running.delete(settled));
      return p;
    },
    close() {
      open = false;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      const allDone = (async () => {
        while (running.size > 0) await Promise.all([...running]);
      })();
      await Promise.race([allDone, timeout]);
      clearTimeout(timer);
      return { unfinished: running.size };
    },
  };
}
