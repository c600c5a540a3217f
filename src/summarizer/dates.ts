/** The days of the week and the months, as alternations for the patterns that name a date. */
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
