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
