import { createArticleFetcher } from '../../../src/articles/fetch-article.js';
import { createSafeFetch } from '../../../src/articles/safe-fetch.js';
import type { BriefingDeps } from '../../../src/briefing/channel-digest.js';
import type { BriefingPoster } from '../../../src/briefing/scheduler.js';
import type { Reply } from '../../../src/handler/types.js';
import type { Store } from '../../../src/store/store.js';

/** A poster that records what it was asked to post, with the (possibly fake) time. */
export interface RecordingPoster extends BriefingPoster {
  readonly posts: { channelId: string; reply: Reply; at: string }[];
  digests(): { channelId: string; reply: Extract<Reply, { kind: 'digest' }>; at: string }[];
}

export function recordingPoster(): RecordingPoster {
  const posts: RecordingPoster['posts'] = [];
  return {
    posts,
    async post(channelId, reply) {
      posts.push({ channelId, reply, at: new Date().toISOString() });
    },
    digests() {
      return posts.flatMap((p) => (p.reply.kind === 'digest' ? [{ ...p, reply: p.reply }] : []));
    },
  };
}

/** Briefing dependencies against the local test server (127.0.0.1 allowed). */
export function briefingDeps(store: Store, extra: Partial<BriefingDeps> = {}): BriefingDeps {
  const fetch = createSafeFetch({ allowHosts: ['127.0.0.1'], timeoutMs: 5_000 });
  return {
    store,
    fetch,
    fetchArticle: createArticleFetcher({ fetch }),
    now: () => new Date(),
    maxStories: 8,
    ...extra,
  };
}
