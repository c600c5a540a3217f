/** Offered before anything is typed: where most readers are. */
const COMMON = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Paris',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Sydney',
];

let zones: readonly string[] | undefined;

function allZones(): readonly string[] {
  zones ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])];
  return zones;
}

/**
 * IANA time zones matching what the user typed so far ("berl", "new york", "europe/"),
 * those whose city starts with it first; at most `limit` (Discord shows 25).
 */
export function suggestTimeZones(typed: string, limit = 25): string[] {
  const q = typed.trim().toLowerCase().replace(/\s+/g, '_');
  if (q === '') return COMMON.slice(0, limit);
  const city = (z: string) => z.slice(z.lastIndexOf('/') + 1).toLowerCase();
  const matches = allZones().filter((z) => z.toLowerCase().includes(q));
  const starts = matches.filter((z) => city(z).startsWith(q) || z.toLowerCase().startsWith(q));
  const rest = matches.filter((z) => !starts.includes(z));
  return [...starts, ...rest].slice(0, limit);
}
