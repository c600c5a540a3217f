import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultDataPath, readEvalFile } from '../../src/eval/dataset.js';
import { summarize } from '../../src/summarizer/summarize.js';
import { emptyScore, loadQuoteSet, scoreArticle } from './quote-set.js';

const FILES = ['cnndm-validation.jsonl', 'bbc-dev.jsonl'].map((f) => defaultDataPath(f));
const haveData = FILES.every((f) => existsSync(f));
if (!haveData)
  console.warn(
    `quote set skipped: the annotated articles are read from ${FILES.join(' and ')}, which are not here.`,
  );

describe.skipIf(!haveData)('quotes on 40 hand-annotated news articles (../shared/eval)', () => {
  it('GIVEN the annotated articles THEN precision >= 0.9, recall >= 0.8, speaker right >= 0.9', () => {
    const byId = new Map(
      FILES.flatMap((f) => {
        const r = readEvalFile(f);
        return r.ok ? r.value.map((a) => [a.id, a] as const) : [];
      }),
    );
    const score = emptyScore();
    for (const g of loadQuoteSet()) {
      const a = byId.get(g.id);
      expect(a, `article ${g.id} is in the eval files`).toBeDefined();
      if (!a) continue;
      const s = summarize({ text: a.text, title: a.title ?? undefined });
      scoreArticle(g.id, s.ok ? s.value.quotes : [], g.quotes, score);
    }
    const precision = score.correct / score.found;
    const recall = score.recalled / score.gold;
    const speaker = score.speakerRight / score.recalled;
    console.log(
      `quote set: P ${precision.toFixed(3)} (${score.correct}/${score.found}), R ${recall.toFixed(3)} (${score.recalled}/${score.gold}), speaker ${speaker.toFixed(3)} (${score.speakerRight}/${score.recalled}), whole ${score.whole}/${score.withEnd}`,
    );
    if (process.env.QUOTE_SET_VERBOSE) console.log(score.misses.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(speaker).toBeGreaterThanOrEqual(0.9);
  });
});
