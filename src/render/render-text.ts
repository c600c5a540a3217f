import type { DigestStory, Reply } from '../handler/types.js';
import type { Quote } from '../summarizer/types.js';
import { earlierLine, shownOn, UPDATE_LABEL } from './story-update.js';

export type TextFormat = 'text' | 'markdown';

/** Renders a neutral reply for a terminal (plain text) or a Markdown file. */
export function renderReply(reply: Reply, format: TextFormat = 'text'): string {
  const md = format === 'markdown';
  switch (reply.kind) {
    case 'summary': {
      const lines: string[] = [md ? `# ${reply.title}` : underline(reply.title)];
      if (reply.lede) lines.push('', md ? `*${reply.lede}*` : reply.lede);
      if (reply.points.length > 0) {
        lines.push('', md ? '## Key points' : 'Key points:');
        for (const p of reply.points) lines.push(pointLine(p, md, '  '));
      }
      if (reply.quotes.length > 0) {
        lines.push('', md ? '## Quotes' : 'Quotes:');
        for (const q of reply.quotes) lines.push(quoteLine(q, md));
      }
      if (reply.link) lines.push('', md ? `Source: <${reply.link}>` : `Source: ${reply.link}`);
      lines.push('', md ? `<sub>${reply.footer}</sub>` : reply.footer);
      return lines.join('\n');
    }
    case 'answer': {
      if (!reply.found)
        return `The article does not say. (Asked: "${reply.question}" about "${reply.title}".)`;
      const lines = [md ? `**${reply.question}**` : `Q: ${reply.question}`, ''];
      // A sentence that is a quotation already has its marks: no second pair around it.
      for (const s of reply.sentences)
        lines.push(md ? `> ${s}` : /^["“'‘]/.test(s) ? `  ${s}` : `  “${s}”`);
      lines.push('', `From: ${reply.title}${reply.link ? ` (${reply.link})` : ''}`);
      if (reply.since) lines.push(`New since: ${earlierLine(reply.since)}`);
      return lines.join('\n');
    }
    case 'quotes': {
      if (reply.quotes.length === 0)
        return `No direct quotes with a named speaker in "${reply.title}".`;
      return [
        md ? `## Quotes: ${reply.title}` : `Quotes from "${reply.title}":`,
        '',
        ...reply.quotes.map((q) => quoteLine(q, md)),
      ].join('\n');
    }
    case 'digest':
      return renderDigest(reply.title, reply.stories, format);
    case 'info':
      return md
        ? reply.text
        : reply.text.replace(/\*([^*\n]+)\*/g, '$1').replace(/`([^`\n]+)`/g, '$1');
    case 'error':
      return `Error: ${reply.message}`;
  }
}

export function renderDigest(
  title: string,
  stories: readonly DigestStory[],
  format: TextFormat = 'text',
): string {
  const md = format === 'markdown';
  const lines: string[] = [md ? `# ${title}` : underline(title)];
  stories.forEach((s, i) => {
    const title = s.update ? `${UPDATE_LABEL}: ${s.title}` : s.title;
    lines.push(
      '',
      md ? `## ${i + 1}. ${s.url ? `[${title}](${s.url})` : title}` : `${i + 1}. ${title}`,
    );
    if (s.lede) lines.push(md ? `*${s.lede}*` : `   ${s.lede}`);
    for (const p of s.keyPoints) lines.push(pointLine(p, md, '   '));
    for (const fact of s.update?.facts ?? [])
      lines.push(pointLine({ label: '', text: fact }, md, '   '));
    if (s.update) {
      const e = s.update.earlier;
      lines.push(
        md
          ? `<sub>${e.link ? `[Earlier message](${e.link})` : `Follows “${e.title}”`} (${shownOn(e)})</sub>`
          : `   ${earlierLine(e)}`,
      );
    }
    const sources = s.sources.map((src) => src.name).join(', ');
    if (sources) lines.push(md ? `<sub>Sources: ${sources}</sub>` : `   Sources: ${sources}`);
    if (!md && s.url) lines.push(`   ${s.url}`);
  });
  return lines.join('\n');
}

function quoteLine(q: Quote, md: boolean): string {
  const who = q.role ? `${q.speaker}, ${q.role}` : q.speaker;
  return md ? `> “${q.text}” — ${who}` : `  “${q.text}” — ${who}`;
}

function underline(title: string): string {
  return `${title}\n${'='.repeat(Math.min(title.length, 80))}`;
}

/** A key point; one that passed no label check is shown without one (no label beats a wrong one). */
function pointLine(p: { label: string; text: string }, md: boolean, indent: string): string {
  if (md) return p.label ? `- **${p.label}**: ${p.text}` : `- ${p.text}`;
  return p.label ? `${indent}• ${p.label}: ${p.text}` : `${indent}• ${p.text}`;
}
