import { describe, expect, it } from 'vitest';
import { type Block, context, divider, header, section } from '../../adapters/slack/blocks.js';
import { checkMessage, fitBlock, fitMessages } from '../../adapters/slack/fit-blocks.js';
import { truncate } from '../../adapters/slack/mrkdwn.js';
import { SLACK_LIMITS } from '../../adapters/slack/slack-limits.js';

describe('checkMessage', () => {
  it('GIVEN a message breaking limits THEN it lists every problem', () => {
    const blocks: Block[] = [
      header('h'.repeat(151)),
      section('s'.repeat(3001)),
      section('  '),
      ...Array.from({ length: 49 }, () => divider),
    ];
    const problems = checkMessage({ text: 't'.repeat(3001), blocks });
    expect(problems).toEqual(
      expect.arrayContaining([
        '52 blocks (max 50)',
        'fallback text is 3001 characters',
        'block 0 (header): text is 151 characters (max 150)',
        'block 1 (section): text is 3001 characters (max 3000)',
        'block 2 (section): text is empty',
      ]),
    );
  });

  it('GIVEN a message under every limit THEN no problems', () => {
    expect(checkMessage({ text: 'ok', blocks: [header('Hi'), section('there')] })).toEqual([]);
  });
});

describe('fitBlock and fitMessages', () => {
  it('GIVEN overlong texts THEN they are trimmed to the limit with an ellipsis', () => {
    const h = fitBlock(header(`${'x'.repeat(200)}`));
    expect(h?.type === 'header' && h.text.text).toHaveLength(150);
    expect(h?.type === 'header' && h.text.text.endsWith('…')).toBe(true);
    const s = fitBlock(section('y'.repeat(5000)));
    expect(s?.type === 'section' && s.text.text.length).toBe(3000);
    expect(fitBlock(section('   '))).toBeUndefined();
    expect(fitBlock(context('', ' '))).toBeUndefined();
  });

  it('GIVEN 120 small sections THEN they are split 50 a message, none empty', () => {
    const blocks = Array.from({ length: 120 }, (_, i) => section(`item ${i}`));
    const messages = fitMessages(blocks, 'list');
    expect(messages.map((m) => m.blocks.length)).toEqual([50, 50, 20]);
    expect(messages.map((m) => m.text)).toEqual(['list', 'list (2/3)', 'list (3/3)']);
  });

  it('GIVEN sections totalling far more than 12k characters THEN each message stays under the size budget', () => {
    const blocks = Array.from({ length: 10 }, (_, i) => section(`${i} ${'z'.repeat(2900)}`));
    const messages = fitMessages(blocks, 'big');
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) {
      expect(JSON.stringify(m.blocks).length).toBeLessThanOrEqual(SLACK_LIMITS.messageChars);
      expect(checkMessage(m)).toEqual([]);
    }
    expect(messages.flatMap((m) => m.blocks)).toHaveLength(10);
  });
});

describe('truncate', () => {
  it('GIVEN an escaped entity or emoji at the cut THEN it is not broken in half', () => {
    expect(truncate('aaaa &amp; b', 8)).toBe('aaaa…');
    expect(truncate(`abc${'😀'.repeat(3)}`, 5)).toBe('abc…');
    expect(truncate('short', 10)).toBe('short');
  });
});
