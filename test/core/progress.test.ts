import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../src/core/progress.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('terminalProgress', () => {
  it('GIVEN a terminal THEN nothing in the first second, then one line redrawn in place, cleared at the end', () => {
    const { stream, written } = fakeStream(true);
    let t = 0;
    const p = terminalProgress('eval', stream, { now: () => t });
    p.update('scoring', 1, 1836);
    t = 400;
    p.update('scoring', 300, 1836);
    expect(written).toEqual([]);
    t = 1500;
    p.update('scoring TextRank', 812, 1836);
    t = 1550; // within 100 ms of the last redraw: skipped
    p.update('scoring TextRank', 813, 1836);
    p.end();
    expect(written).toEqual(['\r\x1b[Keval: scoring TextRank 812/1,836 (2 s)', '\r\x1b[K']);
  });

  it('GIVEN stderr is a pipe or a file THEN nothing at all', () => {
    const { stream, written } = fakeStream(false);
    let t = 0;
    const p = terminalProgress('digest', stream, { now: () => t });
    t = 5000;
    p.update('reading feeds', 3, 5);
    p.end();
    expect(written).toEqual([]);
  });
});
