import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppDeps, createDeps } from '../../src/app.js';
import type { BriefingScheduler } from '../../src/briefing/scheduler.js';
import { loadConfig } from '../../src/config.js';
import { useStandardNewsServer } from '../sources/support/local-news-server.js';
import {
  BANK,
  CHIPS,
  HEAT,
  RHINE,
  RHINE_WIRE_TITLE,
  TRAM,
} from '../sources/support/news-stories.js';
import { testDatabaseUrl } from '../store/support/stores.js';
import { type ApiCall, waitFor } from './fake-slack.js';
import { type Harness, startHarness } from './harness.js';

const news = useStandardNewsServer();
let h: Harness;
let deps: AppDeps;
let scheduler: BriefingScheduler;

beforeAll(async () => {
  // The wiring `newsbrief serve` uses (SQLite store, briefings, worker pool) behind the real adapter.
  deps = await createDeps(
    loadConfig({ DATABASE_URL: testDatabaseUrl(), FETCH_ALLOW_HOSTS: '127.0.0.1' }),
  );
  h = await startHarness({ deps });
  scheduler = await deps.briefingRuntime.start([h.adapter]);
});

afterAll(async () => {
  await h?.close();
  await deps?.briefingRuntime.close();
  await deps?.work.close();
});

const POSTS = new Set(['chat.postMessage', 'chat.postEphemeral']);

/** Sends `/news <text>` in a channel and returns the text of its answer (ack, response_url or post). */
async function say(text: string, channelId: string): Promise<string> {
  return (await answer(text, channelId)).text;
}

/** The answer's plain text and its blocks (as JSON). */
async function answer(text: string, channelId: string): Promise<{ text: string; blocks: string }> {
  const calls = h.slack.calls.length;
  const res = await h.command(text, { channelId });
  expect(res.status).toBe(200);
  const ack = res.text ? (JSON.parse(res.text) as { text?: string }) : {};
  if (ack.text && !/^(Summarizing|Checking|Gathering)/.test(ack.text))
    return { text: ack.text, blocks: '' };
  const reply = await waitFor(
    `the answer to /news ${text}`,
    () =>
      h.slack.responses.find((r) => r.id === res.responseId)?.body ??
      h.slack.calls
        .slice(calls)
        .find((c) => POSTS.has(c.method) && c.ok && c.args.channel === channelId)?.args,
    20_000,
  );
  return { text: String(reply.text), blocks: JSON.stringify(reply.blocks ?? []) };
}

/** The briefing posted to the channel by a simulated morning, as its messages' block texts. */
async function morning(channelId: string): Promise<string[]> {
  await say('briefing 07:30 Europe/Berlin', channelId);
  const calls = h.slack.calls.length;
  const outcome = await scheduler.simulateMorning({ platform: 'slack', channelId });
  expect(outcome.status).toBe('sent');
  return h.slack.calls
    .slice(calls)
    .filter((c) => c.method === 'chat.postMessage' && c.ok && c.args.channel === channelId)
    .map(blockText);
}

function blockText(call: ApiCall): string {
  return JSON.stringify(call.args.blocks);
}

/** Each story opens with a section "*<link|title>*"; the bullets until the next one are its points. */
function pointsPerStory(messages: readonly string[]): number[] {
  const counts: number[] = [];
  for (const b of messages.flatMap(
    (m) => JSON.parse(m) as { type: string; text?: { text: string } }[],
  )) {
    const text = b.type === 'section' ? (b.text?.text ?? '') : '';
    if (text.startsWith('*<')) counts.push(0);
    else if (counts.length > 0) counts[counts.length - 1] = (counts.at(-1) ?? 0) + bullets(text);
  }
  return counts;
}

/** Key-point bullets in rendered Slack text ("• *Label*: text" or "• text"). */
const bullets = (text: string) => text.match(/• /g)?.length ?? 0;

describe('Slack: filters per subscription', () => {
  const channel = 'C0FILTER';

  it('GIVEN feeds subscribed with only:/except: THEN the morning briefing has only the stories that pass', async () => {
    expect(
      await say(
        `subscribe ${news().feedUrl('courier')} only: "interest rate", tram except: airport`,
        channel,
      ),
    ).toMatch(
      /Subscribed to Rhine Valley Courier, filtered by only: "interest rate", tram · except: airport \(3 stories in the feed now; 1 of the last 3 items pass\)/,
    );
    expect(await say(`subscribe ${news().feedUrl('wire')} except: fire`, channel)).toContain(
      'filtered by except: fire (3 stories in the feed now; 2 of the last 3 items pass)',
    );
    const briefing = (await morning(channel)).join('\n');
    // Courier: the bank story ("interest rates" matches "interest rate"); not the tram story
    // (it mentions the airport), not its Rhine report. Wire: all but the forest fire.
    expect(briefing).toContain(BANK.title);
    expect(briefing).toContain(CHIPS.title);
    expect(briefing).toContain(RHINE_WIRE_TITLE);
    for (const left of [TRAM.title, HEAT.title, RHINE.title]) expect(briefing).not.toContain(left);
  });

  it('GIVEN /news feeds THEN each feed shows its filter and how many of its latest items pass', async () => {
    const listed = await say('feeds', channel);
    expect(listed).toContain(
      'only: "interest rate", tram · except: airport · 1 of the last 3 items pass',
    );
    expect(listed).toContain('except: fire · 2 of the last 3 items pass');
  });

  it('GIVEN bad filter syntax THEN a one-line error with an example, and the filter is unchanged', async () => {
    const error = await say('filter 2 only: "storm', channel);
    expect(error).toMatch(/quote is not closed/);
    expect(error).toContain('for example `only: climate, "interest rates" except: sport`');
    expect(error).not.toContain('\n');
    expect(await say('feeds', channel)).toContain('except: fire');
  });

  it('GIVEN /news filter 2 none THEN the feed has no filter again', async () => {
    expect(await say('filter 2 none', channel)).toContain(
      'Continental Wire: no filter; every story of the feed comes through.',
    );
    expect(await say('feeds', channel)).not.toContain('except: fire');
  });
});

describe('Slack: length per channel', () => {
  it('GIVEN /news length brief, then detailed THEN a summary has 2, then 6 key points', async () => {
    const channel = 'C0LENGTH';
    expect(await say('length', channel)).toContain('This channel reads standard: 4 key points');
    expect(await say('length brief', channel)).toContain('Length set to brief: 2 key points');
    expect(bullets((await answer(h.articles.storyUrl, channel)).blocks)).toBe(2);
    await say('length detailed', channel);
    expect(bullets((await answer(h.articles.storyUrl, channel)).blocks)).toBe(6);
    expect(await say('length', channel)).toContain('This channel reads detailed');
  });

  it('GIVEN brief, standard and detailed channels THEN their briefings show the lede only, 3 and 6 points a story', async () => {
    const points: Record<string, number[]> = {};
    for (const length of ['brief', 'standard', 'detailed'] as const) {
      const channel = `C0${length.toUpperCase()}`;
      await say(`length ${length}`, channel);
      await say(`subscribe ${news().feedUrl('courier')}`, channel);
      const messages = await morning(channel);
      expect(messages.join('\n')).toContain(BANK.title);
      points[length] = pointsPerStory(messages);
    }
    expect(points).toEqual({ brief: [0, 0, 0], standard: [3, 3, 3], detailed: [6, 6, 6] });
  });
});
