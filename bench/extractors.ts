// npm run bench:extractors [-- --data ../shared/eval/extraction]
//
// The comparison behind the choice of extractor (README, "Article extraction"): newsbrief's
// extraction, plain Readability, and the maintained JavaScript alternatives alone and
// combined, on the benchmark's dev pages with its own metric. The alternatives are not
// dependencies of newsbrief; install them for the run only:
//   npm install --no-save defuddle @extractus/article-extractor
// (@postlight/parser cannot be installed from the registry alone: it depends on GitHub
// repositories.) Missing ones are reported and skipped.
import { parseHTML } from 'linkedom';
import { articleBlocks, type DomNode } from '../src/articles/article-blocks.js';
import { countWordsAnyScript } from '../src/articles/count-words.js';
import { DEFAULT_EXTRACTION_DIR, loadBenchmarkPages } from '../src/eval/extraction/pages.js';
import {
  type Extractor,
  newsbriefExtractor,
  plainReadability,
  type SystemRun,
  scoreSystem,
  systemsTable,
} from '../src/eval/extraction/score-systems.js';

interface DefuddleModule {
  default: new (doc: unknown, options: { url: string }) => { parse(): { content?: string } };
}
interface ExtractusModule {
  extractFromHtml(html: string, url: string): Promise<{ content?: string } | null>;
}

/** Imports an optional package by name (kept out of the type checker's module resolution). */
async function optional<T>(name: string): Promise<T | undefined> {
  try {
    return (await import(name)) as T;
  } catch {
    return undefined;
  }
}

const bodyOf = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as DomNode;
const textOf = (html: string) => bodyOf(html).textContent ?? '';

async function main(): Promise<void> {
  const i = process.argv.indexOf('--data');
  const dir = i >= 0 ? (process.argv[i + 1] ?? DEFAULT_EXTRACTION_DIR) : DEFAULT_EXTRACTION_DIR;
  const loaded = loadBenchmarkPages(dir);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    process.exitCode = 1;
    return;
  }
  const { pages } = loaded;
  // Defuddle reports broken JSON-LD on the console; the table is what matters here.
  console.error = () => {};
  const systems: [string, Extractor][] = [
    ['newsbrief', newsbriefExtractor],
    ['Readability 0.6 (linkedom, textContent)', plainReadability],
  ];
  const defuddle = await optional<DefuddleModule>('defuddle');
  const extractus = await optional<ExtractusModule>('@extractus/article-extractor');
  if (defuddle) {
    const run = (html: string, url: string) =>
      new defuddle.default(parseHTML(html).document, { url }).parse().content ?? '';
    const withBlocks = (html: string, url: string) =>
      articleBlocks(bodyOf(run(html, url))).join('\n\n');
    systems.push(
      ['defuddle 0.19 (linkedom, textContent)', (p) => textOf(run(p.html, p.url))],
      ['defuddle + newsbrief furniture filter', (p) => withBlocks(p.html, p.url)],
      [
        'newsbrief ∩ defuddle (vote: blocks both found)',
        (p) => {
          const norm = (t: string) =>
            t
              .toLowerCase()
              .replace(/[^\p{L}\p{N}]+/gu, ' ')
              .trim();
          const other = norm(withBlocks(p.html, p.url));
          const mine = newsbriefExtractor(p) as string;
          if (other.length < 200) return mine;
          return mine
            .split('\n\n')
            .filter((b) => other.includes(norm(b)))
            .join('\n\n');
        },
      ],
      [
        'newsbrief, defuddle as fallback under 60 words',
        (p) => {
          const a = newsbriefExtractor(p) as string;
          return countWordsAnyScript(a) >= 60 ? a : withBlocks(p.html, p.url);
        },
      ],
    );
  } else process.stderr.write('defuddle not installed: skipped\n');
  if (extractus) {
    const content = async (html: string, url: string) =>
      (await extractus.extractFromHtml(html, url))?.content ?? '';
    systems.push(
      ['@extractus/article-extractor 9.0', async (p) => textOf(await content(p.html, p.url))],
      [
        '@extractus + newsbrief furniture filter',
        async (p) => articleBlocks(bodyOf(await content(p.html, p.url))).join('\n\n'),
      ],
    );
  } else process.stderr.write('@extractus/article-extractor not installed: skipped\n');
  const runs: SystemRun[] = [];
  for (const [name, extract] of systems) runs.push(await scoreSystem(name, pages, extract));
  process.stdout.write(`${dir}: ${pages.length} pages\n\n${systemsTable(runs).join('\n')}\n`);
}

await main();
