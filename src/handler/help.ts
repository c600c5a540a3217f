/** Usage text shared by every platform; `/news` is how each platform spells the command. */
export const HELP_TEXT = [
  '*newsbrief* summarizes news articles. Commands:',
  '• `/news <url>` or `/news summarize <url | pasted text>`: headline, lede, key points and quotes',
  "• `/news ask <question>`: answer from the last article summarized here (`what's new?`: what it adds to the story as this channel saw it)",
  '• `/news more [n]`: n more key points (1-10, default 2)',
  '• `/news quotes`: who said what in the last article',
  "• `/news digest`: today's stories for this channel",
  '• `/news subscribe <feed url>`, `/news unsubscribe <feed url | n>`, `/news feeds`',
  '• `/news briefing 07:30 Europe/Berlin [weekdays]` or `/news briefing off`: a daily morning briefing',
  '• In the thread of a summary or a briefing story, ask, more and quotes act on that article (in Slack, reply `ask <question>`, `more` or `quotes` there, or mention @newsbrief)',
  '• `/news help`: this message',
].join('\n');
