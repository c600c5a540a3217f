import { describe, expect, it } from 'vitest';
import { runDigestCommand } from '../../src/briefing/digest-command.js';
import { useStandardNewsServer } from '../sources/support/local-news-server.js';
import { RHINE } from '../sources/support/news-stories.js';

const news = useStandardNewsServer();

const fetchOptions = { allowHosts: ['127.0.0.1'] };

describe('newsbrief digest --feed …', () => {
  it('GIVEN two feeds sharing a story THEN the JSON digest shows it once with both sources', async () => {
    const r = await runDigestCommand({
      feeds: [news().feedUrl('courier'), news().feedUrl('wire')],
      format: 'json',
      fetchOptions,
    });
    expect(r.exitCode).toBe(0);
    expect(r.errors).toEqual([]);
    const { stories } = JSON.parse(r.output);
    expect(stories).toHaveLength(5);
    const rhine = stories.filter((s: { title: string }) => /Rhine/.test(s.title));
    expect(rhine).toHaveLength(1);
    expect(rhine[0].sources.map((s: { name: string }) => s.name)).toEqual([
      'Rhine Valley Courier',
      'Continental Wire',
    ]);
    expect(stories[0].title).toBe(RHINE.title);
    expect(Object.keys(stories[0])).toEqual(['title', 'url', 'sources', 'lede', 'keyPoints']);
    expect(stories[0].url).toBe(`${news().origin}/courier/${RHINE.slug}`);
    expect(stories[0].lede).toMatch(/Cargo barges/);
    expect(stories[0].keyPoints.length).toBeGreaterThanOrEqual(2);
    expect(stories[0].keyPoints.length).toBeLessThanOrEqual(3);
    expect(Object.keys(stories[0].keyPoints[0])).toEqual(['label', 'text']);
  });

  it('GIVEN text and markdown formats THEN the shared story appears once with both source names', async () => {
    for (const format of ['text', 'markdown']) {
      const r = await runDigestCommand({
        feeds: [news().feedUrl('courier'), news().feedUrl('wire')],
        format,
        fetchOptions,
      });
      expect(r.exitCode).toBe(0);
      expect(r.output.match(/Rhine shipping halted/g)).toHaveLength(1);
      expect(r.output).not.toContain('Record low water halts');
      expect(r.output).toMatch(/Rhine Valley Courier.*Continental Wire/);
    }
  });

  it('GIVEN one feed fails THEN the other is still digested and the failure is reported on stderr', async () => {
    const r = await runDigestCommand({
      feeds: [news().feedUrl('courier'), news().feedUrl('missing')],
      fetchOptions,
    });
    expect(r.exitCode).toBe(0);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain('404');
    expect(r.output).toContain('Rhine shipping halted');
  });

  it('GIVEN no readable feed, no feed or a bad format THEN the exit code says which', async () => {
    expect(
      (await runDigestCommand({ feeds: [news().feedUrl('missing')], fetchOptions })).exitCode,
    ).toBe(1);
    expect((await runDigestCommand({ feeds: [] })).exitCode).toBe(2);
    const bad = await runDigestCommand({ feeds: ['x'], format: 'yaml' });
    expect(bad).toMatchObject({ exitCode: 2, errors: [expect.stringContaining('--format')] });
  });

  it('GIVEN feeds on a private address without an allow list THEN nothing is fetched', async () => {
    const before = news().requests.length;
    const r = await runDigestCommand({ feeds: [news().feedUrl('courier')] });
    expect(r.exitCode).toBe(1);
    expect(r.errors[0]).toMatch(/address is not allowed/);
    expect(news().requests.length).toBe(before);
  });
});
