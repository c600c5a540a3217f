import type { DigestStory, Reply } from '../handler/types.js';

export type DigestReply = Extract<Reply, { kind: 'digest' }>;
export type DigestFormat = 'text' | 'markdown' | 'json';

/** Plain text for terminals: numbered stories, sources, lede, key points, link; wrapped at `width`. */
export function renderDigestText(digest: DigestReply, width = 88): string {
  const out = [digest.title, '='.repeat(Math.min(digest.title.length, width)), ''];
  digest.stories.forEach((story, i) => {
    const n = `${i + 1}. `;
    const pad = ' '.repeat(n.length);
    out.push(...wrap(story.title, width, n, pad));
    if (story.sources.length > 0)
      out.push(...wrap(story.sources.map((s) => s.name).join(', '), width, pad, pad));
    if (story.lede) out.push(...wrap(story.lede, width, pad, pad));
    for (const p of story.keyPoints) {
      out.push(...wrap(p.label ? `${p.label}: ${p.text}` : p.text, width, `${pad}- `, `${pad}  `));
    }
    if (story.url) out.push(`${pad}${story.url}`);
    out.push('');
  });
  if (digest.stories.length === 0) out.push('No new stories.', '');
  return out.join('\n');
}

/** Markdown: a heading per story linked to it, sources linked, lede, key points as a list. */
export function renderDigestMarkdown(digest: DigestReply): string {
  const out = [`## ${md(digest.title)}`, ''];
  digest.stories.forEach((story, i) => {
    const title = story.url ? `[${md(story.title)}](${mdUrl(story.url)})` : md(story.title);
    out.push(`### ${i + 1}. ${title}`, '');
    if (story.sources.length > 0) {
      const sources = story.sources.map((s) =>
        s.url ? `[${md(s.name)}](${mdUrl(s.url)})` : md(s.name),
      );
      out.push(`*${story.sources.length > 1 ? 'Sources' : 'Source'}: ${sources.join(' · ')}*`, '');
    }
    if (story.lede) out.push(md(story.lede), '');
    for (const p of story.keyPoints)
      out.push(p.label ? `- **${md(p.label)}:** ${md(p.text)}` : `- ${md(p.text)}`);
    if (story.keyPoints.length > 0) out.push('');
  });
  if (digest.stories.length === 0) out.push('No new stories.', '');
  return out.join('\n');
}

/** The digest's JSON form: `{ stories: [{ title, url, sources: [{ name, url }], lede, keyPoints: [{ label, text }] }] }`. */
export function digestJson(stories: readonly DigestStory[]): string {
  return JSON.stringify(
    {
      stories: stories.map((s) => ({
        title: s.title,
        url: s.url ?? null,
        sources: s.sources.map((src) => ({ name: src.name, url: src.url ?? null })),
        lede: s.lede,
        keyPoints: s.keyPoints.map((p) => ({ label: p.label, text: p.text })),
      })),
    },
    null,
    2,
  );
}

export function renderDigest(digest: DigestReply, format: DigestFormat): string {
  if (format === 'json') return digestJson(digest.stories);
  return format === 'markdown' ? renderDigestMarkdown(digest) : renderDigestText(digest);
}

function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function mdUrl(url: string): string {
  return url.replace(/[()\s]/g, (c) => encodeURIComponent(c));
}

function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += empty ? word : ` ${word}`;
    }
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}
