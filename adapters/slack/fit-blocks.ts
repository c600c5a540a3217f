import { type Block, context, type SlackMessage } from './blocks.js';
import { truncate } from './mrkdwn.js';
import { SLACK_LIMITS } from './slack-limits.js';

type Limits = typeof SLACK_LIMITS;

/** Lists every Block Kit limit a message breaks; empty means Slack will accept it. */
export function checkMessage(message: SlackMessage, limits: Limits = SLACK_LIMITS): string[] {
  const problems: string[] = [];
  const { blocks } = message;
  if (blocks.length > limits.blocksPerMessage)
    problems.push(`${blocks.length} blocks (max ${limits.blocksPerMessage})`);
  const size = jsonLength(blocks);
  if (size > limits.messageChars)
    problems.push(`blocks are ${size} characters of JSON (max ${limits.messageChars})`);
  if (message.text.length > limits.fallbackText)
    problems.push(`fallback text is ${message.text.length} characters`);
  blocks.forEach((block, i) => {
    for (const p of checkBlock(block, limits)) problems.push(`block ${i} (${block.type}): ${p}`);
  });
  return problems;
}

function checkBlock(block: Block, limits: Limits): string[] {
  const tooLong = (what: string, text: string, max: number) =>
    text.length > max ? [`${what} is ${text.length} characters (max ${max})`] : [];
  const empty = (what: string, text: string) => (text.trim() === '' ? [`${what} is empty`] : []);
  switch (block.type) {
    case 'header':
      return [
        ...tooLong('text', block.text.text, limits.headerText),
        ...empty('text', block.text.text),
      ];
    case 'section':
      return [
        ...tooLong('text', block.text.text, limits.sectionText),
        ...empty('text', block.text.text),
      ];
    case 'context':
      return [
        ...(block.elements.length > limits.contextElements ? ['too many elements'] : []),
        ...(block.elements.length === 0 ? ['no elements'] : []),
        ...block.elements.flatMap((e) => [
          ...tooLong('element', e.text, limits.contextText),
          ...empty('element', e.text),
        ]),
      ];
    case 'actions':
      return [
        ...(block.elements.length > limits.actionsElements ? ['too many elements'] : []),
        ...block.elements.flatMap((b) => [
          ...tooLong('button text', b.text.text, limits.buttonText),
          ...tooLong('button value', b.value ?? '', limits.buttonValue),
        ]),
      ];
    case 'divider':
      return [];
  }
}

/** Trims one block's texts to their limits; `undefined` when nothing is left to show. */
export function fitBlock(block: Block, limits: Limits = SLACK_LIMITS): Block | undefined {
  switch (block.type) {
    case 'header': {
      const text = truncate(block.text.text.replace(/\s+/g, ' ').trim(), limits.headerText);
      return text ? { ...block, text: { ...block.text, text } } : undefined;
    }
    case 'section': {
      const text = truncate(block.text.text.trim(), limits.sectionText);
      return text ? { ...block, text: { ...block.text, text } } : undefined;
    }
    case 'context': {
      const elements = block.elements
        .map((e) => ({ ...e, text: truncate(e.text.trim(), limits.contextText) }))
        .filter((e) => e.text !== '')
        .slice(0, limits.contextElements);
      return elements.length > 0 ? { ...block, elements } : undefined;
    }
    case 'actions':
      return {
        ...block,
        elements: block.elements.slice(0, limits.actionsElements).map((b) => ({
          ...b,
          text: { ...b.text, text: truncate(b.text.text, limits.buttonText) },
          ...(b.value === undefined ? {} : { value: b.value.slice(0, limits.buttonValue) }),
        })),
      };
    case 'divider':
      return block;
  }
}

/**
 * Makes blocks postable: trims every text to its limit, then splits them into as few
 * messages as the block count and size limits allow (at most `messagesPerReply`; beyond
 * that the rest is cut with a note). A trailing actions block stays on the last message.
 */
export function fitMessages(
  blocks: readonly Block[],
  fallback: string,
  limits: Limits = SLACK_LIMITS,
): SlackMessage[] {
  const fitted = blocks.flatMap((b) => fitBlock(b, limits) ?? []);
  const last = fitted.at(-1);
  const actions = last?.type === 'actions' ? last : undefined;
  const body = actions ? fitted.slice(0, -1) : fitted;

  const groups: Block[][] = [];
  let current: Block[] = [];
  for (const block of body) {
    if (current.length > 0 && !fits([...current, block], limits)) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0 && block.type === 'divider') continue;
    current.push(block);
  }
  groups.push(current);

  let cut = 0;
  if (groups.length > limits.messagesPerReply) {
    cut = groups.splice(limits.messagesPerReply).reduce((n, g) => n + g.length, 0);
  }
  for (const g of groups) while (g.at(-1)?.type === 'divider') g.pop();
  const tail = groups.at(-1) ?? [];
  const ending = (n: number): Block[] => [
    ...(n > 0 ? [context(`_${n} more block${n === 1 ? '' : 's'} not shown._`)] : []),
    ...(actions ? [actions] : []),
  ];
  while (tail.length > 0 && !fits([...tail, ...ending(cut)], limits)) {
    tail.pop();
    cut += 1;
  }
  tail.push(...ending(cut));

  const nonEmpty = groups.filter((g) => g.length > 0);
  const text = (i: number) =>
    i === 0
      ? truncate(fallback, limits.fallbackText)
      : `${truncate(fallback, limits.fallbackText - 12)} (${i + 1}/${nonEmpty.length})`;
  return nonEmpty.map((blocks, i) => ({ text: text(i), blocks }));
}

function fits(blocks: readonly Block[], limits: Limits): boolean {
  return blocks.length <= limits.blocksPerMessage && jsonLength(blocks) <= limits.messageChars;
}

function jsonLength(blocks: readonly Block[]): number {
  return JSON.stringify(blocks).length;
}
