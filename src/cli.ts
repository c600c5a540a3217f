#!/usr/bin/env node
// The newsbrief command line: the composition root. Heavy modules (adapters, evaluation,
// storage) load only for the subcommand that needs them, to keep start-up fast.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { ExtractedArticle } from './articles/extract-html.js';
import { readArticleFile } from './articles/read-file.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { packageRoot, SAMPLE_ARTICLE } from './core/package-root.js';
import type { Result } from './core/result.js';
import { otherLanguageReply, summaryReply } from './handler/handle.js';
import { renderReply } from './render/render-text.js';
import { answer } from './summarizer/answer.js';
import { MAX_POINTS, summarize } from './summarizer/summarize.js';

type Format = 'text' | 'markdown' | 'json';

const fail = (message: string, code = 1): never => {
  process.stderr.write(`newsbrief: ${message}\n`);
  process.exit(code);
};

function parsePoints(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_POINTS)
    throw new InvalidArgumentError(`must be a whole number from 1 to ${MAX_POINTS}`);
  return n;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

function parsePointsOrRef(value: string): number | 'ref' {
  if (value === 'ref') return 'ref';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a positive whole number or "ref"');
  return n;
}

function config(): Config {
  try {
    // A local .env (see .env.example) fills in variables the shell did not set.
    if (existsSync('.env') && typeof process.loadEnvFile === 'function')
      process.loadEnvFile('.env');
    return loadConfig();
  } catch (e) {
    return configFailure(e);
  }
}

/** A ConfigError (bad variable, unusable DATABASE_URL) is a one-line exit 2, not a stack trace. */
function configFailure(e: unknown): never {
  if (e instanceof ConfigError) return fail(e.message, 2);
  throw e;
}

/** A file, standard input ("-") or a web page (http/https, through the same safe fetch as chat). */
async function loadArticle(source: string): Promise<Result<ExtractedArticle>> {
  if (!/^https?:\/\//i.test(source)) return readArticleFile(source);
  const cfg = config();
  const { createArticleFetcher } = await import('./articles/fetch-article.js');
  return createArticleFetcher(cfg.fetch)(source);
}

async function summarizeFile(
  source: string,
  opts: { points: number; format: Format },
): Promise<void> {
  const read = await loadArticle(source);
  if (!read.ok) return fail(read.error.message);
  const other = otherLanguageReply(read.value);
  if (other) {
    process.stdout.write(
      `${opts.format === 'json' ? JSON.stringify(other, null, 2) : renderReply(other, opts.format)}\n`,
    );
    return;
  }
  const result = summarize(read.value, { points: opts.points });
  if (!result.ok) return fail(result.error.message);
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
    return;
  }
  const reply = summaryReply(result.value, read.value);
  process.stdout.write(`${renderReply(reply, opts.format)}\n`);
}

async function chat(options: { sample: boolean }): Promise<void> {
  const cfg = config();
  const { createLocalDeps } = await import('./app.js');
  const { runTerminal } = await import('../adapters/terminal/index.js');
  const local = await createLocalDeps(cfg, process.stdout).catch(configFailure);
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
      process.stdout.write(`${renderReply(reply)}\n\n`);
      process.stdout.write(
        'Try: /news ask what did Trump say? · /news more 2 · /news quotes · /news summarize <file|url|text>\n' +
          'Briefings: /news subscribe <feed url> · /news briefing 07:30 Europe/Berlin · /news morning (run it now)\n',
      );
    }
    await runTerminal({
      input: process.stdin,
      output: process.stdout,
      deps: local.deps,
      interactive: Boolean(process.stdin.isTTY),
      extra: local.extra,
    });
  } finally {
    await local.close();
  }
}

async function serve(): Promise<void> {
  const cfg = config();
  if (!cfg.slack && !cfg.discord) {
    return fail(
      'no platform is configured: set SLACK_BOT_TOKEN (+ SLACK_SIGNING_SECRET or SLACK_APP_TOKEN) or DISCORD_TOKEN; see .env.example. Without tokens, run `newsbrief chat`.',
      2,
    );
  }
  const { serveAll } = await import('./app.js');
  await serveAll(cfg).catch(configFailure);
}

export function buildProgram(): Command {
  const program = new Command('newsbrief')
    .description('Summarizes news articles into a headline, a lede and labelled key points.')
    .showHelpAfterError('(run newsbrief --help for usage)');

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
          const points = (() => {
            try {
              return parsePointsOrRef(opts.points);
            } catch (e) {
              return fail(`--points ${(e as Error).message}`, 2);
            }
          })();
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
        let points: number;
        try {
          points = parsePoints(opts.points);
        } catch (e) {
          return fail(`--points ${(e as Error).message}`, 2);
        }
        await summarizeFile(file, { points, format: opts.format });
      },
    );

  program
    .command('ask')
    .description('answer a question from an article file')
    .argument('<file>', 'article text file')
    .argument('<question...>', 'the question')
    .action(async (file: string, words: string[]) => {
      const read = await readArticleFile(file);
      if (!read.ok) return fail(read.error.message);
      const a = answer(read.value, words.join(' '));
      if (!a.found) {
        process.stdout.write('The article does not say.\n');
        process.exitCode = 3;
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
      parsePointsOrRef,
      3 as number | 'ref',
    )
    .option('--limit <m>', 'only the first m articles', parsePositive)
    .option(
      '--halves',
      'also check for over-fitting: the main weights over a grid, chosen on random halves of the articles and scored on the other halves',
    )
    .action(
      async (opts: { data?: string; points: number | 'ref'; limit?: number; halves?: boolean }) => {
        const { runEval } = await import('./eval/run-eval.js');
        const { defaultDataPath } = await import('./eval/dataset.js');
        process.exitCode = await runEval({
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
      const cfg = config();
      const { runDigestCommand } = await import('./briefing/digest-command.js');
      const r = await runDigestCommand({
        feeds: opts.feed,
        format: opts.format,
        fetchOptions: cfg.fetch,
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
      const cfg = config();
      if (!cfg.discord?.applicationId)
        return fail('set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example)', 2);
      const { inviteUrl } = await import('../adapters/discord/index.js');
      process.stdout.write(`${inviteUrl(cfg.discord.applicationId)}\n`);
    });
  discord
    .command('register')
    .description('register /news in one server (--guild, instant) or globally')
    .option('--guild <id>', 'server (guild) id; default DISCORD_GUILD_ID, else global')
    .action(async (opts: { guild?: string }) => {
      const cfg = config();
      if (!cfg.discord)
        return fail('set DISCORD_TOKEN (and DISCORD_APPLICATION_ID) first; see .env.example', 2);
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
  const cfg = config();
  if (cfg.slack || cfg.discord) return serve();
  return chat({ sample: true });
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.length <= 2) return defaultAction();
  await buildProgram().parseAsync(argv as string[]);
}

// `newsbrief summarize --batch … | head`: once the reader has gone, stop quietly as other
// command-line tools do, instead of dying on EPIPE with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  fail(e.message);
});

main(process.argv).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
