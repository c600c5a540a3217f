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
