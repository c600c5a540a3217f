#!/usr/bin/env node
// The newsbrief command line: the composition root. Every module beyond Node's own loads
// only for the subcommand that needs it (commander, zod, the summarizer, adapters, the
// store, evaluation), so a one-article summary costs little beyond the summary itself
// (`npm run bench:startup` measures it against bare Node; the goal is 100 ms).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { ExtractedArticle } from './articles/extract-html.js';
import type { Config } from './config.js';
import { nodeVersionProblem } from './core/node-version.js';
import { packageRoot, SAMPLE_ARTICLE } from './core/package-root.js';
import type { Result } from './core/result.js';

/**
 * The summarizer's cap on key points, MAX_POINTS in src/summarizer/summarize.ts (not imported:
 * that would load the summarizer for --help; a test checks that `summarize --help` offers it).
 */
const MAX_POINTS = 10;

/** Exit codes (README, "Exit codes"): 0 done, 1 failed, 2 usage error, 3 the article does not say. */
export const EXIT = { failure: 1, usage: 2, notSaid: 3 } as const;

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

const fail = (message: string, code: number = EXIT.failure): never => {
  process.stderr.write(`newsbrief: ${message}\n`);
  process.exit(code);
};

/** An option's value, or what is wrong with it. */
type Checked<T> = { readonly value: T } | { readonly problem: string };

function checkPoints(value: string): Checked<number> {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_POINTS
    ? { value: n }
    : { problem: `must be a whole number from 1 to ${MAX_POINTS}` };
}

function checkPositive(value: string): Checked<number> {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1
    ? { value: n }
    : { problem: 'must be a positive whole number' };
}

function checkPointsOrRef(value: string): Checked<number | 'ref'> {
  if (value === 'ref') return { value: 'ref' };
  const n = Number(value);
  return Number.isInteger(n) && n >= 1
    ? { value: n }
    : { problem: 'must be a positive whole number or "ref"' };
}

/** The value of a checked option, or a usage error (exit 2) naming the option. */
function valueOr<T>(option: string, checked: Checked<T>): T {
  return 'value' in checked ? checked.value : fail(`${option} ${checked.problem}`, EXIT.usage);
}

const packageVersion = (): string =>
  (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string })
    .version;

/** Reads the configuration (zod loads here, only for the commands that need it). */
async function config(): Promise<Config> {
  const { loadConfig } = await import('./config.js');
  try {
    // A local .env (see .env.example) fills in variables the shell did not set.
    if (existsSync('.env')) process.loadEnvFile('.env');
    return loadConfig();
  } catch (e) {
    return configFailure(e);
  }
}

/** A ConfigError (bad variable, unusable DATABASE_URL) is a one-line exit 2, not a stack trace. */
function configFailure(e: unknown): never {
  if (e instanceof Error && e.name === 'ConfigError') return fail(e.message, EXIT.usage);
  throw e;
}

/** A web page (http/https), through the same safe fetch as chat. */
async function fetchArticle(source: string): Promise<Result<ExtractedArticle>> {
  const cfg = await config();
  const { createArticleFetcher } = await import('./articles/fetch-article.js');
  const { consoleLogger } = await import('./core/adapter.js');
  // A refused address is explained (resolved address, FETCH_ALLOW_HOSTS) on stderr.
  return createArticleFetcher({ ...cfg.fetch, log: consoleLogger })(source);
}

async function summarizeFile(
  source: string,
  opts: { points: number; format: Format },
): Promise<void> {
  const once = await summarizeOnceModule();
  // A file, standard input ("-"), or a web page.
  const read = /^https?:\/\//i.test(source)
    ? await fetchArticle(source)
    : await once.readArticleFile(source);
  if (!read.ok) return fail(read.error.message);
  const out = once.summarizeOnce(read.value, opts);
  if (!out.ok) return fail(out.error.message);
  process.stdout.write(`${out.value}\n`);
}

/**
 * The summarize command's code: from the build's bundle with its V8 code cache (core/bundle.ts)
 * when there is a current one, else as modules.
 */
async function summarizeOnceModule(): Promise<typeof import('./summarize-once.js')> {
  const { loadBundle } = await import('./core/bundle.js');
  const self = fileURLToPath(new URL('./summarize-once.js', import.meta.url));
  return (
    loadBundle<typeof import('./summarize-once.js')>('summarize-once', self) ??
    (await import('./summarize-once.js'))
  );
}

async function chat(options: { sample: boolean }): Promise<void> {
  const cfg = await config();
  const { createLocalDeps } = await import('./app.js');
  const { runTerminal, formatForTerminal } = await import('../adapters/terminal/index.js');
  const { renderReply } = await import('./render/render-text.js');
  const tty = Boolean(process.stdout.isTTY);
  // A person at a terminal gets wrapping to its width and colour (unless NO_COLOR); a pipe
  // gets plain, whole lines.
  const look = {
    // Read at each reply, so a resized window wraps to its new width.
    get width() {
      return tty ? process.stdout.columns : undefined;
    },
    color: tty && cfg.color,
  };
  const local = await createLocalDeps(cfg, process.stdout, look).catch(configFailure);
  const show = (text: string) => process.stdout.write(`${formatForTerminal(text, look)}\n\n`);
  try {
    if (options.sample) {
      const sample = join(packageRoot(), SAMPLE_ARTICLE);
      process.stdout.write(`Summarizing the bundled sample (${SAMPLE_ARTICLE}):\n\n`);
      const { handle } = await import('./handler/handle.js');
      const reply = await handle(
        { kind: 'summarize', input: { type: 'file', path: sample } },
        { platform: 'terminal', channelId: 'terminal' },
        local.deps,
      );
      show(renderReply(reply));
      show(
        'Try: /news ask what did Trump say? · /news more 2 · /news quotes · /news summarize <file|url|text>\n' +
          'Briefings: /news subscribe <feed url> · /news briefing 07:30 Europe/Berlin · /news morning (run it now)',
      );
    }
    await runTerminal({
      input: process.stdin,
      output: process.stdout,
      deps: local.deps,
      interactive: Boolean(process.stdin.isTTY) && tty,
      look,
      extra: local.extra,
      extraHelp: local.extraHelp,
    });
  } finally {
    await local.close();
  }
}

async function serve(): Promise<void> {
  const cfg = await config();
  if (!cfg.slack && !cfg.discord) {
    return fail(
      'no platform is configured: set SLACK_BOT_TOKEN (+ SLACK_SIGNING_SECRET or SLACK_APP_TOKEN) or DISCORD_TOKEN; see .env.example. Without tokens, run `newsbrief chat`.',
      EXIT.usage,
    );
  }
  const { serveAll } = await import('./app.js');
  await serveAll(cfg).catch(configFailure);
}

/** The full command line (commander loads here: not on the `summarize FILE` fast path). */
export async function buildProgram(): Promise<Command> {
  const { Command, InvalidArgumentError, Option } = await import('commander');
  /** A check's problem becomes commander's usage error (exit 2). */
  const arg =
    <T>(check: (v: string) => Checked<T>) =>
    (v: string): T => {
      const r = check(v);
      if ('problem' in r) throw new InvalidArgumentError(r.problem);
      return r.value;
    };
  const program = new Command('newsbrief')
    .description('Summarizes news articles into a headline, a lede and labelled key points.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError('(run newsbrief --help for usage)')
    // Every usage error (unknown command or option, bad or missing argument) exits 2, as
    // the README says; --help and --version exit 0. Subcommands inherit this.
    .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : EXIT.usage))
    .addHelpText(
      'after',
      '\nExit codes: 0 done, 1 failed, 2 usage error, 3 the article does not say (ask).',
    );

  program
    .command('summarize')
    .description(
      'summarize an article from a web page (http/https URL), a file (or - for standard input), or a JSONL batch',
    )
    .argument('[source]', 'article URL, text file, or - for stdin')
    .addOption(
      new Option('--points <n>', `key points (1-${MAX_POINTS}), or "ref" with --batch`).default(
        '4',
      ),
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'markdown', 'json'])
        .default('text'),
    )
    .option('--batch <file.jsonl>', 'summarize every article of a JSONL file, one JSON line each')
    .action(
      async (
        file: string | undefined,
        opts: { points: string; format: Format; batch?: string },
      ) => {
        if (opts.batch) {
          const { runBatch } = await import('./eval/run-batch.js');
          const points = valueOr('--points', checkPointsOrRef(opts.points));
          const code = await runBatch({
            dataPath: opts.batch,
            points,
            out: (l) => process.stdout.write(`${l}\n`),
            err: (l) => process.stderr.write(`${l}\n`),
          });
          process.exitCode = code;
          return;
        }
        if (!file)
          return fail(
            'give a URL or a file to summarize (or - to read standard input), e.g. newsbrief summarize https://example.com/story.html',
            2,
          );
        const points = valueOr('--points', checkPoints(opts.points));
        await summarizeFile(file, { points, format: opts.format });
      },
    );

  program
    .command('ask')
    .description('answer a question from an article file')
    .argument('<file>', 'article text file')
    .argument('<question...>', 'the question')
    .action(async (file: string, words: string[]) => {
      const { readArticleFile } = await import('./articles/read-file.js');
      const { answer } = await import('./summarizer/answer.js');
      const read = await readArticleFile(file);
      if (!read.ok) return fail(read.error.message);
      const a = answer(read.value, words.join(' '));
      if (!a.found) {
        process.stdout.write('The article does not say.\n');
        process.exitCode = EXIT.notSaid;
        return;
      }
      process.stdout.write(`${a.sentences.join('\n')}\n`);
    });

  program
    .command('chat')
    .description(
      'talk to the bot in the terminal: /news summarize <file|url|text>, ask, more, quotes, help',
    )
    .option('--sample', 'start by summarizing the bundled sample article')
    .action(async (opts: { sample?: boolean }) => chat({ sample: Boolean(opts.sample) }));

  program
    .command('serve')
    .description('start every platform adapter whose tokens are set (Slack, Discord)')
    .action(serve);

  program
    .command('eval')
    .description('ROUGE of newsbrief, Lead-N, TextRank and the wink-nlp peer on a JSONL eval file')
    .option(
      '--data <file.jsonl>',
      'eval file (see ../shared/eval/README.md); default ../shared/eval/cnndm-validation.jsonl',
    )
    .option(
      '--points <n|ref>',
      'sentences per summary, or "ref" for the reference count',
      arg(checkPointsOrRef),
      3 as number | 'ref',
    )
    .option('--limit <m>', 'only the first m articles', arg(checkPositive))
    .option(
      '--halves',
      'also check for over-fitting: the main weights over a grid, chosen on random halves of the articles and scored on the other halves',
    )
    .action(
      async (opts: { data?: string; points: number | 'ref'; limit?: number; halves?: boolean }) => {
        const { runEval } = await import('./eval/run-eval.js');
        const { defaultDataPath } = await import('./eval/dataset.js');
        const { terminalProgress } = await import('./core/progress.js');
        process.exitCode = await runEval({
          progress: terminalProgress('eval'),
          dataPath: opts.data ?? defaultDataPath('cnndm-validation.jsonl'),
          points: opts.points,
          limit: opts.limit,
          halves: opts.halves === true,
          out: (l) => process.stdout.write(`${l}\n`),
          err: (l) => process.stderr.write(`${l}\n`),
        });
      },
    );

  program
    .command('audit')
    .description(
      "the editor's rubric, checked automatically: defect counts and examples over a JSONL file",
    )
    .option('--data <file.jsonl>', 'default ../shared/eval/cnndm-validation.jsonl')
    .option('--points <n>', 'key points per summary', arg(checkPoints), 4)
    .option('--limit <m>', 'only the first m articles', arg(checkPositive))
    .option('--examples <k>', 'examples printed per class', arg(checkPositive), 5)
    .action(async (opts: { data?: string; points: number; limit?: number; examples: number }) => {
      const { runAudit } = await import('./eval/audit.js');
      const { defaultDataPath } = await import('./eval/dataset.js');
      process.exitCode = runAudit({
        dataPath: opts.data ?? defaultDataPath('cnndm-validation.jsonl'),
        points: opts.points,
        limit: opts.limit,
        examples: opts.examples,
        out: (l) => process.stdout.write(`${l}\n`),
        err: (l) => process.stderr.write(`${l}\n`),
      });
    });

  program
    .command('eval-extract')
    .description(
      "article extraction on the benchmark's pages with its own metric, against plain Readability, and a furniture check of every page's summary",
    )
    .option(
      '--data <dir>',
      'benchmark folder with ground-truth.json and html/ (default ../shared/eval/extraction)',
    )
    .option('--summaries', "also print every page's summary, to read them")
    .action(async (opts: { data?: string; summaries?: boolean }) => {
      const { runEvalExtract } = await import('./eval/extraction/run-eval-extract.js');
      const { DEFAULT_EXTRACTION_DIR } = await import('./eval/extraction/pages.js');
      process.exitCode = await runEvalExtract({
        dataDir: opts.data ?? DEFAULT_EXTRACTION_DIR,
        printSummaries: opts.summaries === true,
        out: (l) => process.stdout.write(`${l}\n`),
        err: (l) => process.stderr.write(`newsbrief: ${l}\n`),
      });
    });

  program
    .command('digest')
    .description(
      "a digest of the feeds' stories, each story once with every source that carried it",
    )
    .option(
      '--feed <url>',
      'an RSS, Atom or RSS 1.0 feed (repeatable)',
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'markdown', 'json'])
        .default('text'),
    )
    .action(async (opts: { feed: string[]; format: string }) => {
      const cfg = await config();
      const { runDigestCommand } = await import('./briefing/digest-command.js');
      const { terminalProgress } = await import('./core/progress.js');
      const { consoleLogger } = await import('./core/adapter.js');
      const r = await runDigestCommand({
        progress: terminalProgress('digest'),
        feeds: opts.feed,
        format: opts.format,
        fetchOptions: { ...cfg.fetch, log: consoleLogger },
        maxStories: cfg.briefing.maxStories,
      });
      for (const line of r.errors) process.stderr.write(`newsbrief: ${line}\n`);
      if (r.output) process.stdout.write(`${r.output}\n`);
      process.exitCode = r.exitCode;
    });

  const discord = program
    .command('discord')
    .description('Discord set-up: invite URL and slash-command registration');
  discord
    .command('invite')
    .description('print the URL that adds the bot to a server')
    .action(async () => {
      const cfg = await config();
      if (!cfg.discordApplicationId)
        return fail(
          'set DISCORD_APPLICATION_ID (Developer Portal → your application → General Information); see .env.example',
          EXIT.usage,
        );
      const { inviteUrl } = await import('../adapters/discord/invite-url.js');
      process.stdout.write(`${inviteUrl(cfg.discordApplicationId)}\n`);
    });
  discord
    .command('register')
    .description('register /news in one server (--guild, instant) or globally')
    .option('--guild <id>', 'server (guild) id; default DISCORD_GUILD_ID, else global')
    .action(async (opts: { guild?: string }) => {
      const cfg = await config();
      if (!cfg.discord)
        return fail(
          'set DISCORD_TOKEN (and DISCORD_APPLICATION_ID) first; see .env.example',
          EXIT.usage,
        );
      const { registerDiscordCommands } = await import('../adapters/discord/index.js');
      const { consoleLogger } = await import('./core/adapter.js');
      const r = await registerDiscordCommands(cfg.discord, {
        ...(opts.guild ? { guildId: opts.guild } : {}),
        log: consoleLogger,
      });
      if (!r.ok) return fail(r.error.message);
      const where =
        r.value.scope === 'guild'
          ? `server ${r.value.guildId}`
          : 'every server (global; may take up to an hour to show)';
      process.stdout.write(`Registered /${r.value.commands.join(', /')} in ${where}.\n`);
    });

  return program;
}

/** npm start: serve when a platform is configured, else chat on the bundled sample. */
async function defaultAction(): Promise<void> {
  const cfg = await config();
  if (cfg.slack || cfg.discord) return serve();
  return chat({ sample: true });
}

/**
 * `newsbrief summarize FILE [--points N] [--format F]`, the common case, parsed with Node's
 * own parseArgs so commander (about 15 ms) does not load; anything else (--help, --batch,
 * a mistake) returns undefined and goes through commander for its messages.
 */
async function quickSummarize(
  args: readonly string[],
): Promise<{ file: string; points: number; format: Format } | undefined> {
  if (args[0] !== 'summarize') return undefined;
  // Imported here, after the Node version check: parseArgs is missing from very old Nodes.
  const { parseArgs } = await import('node:util');
  try {
    const { values, positionals } = parseArgs({
      args: args.slice(1),
      allowPositionals: true,
      options: { points: { type: 'string' }, format: { type: 'string' } },
    });
    const points = checkPoints(values.points ?? '4');
    const format = FORMATS.find((f) => f === (values.format ?? 'text'));
    const file = positionals[0];
    if (positionals.length !== 1 || file === undefined || !format || !('value' in points))
      return undefined;
    return { file, points: points.value, format };
  } catch {
    return undefined; // an unknown option: commander says what is wrong
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const tooOld = nodeVersionProblem(process.versions.node);
  if (tooOld) return fail(tooOld);
  if (argv.length <= 2) return defaultAction();
  const quick = await quickSummarize(argv.slice(2));
  if (quick) return summarizeFile(quick.file, quick);
  await (await buildProgram()).parseAsync(argv as string[]);
}

// `newsbrief summarize --batch … | head`: once the reader has gone, stop quietly as other
// command-line tools do, instead of dying on EPIPE with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  fail(e.message);
});

main(process.argv).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
