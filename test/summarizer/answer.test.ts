import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot, SAMPLE_ARTICLE } from '../../src/core/package-root.js';
import { answer } from '../../src/summarizer/answer.js';

const article = { text: readFileSync(join(packageRoot(), SAMPLE_ARTICLE), 'utf8') };

describe('answer', () => {
  it('GIVEN a question the article answers THEN 1-3 supporting sentences in article order', () => {
    const a = answer(article, 'What share of North Korea trade does China account for?');
    expect(a.found).toBe(true);
    expect(a.sentences.length).toBeGreaterThanOrEqual(1);
    expect(a.sentences.length).toBeLessThanOrEqual(3);
    expect(a.sentences.join(' ')).toContain('90 percent');
  });

  it('GIVEN a question about the freeze plan THEN the dual-track sentence comes back', () => {
    expect(answer(article, 'what is the dual track approach?').sentences.join(' ')).toContain(
      'freeze its military drills',
    );
  });

  it('GIVEN a question the article does not cover THEN it says so', () => {
    expect(answer(article, 'What is the price of bitcoin?')).toEqual({
      found: false,
      sentences: [],
      score: 0,
    });
    expect(answer(article, 'what?').found).toBe(false);
  });
});

describe('answer types', () => {
  // Five sentences match "bridge repairs" alike; the one with the date is longer, so term
  // matching alone (BM25 normalises by length) leaves it out of the top three.
  const bridge = {
    text: [
      'The bridge repairs were approved.',
      'Bridge repairs are needed.',
      'The bridge repairs are urgent.',
      'The bridge repairs will begin on 2 March next year.',
      'Residents welcomed the bridge repairs.',
      'Elsewhere, the mayor opened a new library in the north of the city.',
      'The library holds forty thousand books and a small cafe.',
      'School pupils will visit the library every week from the spring.',
      'Parking near the library is limited to two hours.',
      'The football club announced a new coach on Friday evening.',
      'Fans have waited a long time for good news from the club.',
      'Ticket sales for the new season opened this morning.',
      'The weather is expected to stay dry through the weekend.',
    ].join(' '),
  };

  it('GIVEN "when" THEN the sentence holding a date is among the answers', () => {
    expect(answer(bridge, 'When are the bridge repairs?').sentences.join(' ')).toContain('2 March');
  });

  it('GIVEN a question with no type THEN plain term matching decides (the long sentence is left out)', () => {
    expect(answer(bridge, 'What about the bridge repairs?').sentences.join(' ')).not.toContain(
      '2 March',
    );
  });
});

describe('answers that find the kind asked for', () => {
  const wheat = {
    text: readFileSync(join(packageRoot(), 'summaries/articles/drought-wheat-prices.txt'), 'utf8'),
  };

  it('GIVEN "who was sent?" THEN the sentence naming the envoy comes first (the verb, not shared nouns)', () => {
    expect(answer(article, 'who was sent?').sentences[0]).toMatch(
      /^Diplomat Song Tao was travelling/,
    );
    expect(answer(article, 'who was sent to North Korea?').sentences[0]).toContain('Song Tao');
  });

  it('GIVEN "how much did prices rise?" THEN the rise and the price ("rose 3.5 percent to $7.18")', () => {
    expect(answer(wheat, 'how much did prices rise?').sentences[0]).toContain(
      'rose 3.5 percent to $7.18 a bushel',
    );
  });

  it('GIVEN who, when, where and why THEN a sentence holding a name, a date, a place, a reason', () => {
    expect(answer(wheat, 'who disputed the private crop estimate?').sentences[0]).toBe(
      "Russia's agriculture ministry rejected that assessment.",
    );
    expect(answer(article, 'where was Song spotted?').sentences[0]).toContain("Beijing's airport");
    expect(answer(article, "why won't Beijing squeeze Pyongyang harder?").sentences[0]).toContain(
      'would cause its collapse',
    );
    expect(answer(wheat, 'when did wheat hit its high?').sentences[0]).toContain('on Tuesday');
  });

  it('GIVEN a question of a kind no sentence holds THEN the article does not say', () => {
    expect(answer(wheat, 'how much rain fell in Kansas last week?').found).toBe(false);
    expect(answer(article, 'how long will Song stay in Pyongyang?').found).toBe(false);
  });
});
