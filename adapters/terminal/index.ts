import { createInterface } from 'node:readline';
import type { RunningAdapter } from '../../src/core/adapter.js';
import { handle } from '../../src/handler/handle.js';
import { parseCommand } from '../../src/handler/parse-command.js';
import type { CommandContext, HandlerDeps, Reply } from '../../src/handler/types.js';
import { renderReply } from '../../src/render/render-text.js';

/** The terminal is one channel. */
export const TERMINAL_CHANNEL = 'terminal';

export interface TerminalOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly deps: HandlerDeps;
  /** Show a prompt (when a person is typing); scripted input gets none. */
  readonly interactive: boolean;
  /** Extra commands the host offers (e.g. a simulated morning); return undefined when not one. */
  readonly extra?: (line: string) => Promise<Reply | undefined>;
}

const PROMPT = 'news> ';

/** Reads `/news …` commands line by line, answers each through the shared handler, until EOF or `exit`. */
export async function runTerminal(options: TerminalOptions): Promise<void> {
  const { input, output, deps, interactive } = options;
  const ctx: CommandContext = { platform: 'terminal', channelId: TERMINAL_CHANNEL };
  const rl = createInterface({ input, terminal: false });
  const write = (s: string) => output.write(`${s}\n`);
  if (interactive) {
    write('Type /news help for commands, exit to leave.');
    output.write(PROMPT);
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === 'exit' || line === 'quit') break;
    if (line !== '') {
      const reply = (await extraReply(options.extra, line)) ?? (await answerLine(line, ctx, deps));
      write(renderReply(reply));
      write('');
    }
    if (interactive) output.write(PROMPT);
  }
  rl.close();
}

/** A host command that fails (a store error, say) is reported like any error; the session goes on. */
async function extraReply(
  extra: TerminalOptions['extra'],
  line: string,
): Promise<Reply | undefined> {
  try {
    return await extra?.(line);
  } catch (e) {
    return {
      kind: 'error',
      code: 'internal',
      message: `That failed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

async function answerLine(line: string, ctx: CommandContext, deps: HandlerDeps): Promise<Reply> {
  const parsed = parseCommand(line, { allowFiles: true });
  if (!parsed.ok) return { kind: 'error', code: parsed.error.code, message: parsed.error.message };
  return handle(parsed.value, ctx, deps);
}

/** Lets briefings post to the terminal like to any platform channel. */
export function terminalPoster(output: NodeJS.WritableStream): RunningAdapter {
  return {
    platform: 'terminal',
    async post(_channelId, reply) {
      output.write(`${renderReply(reply)}\n\n`);
    },
    async stop() {},
  };
}
