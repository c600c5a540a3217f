import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { waitFor } from '../slack/fake-slack.js';
import { testDatabaseUrl } from '../store/support/stores.js';
import { cli, root } from './run-cli.js';

/** A free TCP port on 127.0.0.1 (for the app to listen on). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface ServeProcess {
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null when a signal ended it: see `howItEnded`). */
  readonly exited: Promise<number | null>;
  /** 'exit 0', 'signal SIGABRT' …, with the last output: for an assertion's message. */
  howItEnded(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * `node dist/src/cli.js` (no arguments: serves when tokens are set), until it logs "serving"
 * (or, with `readyUrl`, until that URL answers 200: for a log level that hides "serving").
 */
export async function startServe(
  env: Record<string, string>,
  readyUrl?: string,
): Promise<ServeProcess> {
  const child = spawn(process.execPath, [cli], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: testDatabaseUrl(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (c) => {
    out += String(c);
  });
  child.stderr?.on('data', (c) => {
    out += String(c);
  });
  let ended = 'still running';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = code === null ? `signal ${signal}` : `exit ${code}`;
      resolve(code);
    }),
  );
  let answered = false;
  const poll = readyUrl
    ? setInterval(() => {
        fetch(readyUrl).then(
          (r) => {
            answered ||= r.ok;
          },
          () => {},
        );
      }, 50)
    : undefined;
  await waitFor(
    'the app to serve',
    () => (readyUrl ? answered : /serving: /.test(out)) || child.exitCode !== null,
    15_000,
  ).finally(() => clearInterval(poll));
  if (child.exitCode !== null) throw new Error(`serve exited ${child.exitCode}: ${out}`);
  return {
    child,
    output: () => out,
    exited,
    howItEnded: () => `${ended}; last output: ${out.slice(-2000)}`,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
