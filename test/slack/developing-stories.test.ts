import { afterEach, describe, expect, it } from 'vitest';
import { developingWorld, WAREHOUSE } from '../developing/world.js';
import { waitFor } from './fake-slack.js';
import { type Harness, startHarness } from './harness.js';

const CHANNEL = 'C0NEWS';
let h: Harness | undefined;
let world: Awaited<ReturnType<typeof developingWorld>> | undefined;
afterEach(async () => {
  await h?.close();
  await world?.close();
  h = undefined;
  world = undefined;
});

const [, fire1, fire2] = WAREHOUSE as [
  (typeof WAREHOUSE)[number],
  (typeof WAREHOUSE)[number],
  (typeof WAREHOUSE)[number],
];

/** Every text of a chat.postMessage call's blocks, joined. */
function blockText(args: Record<string, unknown>): string {
  return JSON.stringify(args.blocks);
}

describe('Slack: developing stories', () => {
  // A detailed channel's stories are summarized (and cached) apart: its updates must still
  // find what the earlier articles said.
  it.each(['standard', 'detailed'] as const)(
    "GIVEN yesterday's briefing told a story (%s length) THEN today's follow-up is an \"Update\" with only its new facts and a link to yesterday's message",
    async (length) => {
      world = await developingWorld('slack', CHANNEL);
      const w = world;
      await w.store.setLength({ platform: 'slack', channelId: CHANNEL }, length, w.now());
      h = await startHarness({
        deps: {
          memory: w.store.memory,
          now: w.now,
          briefings: w.service,
          developing: w.developing,
        },
      });
      const { slack, adapter } = h;
      await w.start(adapter);

      expect((await w.day(0)).status).toBe('sent');
      const day0 = slack.succeeded('chat.postMessage');
      expect(day0.map((c) => blockText(c.args)).join('\n')).toContain(
        'Fire destroys Harwick warehouse',
      );
      // The permalink Slack gave for each briefing message that shows a story (one per story:
      // the header shows none), in order.
      const permalinks = () =>
        slack
          .succeeded('chat.getPermalink')
          .map(
            (c) =>
              `https://newsroom.slack.com/archives/${CHANNEL}/p${String(c.args.message_ts).replace('.', '')}`,
          );
      expect(permalinks()).toHaveLength(day0.length - 1);
      /** The permalink of the message that told `text` (each story is a message of its own). */
      const linkOf = (text: string) => {
        const m = slack.posted.find((p) => JSON.stringify(p.blocks).includes(text));
        return m && `https://newsroom.slack.com/archives/${CHANNEL}/p${m.ts.replace('.', '')}`;
      };

      expect((await w.day(1)).status).toBe('sent');
      const day1 = slack.succeeded('chat.postMessage').slice(day0.length);
      const text = day1.map((c) => blockText(c.args)).join('\n');
      // The follow-up is an update of yesterday's story, linked to yesterday's message…
      expect(text).toContain(':arrows_counterclockwise: *Update*');
      expect(text).toContain('Harwick warehouse fire: bodies of two missing workers found');
      const earlier = /Update to <(https:[^|>]+)\|the earlier message>/.exec(text)?.[1];
      expect(earlier).toBe(linkOf('Fire destroys Harwick warehouse'));
      expect(permalinks()).toContain(earlier);
      // …with its main new fact, and none of the background it repeats.
      expect(text).toContain(fire1.mainFact);
      for (const b of fire1.background ?? []) expect(text).not.toContain(b);
      // Yesterday's lede is not told again.
      expect(text).not.toContain('A fire tore through a storage warehouse');

      // Day 2 links to day 1's message: the story's latest.
      expect((await w.day(2)).status).toBe('sent');
      const day2 = slack.succeeded('chat.postMessage').slice(day0.length + day1.length);
      const text2 = day2.map((c) => blockText(c.args)).join('\n');
      expect(text2).toContain(fire2.mainFact);
      for (const b of fire2.background ?? []) expect(text2).not.toContain(b);
      const earlier2 = /Update to <(https:[^|>]+)\|the earlier message>/.exec(text2)?.[1];
      expect(earlier2).toBe(linkOf('Harwick warehouse fire: bodies of two missing workers found'));
      expect(permalinks()).toContain(earlier2);
      expect(earlier2).not.toBe(earlier);
    },
  );

  it("GIVEN a follow-up summarized in the channel THEN `/news ask what's new?` answers with what changed since the briefing, linking it", async () => {
    world = await developingWorld('slack', CHANNEL);
    const w = world;
    h = await startHarness({
      deps: { memory: w.store.memory, now: w.now, briefings: w.service, developing: w.developing },
    });
    const { slack, adapter, command } = h;
    await w.start(adapter);
    expect((await w.day(0)).status).toBe('sent');
    const before = slack.succeeded('chat.postMessage').length;

    await command(w.pageUrl(fire1));
    await waitFor('the summary', () => slack.succeeded('chat.postMessage')[before]);
    await command("ask what's new?");
    const answer = await waitFor(
      'the answer',
      () => slack.succeeded('chat.postMessage')[before + 1],
    );
    const text = blockText(answer.args);
    expect(text).toContain("*Q:* what's new?");
    expect(text).toContain(fire1.mainFact);
    for (const b of fire1.background ?? []) expect(text).not.toContain(b);
    expect(text).toMatch(
      /New since <https:\/\/newsroom\.slack\.com\/archives\/C0NEWS\/p\d+\|the earlier message>/,
    );

    // A question about the content is still answered from the article.
    await command('ask Who opened the criminal investigation?');
    const other = await waitFor(
      'the other answer',
      () => slack.succeeded('chat.postMessage')[before + 2],
    );
    expect(blockText(other.args)).toContain('Laura Pike');
    expect(blockText(other.args)).not.toContain('New since');
  });
});
