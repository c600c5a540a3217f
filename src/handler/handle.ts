import { createHash } from 'node:crypto';
import { canonicalUrl } from '../articles/canonical-url.js';
import type { ExtractedArticle } from '../articles/extract-html.js';
import type { Result } from '../core/result.js';
import { shownOn } from '../render/story-update.js';
import { DEFAULT_POINTS, MAX_POINTS } from '../summarizer/summarize.js';
import type { Summary } from '../summarizer/types.js';
import { inProcessWork } from '../work/pool.js';
import { contentArticleRef } from './article-ref.js';
import type { FollowUpTarget } from './follow-up-target.js';
import { HELP_TEXT } from './help.js';
import { DEFAULT_LENGTH, describeLength, LENGTHS, type SummaryLength } from './length.js';
import { recentlySummarizedStories } from './recent-stories.js';
import { MORE_TITLE_PREFIX, otherLanguageReply, summaryReply } from './summary-reply.js';
import type {
  BriefingService,
  CachedSummary,
  Command,
  CommandContext,
  DevelopingStories,
  HandlerDeps,
  RememberedArticle,
  Reply,
  SummarizeInput,
} from './types.js';
import { asksWhatsNew } from './whats-new.js';

/**
 * The one command handler every platform calls. It never throws for anything a user
 * can type: failures come back as an `error` reply.
 */
export async function handle(
  command: Command,
  ctx: CommandContext,
  deps: HandlerDeps,
): Promise<Reply> {
  try {
    return await dispatch(command, ctx, deps);
  } catch (e) {
    // A bug, not a user error: say so briefly and keep serving.
    const detail = e instanceof Error ? e.message : String(e);
    return {
      kind: 'error',
      code: 'internal',
      message: `Something went wrong on our side (${detail.slice(0, 200)}). Please try again.`,
    };
  }
}

async function dispatch(command: Command, ctx: CommandContext, deps: HandlerDeps): Promise<Reply> {
  switch (command.kind) {
    case 'help':
      return {
        kind: 'info',
        ephemeral: true,
        text: command.problem ? `${command.problem}\n\n${HELP_TEXT}` : HELP_TEXT,
      };
    case 'summarize':
      return summarizeCommand(
        command.input,
        command.points ?? LENGTHS[await channelLength(ctx, deps)].points,
        ctx,
        deps,
      );
    case 'ask':
      return withArticle(ctx, deps, command, async (last) => {
        if (deps.developing && asksWhatsNew(command.question))
          return whatsNew(command.question, last, ctx, deps.developing);
        const answered = await work(deps).answer(last.article, command.question);
        if (!answered.ok) return errorReply(answered.error.code, answered.error.message);
        const a = answered.value;
        return {
          kind: 'answer',
          question: command.question,
          found: a.found,
          sentences: a.sentences,
          title: last.summary.title,
          link: last.article.url,
        };
      });
    case 'more':
      return moreCommand(command.n, command, ctx, deps);
    case 'quotes':
      return withArticle(ctx, deps, command, (last) => ({
        kind: 'quotes',
        title: last.summary.title,
        quotes: last.summary.quotes,
        link: last.article.url,
      }));
    case 'digest':
      return digestCommand(ctx, deps);
    case 'length':
      return lengthCommand(command.length, ctx, deps);
    case 'subscribe':
    case 'unsubscribe':
    case 'filter':
    case 'feeds':
    case 'briefing': {
      const svc = deps.briefings;
      if (!svc)
        return errorReply(
          'not_configured',
          'Feeds and briefings need storage, which is not set up in this mode.',
        );
      const result = await briefingCommand(command, svc, ctx);
      return result.ok
        ? { kind: 'info', ephemeral: false, text: result.value }
        : errorReply(result.error.code, result.error.message);
    }
  }
}

type BriefingCommand = Extract<
  Command,
  { kind: 'subscribe' | 'unsubscribe' | 'filter' | 'feeds' | 'briefing' }
>;

function briefingCommand(
  command: BriefingCommand,
  svc: BriefingService,
  ctx: CommandContext,
): Promise<Result<string>> {
  switch (command.kind) {
    case 'subscribe':
      return command.filter
        ? svc.subscribe(ctx, command.url, command.filter)
        : svc.subscribe(ctx, command.url);
    case 'unsubscribe':
      return svc.unsubscribe(ctx, command.target);
    case 'filter':
      return svc.setFilter(ctx, command.target, command.filter);
    case 'feeds':
      return svc.listFeeds(ctx);
    case 'briefing':
      return svc.setSchedule(ctx, command.schedule);
  }
}

/** The channel's length: what it chose, else the standard one. */
async function channelLength(ctx: CommandContext, deps: HandlerDeps): Promise<SummaryLength> {
  return (await deps.settings?.getLength(ctx)) ?? DEFAULT_LENGTH;
}

/** `length` says the channel's length; `length brief|standard|detailed` sets it. */
async function lengthCommand(
  length: SummaryLength | undefined,
  ctx: CommandContext,
  deps: HandlerDeps,
): Promise<Reply> {
  const settings = deps.settings;
  if (!settings)
    return errorReply('not_configured', 'Lengths need storage, which is not set up in this mode.');
  if (!length) {
    const current = await channelLength(ctx, deps);
    return {
      kind: 'info',
      ephemeral: true,
      text: `This channel reads ${describeLength(current)}. Change it with \`/news length brief\`, \`standard\` or \`detailed\`.`,
    };
  }
  await settings.setLength(ctx, length, deps.now());
  return { kind: 'info', ephemeral: false, text: `Length set to ${describeLength(length)}.` };
}

async function loadInput(
  input: SummarizeInput,
  deps: HandlerDeps,
): Promise<Result<ExtractedArticle>> {
  switch (input.type) {
    case 'url':
      return deps.fetchArticle(input.url);
    case 'text':
      return { ok: true, value: { text: input.text } };
    case 'file':
      if (!deps.readArticleFile) {
        return {
          ok: false,
          error: {
            code: 'bad_command',
            message: 'Files can only be read in terminal mode; paste the text or send a link.',
          },
        };
      }
      return deps.readArticleFile(input.path);
  }
}

/** A page is fetched and summarized again after this long (a developing story changes). */
export const SUMMARY_CACHE_MS = 60 * 60_000;

/** The cache key of a summary request: canonical URL or a hash of the text, and the points asked for. */
export function summaryCacheKey(input: SummarizeInput, points: number): string | undefined {
  switch (input.type) {
    case 'url':
      return `p${points}:url:${canonicalUrl(input.url) ?? input.url}`;
    case 'text':
      return `p${points}:text:${createHash('sha256').update(input.text).digest('hex')}`;
    case 'file':
      return undefined;
  }
}

async function summarizeCommand(
  input: SummarizeInput,
  points: number,
  ctx: CommandContext,
  deps: HandlerDeps,
): Promise<Reply> {
  const loaded = await loadSummary(input, points, deps);
  if (!loaded.ok) return loaded.reply;
  const { article, summary } = loaded.entry;
  // By content: summarizing the same story again (the bundled sample on every start) updates
  // its one entry, so a digest of recent stories lists it once.
  const ref = contentArticleRef(article);
  await deps.memory.setLastArticle(ctx.channelId, {
    ref,
    article,
    summary,
    pointsShown: summary.keyPoints.length,
    at: deps.now().toISOString(),
  });
  return summaryReply(summary, article, ref);
}

/** An article and its summary, from the shared cache or read and summarized now; else the reply to give. */
async function loadSummary(
  input: SummarizeInput,
  points: number,
  deps: HandlerDeps,
): Promise<{ ok: true; entry: CachedSummary } | { ok: false; reply: Reply }> {
  const key = deps.summaries ? summaryCacheKey(input, points) : undefined;
  const since = new Date(deps.now().getTime() - SUMMARY_CACHE_MS);
  const cached = key ? await deps.summaries?.get(key, since) : undefined;
  if (cached) return { ok: true, entry: cached };
  const loaded = await loadInput(input, deps);
  if (!loaded.ok) return { ok: false, reply: errorReply(loaded.error.code, loaded.error.message) };
  const other = otherLanguageReply(loaded.value);
  if (other) return { ok: false, reply: other };
  const summarized = await work(deps).summarize(loaded.value, { points });
  if (!summarized.ok)
    return { ok: false, reply: errorReply(summarized.error.code, summarized.error.message) };
  const entry = { article: loaded.value, summary: summarized.value };
  if (key) await deps.summaries?.save(key, entry, deps.now());
  return { ok: true, entry };
}

/**
 * The channel's entry for a briefing story's link: the one it remembers (so `more` goes on
 * from what it showed), else the page read, summarized and remembered now.
 */
async function storyArticle(
  url: string,
  ctx: CommandContext,
  deps: HandlerDeps,
): Promise<{ ok: true; entry: RememberedArticle } | { ok: false; reply: Reply }> {
  const remembered = await rememberedByLink(url, ctx, deps);
  if (remembered) return { ok: true, entry: remembered };
  const loaded = await loadSummary({ type: 'url', url }, DEFAULT_POINTS, deps);
  if (!loaded.ok) return loaded;
  const { article, summary } = loaded.entry;
  const ref = contentArticleRef(article);
  const known = await deps.memory.getArticle(ctx.channelId, ref);
  if (known) return { ok: true, entry: known };
  const entry: RememberedArticle = {
    ref,
    article,
    summary,
    pointsShown: summary.keyPoints.length,
    at: deps.now().toISOString(),
  };
  await deps.memory.setLastArticle(ctx.channelId, entry);
  return { ok: true, entry };
}

/** The channel's latest remembered article with this link (a story discussed before), if any. */
async function rememberedByLink(
  url: string,
  ctx: CommandContext,
  deps: HandlerDeps,
): Promise<RememberedArticle | undefined> {
  const key = canonicalUrl(url) ?? url;
  const all = await deps.memory.recentArticles(ctx.channelId, new Date(0));
  return all.findLast(
    (e) => e.article.url !== undefined && (canonicalUrl(e.article.url) ?? e.article.url) === key,
  );
}

async function moreCommand(
  n: number,
  target: FollowUpTarget,
  ctx: CommandContext,
  deps: HandlerDeps,
): Promise<Reply> {
  return withArticle(ctx, deps, target, async (last) => {
    if (last.pointsShown >= MAX_POINTS)
      return {
        kind: 'info',
        ephemeral: true,
        text: `That's all: ${MAX_POINTS} key points is the most I give for one article.`,
      };
    const target = Math.min(MAX_POINTS, last.pointsShown + n);
    const again = await work(deps).summarize(last.article, { points: target });
    if (!again.ok) return errorReply(again.error.code, again.error.message);
    const seen = new Set(last.summary.keyPoints.flatMap((p) => p.sentenceIds));
    const fresh = again.value.keyPoints.filter((p) => !p.sentenceIds.some((id) => seen.has(id)));
    if (fresh.length === 0)
      return {
        kind: 'info',
        ephemeral: true,
        text: 'The article has no more distinct points to add.',
      };
    const merged: Summary = { ...last.summary, keyPoints: [...last.summary.keyPoints, ...fresh] };
    // Same ref: the memory replaces this article where it is, whichever one is latest.
    await deps.memory.setLastArticle(ctx.channelId, {
      ...last,
      summary: merged,
      pointsShown: merged.keyPoints.length,
    });
    return {
      kind: 'summary',
      title: `${MORE_TITLE_PREFIX}${last.summary.title}`,
      lede: '',
      points: fresh.map(({ label, text }) => ({ label, text })),
      quotes: [],
      link: last.article.url,
      source: last.article.source,
      footer: `${merged.keyPoints.length} key points shown so far.`,
      ref: last.ref,
    };
  });
}

async function digestCommand(ctx: CommandContext, deps: HandlerDeps): Promise<Reply> {
  if (deps.briefings) {
    const r = await deps.briefings.digestNow(ctx);
    if (!r.ok) return errorReply(r.error.code, r.error.message);
    if (r.value.length === 0)
      return { kind: 'info', ephemeral: true, text: 'No new stories from your feeds yet.' };
    return { kind: 'digest', title: "Today's stories", stories: r.value };
  }
  const stories = await recentlySummarizedStories(
    deps.memory,
    ctx.channelId,
    deps.now(),
    LENGTHS[await channelLength(ctx, deps)].storyPoints,
  );
  if (stories.length === 0) {
    return {
      kind: 'info',
      ephemeral: true,
      text: 'Nothing was summarized in this channel today. Try `/news <url>` first.',
    };
  }
  return { kind: 'digest', title: "Today's stories", stories };
}

/**
 * Runs `fn` on the article a follow-up is about: the remembered article a button or thread
 * names (`ref`), the briefing story whose message it came from (`story`), or the channel's
 * latest article for a command typed in the channel.
 */
async function withArticle(
  ctx: CommandContext,
  deps: HandlerDeps,
  target: FollowUpTarget,
  fn: (entry: RememberedArticle) => Reply | Promise<Reply>,
): Promise<Reply> {
  if (target.ref !== undefined) {
    const entry = await deps.memory.getArticle(ctx.channelId, target.ref);
    if (entry) return fn(entry);
    if (target.story === undefined)
      return errorReply(
        'article_expired',
        'I no longer remember the article under that button. Summarize the link again with `/news <url>`.',
      );
  }
  if (target.story !== undefined) {
    const story = await storyArticle(target.story, ctx, deps);
    return story.ok ? fn(story.entry) : story.reply;
  }
  const last = await deps.memory.getLastArticle(ctx.channelId);
  if (!last)
    return errorReply(
      'no_article',
      'No article has been summarized in this channel yet. Start with `/news <url>`.',
    );
  return fn(last);
}

/** "What's new?": what the article adds to what the channel was shown of its story before. */
async function whatsNew(
  question: string,
  entry: RememberedArticle,
  ctx: CommandContext,
  developing: DevelopingStories,
): Promise<Reply> {
  const title = entry.summary.title;
  const changes = await developing.changesSince(ctx, entry);
  if (!changes)
    return {
      kind: 'info',
      ephemeral: true,
      text: `This channel had not been shown “${title}” before, so all of it is new; \`/news more\` gives more points.`,
    };
  const { earlier } = changes;
  if (changes.facts.length === 0)
    return {
      kind: 'info',
      ephemeral: false,
      text: `Nothing new in “${title}” since this channel saw the story on ${shownOn(earlier)}${earlier.link ? ` (${earlier.link})` : ''}.`,
    };
  return {
    kind: 'answer',
    question,
    found: true,
    sentences: changes.facts,
    title,
    link: entry.article.url,
    since: earlier,
  };
}

/** Summarizing and answering run where the deps say (the server's worker pool), else in process. */
function work(deps: HandlerDeps) {
  return deps.work ?? inProcessWork;
}

function errorReply(code: string, message: string): Reply {
  return { kind: 'error', code, message };
}
