/**
 * Lines of a page that are furniture whatever site they come from: interface text
 * ("Advertisement", "Loading content...", "Share this article"), newsletter and follow
 * prompts, photo credits, bylines, datelines and bare timestamps.
 */

const EXACT = new Set([
  'advertisement',
  'advertisements',
  'advert',
  'review',
  'reviews',
  'opinion',
  'analysis',
  'exclusive',
  'see more photos',
  'see more',
  'more photos',
  'photos',
  'tags',
  'topics',
  "don't miss",
  'most viewed',
  'more stories',
  'more from',
  'latest news',
  'related news',
  'ad',
  'sponsored',
  'sponsored content',
  'loading',
  'loading content',
  'loading comments',
  'share',
  'share this',
  'share this article',
  'share this story',
  'tweet',
  'email',
  'print',
  'comments',
  'comment',
  'home',
  'menu',
  'search',
  'subscribe',
  'sign in',
  'sign up',
  'log in',
  'login',
  'register',
  'close',
  'skip',
  'skip to content',
  'skip to main content',
  'read more',
  'see more',
  'more',
  'related',
  'related articles',
  'related stories',
  'related content',
  'recommended',
  'recommended for you',
  'you may also like',
  'most popular',
  'most read',
  'trending',
  'breaking news',
  'breaking news emails',
  'newsletter',
  'top stories',
  'watch',
  'listen',
  'video',
  'photo',
  'image',
  'continue reading',
  'back to top',
  'next',
  'previous',
  'updated',
  'published',
  'media playback is unsupported on your device',
]);

const PATTERNS: readonly RegExp[] = [
  // Newsletter and sign-up boxes.
  /^(get|receive|sign up for|subscribe to|join)\b.{0,80}\b(newsletter|emails?|alerts?|updates|inbox)\b/i,
  /\b(sign up|subscribe)\b.{0,60}\b(newsletter|emails?|alerts?)\b/i,
  /\bdelivered (straight |right |directly )?to your inbox\b/i,
  /^(by (signing up|subscribing|clicking)|you (can|may) unsubscribe)\b/i,
  /\bprivacy (policy|notice)\b.{0,40}\b(terms|unsubscribe)\b/i,
  // Share and follow prompts.
  /\bfollow (us|him|her|them|me|@?[\w.]+)( \w+){0,3} on (twitter|facebook|instagram|linkedin|youtube|tiktok|threads|mastodon|bluesky)\b/i,
  /\bshare (it|this)( \w+){0,3} with (a|your) friends?\b/i,
  /^subscribe to (our|the|us)?\b.{0,120}$/i,
  /^(want|get) more\b.{0,60}\?$/i,
  /^tags?\s*[:|]/i,
  /^(follow|like) (us|him|her|them|me|[A-Z][\w.]+)( \w+){0,3} on (twitter|facebook|instagram|linkedin|youtube|tiktok|threads|mastodon|bluesky)\b/i,
  /^(share|tweet|post|email) (this|on|via)\b.{0,40}$/i,
  /^(click|tap) (here )?to (share|tweet|email|print|enlarge|expand|play|watch)\b/i,
  // Photo credits and captions that name an agency.
  /^(photo|image|picture|video|graphic|illustration|credit|source|photograph)s?( credit)?\s*[:|/©]/i,
  /^\(?(photo|image|picture|credit)s?:/i,
  // A caption: a line that ends on its credit ("… in Beijing. Credit: EPA", "(Photo: AP)").
  /(^|[\s.()”"])(photo |image |picture |video )?credits?\s*:\s*[^.!?]{1,80}\)?\s*$/i,
  /\(\s*(photo|image|picture|file photo|pictured)\b[^)]{0,80}\)\s*$/i,
  /\b(photo|picture|image) (by|courtesy of|via)\s+\p{Lu}[^.!?]{0,60}$/iu,
  /(^|\s)(©|\(c\)|copyright)\s*\d{0,4}\s*[\p{Lu}]/u,
  /\b(getty images|associated press|ap photo|reuters|afp|epa|shutterstock|alamy|istock)\)?\.?\s*$/i,
  // Bylines (a name of two words or more) and datelines on a line of their own.
  /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}[\p{L}.'’-]*(\s+(and|und|&|\p{Lu}[\p{L}.'’-]*)){1,6}\s*([,|–—-].{0,60})?$/u,
  /^(published|updated|posted|last updated|first published)\b.{0,60}$/i,
  /^.{0,40}\b(posted by|published by|publicado por|publié par|veröffentlicht von|pubblicato da)\b.{0,160}$/i,
  // A bare date or time.
  /^((mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?\s*([A-Z]{2,4}T?)?,?\s*)?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\.?,?\s+\d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})(\s*(at\s*)?\d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*([A-Z]{2,4}T?)?)?\.?$/i,
  /^\d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.)?(\s+[A-Z]{2,4}T?)?,?(\s+\w+,?\s+\w+\s+\d{1,2},?\s+\d{4})?$/i,
  /^\d+\s+(minutes?|hours?|days?|weeks?|months?)\s+ago$/i,
  // A timestamp in any language: a short line with a year and a time, and no sentence.
  /^(?=.{0,70}$)(?=.*\b(19|20)\d{2}\b)(?=.*\b\d{1,2}[:h]\d{2}\b)[^.!?]*$/u,
  // A gallery counter ("1 of 6") or a rule of punctuation ("___", "* * *").
  /^(\d+\s*)?of \d+$/i,
  /^[^\p{L}\p{N}]+$/u,
  // Reading-time and interface counters.
  /^(reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura)\s*:?\s*\d+\s*\p{L}*\.?$/iu,
  /^\d+\s*(min(ute)?s?|mins?)\s+(read|reading)$/i,
  // A promotion ("… Click here for more information.").
  /^.{0,200}\bclick here\b.{0,80}$/i,
  // The signature line of an embedded post: "— Name (@handle) November 1, 2019".
  /^[—–-]\s*[^()]{1,80}\(@\w+\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u,
  /^\d+\s*(min(ute)?s?|mins?)\s+read$/i,
  /^(loading|please wait)\b.{0,20}$/i,
  /^(this (video|content|embed) (is not available|cannot be played|requires))/i,
];

/** Whether a line is only interface text: "Advertisement", "Share", "Loading content...". */
export function isInterfaceWord(line: string): boolean {
  const key = line
    .toLowerCase()
    .replace(/[.…:!|»›>·•]+$/u, '')
    .replace(/^[\s»›>·•|]+/u, '')
    .trim();
  return EXACT.has(key);
}

/** Whether a whole line (a paragraph of the page) is furniture rather than story text. */
export function isFurnitureLine(line: string): boolean {
  if (isInterfaceWord(line)) return true;
  if (line.length > 300) return false;
  return PATTERNS.some((re) => re.test(line.trim()));
}
