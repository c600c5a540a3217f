/** The days of the week and the months, as alternations for the patterns that name a date. */
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';

/** When something was said, opening the words before a name or a role: "Last week", "On Monday", "Earlier". */
export const TIME_BEFORE_NAME = new RegExp(
  `^(?:(?:(?:last|this|next|earlier this|later this)\\s+(?:week|weekend|month|year|season|spring|summer|autumn|winter|night|morning|afternoon|evening)|(?:on\\s+|last\\s+)?(?:${WEEKDAYS})|(?:in\\s+|last\\s+)?(?:${MONTHS})|yesterday|today|tonight|earlier|later|previously|recently)\\b,?\\s*)+`,
  'i',
);
