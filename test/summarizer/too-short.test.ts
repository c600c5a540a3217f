import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { summarize } from '../../src/summarizer/summarize.js';

const TOO_SHORT = 'too short to summarize: paste the article or a link';
/** Two sentences, 40 words: a real news brief. */
const BRIEF =
  'The regional rail operator cancelled all evening trains between Lyon and Grenoble on Thursday after a landslide buried the tracks near Voiron. Engineers expect the line to reopen on Monday, and replacement buses will run every hour until Monday evening.';

const cli = join(packageRoot(), 'dist/src/cli.js');
const summarizeStdin = (text: string) =>
  spawnSync(process.execPath, [cli, 'summarize', '-'], {
    input: text,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });

describe('text too short to be news', () => {
  it.each([
    ['a single word', 'hello'],
    ['a sentence fragment', 'officials said on Tuesday that the council would'],
    ['a headline', 'Mayor resigns after budget vote.'],
    [
      'one short sentence',
      'The mayor of Springfield resigned on Tuesday after losing a budget vote.',
    ],
  ])('GIVEN %s ("%s") THEN too short to summarize, not a summary of itself', (_, text) => {
    expect(summarize({ text })).toEqual({
      ok: false,
      error: { code: 'too_short', message: TOO_SHORT },
    });
  });

  it('GIVEN a two-sentence, 40-word news brief THEN it is summarized', () => {
    expect(BRIEF.split(/\s+/)).toHaveLength(40);
    const r = summarize({ text: BRIEF });
    // The first sentence is the lede, the second the one key point.
    expect(r.ok && r.value.lede.length > 0 && r.value.keyPoints.length).toBe(1);
  });

  it('GIVEN `newsbrief summarize -` of "hello" THEN the message and a non-zero exit; the brief exits 0', () => {
    const hello = summarizeStdin('hello\n');
    expect(hello.stderr).toContain(TOO_SHORT);
    expect(hello.stdout).toBe('');
    expect(hello.status).not.toBe(0);
    const brief = summarizeStdin(BRIEF);
    expect(brief.status).toBe(0);
    expect(brief.stdout).toContain('Engineers expect the line to reopen on Monday');
  });
});
