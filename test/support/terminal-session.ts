import { PassThrough } from 'node:stream';
import { runTerminal, type TerminalOptions } from '../../adapters/terminal/index.js';
import { readArticleFile } from '../../src/articles/read-file.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';

export type SessionOptions = Partial<
  Pick<TerminalOptions, 'interactive' | 'look' | 'extra' | 'extraHelp'>
>;

/**
 * A terminal session (offline: links fail): `chunks` are typed one after another, a little
 * apart as a person would; returns everything it printed. Scripted (not interactive) unless
 * asked.
 */
export async function terminalSession(
  chunks: readonly string[],
  options: SessionOptions = {},
): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c) => {
    printed += String(c);
  });
  const done = runTerminal({
    input,
    output,
    interactive: options.interactive ?? false,
    ...(options.look ? { look: options.look } : {}),
    ...(options.extra ? { extra: options.extra } : {}),
    ...(options.extraHelp ? { extraHelp: options.extraHelp } : {}),
    deps: {
      fetchArticle: async () => ({
        ok: false,
        error: { code: 'fetch_failed', message: 'offline' },
      }),
      readArticleFile: (p) => readArticleFile(p),
      memory: createInMemoryChannelMemory(),
      now: () => new Date(),
    },
  });
  for (const c of chunks) {
    input.write(c);
    await new Promise((r) => setTimeout(r, 30));
  }
  input.end();
  await done;
  return printed;
}
