import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot, SAMPLE_ARTICLE } from '../../src/core/package-root.js';
import { handle } from '../../src/handler/handle.js';
import type { SummaryLength } from '../../src/handler/length.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';
import { parseCommand } from '../../src/handler/parse-command.js';
import type {
  ChannelSettings,
  CommandContext,
  HandlerDeps,
  Reply,
} from '../../src/handler/types.js';
import { summarize } from '../../src/summarizer/summarize.js';

const sample = readFileSync(join(packageRoot(), SAMPLE_ARTICLE), 'utf8');
const second = readFileSync(
  join(packageRoot(), 'summaries/articles/drought-wheat-prices.txt'),
  'utf8',
);

function setup(): { deps: HandlerDeps; run: (text: string, channelId?: string) => Promise<Reply> } {
  const deps: HandlerDeps = {
    fetchArticle: async (url) =>
      url === 'https://news.example/envoy'
        ? { ok: true, value: { text: sample, url, source: 'AFP' } }
        : url === 'https://news.example/wheat'
          ? { ok: true, value: { text: second, url, source: 'Wire' } }
          : {
              ok: false,
              error: { code: 'http_error', message: 'news.example answered 404; check the link.' },
            },
    memory: createInMemoryChannelMemory(),
    now: () => new Date('2026-11-28T08:00:00Z'),
  };
  const run = async (text: string, channelId = 'C1') => {
    const ctx: CommandContext = { platform: 'terminal', channelId };
    const parsed = parseCommand(text);
    if (!parsed.ok)
      return { kind: 'error', code: parsed.error.code, message: parsed.error.message } as const;
    return handle(parsed.value, ctx, deps);
  };
  return { deps, run };
}

describe('handle', () => {
  it('GIVEN a link THEN a summary reply with title, lede, 4 points (labelled where a label condenses the point), quotes and the link', async () => {
    const { run } = setup();
    const r = await run('https://news.example/envoy');
    expect(r.kind).toBe('summary');
    if (r.kind !== 'summary') return;
    expect(r.title).toContain('China Sends Envoy');
    expect(r.points).toHaveLength(4);
    const labelled = r.points.filter((p) => p.label.length > 0);
    expect(labelled.length).toBeGreaterThanOrEqual(3);
    for (const p of labelled) expect(p.label.length).toBeLessThan(p.text.length);
    expect(r.quotes.length).toBeGreaterThan(0);
    expect(r.link).toBe('https://news.example/envoy');
    expect(r.footer).toMatch(/24 sentences/);
  });

  it('GIVEN a summary in one channel THEN ask, more and quotes follow it there and only there', async () => {
    const { run } = setup();
    await run('https://news.example/envoy', 'C1');
    const a = await run('ask what share of trade does China have with North Korea?', 'C1');
    expect(a).toMatchObject({ kind: 'answer', found: true });
    if (a.kind === 'answer') expect(a.sentences.join(' ')).toContain('90 percent');
    const more = await run('more 2', 'C1');
    expect(more.kind).toBe('summary');
    if (more.kind === 'summary') expect(more.points).toHaveLength(2);
    const again = await run('more 10', 'C1');
    expect(again.kind).toBe('summary');
    const done = await run('more', 'C1');
    expect(done).toMatchObject({ kind: 'info' });
    const q = await run('quotes', 'C1');
    expect(q.kind === 'quotes' && q.quotes.some((x) => x.speaker === 'Yuan Jingdong')).toBe(true);
    expect(await run('quotes', 'C2')).toMatchObject({ kind: 'error', code: 'no_article' });
  });

  it("GIVEN two summaries WHEN more, quotes and ask carry the first one's ref THEN they act on it, and the latest is untouched", async () => {
    const { run, deps } = setup();
    const ctx: CommandContext = { platform: 'terminal', channelId: 'C1' };
    const a = await run('https://news.example/envoy');
    const b = await run('https://news.example/wheat');
    if (a.kind !== 'summary' || b.kind !== 'summary') throw new Error('expected two summaries');
    expect(a.ref).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(b.ref).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(a.ref).not.toBe(b.ref);
    const latestBefore = await deps.memory.getLastArticle('C1');
    expect(latestBefore?.ref).toBe(b.ref);

    const more = await handle({ kind: 'more', n: 2, ref: a.ref }, ctx, deps);
    expect(more.kind).toBe('summary');
    if (more.kind !== 'summary') return;
    expect(more.title).toBe(`More from: ${a.title}`);
    expect(more.link).toBe('https://news.example/envoy');
    expect(more.ref).toBe(a.ref); // its own buttons stay on article A
    const fresh = summarize(
      { text: sample, url: 'https://news.example/envoy', source: 'AFP' },
      {
        points: 6,
      },
    );
    if (!fresh.ok) throw new Error(fresh.error.message);
    const aPoints = fresh.value.keyPoints.map((p) => p.text);
    expect(more.points.length).toBeGreaterThan(0);
    for (const p of more.points) expect(aPoints).toContain(p.text);

    // A's pointsShown moved on; B is still the latest, exactly as it was.
    expect((await deps.memory.getArticle('C1', a.ref as string))?.pointsShown).toBe(
      4 + more.points.length,
    );
    expect(await deps.memory.getLastArticle('C1')).toEqual(latestBefore);
    const typed = await run('more 1');
    expect(typed.kind === 'summary' && typed.title).toBe(`More from: ${b.title}`);

    const q = await handle({ kind: 'quotes', ref: a.ref }, ctx, deps);
    expect(q).toMatchObject({ kind: 'quotes', title: a.title, link: 'https://news.example/envoy' });
    const asked = await handle(
      {
        kind: 'ask',
        question: 'what share of trade does China have with North Korea?',
        ref: a.ref,
      },
      ctx,
      deps,
    );
    expect(asked).toMatchObject({ kind: 'answer', found: true, title: a.title });
  });

  it('GIVEN a ref the channel does not remember THEN an error saying to summarize the link again', async () => {
    const { run, deps } = setup();
    const a = await run('https://news.example/envoy', 'C1');
    const ref = a.kind === 'summary' ? (a.ref as string) : '';
    for (const command of [
      { kind: 'more', n: 2, ref: 'expired-ref' },
      { kind: 'quotes', ref: 'expired-ref' },
      { kind: 'ask', question: 'who?', ref: 'expired-ref' },
      { kind: 'more', n: 2, ref }, // another channel's article
    ] as const) {
      const channelId = command.ref === ref ? 'C2' : 'C1';
      const r = await handle(command, { platform: 'terminal', channelId }, deps);
      expect(r).toMatchObject({ kind: 'error', code: 'article_expired' });
      if (r.kind === 'error') expect(r.message).toMatch(/Summarize the link again/);
    }
  });

  it('GIVEN a question the article does not answer THEN found is false', async () => {
    const { run } = setup();
    await run('https://news.example/envoy');
    expect(await run('ask what is the price of bitcoin')).toMatchObject({
      kind: 'answer',
      found: false,
    });
  });

  it('GIVEN an unreachable link, empty text or garbage THEN a short error or help, never a throw', async () => {
    const { run } = setup();
    expect(await run('https://news.example/missing')).toMatchObject({
      kind: 'error',
      code: 'http_error',
    });
    expect(await run('summarize ...')).toMatchObject({ kind: 'error', code: 'no_sentences' });
    const help = await run('frobnicate the news');
    expect(help).toMatchObject({ kind: 'info', ephemeral: true });
    if (help.kind === 'info')
      expect(help.text).toMatch(/I don't know "frobnicate"[\s\S]*\/news ask/);
  });

  it('GIVEN no storage THEN feed commands explain they are not available', async () => {
    const { run } = setup();
    expect(await run('subscribe https://news.example/rss')).toMatchObject({
      kind: 'error',
      code: 'not_configured',
    });
  });

  it('GIVEN articles summarized today THEN digest lists them; none THEN it says what to do', async () => {
    const { run } = setup();
    expect(await run('digest')).toMatchObject({ kind: 'info' });
    await run('https://news.example/envoy');
    const d = await run('digest');
    expect(d.kind).toBe('digest');
    if (d.kind === 'digest')
      expect(d.stories[0]).toMatchObject({
        url: 'https://news.example/envoy',
        sources: [{ name: 'AFP' }],
      });
  });
  it('GIVEN a briefing story link as the target THEN ask and more act on that story, not the latest article, and more goes on from it', async () => {
    const { deps: base, run } = setup();
    let fetches = 0;
    const deps: HandlerDeps = {
      ...base,
      fetchArticle: (url) => {
        fetches++;
        return base.fetchArticle(url);
      },
    };
    await run('https://news.example/wheat', 'C1');
    const ctx: CommandContext = { platform: 'slack', channelId: 'C1' };
    const story = 'https://news.example/envoy';
    const a = await handle(
      { kind: 'ask', question: 'what share of trade does China have with North Korea?', story },
      ctx,
      deps,
    );
    expect(a).toMatchObject({ kind: 'answer', found: true, link: story });
    const m1 = await handle({ kind: 'more', n: 1, story }, ctx, deps);
    const m2 = await handle({ kind: 'more', n: 1, story }, ctx, deps);
    expect(m1.kind === 'summary' && m1.link).toBe(story);
    // The second `more` continues from the first: no point is given twice.
    if (m1.kind !== 'summary' || m2.kind !== 'summary') throw new Error('expected two summaries');
    expect(m2.points.map((p) => p.text)).not.toContain(m1.points[0]?.text);
    // The story's page was read once, on its first follow-up; then it is remembered by its link.
    expect(fetches).toBe(1);
    // A story whose page cannot be read says so.
    const q = await handle({ kind: 'quotes', story: 'https://news.example/missing' }, ctx, deps);
    expect(q).toMatchObject({ kind: 'error', code: 'http_error' });
  });
});

describe('length per channel', () => {
  /** Settings kept in a map, per platform and channel, as the store keeps them. */
  function mapSettings(): ChannelSettings {
    const lengths = new Map<string, SummaryLength>();
    return {
      getLength: async (c) => lengths.get(`${c.platform}:${c.channelId}`),
      setLength: async (c, length) => void lengths.set(`${c.platform}:${c.channelId}`, length),
    };
  }

  it('GIVEN no storage THEN /news length says it needs it, and summaries keep 4 points', async () => {
    const { run } = setup();
    expect(await run('length brief')).toMatchObject({ kind: 'error', code: 'not_configured' });
    const r = await run('https://news.example/envoy');
    expect(r.kind === 'summary' && r.points).toHaveLength(4);
  });

  it('GIVEN brief in one channel and detailed in another THEN 2 and 6 points, and a digest of today shows ledes only where brief', async () => {
    const { deps } = setup();
    const tuned = { ...deps, settings: mapSettings() };
    const runIn = async (text: string, channelId: string) => {
      const parsed = parseCommand(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      return handle(parsed.value, { platform: 'slack', channelId }, tuned);
    };
    expect(await runIn('length brief', 'C1')).toMatchObject({
      kind: 'info',
      text: expect.stringContaining('Length set to brief'),
    });
    await runIn('length detailed', 'C2');
    const brief = await runIn('https://news.example/envoy', 'C1');
    const detailed = await runIn('https://news.example/envoy', 'C2');
    expect(brief.kind === 'summary' && brief.points).toHaveLength(2);
    expect(detailed.kind === 'summary' && detailed.points).toHaveLength(6);
    const digest = await runIn('digest', 'C1');
    expect(digest.kind === 'digest' && digest.stories.map((s) => s.keyPoints.length)).toEqual([0]);
    expect(await runIn('length', 'C2')).toMatchObject({
      text: expect.stringContaining('This channel reads detailed: 6 key points a summary'),
    });
  });
});
