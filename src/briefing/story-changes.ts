import { canonicalUrl } from '../articles/canonical-url.js';
import type { CommandContext, DevelopingStories, RememberedArticle } from '../handler/types.js';
import type { Store } from '../store/store.js';
import { newFacts, storySentences } from '../summarizer/new-facts.js';
import {
  DEVELOPING_MEMORY_MS,
  earlierShowing,
  matchChains,
  retellsStory,
  shownChains,
  toldBefore,
} from './developing.js';
import { storySentencesByKey } from './story-summary.js';

/**
 * "What's new?" on a story: the article's sentences that neither the channel's earlier
 * messages about the story nor the articles behind them said, found the way a briefing finds
 * an update (developing.ts).
 */
export function createDevelopingStories(store: Store, now: () => Date): DevelopingStories {
  return {
    async changesSince(ctx: CommandContext, entry: RememberedArticle) {
      const channel = { platform: ctx.platform, channelId: ctx.channelId };
      const records = await store.shownStories(
        channel,
        new Date(now().getTime() - DEVELOPING_MEMORY_MS),
      );
      const { article, summary } = entry;
      const key = (article.url && canonicalUrl(article.url)) || undefined;
      const storyKey = key ?? `ref:${entry.ref}`;
      const title = summary.title || article.title || '';
      const [chain] = matchChains(
        [
          {
            feedKey: 'asked',
            guid: storyKey,
            canonicalUrl: key,
            title,
            lede: article.text,
            storyKey,
          },
        ],
        shownChains(records),
      );
      if (!chain) return undefined;
      // Showings of this very article are not "before": what changed is against the others.
      const before = chain.records.filter((r) => r.storyKey !== storyKey);
      const latest = before[before.length - 1];
      // The channel was shown this article itself and nothing earlier: nothing is new to it.
      if (!latest) return { facts: [], earlier: earlierShowing(chain.latest) };
      const articles = await storySentencesByKey(
        store,
        before.map((r) => r.storyKey),
      );
      const sentences = storySentences(article.text, title);
      if (!retellsStory(storyKey, sentences, chain, articles)) return undefined;
      return {
        facts: newFacts(sentences, toldBefore(before, articles)),
        earlier: earlierShowing(latest),
      };
    },
  };
}
