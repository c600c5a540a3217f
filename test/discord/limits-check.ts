/**
 * Discord's message limits, checked the way Discord does (code points), written apart from
 * the adapter's own fitting so a mistake there cannot hide here. Returns every problem.
 */
export interface EmbedLike {
  title?: string;
  description?: string;
  url?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string }[];
}

export interface MessageLike {
  content?: string;
  embeds?: EmbedLike[];
  components?: unknown[];
}

const len = (s: string | undefined): number => (s === undefined ? 0 : [...s].length);

export function messageProblems(message: MessageLike): string[] {
  const problems: string[] = [];
  const embeds = message.embeds ?? [];
  if (len(message.content) > 2000) problems.push(`content: ${len(message.content)} > 2000`);
  if (embeds.length > 10) problems.push(`embeds: ${embeds.length} > 10`);
  if (!message.content && embeds.length === 0 && (message.components ?? []).length === 0)
    problems.push('empty message');
  let total = 0;
  embeds.forEach((e, i) => {
    const at = `embeds[${i}]`;
    if (len(e.title) > 256) problems.push(`${at}.title: ${len(e.title)} > 256`);
    if (e.title === '') problems.push(`${at}.title: empty`);
    if (len(e.description) > 4096) problems.push(`${at}.description: ${len(e.description)} > 4096`);
    if (len(e.footer?.text) > 2048) problems.push(`${at}.footer.text > 2048`);
    if (len(e.author?.name) > 256) problems.push(`${at}.author.name > 256`);
    if (e.url !== undefined && !/^https?:\/\/\S+$/.test(e.url)) problems.push(`${at}.url: bad`);
    const fields = e.fields ?? [];
    if (fields.length > 25) problems.push(`${at}.fields: ${fields.length} > 25`);
    fields.forEach((f, j) => {
      if (len(f.name) === 0 || len(f.name) > 256) problems.push(`${at}.fields[${j}].name`);
      if (len(f.value) === 0 || len(f.value) > 1024) problems.push(`${at}.fields[${j}].value`);
    });
    total +=
      len(e.title) +
      len(e.description) +
      len(e.footer?.text) +
      len(e.author?.name) +
      fields.reduce((n, f) => n + len(f.name) + len(f.value), 0);
  });
  if (total > 6000) problems.push(`embeds total: ${total} > 6000`);
  return problems;
}
