import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot, SAMPLE_ARTICLE } from '../../src/core/package-root.js';
import { handle } from '../../src/handler/handle.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';
import { parseCommand } from '../../src/handler/parse-command.js';
import type { CommandContext, HandlerDeps, Reply } from '../../src/handler/types.js';

const sample = readFileSync(join(packageRoot(), SAMPLE_ARTICLE), 'utf8');

function setup(): { deps: HandlerDeps; run: (text: string, channelId?: string) => Promise<Reply> } {
  const deps: HandlerDeps = {
    fetchArticle: async (url) =>
      url === 'https://news.example/envoy'
        ? { ok: true, value: { text: sample, url, source: 'AFP' } }
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
  it('GIVEN a link THEN a summary reply with title, lede, 4 labelled points, quotes and the link', async () => {
    const { run } = setup();
    const r = await run('https://news.example/envoy');
    expect(r.kind).toBe('summary');
    if (r.kind !== 'summary') return;
    expect(r.title).toContain('China Sends Envoy');
    expect(r.points).toHaveLength(4);
    expect(r.points.every((p) => p.label.length > 0)).toBe(true);
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
});
