import { describe, expect, it } from 'vitest';
import { rouge } from '../../src/eval/rouge.js';
import { rougeTokens } from '../../src/eval/rouge-tokenize.js';

describe('rougeTokens', () => {
  it('GIVEN mixed case and punctuation THEN lowercases, splits on non-[a-z0-9] and stems words over 3 chars', () => {
    // "the" (3 chars) is not stemmed; cats->cat, owners->owner, running->run; "É" is not
    // [a-z0-9] after lowercasing, so "É10" leaves "10".
    expect(rougeTokens("The cats' owners-said: 'Running!' É10")).toEqual([
      'the',
      'cat',
      'owner',
      'said',
      'run',
      '10',
    ]);
  });

  it("GIVEN words where natural's Porter and NLTK's disagree THEN NLTK's stems are used, as in rouge-score", () => {
    // natural (original Porter) would give sai / us / thei / di; "news" is in NLTK's pool.
    expect(rougeTokens('says used they died news')).toEqual(['say', 'use', 'they', 'die', 'news']);
  });
});

describe('rouge', () => {
  it('GIVEN a reordered candidate THEN R-1 counts all words and R-2 only shared bigrams', () => {
    // ref  the cat sat on the mat  -> bigrams the-cat cat-sat sat-on on-the the-mat (5)
    // cand the cat on the mat sat  -> bigrams the-cat cat-on on-the the-mat mat-sat (5)
    // 6 of 6 unigrams match (the x2 clipped at 2) -> P = R = 1 -> 100
    // the-cat, on-the, the-mat = 3 -> P = R = 3/5 -> 60
    const s = rouge('the cat sat on the mat', 'the cat on the mat sat');
    expect(s.r1).toBeCloseTo(100, 10);
    expect(s.r2).toBeCloseTo(60, 10);
  });

  it('GIVEN a repeated candidate word THEN counts are clipped to the reference', () => {
    // ref the the cat (3), cand the the the the (4)
    // min(2,4) = 2 -> P = 2/4, R = 2/3 -> F = 2*(1/2)(2/3)/(1/2+2/3) = (2/3)/(7/6) = 4/7
    // ref the-the, the-cat; cand the-the x3 -> min(1,3) = 1 -> P = 1/3, R = 1/2
    //      F = 2*(1/6)/(5/6) = 2/5
    const s = rouge('the the cat', 'the the the the');
    expect(s.r1).toBeCloseTo((100 * 4) / 7, 10);
    expect(s.r2).toBeCloseTo(40, 10);
  });

  it('GIVEN candidate sentences in the reverse order THEN R-Lsum (union-LCS) beats plain LCS', () => {
    // ref: one sentence "a b c d"; cand: two sentences "c d" / "a b".
    // union-LCS: LCS(ref, "c d") = {c,d}, LCS(ref, "a b") = {a,b}, union = 4 hits
    //            -> P = 4/4, R = 4/4 -> 100.
    // Plain LCS of "a b c d" with the concatenation "c d a b" is only 2 -> F would be 50.
    const s = rouge('a b c d', 'c d\na b');
    expect(s.rLsum).toBeCloseTo(100, 10);
    expect(rouge('a b c d', 'c d a b').rLsum).toBeCloseTo(50, 10);
  });

  it("GIVEN Lin's example THEN union-LCS takes the union of each candidate sentence's LCS", () => {
    // ref r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5
    // LCS(r,c1) = w1 w2, LCS(r,c2) = w1 w3 w5, union = w1 w2 w3 w5 -> 4 hits
    // (candidate has w1 twice, so w1 is counted once) -> R = 4/5, P = 4/10
    // F = 2*0.8*0.4/1.2 = 8/15
    const s = rouge('w1 w2 w3 w4 w5', 'w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5');
    expect(s.rLsum).toBeCloseTo((100 * 8) / 15, 10);
  });

  it('GIVEN the same words in two reference sentences THEN a candidate word is used only once', () => {
    // ref "a b" / "a b" (m = 4), cand "a b" (n = 2). Each reference sentence's union-LCS is
    // {a, b}, but the candidate has one a and one b: hits = 2 -> P = 1, R = 1/2 -> F = 2/3
    expect(rouge('a b\na b', 'a b').rLsum).toBeCloseTo((100 * 2) / 3, 10);
  });

  it('GIVEN inflected forms THEN stemming makes them match', () => {
    // runs -> run, running -> run: 1 of 1 -> 100
    expect(rouge('runs', 'running').r1).toBeCloseTo(100, 10);
  });

  it('GIVEN a side with no tokens THEN every score is 0, as in rouge-score', () => {
    expect(rouge('the cat', ' ... ')).toEqual({ r1: 0, r2: 0, rLsum: 0 });
    expect(rouge('', 'the cat')).toEqual({ r1: 0, r2: 0, rLsum: 0 });
  });
});
