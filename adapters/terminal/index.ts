import { createInterface } from 'node:readline';
import type { RunningAdapter } from '../../src/core/adapter.js';
import { handle } from '../../src/handler/handle.js';
import { parseCommand } from '../../src/handler/parse-command.js';
import { MORE_TITLE_PREFIX } from '../../src/handler/summary-reply.js';
import type { Command, CommandContext, HandlerDeps, Reply } from '../../src/handler/types.js';
import { renderReply } from '../../src/render/render-text.js';
import { asThreadReply, formatForTerminal, type TerminalLook, THREAD_INDENT } from './format.js';
import { BRACKETED_PASTE_OFF, BRACKETED_PASTE_ON, readInputs } from './read-inputs.js';

export { formatForTerminal, type TerminalLook } from './format.js';

/** The terminal is one channel. */
export const TERMINAL_CHANNEL = 'terminal';

export interface TerminalOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly deps: HandlerDeps;
  /**
   * A person at a terminal: line editing, history (↑/↓), a prompt and bracketed paste.
   * Scripted input (a pipe, a file) gets none of them.
   */
  readonly interactive: boolean;
  /** Wrapping and colour (default: neither). */
  readonly look?: TerminalLook;
  /** Extra commands the host offers (e.g. a simulated morning); return undefined when not one. */
  readonly extra?: (line: string) => Promise<Reply | undefined>;
  /** Help lines for those extra commands, added to `/news help`. */
  readonly extraHelp?: readonly string[];
}

const PROMPT = 'news> ';
const CONTINUE_PROMPT = '…   > ';

/** What the terminal adds to the shared help. */
export function terminalHelp(extraHelp: readonly string[] = []): string {
  return [
    '',
    '',
    'In this terminal:',
    '• /news summarize path/to/story.txt: a local file',
    ...extraHelp.map((l) => `• ${l}`),
    '• Paste an article (any number of lines) and press Enter: it is summarized as one input (bracketed paste). Or end a line with \\ to continue it on the next.',
    '• ↑/↓ bring back earlier commands; exit, quit or Ctrl-D leaves',
  ].join('\n');
}

/** Reads `/news …` commands, answers each through the shared handler, until EOF or `exit`. */
export async function runTerminal(options: TerminalOptions): Promise<void> {
  const { input, output, deps, interactive } = options;
  const look = options.look ?? { color: false };
  const ctx: CommandContext = { platform: 'terminal', channelId: TERMINAL_CHANNEL };
  const rl = createInterface({
    input,
    ...(interactive ? { output, prompt: PROMPT, historySize: 500 } : {}),
    terminal: interactive,
    removeHistoryDuplicates: true,
  });
  const write = (s: string) => output.write(`${s}\n`);
  const inputs = readInputs(rl, interactive ? input : undefined, {
    onContinue: () => {
      if (!interactive) return;
      rl.setPrompt(CONTINUE_PROMPT);
      rl.prompt(true);
    },
  });
  if (interactive) {
    output.write(BRACKETED_PASTE_ON);
    write('Type /news help for commands, exit to leave.');
    rl.prompt();
  }
  try {
    for await (const text of inputs) {
      const line = text.trim();
      if (line === 'exit' || line === 'quit') break;
      if (line !== '') {
        const hosted = await extraReply(options.extra, line);
        const answer = hosted ? { reply: hosted, help: false } : await answerInput(line, ctx, deps);
        const help = answer.help ? terminalHelp(options.extraHelp) : '';
        const about = threadOf(answer.reply);
        write(
          about
            ? asThreadReply(
                formatForTerminal(renderReply(answer.reply), narrower(look)),
                about,
                look,
              )
            : formatForTerminal(`${renderReply(answer.reply)}${help}`, look),
        );
        write('');
      }
      if (interactive) {
        rl.setPrompt(PROMPT);
        rl.prompt();
      }
    }
  } finally {
    if (interactive) output.write(`${BRACKETED_PASTE_OFF}\n`); // Ctrl-D leaves a clean line
    rl.close();
  }
}

/**
 * The title of the summary a reply follows up (ask, more, quotes answer in its thread),
 * or undefined for a reply of its own.
 */
function threadOf(reply: Reply): string | undefined {
  switch (reply.kind) {
    case 'answer':
    case 'quotes':
      return reply.title;
    case 'summary':
      return reply.title.startsWith(MORE_TITLE_PREFIX)
        ? reply.title.slice(MORE_TITLE_PREFIX.length)
        : undefined;
    default:
      return undefined;
  }
}

function narrower(look: TerminalLook): TerminalLook {
  return look.width ? { ...look, width: Math.max(20, look.width - THREAD_INDENT) } : look;
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

/**
 * One input: a command, or (several lines that are not one) a pasted article to summarize.
 * `help`: the reply is the help text (asked for, or after a command it did not know).
 */
async function answerInput(
  text: string,
  ctx: CommandContext,
  deps: HandlerDeps,
): Promise<{ reply: Reply; help: boolean }> {
  const parsed = parseCommand(text, { allowFiles: true });
  if (!parsed.ok)
    return {
      reply: { kind: 'error', code: parsed.error.code, message: parsed.error.message },
      help: false,
    };
  const command: Command =
    parsed.value.kind === 'help' && parsed.value.problem && text.includes('\n')
      ? { kind: 'summarize', input: { type: 'text', text } }
      : parsed.value;
  return { reply: await handle(command, ctx, deps), help: command.kind === 'help' };
}

/** Lets briefings post to the terminal like to any platform channel. */
export function terminalPoster(
  output: NodeJS.WritableStream,
  look: TerminalLook = { color: false },
): RunningAdapter {
  return {
    platform: 'terminal',
    async post(_channelId, reply) {
      output.write(`${formatForTerminal(renderReply(reply), look)}\n\n`);
    },
    async stop() {},
  };
}
