import type { EarlierShowing } from '../handler/types.js';

/** What every platform calls a developing story's update. */
export const UPDATE_LABEL = 'Update';

/** The day the channel was shown a story, e.g. "2 March" (UTC: a renderer knows no zone). */
export function shownOn(earlier: EarlierShowing): string {
  const at = new Date(earlier.shownAt);
  if (Number.isNaN(at.getTime())) return 'earlier';
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(at);
}

/** The plain-text line that points back at the earlier message: its link where there is one. */
export function earlierLine(earlier: EarlierShowing): string {
  return earlier.link
    ? `Earlier (${shownOn(earlier)}): ${earlier.link}`
    : `Follows “${earlier.title}” (${shownOn(earlier)})`;
}
