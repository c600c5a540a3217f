import { describe, expect, it } from 'vitest';
import { renderReply as renderEmbeds } from '../../adapters/discord/render-embeds.js';
import { renderReply as renderBlocks, storiesIn } from '../../adapters/slack/render-blocks.js';
import type { DigestStory, Reply } from '../../src/handler/types.js';
import { renderReply as renderText } from '../../src/render/render-text.js';

const fresh: DigestStory = {
  title: 'Bridge closed after cracks found',
  url: 'https://city.example/bridge',
  sources: [{ name: 'City News' }],
  lede: 'The Old Mill bridge was closed on Thursday.',
  keyPoints: [{ label: 'Traffic', text: 'Buses were diverted.' }],
};
const update: DigestStory = {
  title: 'Bridge to stay closed for months',
  url: 'https://city.example/bridge-2',
  sources: [{ name: 'City News' }],
  lede: '',
  keyPoints: [],
  update: {
    facts: [
      'The bridge will stay closed for at least four months.',
      'Repairs will cost £9 million.',
    ],
    earlier: {
      title: 'Bridge closed after cracks found',
      shownAt: '2026-03-05T06:30:00.000Z',
      link: 'https://newsroom.slack.com/archives/C1/p1700000000000001',
    },
  },
};
const digest: Reply = { kind: 'digest', title: 'Your briefing', stories: [fresh, update] };

describe('an update in a digest, on every platform', () => {
  it('GIVEN an update THEN Slack shows "Update", its facts and a link to the earlier message, and knows which message holds each story', () => {
    const messages = renderBlocks(digest);
    const text = JSON.stringify(messages);
    expect(text).toContain(
      ':arrows_counterclockwise: *Update* · *<https://city.example/bridge-2|Bridge to stay closed for months>*',
    );
    expect(text).toContain('• The bridge will stay closed for at least four months.');
    expect(text).toContain(
      'Update to <https://newsroom.slack.com/archives/C1/p1700000000000001|the earlier message> (5 March)',
    );
    expect(messages.flatMap(storiesIn)).toEqual([0, 1]);
  });

  it('GIVEN an update THEN Discord titles it "Update:", lists its facts, and links the earlier message from its author line', () => {
    const [message] = renderEmbeds(digest, { buttons: false });
    const embed = message?.embeds[1];
    expect(embed?.title).toBe('Update: Bridge to stay closed for months');
    expect(embed?.author).toEqual({
      name: 'Update to the earlier message (5 March)',
      url: 'https://newsroom.slack.com/archives/C1/p1700000000000001',
    });
    expect(embed?.description).toBe(
      '• The bridge will stay closed for at least four months.\n• Repairs will cost £9 million.',
    );
  });

  it('GIVEN an update THEN the terminal shows "Update:", its facts and where the story was before', () => {
    const text = renderText(digest);
    expect(text).toContain('2. Update: Bridge to stay closed for months');
    expect(text).toContain('   • Repairs will cost £9 million.');
    expect(text).toContain(
      '   Earlier (5 March): https://newsroom.slack.com/archives/C1/p1700000000000001',
    );
    const { link: _link, ...noLink } = update.update?.earlier ?? { title: '', shownAt: '' };
    const unlinked = renderText({
      ...digest,
      stories: [{ ...update, update: { facts: ['A fact that is new.'], earlier: noLink } }],
    });
    expect(unlinked).toContain('   Follows “Bridge closed after cracks found” (5 March)');
  });
});
