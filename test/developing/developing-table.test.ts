import { describe, expect, it } from 'vitest';
import { SEQUENCES } from '../fixtures/developing/sequences.js';
import { formatTable, measureDeveloping } from './measure.js';

describe('developing stories on ten hand-written sequences (test/fixtures/developing)', () => {
  it('GIVEN each follow-up a day later THEN it is an update with its main new fact and no repeated background', async () => {
    const rows = await measureDeveloping();
    // The table the issue asks for (also: npx tsx test/developing/print-table.ts --sentences).
    console.log(formatTable(rows));
    const followUps = SEQUENCES.flatMap((s) => s.articles.filter((a) => a.day > 0));
    expect(rows).toHaveLength(followUps.length);
    expect(rows.filter((r) => !r.update).map((r) => `${r.sequence}#${r.day}`)).toEqual([]);
    expect(rows.filter((r) => !r.mainFact).map((r) => `${r.sequence}#${r.day}`)).toEqual([]);
    expect(rows.reduce((n, r) => n + r.repeats, 0)).toBe(0);
    for (const r of rows) expect(r.newFacts).toBeGreaterThan(0);
  });

  it('GIVEN the same sequences without the earlier days THEN each article is a full story again (the baseline repeats background)', async () => {
    const rows = await measureDeveloping(SEQUENCES, { remember: false });
    console.log(`Baseline, every article as a full story:\n${formatTable(rows)}`);
    expect(rows.every((r) => !r.update)).toBe(true);
    expect(rows.reduce((n, r) => n + r.repeats, 0)).toBeGreaterThan(0);
  });
});
