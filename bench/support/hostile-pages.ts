/**
 * Pages from the fault and abuse run (issue 13), rebuilt so tests and benchmarks can serve
 * them on 127.0.0.1: each once froze the bot when read on its event loop.
 */

const STORY =
  'The harbour authority said on Monday that container traffic rose by 12 percent in the first quarter, the strongest growth since the new terminal opened, as shipping lines moved routes away from congested ports further north.';

/** An ordinary news page: a headline and `paragraphs` paragraphs of story. */
export function newsPage(title = 'Harbour traffic grows 12 percent', paragraphs = 12): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>${STORY} Paragraph ${i + 1} adds that officials expect the trend to continue.</p>`,
  ).join('');
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

/** The story wrapped in `depth` nested divs (2,000: 26 KB that took Readability minutes). */
export function nestedDivPage(depth = 2000): string {
  const story = Array.from({ length: 6 }, () => `<p>${STORY}</p>`).join('');
  return `<!doctype html><html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}${story}${'</div>'.repeat(depth)}</body></html>`;
}

/** A page of `count` small elements, just under the 5 MB fetch cap at 200,000 (934 MB to parse). */
export function manyElementsPage(count = 200_000): string {
  const items = '<span>word</span> '.repeat(count);
  return `<!doctype html><html><head><title>Huge page</title></head><body><article><p>${STORY}</p>${items}</article></body></html>`;
}

/**
 * Within the element and depth limits (150 levels, 38,000 elements), yet Readability needed
 * 141 s for it: the nesting-work limit (sum of depths) refuses it before parsing.
 */
export function deepAndWidePage(): string {
  const words = '<span>word</span> '.repeat(38_000);
  return `<!doctype html><html><head><title>Deep and wide</title></head><body>${'<div>'.repeat(150)}<p>${STORY}</p>${words}${'</div>'.repeat(150)}</body></html>`;
}

/**
 * Within every limit (2,300 paragraphs 100 levels deep: 242,000 of the 250,000 nesting
 * work), yet seconds of Readability: what the per-job time limit is for.
 */
export function slowWithinLimitsPage(): string {
  const paragraphs = '<p>word</p>'.repeat(2300);
  return `<!doctype html><html><head><title>Slow page</title></head><body>${'<div>'.repeat(100)}<p>${STORY}</p>${paragraphs}${'</div>'.repeat(100)}</body></html>`;
}

/**
 * An RSS feed of 100 items, each description 3,000 small elements (4.2 MB, under the fetch
 * cap): turning it into items took 9.7 s of linkedom on a busy machine, once on the main thread.
 */
export function heavyFeed(items = 100): string {
  const description = `<![CDATA[<p>${STORY}</p>${'<span>word</span>'.repeat(3000)}]]>`;
  const entries = Array.from(
    { length: items },
    (_, i) =>
      `<item><title>Story ${i + 1}</title><link>https://news.example/${i + 1}</link><description>${description}</description></item>`,
  ).join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Heavy feed</title><link>https://news.example/</link>${entries}</channel></rss>`;
}
