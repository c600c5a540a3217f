import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/articles/canonical-url.js';
import { type GroupableItem, groupStories } from '../../src/articles/group-stories.js';
import {
  BANK,
  CHIPS,
  HEAT,
  ledeOf,
  RHINE,
  RHINE_WIRE_LEDE,
  RHINE_WIRE_TITLE,
  TRAM,
} from './support/news-stories.js';

describe('canonical URLs', () => {
  it('GIVEN tracking parameters, www, a fragment and a trailing slash THEN they are removed', () => {
    expect(
      canonicalUrl('http://www.Example.com:80/news/story/?utm_source=rss&id=7&fbclid=x&a=1#top'),
    ).toBe('https://example.com/news/story?a=1&id=7');
  });

  it('GIVEN the same page with parameters in another order THEN the keys are equal', () => {
    expect(canonicalUrl('https://example.com/s?b=2&a=1')).toBe(
      canonicalUrl('https://example.com/s?a=1&b=2&utm_campaign=x'),
    );
  });

  it('GIVEN a relative link and a base THEN it is resolved; a non-http link has no key', () => {
    expect(canonicalUrl('/a/b', 'https://example.com/feed.xml')).toBe('https://example.com/a/b');
    expect(canonicalUrl('mailto:x@example.com')).toBeUndefined();
  });
});

let serial = 0;
const item = (
  feedKey: string,
  title: string,
  lede: string,
  extra: Partial<GroupableItem> = {},
) => ({
  feedKey,
  guid: `${feedKey}-${++serial}`,
  title,
  lede,
  ...extra,
});

describe('grouping stories', () => {
  it('GIVEN the same story in two feeds under different URLs and headlines THEN they form one group', () => {
    const items = [
      item('courier', RHINE.title, ledeOf(RHINE)),
      item('courier', TRAM.title, ledeOf(TRAM)),
      item('wire', RHINE_WIRE_TITLE, RHINE_WIRE_LEDE),
      item('wire', CHIPS.title, ledeOf(CHIPS)),
      item('wire', BANK.title, ledeOf(BANK)),
    ];
    const groups = groupStories(items);
    expect(groups.map((g) => g.map((i) => i.feedKey))).toEqual([
      ['courier', 'wire'],
      ['courier'],
      ['wire'],
      ['wire'],
    ]);
  });

  it('GIVEN two different stories on the same topic THEN they stay apart', () => {
    const items = [
      item('courier', RHINE.title, ledeOf(RHINE)),
      item(
        'wire',
        'Rhine ferry services resume after repairs to landing stage',
        'Car ferries between Bingen and Rüdesheim began running again on Monday after engineers finished repairing a landing stage damaged by a barge in August.',
      ),
      item('wire', HEAT.title, ledeOf(HEAT)),
    ];
    expect(groupStories(items)).toHaveLength(3);
  });

  it('GIVEN the same canonical URL or a global GUID in two feeds THEN they are one story', () => {
    const items = [
      item('a', 'Headline one', 'Text one.', { canonicalUrl: 'https://x.example/s' }),
      item('b', 'Totally different words', 'Other text.', { canonicalUrl: 'https://x.example/s' }),
      item('a', 'Gamma', 'g', { guid: 'urn:uuid:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0' }),
      item('b', 'Delta', 'd', { guid: 'urn:uuid:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0' }),
      item('a', 'Epsilon', 'e', { guid: '17' }),
      item('b', 'Zeta', 'z', { guid: '17' }),
    ];
    expect(groupStories(items).map((g) => g.length)).toEqual([2, 2, 1, 1]);
  });
});

describe('grouping guards', () => {
  it('GIVEN similar but distinct stories chained across feeds THEN a group holds at most one item per feed', () => {
    const items = [
      item(
        'a',
        'Hamburg council approves tram extension worth 120 million euros',
        'The council in Hamburg approved the tram extension.',
      ),
      item(
        'b',
        'Hamburg council approves tram extension worth 120 million euros',
        'The council in Hamburg approved the tram extension.',
      ),
      item(
        'a',
        'Hamburg council delays tram extension worth 560 million euros',
        'The council in Hamburg delayed the tram extension.',
      ),
      item(
        'b',
        'Hamburg council delays tram extension worth 560 million euros',
        'The council in Hamburg delayed the tram extension.',
      ),
    ];
    const groups = groupStories(items);
    for (const g of groups) expect(new Set(g.map((i) => i.feedKey)).size).toBe(g.length);
    expect(groups.map((g) => g.map((i) => i.title.split(' ')[2]))).toEqual([
      ['approves', 'approves'],
      ['delays', 'delays'],
    ]);
  });
});
