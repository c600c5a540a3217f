import { describe, expect, it } from 'vitest';
import {
  DISCORD_LIMITS,
  embedLength,
  fitEmbed,
  truncate,
} from '../../adapters/discord/discord-limits.js';
import { packEmbeds, splitContent } from '../../adapters/discord/split-embeds.js';
import { messageProblems } from './limits-check.js';

const long = (n: number, unit = 'word ') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe('truncate', () => {
  it('GIVEN text within the limit THEN it is unchanged', () => {
    expect(truncate('short', 10)).toBe('short');
  });
  it('GIVEN longer text THEN it ends with an ellipsis within the limit', () => {
    const t = truncate(long(300), 256);
    expect(t.length).toBeLessThanOrEqual(256);
    expect(t.endsWith('…')).toBe(true);
  });
  it('GIVEN an emoji at the cut THEN no half surrogate pair is left', () => {
    const t = truncate('🚧'.repeat(100), 11);
    expect(t.length).toBeLessThanOrEqual(11);
    expect(t).toBe(`${'🚧'.repeat(5)}…`);
  });
});

describe('fitEmbed', () => {
  const huge = {
    title: long(400),
    description: long(10_000),
    author: { name: long(500) },
    footer: { text: long(3000) },
    fields: Array.from({ length: 40 }, (_, i) => ({
      name: `Field ${i} ${long(300)}`,
      value: long(2000),
    })),
  };
  it('GIVEN every part over its limit THEN each part and the total fit', () => {
    const e = fitEmbed(huge);
    expect(messageProblems({ embeds: [e] })).toEqual([]);
    expect(embedLength(e)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(e.title?.length).toBeGreaterThan(250);
    expect(e.fields?.length).toBeGreaterThan(0);
  });
  it('GIVEN a small budget THEN title, lede and the first field survive within it', () => {
    const e = fitEmbed(huge, 600);
    expect(embedLength(e)).toBeLessThanOrEqual(600);
    expect(e.title).toBeDefined();
    expect(e.description?.length).toBeGreaterThan(100);
    expect(e.fields?.[0]?.name).toMatch(/^Field 0/);
  });
  it('GIVEN empty field text and a bad url THEN Discord-valid placeholders and no url', () => {
    const e = fitEmbed({
      title: 'T',
      url: 'javascript:alert(1)',
      fields: [{ name: ' ', value: '' }],
    });
    expect(e.url).toBeUndefined();
    expect(e.fields).toEqual([{ name: '\u200b', value: '\u200b' }]);
  });
  it('GIVEN an untitled embed with a url THEN the url is dropped (Discord needs a title for it)', () => {
    expect(fitEmbed({ description: 'x', url: 'https://example.com' }).url).toBeUndefined();
  });
});

describe('packEmbeds', () => {
  it('GIVEN 23 small embeds THEN messages of 10, 10 and 3', () => {
    const embeds = Array.from({ length: 23 }, (_, i) => ({ title: `Story ${i}` }));
    expect(packEmbeds(embeds).map((m) => m.length)).toEqual([10, 10, 3]);
  });
  it('GIVEN large embeds THEN no message goes over 6,000 characters', () => {
    const embeds = Array.from({ length: 7 }, () => ({ title: 'T', description: long(2500) }));
    const messages = packEmbeds(embeds);
    expect(messages.map((m) => m.length)).toEqual([2, 2, 2, 1]);
    for (const embedsOfOne of messages)
      expect(messageProblems({ embeds: embedsOfOne })).toEqual([]);
  });
});

describe('splitContent', () => {
  it('GIVEN 4,500 characters of lines THEN chunks of at most 2,000, cut at line breaks', () => {
    const text = Array.from({ length: 90 }, (_, i) => `Line ${i} ${long(40).trim()}`).join('\n');
    const chunks = splitContent(text);
    expect(chunks.length).toBe(3);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(2000);
    expect(chunks.join('\n')).toBe(text.trim());
  });
  it('GIVEN one endless word THEN it is cut hard', () => {
    const chunks = splitContent('x'.repeat(4500));
    expect(chunks.map((c) => c.length)).toEqual([2000, 2000, 500]);
  });
});
