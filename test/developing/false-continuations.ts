/**
 * How often an unrelated story is taken for a continuation: BBC articles (../shared/eval,
 * not in the repository) paired at random, 8 shown and 8 new a day, 300 days, through the
 * matching a briefing uses. `npx tsx test/developing/false-continuations.ts`
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchChains, retellsStory, shownChains } from '../../src/briefing/developing.js';
import type { ShownStoryRecord } from '../../src/store/store.js';
import { storySentences } from '../../src/summarizer/new-facts.js';

const path = join(import.meta.dirname, '../../../shared/eval/bbc-dev.jsonl');
if (!existsSync(path)) {
  console.error(`The BBC evaluation data is missing (${path}); see /work/shared/eval/README.md.`);
  process.exit(1);
}
interface Row {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
}
const rows = readFileSync(path, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row);
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = (n: number) =>
  Array.from({ length: n }, () => rows[Math.floor(random() * rows.length)] as Row);
const lede = (text: string) => text.split('\n').find((l) => l.trim()) ?? '';

let matched = 0;
let continued = 0;
let stories = 0;
for (let day = 0; day < 300; day++) {
  const before = pick(8);
  const shown: ShownStoryRecord[] = before.map((r, i) => ({
    id: i + 1,
    firstKey: r.id,
    storyKey: r.id,
    guid: r.id,
    title: r.title ?? '',
    lede: lede(r.text),
    sentences: [],
    shownAt: '',
  }));
  const articles = new Map(before.map((r) => [r.id, storySentences(r.text, r.title ?? '')]));
  const today = pick(8).filter((r) => !before.includes(r));
  const chains = matchChains(
    today.map((r) => ({
      feedKey: 'new',
      guid: r.id,
      title: r.title ?? '',
      lede: lede(r.text),
      storyKey: `new:${r.id}`,
    })),
    shownChains(shown),
  );
  stories += today.length;
  chains.forEach((chain, i) => {
    const r = today[i] as Row;
    if (!chain) return;
    matched += 1;
    if (retellsStory(`new:${r.id}`, storySentences(r.text, r.title ?? ''), chain, articles)) {
      continued += 1;
      console.log(`  ${chain.latest.title}  ->  ${r.title}`);
    }
  });
}
const pct = (n: number) => `${((100 * n) / stories).toFixed(2)}%`;
console.log(
  `${stories} new stories: ${matched} matched a shown one by their words (${pct(matched)}), ${continued} also retell it (${pct(continued)}) and would be updates`,
);
