import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/articles/canonical-url.js';
import { createDevelopingStories } from '../../src/briefing/story-changes.js';
import { handle } from '../../src/handler/handle.js';
import { parseCommand } from '../../src/handler/parse-command.js';
import type { CommandContext, HandlerDeps, Reply } from '../../src/handler/types.js';
import { asksWhatsNew } from '../../src/handler/whats-new.js';
import { renderReply } from '../../src/render/render-text.js';
import type { Store } from '../../src/store/store.js';
import { storySentences } from '../../src/summarizer/new-facts.js';
import { SEQUENCES } from '../fixtures/developing/sequences.js';
import { openTestStore } from '../store/support/stores.js';
import { testTmpDir } from '../support/tmp.js';

const [day0, day1] = (SEQUENCES.find((s) => s.id === 'warehouse-fire')?.articles ?? []) as [
  (typeof SEQUENCES)[number]['articles'][number],
  (typeof SEQUENCES)[number]['articles'][number],
];
const ctx: CommandContext = { platform: 'terminal', channelId: 'terminal' };
const now = new Date('2026-03-03T09:00:00Z');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(): Promise<{ store: Store; run: (text: string) => Promise<Reply> }> {
  const dir = testTmpDir('newsbrief-whatsnew-');
  const store = await openTestStore(join(dir, 'newsbrief.db'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => store.close());
  const deps: HandlerDeps = {
    fetchArticle: async (url) => ({ ok: true, value: { text: day1.text, url, title: day1.title } }),
    memory: store.memory,
    now: () => now,
    developing: createDevelopingStories(store, () => now),
  };
  const run = async (text: string) => {
    const parsed = parseCommand(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return handle(parsed.value, ctx, deps);
  };
  return { store, run };
}

/** The briefing of day 0 showed the warehouse story: its lede, linked. */
async function shownDay0(
  store: Store,
  sentences = [day0.text.split('\n')[0] ?? ''],
  storyKey = day0.url,
) {
  await store.recordShown(
    ctx,
    [
      {
        firstKey: day0.url,
        storyKey,
        guid: day0.guid,
        canonicalUrl: day0.url,
        title: day0.title,
        lede: day0.text.split('\n')[0] ?? '',
        sentences,
      },
    ],
    new Date('2026-03-02T06:30:00Z'),
  );
  // The briefing's summary of the article, with its sentences, as the briefing saved it.
  await store.saveSummary(
    storyKey,
    {
      title: day0.title,
      lede: '',
      keyPoints: [],
      sentences: storySentences(day0.text, day0.title),
    },
    new Date('2026-03-02T06:30:00Z'),
  );
}

describe('asksWhatsNew', () => {
  it('GIVEN ways of asking what changed THEN they are recognised, and questions about content are not', () => {
    for (const q of [
      "what's new?",
      'What changed',
      'anything new?',
      'Any updates?',
      "what's the latest",
      'What has changed since yesterday?',
    ])
      expect(asksWhatsNew(q)).toBe(true);
    for (const q of [
      'What is the new rate?',
      'Who changed the law?',
      'What new measures were announced?',
    ])
      expect(asksWhatsNew(q)).toBe(false);
  });
});

describe("/news ask what's new? (every platform: the shared handler)", () => {
  it('GIVEN the channel was shown the story THEN the answer is what the article adds, with where the channel saw the rest', async () => {
    const { store, run } = await setup();
    await shownDay0(store);
    await run(`/news https://news.example/harwick-fire-2`);
    const reply = await run("/news ask what's new?");
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(reply.sentences[0]).toContain(day1.mainFact);
    for (const b of day1.background ?? []) expect(reply.sentences.join(' ')).not.toContain(b);
    expect(reply.since).toEqual({
      title: day0.title,
      shownAt: '2026-03-02T06:30:00.000Z',
      link: undefined,
    });
    expect(renderReply(reply)).toContain(`New since: Follows “${day0.title}” (2 March)`);
  });

  it('GIVEN the channel was never shown the story THEN it is told all of it is new', async () => {
    const { run } = await setup();
    await run(`/news https://news.example/harwick-fire-2`);
    const reply = await run('/news ask anything new?');
    expect(reply).toMatchObject({ kind: 'info', ephemeral: true });
    expect(renderReply(reply)).toContain('had not been shown');
  });

  it('GIVEN the channel was already shown all of it THEN the answer says nothing is new since then', async () => {
    const { store, run } = await setup();
    await shownDay0(store, storySentences(day1.text, day1.title));
    await run(`/news https://news.example/harwick-fire-2`);
    const reply = await run('/news ask what changed');
    expect(renderReply(reply)).toContain(
      `Nothing new in “${day1.title}” since this channel saw the story on 2 March.`,
    );
  });

  it('GIVEN the channel was shown this very article (and nothing earlier) THEN nothing is new to it', async () => {
    const { store, run } = await setup();
    await shownDay0(store, ['Firefighters recovered two bodies.'], canonicalUrl(day1.url));
    await run(`/news ${day1.url}`);
    const reply = await run("/news ask what's new?");
    expect(renderReply(reply)).toContain(`since this channel saw the story on 2 March`);
  });
});
