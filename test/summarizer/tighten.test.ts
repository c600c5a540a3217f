import { describe, expect, it } from 'vitest';
import { tightenSentence } from '../../src/summarizer/tighten.js';

describe('tightenSentence', () => {
  it('GIVEN photo-position asides and a leading connective THEN they go, the facts stay', () => {
    expect(
      tightenSentence('But the mayor (pictured) said the bridge would reopen on Monday.'),
    ).toBe('The mayor said the bridge would reopen on Monday.');
    expect(tightenSentence('So far, nobody has been charged.')).toBe(
      'So far, nobody has been charged.',
    );
  });
});
