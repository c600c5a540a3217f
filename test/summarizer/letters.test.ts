import { describe, expect, it } from 'vitest';
import { en, enRegExp } from '../../src/summarizer/letters.js';

/** Every character of the blocks where the narrowed classes promise Unicode's own answer. */
function exactBlocks(): string[] {
  const out: string[] = [];
  for (const [lo, hi] of [
    [0x0000, 0x017f],
    [0x0370, 0x03ff],
    [0x0400, 0x045f],
  ] as const) {
    for (let c = lo; c <= hi; c++) out.push(String.fromCharCode(c));
  }
  return out;
}

describe('en: the rules’ letter classes', () => {
  it('GIVEN any character of Latin to Latin Extended-A, Greek or basic Cyrillic THEN each class answers as \\p{…} does', () => {
    const pairs = [
      [en`^\p{L}$`, /^\p{L}$/u],
      [en`^\p{Lu}$`, /^\p{Lu}$/u],
      [en`^\p{Ll}$`, /^\p{Ll}$/u],
      [en`^\p{N}$`, /^\p{N}$/u],
    ] as const;
    for (const [narrow, unicode] of pairs) {
      const differ = exactBlocks().filter((ch) => narrow.test(ch) !== unicode.test(ch));
      expect(differ, unicode.source).toEqual([]);
    }
  });

  it('GIVEN names written in Latin, Greek or Cyrillic THEN capitalised names read as such', () => {
    const name = en`^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$`;
    for (const n of [
      'Émile',
      'Łukasz',
      'Özdemir',
      'Šefčovič',
      'İlkay',
      'Nguyễn',
      'Σωκράτης',
      'Дмитрий',
      'Jean-Luc',
    ]) {
      expect(name.test(n), n).toBe(true);
    }
    for (const n of ['łukasz', 'émile', 'дмитрий', 'McDonald-', '12'])
      expect(name.test(n), n).toBe(false);
  });

  it('GIVEN a class written inside a class, an escaped backslash or interpolated parts THEN the pattern means what it says', () => {
    expect(en`^[\p{L}'’-]+$`.test('Saint-Étienne’s')).toBe(true);
    expect(en`^[\p{L}'’-]+$`.test('Saint Étienne')).toBe(false);
    // "\\p{L}" is a backslash and the text "p{L}", not a class.
    expect(en`^\\p\{L\}$`.test('\\p{L}')).toBe(true);
    const words = ['said', 'told'];
    expect(en`\b(?:${words.join('|')})\s+\p{Lu}`.test('he told Łukasz')).toBe(true);
    expect(enRegExp('^\\p{Lu}', 'u').test('Ábel')).toBe(true);
  });

  it('GIVEN a global pattern used twice THEN the second use starts from the beginning, as a fresh literal would', () => {
    const first = (s: string) => en.g`\p{Lu}\p{Ll}+`.exec(s)?.[0];
    const re = en.g`\p{Lu}\p{Ll}+`;
    re.exec('Anna and Boris');
    expect(re.lastIndex).toBeGreaterThan(0);
    expect(first('Anna and Boris')).toBe('Anna');
    expect(first('Anna and Boris')).toBe('Anna');
    expect([...'Anna met Boris and Ćiro'.matchAll(en.g`\p{Lu}\p{Ll}+`)].map((m) => m[0])).toEqual([
      'Anna',
      'Boris',
      'Ćiro',
    ]);
  });

  it('GIVEN flags THEN each tag has them', () => {
    expect(en.i`^\p{Lu}`.test('émile')).toBe(true);
    expect(en`^\p{Lu}`.test('émile')).toBe(false);
    expect(en.y`\p{Lu}`.flags).toBe('uy');
    expect(en.gi`\p{Lu}`.flags).toBe('giu');
  });
});
