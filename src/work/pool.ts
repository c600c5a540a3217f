import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ExtractedArticle } from '../articles/extract-html.js';
import type { FeedParser } from '../articles/fetch-feed.js';
import type { Logger } from '../core/adapter.js';
import { err, ok, type Result } from '../core/result.js';
import type { Answer, Article, SummarizeOptions, Summary } from '../summarizer/types.js';
import { type Job, type JobResults, runJob } from './jobs.js';

/** Where the CPU-heavy work runs: a worker pool when serving, in process for one-shot commands. */
export interface Work {
  /** A fetched page -> its article (limits, extraction, control characters stripped). */
  readPage(html: string, url: string): Promise<Result<ExtractedArticle>>;
  summarize(article: Article, options?: SummarizeOptions): Promise<Result<Summary>>;
  answer(article: Article, question: string): Promise<Result<Answer>>;
  /** A fetched feed's text -> its title and items. */
  parseFeed: FeedParser;
}

export interface WorkPool extends Work {
  readonly threads: number;
  /** Waits for running jobs, then stops the workers. */
  close(): Promise<void>;
}

export interface WorkPoolOptions {
  /** Worker threads; default: the machine's cores. */
  readonly threads?: number;
  /** Per-job limit; a job over it has its worker terminated and replaced. Default 10 s. */
  readonly timeoutMs?: number;
  /**
   * Jobs waiting for a worker beyond which new ones are refused as busy. Default 256 per
   * thread: an ordinary page or summary takes tens of milliseconds, so a full queue is about
   * a minute of work on a busy machine (64 per thread refused 90 of a 220-command burst in
   * bench/slack-ack.ts on 2 threads); it also bounds the pages held in memory meanwhile.
   */
  readonly maxQueue?: number;
  /**
   * Longest a job may wait for a worker; past it, it is dropped from the queue and the user
   * told to try again in a minute (a reply later than that would come too late). Default 60 s.
   */
  readonly maxWaitMs?: number;
  /** Heap limit of each worker (V8 old generation), in MB. Default 512. */
  readonly memoryMb?: number;
  readonly log?: Logger | undefined;
}

export const WORK_DEFAULTS = {
  timeoutMs: 10_000,
  maxWaitMs: 60_000,
  queuePerThread: 256,
  memoryMb: 512,
} as const;

/** The same jobs, run on the calling thread (the CLI's one-shot commands, tests). */
export const inProcessWork: Work = {
  readPage: async (html, url) => runJob({ kind: 'readPage', html, url }) as JobResults['readPage'],
  summarize: async (article, options = {}) =>
    runJob({ kind: 'summarize', article, options }) as JobResults['summarize'],
  answer: async (article, question) =>
    ok(runJob({ kind: 'answer', article, question }) as JobResults['answer']),
  parseFeed: async (text, url) =>
    runJob({ kind: 'parseFeed', text, url }) as JobResults['parseFeed'],
};

/**
 * The worker file. Built code (dist/, what `newsbrief` runs) has a sibling worker.js; the
 * TypeScript sources (vitest, tsx) have worker.ts, which a plain worker thread cannot load,
 * so those workers start with tsx's loader (a dev dependency, needed only then).
 */
function workerEntry(): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  return {
    filename: new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url).href,
    execArgv: fromSource ? ['--import', 'tsx'] : [],
  };
}

/** How a failed job is described to the user, and what to do instead. */
const SUBJECT: Readonly<Record<Job['kind'], { what: string; instead: string }>> = {
  readPage: { what: 'read that page', instead: 'paste the article text instead' },
  summarize: { what: 'summarize that', instead: 'send a shorter article' },
  answer: { what: 'answer that', instead: 'ask a shorter question' },
  parseFeed: { what: 'read that feed', instead: 'check that it is an ordinary RSS or Atom feed' },
};

/** A pool of worker threads with a time limit per job, a bounded queue and a memory limit. */
export function createWorkPool(options: WorkPoolOptions = {}): WorkPool {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const timeoutMs = options.timeoutMs ?? WORK_DEFAULTS.timeoutMs;
  const maxQueue = options.maxQueue ?? threads * WORK_DEFAULTS.queuePerThread;
  const memoryMb = options.memoryMb ?? WORK_DEFAULTS.memoryMb;
  const maxWaitMs = options.maxWaitMs ?? WORK_DEFAULTS.maxWaitMs;
  const pool = new Piscina({
    ...workerEntry(),
    minThreads: threads,
    maxThreads: threads,
    // Workers yield the CPU to the main thread, which acknowledges commands within Slack's
    // and Discord's 3 s (piscina's optional @napi-rs/nice; without it, no change).
    niceIncrement: 10,
    maxQueue,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
  });
  // A worker that dies outside a job (it is replaced) must not crash the process.
  pool.on('error', (e: unknown) => options.log?.warn(`worker: ${describe(e)}`));
  let closing = false;
  pool.on('workerDestroy', () => {
    if (!closing) options.log?.warn('a worker thread was stopped; piscina starts a new one');
  });

  async function run<K extends Job['kind']>(
    job: Job & { kind: K },
    label: string,
  ): Promise<Result<JobResults[K]>> {
    const subject = SUBJECT[job.kind];
    if (pool.queueSize >= maxQueue) return busy();
    const limit = timeLimit(timeoutMs, maxWaitMs);
    const { started, stop, done } = limit;
    try {
      return ok(await pool.run({ job, started }, { signal: stop, transferList: [started] }));
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (e instanceof Error && e.name === 'AbortError') {
        if (!limit.running()) {
          options.log?.warn(`${job.kind} of ${label} waited ${maxWaitMs} ms for a worker`);
          return busy();
        }
        options.log?.warn(`${job.kind} of ${label} stopped after ${timeoutMs} ms`);
        return err(
          'timeout',
          `could not ${subject.what}: it took longer than ${duration(timeoutMs)}; ${subject.instead}.`,
        );
      }
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
        options.log?.warn(`${job.kind} of ${label} ran out of worker memory (${memoryMb} MB)`);
        return err(
          'page_too_complex',
          `could not ${subject.what}: it needs more than ${memoryMb} MB of memory; ${subject.instead}.`,
        );
      }
      if (e instanceof Error && /queue is at limit/i.test(e.message)) return busy();
      throw e;
    } finally {
      done();
    }
  }

  return {
    threads,
    async readPage(html, url) {
      const r = await run({ kind: 'readPage', html, url }, url);
      return r.ok ? r.value : r;
    },
    async summarize(article, summarizeOptions = {}) {
      const r = await run(
        { kind: 'summarize', article, options: summarizeOptions },
        article.url ?? 'pasted text',
      );
      return r.ok ? r.value : r;
    },
    answer: (article, question) =>
      run({ kind: 'answer', article, question }, article.url ?? 'pasted text'),
    async parseFeed(text, url) {
      const r = await run({ kind: 'parseFeed', text, url }, url);
      return r.ok ? r.value : r;
    },
    close: () => {
      closing = true;
      return pool.close();
    },
  };
}

/**
 * A job's time limit, counted from when a worker starts it (the worker posts to `started`);
 * `stop` aborts it then, which makes piscina terminate and replace that worker. Until it
 * starts, `stop` fires after `maxWaitMs` instead, which only takes it off the queue.
 */
function timeLimit(timeoutMs: number, maxWaitMs: number) {
  const { port1, port2 } = new MessageChannel();
  const controller = new AbortController();
  let running = false;
  let timer = setTimeout(() => controller.abort(), maxWaitMs);
  port1.once('message', () => {
    port1.close();
    running = true;
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), timeoutMs);
  });
  const done = () => {
    clearTimeout(timer);
    port1.close();
  };
  return { started: port2, stop: controller.signal, done, running: () => running };
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function busy(): Result<never> {
  return err('busy', "I'm busy with other articles right now; try again in a minute.");
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
