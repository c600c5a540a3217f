/** Usage text shared by every platform; `/news` is how each platform spells the command. */
export const HELP_TEXT = [
  '*newsbrief* summarizes news articles. Commands:',
  '• `/news <url>` or `/news summarize <url | pasted text>`: headline, lede, key points and quotes',
  "• `/news ask <question>`: answer from the last article summarized here (`what's new?`: what it adds to the story as this channel saw it)",
  '• `/news more [n]`: n more key points (1-10, default 2)',
  '• `/news quotes`: who said what in the last article',
  "• `/news digest`: today's stories for this channel",
  '• `/news subscribe <feed url>`, `/news unsubscribe <feed url | n>`, `/news feeds` (each feed with its filter)',
  '• `/news subscribe <feed url> only: climate, "interest rates" except: sport`: only the stories that mention one of the `only:` words and none of the `except:` ones (in the title or text; "rate" matches "rates")',
  "• `/news filter <n | feed url> only: … except: …` or `/news filter <n> none`: change or remove a feed's filter",
  '• `/news briefing 07:30 Europe/Berlin [weekdays]` or `/news briefing off`: a daily morning briefing',
  '• In the thread of a summary or a briefing story, ask, more and quotes act on that article (in Slack, reply `ask <question>`, `more` or `quotes` there, or mention @newsbrief)',
  '• `/news length brief|standard|detailed`: 2, 4 or 6 key points a summary; briefings and digests show the lede only, 3 or 6 points a story. `/news length` says which',
  '• `/news help`: this message',
].join('\n');
