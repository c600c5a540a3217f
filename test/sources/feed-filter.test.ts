import { describe, expect, it } from 'vitest';
import {
  describeFilter,
  type FeedFilter,
  filterFromJson,
  filterPredicate,
  isClearFilter,
  parseFilter,
  parseFilterLists,
} from '../../src/articles/feed-filter.js';

function parsed(text: string): FeedFilter {
  const r = parseFilter(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function problem(text: string): string {
  const r = parseFilter(text);
  if (r.ok) throw new Error(`"${text}" parsed as ${JSON.stringify(r.value)}`);
  expect(r.error.code).toBe('bad_filter');
  return r.error.message;
}

const passes = (filter: string, title: string, content = '') =>
  filterPredicate(parsed(filter))({ title, lede: '', content });

describe('parseFilter', () => {
  it('GIVEN words, commas and a quoted phrase THEN it reads both lists', () => {
    expect(parsed('only: climate, "interest rates" except: sport')).toEqual({
      only: ['climate', 'interest rates'],
      except: ['sport'],
    });
  });

  it('GIVEN either part alone, either order, any case, no commas THEN it reads them', () => {
    expect(parsed('EXCEPT: sport football')).toEqual({ only: [], except: ['sport', 'football'] });
    expect(parsed('except: sport only:climate')).toEqual({ only: ['climate'], except: ['sport'] });
    expect(parsed('only : climate')).toEqual({ only: ['climate'], except: [] });
  });

  it('GIVEN curly quotes (Slack and phones type them) THEN the phrase is one term', () => {
    expect(parsed('only: “interest rates”, ECB')).toEqual({
      only: ['interest rates', 'ECB'],
      except: [],
    });
  });

  it('GIVEN the same stem twice THEN it is kept once, first spelling', () => {
    expect(parsed('only: rates, rate, Rates').only).toEqual(['rates']);
  });

  it('GIVEN bad syntax THEN one line says what is wrong and shows an example', () => {
    const cases: [string, RegExp][] = [
      ['climate', /start with only: or except:, not "climate"/],
      ['only:', /only: needs at least one word/],
      ['only: climate except:', /except: needs at least one word/],
      ['only: "interest rates', /quote is not closed/],
      ['only: climate include: x', /"include:" is not a filter part/],
      ['only: !!!', /"!!!" has no letters or digits/],
      ['only: rates except: rate', /"rates" is in both/],
      ['only: ""', /empty "" is not a phrase/],
      [`only: ${Array.from({ length: 21 }, (_, i) => `w${i}`).join(' ')}`, /at most 20/],
      [`only: ${'a, '.repeat(100_000)}`, /at most 1,500 characters, not 300,006/],
    ];
    for (const [text, expected] of cases) {
      const message = problem(text);
      expect(message, text).toMatch(expected);
      expect(message, text).toContain(
        'for example `only: climate, "interest rates" except: sport`',
      );
      expect(message, text).not.toContain('\n');
    }
  });

  it('GIVEN none, off or clear THEN it is the clearing word, not a filter', () => {
    expect(['none', 'Off', ' clear ', 'all'].every(isClearFilter)).toBe(true);
    expect(isClearFilter('only: none')).toBe(false);
  });
});

describe('parseFilterLists (Discord options)', () => {
  it('GIVEN only and except apart THEN they read like the typed filter', () => {
    const r = parseFilterLists('climate, "interest rates"', 'sport');
    expect(r.ok && r.value).toEqual({ only: ['climate', 'interest rates'], except: ['sport'] });
  });

  it('GIVEN both blank THEN it is an error; GIVEN a keyword inside THEN it says so', () => {
    expect(parseFilterLists(undefined, ' ').ok).toBe(false);
    const r = parseFilterLists('climate except: sport', undefined);
    expect(!r.ok && r.error.message).toMatch(/without "only:" or "except:"/);
  });
});

describe('filterPredicate', () => {
  it('GIVEN "rate" THEN it matches "rates", "Rate" and "rating" (stems), not "rat" or "pirate"', () => {
    expect(passes('only: rate', 'Central bank holds rates')).toBe(true);
    expect(passes('only: rate', 'RATE decision due')).toBe(true);
    expect(passes('only: rate', 'Agency cuts rating')).toBe(true);
    expect(passes('only: rate', 'A rat in the kitchen')).toBe(false);
    expect(passes('only: rate', 'Pirate radio returns')).toBe(false);
  });

  it('GIVEN a phrase THEN its words must be consecutive, in the title or the text', () => {
    const f = 'only: "interest rates"';
    expect(passes(f, 'Bank raises interest rate')).toBe(true);
    expect(passes(f, 'Markets calm', 'The interest rates set in Frankfurt stay put.')).toBe(true);
    expect(passes(f, 'Rates and interest', 'Interest in the rates is low.')).toBe(false);
  });

  it('GIVEN except THEN a mention anywhere drops the item, even one that matches only', () => {
    const f = 'only: climate except: sport';
    expect(passes(f, 'Climate summit opens')).toBe(true);
    expect(passes(f, 'Climate and sport', '')).toBe(false);
    expect(passes(f, 'Olympics', 'Sports bodies sign a climate pledge.')).toBe(false);
    expect(passes('except: sport', 'Budget vote')).toBe(true);
  });

  it('GIVEN a phrase with a stop word and a possessive THEN it still matches', () => {
    expect(passes('only: "bank of england"', "The Bank of England's governor spoke")).toBe(true);
    expect(passes('only: china', "China's exports rose")).toBe(true);
  });

  it('GIVEN words whose stem rewrites their ending THEN they still match ("dying" is "die", "happiness" is "happy")', () => {
    expect(passes('only: die', 'Hundreds dying of cholera')).toBe(true);
    expect(passes('only: lie', 'Senator accused of lying')).toBe(true);
    expect(passes('only: happy', 'Happiness index falls')).toBe(true);
    expect(passes('only: organization', 'Organizations merge')).toBe(true);
    expect(passes('only: "interest rates"', 'Rates')).toBe(false);
  });

  it('GIVEN no filter THEN everything passes', () => {
    expect(filterPredicate(undefined)({ title: 'Anything' })).toBe(true);
  });
});

describe('describeFilter and filterFromJson', () => {
  it('GIVEN a filter THEN it reads back as typed, phrases quoted, and round-trips through JSON', () => {
    const f = parsed('only: climate, "interest rates" except: sport');
    expect(describeFilter(f)).toBe('only: climate, "interest rates" · except: sport');
    expect(filterFromJson(JSON.stringify(f))).toEqual(f);
    expect(describeFilter(undefined)).toBe('');
  });

  it('GIVEN nothing or garbage stored THEN there is no filter', () => {
    expect(filterFromJson(null)).toBeUndefined();
    expect(filterFromJson('{not json')).toBeUndefined();
    expect(filterFromJson('{"only":[],"except":[]}')).toBeUndefined();
  });
});
