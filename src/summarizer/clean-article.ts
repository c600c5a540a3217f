import { en } from './letters.js';
/**
 * Stage 1: keep the story, drop what is not (captions, credits, repeated lines, bylines,
 * licensing footers, web cruft). Every removal is recorded with its reason, so nothing is
 * lost silently; section markers become headings.
 */

export interface CleanParagraph {
  readonly text: string;
  /** The section heading the paragraph sits under, if any. */
  readonly heading?: string | undefined;
}

export type RemovalReason =
  | 'caption'
  | 'duplicate'
  | 'footer'
  | 'cruft'
  | 'byline'
  | 'source-tag'
  | 'dateline'
  | 'timestamp'
  | 'standfirst';

export interface Removal {
  readonly text: string;
  readonly reason: RemovalReason;
}

export interface CleanedArticle {
  /** A headline found on the first line when none was given. */
  readonly title?: string | undefined;
  readonly paragraphs: readonly CleanParagraph[];
  readonly headings: readonly string[];
  readonly removed: readonly Removal[];
  /**
   * The first words (AFTER_PROMO_CHARS) that came straight after a "Scroll down for video"
   * inside a line: Daily Mail copy puts a photo's caption there, run into the story's next
   * sentence without a full stop.
   */
  readonly afterPromo?: readonly string[] | undefined;
}

const PHOTO_CREDIT =
  /\((?:[^()]*\b(?:AP|AFP|Reuters|Getty|EPA|Bloomberg|Xinhua|Yonhap|Shutterstock|Pool)\b[^()]*\b(?:Photos?|Images?|Pictures?|File)\b[^()]*|(?:Photo|Image|Picture|Credit)s?(?: credit)?:[^()]*|[A-Z][\w.&' -]{1,40}\/(?:AP|AFP|Reuters|Getty Images|EPA))\)/;
const CAPTION_LINE =
  /^(?:image (?:copyright|caption|source)|(?:media|video) caption|photograph:|photo:|picture:|image:|pic:|caption:|(?:getty images|reuters|afp|ap)(?: photo)?$)/i;
/**
 * A caption line that ends on its credit, as the Guardian prints it: "Sewage pours into the sea
 * near Ramsgate. Photograph: Gareth Fuller/PA" (a credit names an agency or has a slash), or
 * the New York Times: "… at a rally on Wednesday. Credit: Jamie Kwan for The New York Times",
 * or the ABC: "Michele Bullock says the board is not ruling anything in or out. (ABC News: John
 * Gunn)".
 */
const CREDIT_ENDS_LINE =
  /\b(?:(?:Photograph|Photo|Illustration|Composite|Picture|Image|Pic)s?:\s+(?=[^.!?:]*(?:\/|\b(?:Getty|Reuters|AP|AFP|PA|EPA|Alamy|Shutterstock|Rex|Bloomberg)\b))|Credit:\s+)[^.!?:]{2,80}$|\([A-Z][\w&.' -]{1,30}:\s+[A-Z][\w.' -]{1,40}\)$/;
const FOOTER =
  /(?:^this (?:article|story|report) (?:was|is) (?:written|produced|reported)|legally licensed|please direct all licensing questions|^all rights reserved|^copyright\b|^©|^\(c\) \d{4}|^follow (?:us|@)|^sign up (?:for|to)|^subscribe (?:to|for|now)|^click here|^contact (?:us|the author)|^\(?(?:additional )?reporting by\b|^editing by\b|^writing by\b|^our standards:|\bcontributed (?:reporting )?to this (?:report|story|article)\.?$|^this (?:story|article|report) (?:has been|was) (?:corrected|updated)\b|^an earlier version of this (?:story|article|report)\b|^a version of this article appears in print\b|^[—–-]+\s*with assistance from\b|^save (?:this )?articles? to read later\b|\bby sharing this article\.?$|^get our [\w ,&]{0,60}\b(?:email|newsletter|app|podcast)s?\b|^source: [A-Z][\w ]{1,40}\.?$|^\(updates? (?:with|to)\b[^()]*\)$|^(?:correction|clarification):|^for (?:more|further) information,? (?:visit|see|go to|please|contact|call)\b)/i;
/**
 * Where a press release's boilerplate starts, under the story: "About Northwind Energy", "About
 * the company", "Forward-looking statements", "Media contact:". Every line after it is the
 * company's description, its lawyers' caveats or its phone numbers, none of them the news.
 */
const BOILERPLATE_HEADING =
  /^(?:(?:About|ABOUT) (?:the [Cc]ompany|[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|and|for|the)){0,5})|(?:Forward|FORWARD)[- ](?:[Ll]ooking [Ss]tatements?|LOOKING STATEMENTS?)|(?:Safe|SAFE) (?:[Hh]arbou?r [Ss]tatement|HARBOU?R STATEMENT)|(?:Media|Press|Investor|MEDIA|PRESS|INVESTOR) (?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries|[Rr]elations|CONTACTS?)|(?:Contacts?|CONTACTS?))\s*[.:]?$/;
/** A list's heading under a story, whose short lines after it are links: "Related topics". */
const LINK_LIST_HEADINGS = String.raw`related(?: (?:topics|articles|stories|content|coverage))?|more about|don['’]t miss these stories from [A-Z][\w ]{1,30}|more from (?:the )?[A-Z][\w ]{1,30}|more on this story|explore more on these topics|top stories|most read(?: from [A-Z][\w ]{1,30})?|read more from [A-Z][\w ]{1,30}`;
const LINK_LIST_HEADING = new RegExp(`^(?:${LINK_LIST_HEADINGS})[.:!]*$`, 'i');
const CRUFT_LINE = new RegExp(
  String.raw`^(?:show full article|read (?:more|full story|the full story)|continue reading|advertisement|sponsored(?: content)?|share(?: this)?(?: (?:article|story|page))?|tweet|email|print|comments?|media playback is (?:unsupported|not supported).*|scroll down for video|watch(?: the)? video|skip (?:to|ad|advertisement)|gift (?:this )?article|story continues below(?: advertisement)?|please use chrome browser for a more accessible video player|why you can trust [A-Z][\w ]{1,30}|download the [\w ]{1,30} app\b.*|supported by|key points|join our commenting forum|listen to this article(?:\W+\d+:\d{2} min)?(?: learn more)?|share full article|learn more|save|order reprints\b.*|reporting from [A-Z][\w ,.'’-]{1,40}|\d+ min(?:ute)? read|ad feedback|link copied|copy link|go deeper\b.*|${LINK_LIST_HEADINGS})[.:!]*$`,
  'i',
);
/**
 * A writer's note under the story: "Maria Ortiz covers Chicago city government for The Times.",
 * "Jo Lee is a health reporter for The Courier."
 */
const AUTHOR_NOTE =
  /^[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}\s+(?:covers|writes about|reports on|is an? [\p{L} -]{0,40}(?:reporter|correspondent|writer|columnist|editor))\b[^.!?]{0,120}\bfor\s+[Tt]he\s+[A-Z][\p{L}’' ]{1,40}\.?$/u;
/** A credit: a column or show named, then who writes or makes it, or how often it comes out. */
const CREDIT_LINE =
  /^(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){1,4}(?:is|are) (?:written|edited|compiled|syndicated|sponsored|produced) (?:by|weekly|daily|monthly|every)\b/;
/**
 * A live page's greeting: "Welcome to our live coverage of Storm Bert, which …", "Hello and
 * welcome to the BBC's live page …", "Stay with us for the latest". The page's voice, not news.
 */
const LIVE_GREETING =
  /^(?:(?:hello|hi|good (?:morning|afternoon|evening))[,.!]?\s+(?:and\s+)?)?(?:welcome (?:back )?to (?:our|the|this)\b[\w\s'’]{0,30}\b(?:live|rolling)\b|stay with us\b|(?:do )?(?:stay|keep) (?:with|following) (?:us|this page)\b|we['’]ll (?:be )?(?:bring(?:ing)? you|keep(?:ing)? you)\b[^.]{0,40}\b(?:latest|updates?)\b)/i;
/** A link line to another story: "Read more: …", "Related: …", "See also: …" (short, no sentence of this story). */
const LINK_LINE =
  /^(?:read more|related|see also|more|also read|watch|listen|recommended)\s*:\s*\S/i;
const BYLINE_LINE =
  /^(?:[Bb]y|[Ff]rom)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:,|and|\||·|•|-|–|—)\s*.*)?$/;
/**
 * A page's time stamp on a line of its own, as a copy of the page pastes it: "Published 3 hours
 * ago", "Updated: 5 March 2024, 10:32 GMT", "Last updated on 2 May", "2 days ago".
 */
const TIMESTAMP_LINE =
  /^(?:(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?:?\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?:?\s+(?=.*(?:\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b))[\w ,:./+-]{1,50})$/i;
/** A time alone on a line, as a live page stamps its posts: "10:45 GMT", "2:15 p.m. ET". */
const TIME_LINE = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i;
/** A date (and a time) alone on a line: "Fri 9 Jul 2021 14.21 BST", "July 9, 2021 at 2:21 p.m. EDT". */
const DATE_LINE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?)\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:,?\s+[a-z]{2,4})?)?$/i;
/**
 * A byline without "By": a name and the writer's job, "Helena Horton Environment reporter",
 * "Jane Smith, political editor".
 */
const NAME_AND_BEAT =
  /^[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,2},?\s+(?:[A-Za-z]+\s+){0,2}(?:reporter|editor|correspondent|writer|columnist|journalist)$/u;
const SECTION_MARKER = /^(?:[-–—=*#]+\s*)(.+?)(?:\s*[-–—=*#]+)?$/;
/** A list joined to the sentence that opens it makes a sentence of at most this many words. */
const LIST_SENTENCE_WORDS = 45;
/** An item of a bulleted list: a dash, a star or a bullet before it and none after. */
const BULLET_ITEM = /^[-–—•*]\s+(.*[^-–—•*\s])$/;
/** How much of what follows a video's pointer is kept to find its sentence by (afterPromo). */
export const AFTER_PROMO_CHARS = 30;
/** Daily Mail's pointer to its video, inside a line: a caption comes after it (afterPromo). */
const SCROLL_PROMO = /(?:^|\s)\.?\s*Scroll down for videos?\s*\.?\s*/i;

/**
 * Cruft inside a line: pattern, reason, and for patterns that would be tried all along
 * every line, a cheap test that every match passes (most lines have no cruft).
 */
const INLINE_CRUFT: readonly [RegExp, RemovalReason, RegExp?][] = [
  // "(CNN)" / "LONDON, England (CNN) --" / "LONDON, April 3 (Reuters) -" source tags at the
  // start of wire copy.
  // ("Hong Kong (CNN Business)A muddled view …": CNN's sections too.)
  [
    /^(?:[A-Z][A-Za-z0-9 .,'-]{0,60})?\((?:CNN(?: Business| Money| Travel| Style| Sport| Politics)?|AP|AFP|Reuters)\)\s*(?:--|—|-)?\s*/,
    'source-tag',
  ],
  // A press release's wire: "TEESSIDE, England--(BUSINESS WIRE)--", "OSLO, Norway, March 4,
  // 2026 (GLOBE NEWSWIRE) --", "LONDON, March 4, 2026 /PRNewswire/ --".
  [
    /^(?:[A-Z][\w .,'’-]{0,80}?)?(?:\s*--\s*\((?:BUSINESS WIRE|GLOBE NEWSWIRE|ACCESSWIRE)\)\s*--|\s*\((?:BUSINESS WIRE|GLOBE NEWSWIRE|ACCESSWIRE)\)\s*(?:--|—|–|-)|\s*\/\s*PRNewswire(?:-[A-Za-z]+)?\s*\/\s*(?:--|—|–|-))\s*/,
    'source-tag',
    /WIRE|Newswire/i,
  ],
  // A partner's tag opening a line: "(The Hollywood Reporter)Stan Freberg …", "(EW.com) -- …".
  [/^\([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}\)\s*(?:--|—|-)?\s*(?=[A-Z"“])/, 'source-tag'],
  // Daily Mail: "By . Jane Doe . PUBLISHED: . 12:03 EST, 4 May 2014 . | . UPDATED: . 09:10 EST, 5 May 2014 ."
  [
    /^By \. (?:(?!PUBLISHED)[^.]){1,80}\. (?:(?:(?!PUBLISHED)[^.]){1,80}\. )?(?:PUBLISHED: \. [^|]{5,60}\| \. UPDATED: \. [^.]+?\d{4} \. ?)?/,
    'byline',
  ],
  [/^(?:PUBLISHED: \. [^|]{5,60}\| \. UPDATED: \. [^.]+?\d{4} \. )/, 'byline'],
  [SCROLL_PROMO, 'cruft', /scroll down for video/i],
  [/\s*\bShow Full Article\b\s*/, 'cruft', /Show Full Article/],
];

/**
 * A place in capitals (and its region), then a dash: "MADRID —", "CLEVELAND, Ohio –"; or a
 * city and its state's two letters, "New York, NY –"; or CNN's "New York CNN —", at the start
 * of the story's first line or on a line of its own. (Not an acronym of three letters, "NHS -
 * The service is …", which is the story's subject.)
 */
const DATELINE =
  /^(?:[A-Z][A-Z.'’-]{3,}(?: [A-Z][A-Z.'’-]+){0,3}|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z]{2}|(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? )?\(?CNN\)?) (?:--|—|–|-)(?: (?=["“A-Z])|$)/;

/**
 * '“It was an attempt to mislead voters,’ Will Moy told the BBC.': a double quotation closed by
 * a single mark, after a comma or a stop and before a space, with no single quotation open
 * inside it, is closed by a double mark: left as it is, the quotation runs on into the next one
 * and its words go to the next speaker, or into the narration after it and the narration is
 * given to the speaker. Curly marks and straight ones ('"… it's a bit more.' The orchestra
 * strikes up …") alike; an apostrophe inside a word ("it's") is neither.
 */
function closeMismatchedQuotation(line: string): string {
  const curly = line.includes('“') && line.includes('’');
  const straight = line.includes('"') && line.includes("'");
  if (!curly && !straight) return line;
  let out = line;
  let double = false;
  let single = false;
  for (let i = 0; i < out.length; i++) {
    const ch = out[i];
    const before = out[i - 1] ?? ' ';
    const after = out[i + 1] ?? ' ';
    if (ch === '“') {
      double = true;
      single = false;
    } else if (ch === '”') double = false;
    else if (ch === '"') {
      // (Opening before a word, closing after one: '… people. "I guess …' opens the
      // quotation's next paragraph, run into the line. Inside a single quotation a straight
      // double mark is the single one's next paragraph, as two apostrophes printed it:
      // "'… and graduates. ''The necessary measures …'".)
      if (!single) double = /\s/.test(before) && /[\p{L}\p{N}]/u.test(after);
    } else if (ch === '‘' || (ch === "'" && /\s/.test(before) && /\p{L}/u.test(after)))
      single = true;
    else if ((ch === '’' || ch === "'") && /\s/.test(after) && /[,.!?]/.test(before)) {
      if (single) single = false;
      else if (double) {
        out = `${out.slice(0, i)}${ch === '’' ? '”' : '"'}${out.slice(i + 1)}`;
        double = false;
      }
    }
  }
  return out;
}

const TERMINAL = /[.!?…]["'”’)\]]*$/;
/**
 * An explainer's headline: its subject, a colon and the question it answers ("Energy price cap:
 * What is changing and how much will I pay?"), where a story's opening question has no colon.
 */
const HEADLINE_QUESTION =
  /^[^:?.!]{2,60}:\s+(?:What|Why|How|Who|When|Where|Which|Is|Are|Can|Could|Will|Would|Should|Do|Does|Did|Has|Have)\b[^:]*\?["'”’]?$/;
/**
 * What `/\s+/g` matches, less the single plain spaces, which replacing by ' ' would leave as
 * they are: the same result without rebuilding every line (a measured hot spot).
 */
export const WHITESPACE_RUN = /\s{2,}|[^\S ]/g;

/** `s.split(' ').length - 1` without building the array. */
function countSpaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

export function cleanArticle(rawText: string, givenTitle?: string): CleanedArticle {
  const text = normalizeText(rawText);
  const removed: Removal[] = [];
  const afterPromo: string[] = [];
  /** The words after the last video pointer found inside a line, read next as a line of their own. */
  let promoLine: string | undefined;
  const headings: string[] = [];
  const paragraphs: CleanParagraph[] = [];
  const seen = new Set<string>();
  let title: string | undefined;
  let heading: string | undefined;
  let current: string[] = [];
  /** Whether a line of eight words or more, a sentence of the story, has been read. */
  let storyStarted = false;
  /** The first block's headline, standfirst and section lines when a pasted page's header is there. */
  let header: PageHeader | undefined;
  let headerRead = false;
  /** Whether the lines read are the links under a list's heading ("Related topics"). */
  let linkList = false;
  /** The line of the block being read that is a byline's second ("Transport correspondent"). */
  let bylineBeatAt = -1;
  /** The line of the block being read that was a time stamp (a live page's post follows it). */
  let stampAt = -1;
  /** Whether a press release's boilerplate has begun (BOILERPLATE_HEADING): the story is over. */
  let boilerplate = false;

  const flush = () => {
    if (current.length > 0) paragraphs.push({ text: current.join(' '), heading });
    current = [];
  };
  /** The lines of a list that a sentence ending on a colon opened, while it is being read. */
  let listLines: string[] = [];
  const lastText = () => (current.length > 0 ? current.at(-1) : paragraphs.at(-1)?.text);
  const setLastText = (text: string) => {
    if (current.length > 0) current[current.length - 1] = text;
    else {
      const last = paragraphs.at(-1) as CleanParagraph;
      paragraphs[paragraphs.length - 1] = { ...last, text };
    }
  };
  const opensList = () => /:$/.test(lastText() ?? '');
  // A short list ends its sentence ("… will include: 1,600 affordable homes; two primary
  // schools."); a long one would make a point no one reads whole: each item is a paragraph of
  // its own, as a list after a full stop is.
  const closeList = () => {
    if (listLines.length === 0) return;
    const lines = listLines;
    listLines = [];
    const items = lines.map((l) => (BULLET_ITEM.exec(l)?.[1] ?? l).replace(/[;,.]$/, ''));
    const joined = `${lastText() ?? ''} ${items.join('; ')}.`;
    if (countSpaces(joined) + 1 <= LIST_SENTENCE_WORDS) {
      setLastText(joined);
      return;
    }
    flush();
    for (const line of lines) paragraphs.push({ text: line, heading });
  };

  const blocks = rejoinBrokenBlocks(text.split(/\n\s*\n/), removed);
  blocks.forEach((block, blockIndex) => {
    bylineBeatAt = -1;
    stampAt = -1;
    const lines = block
      .split('\n')
      .map((l) => l.replace(WHITESPACE_RUN, ' ').trim())
      .filter(Boolean);
    for (const [lineIndex, original] of lines.entries()) {
      // (What came after a video's pointer inside a line starts a paragraph of its own.)
      if (lineIndex > 0 && original === promoLine) flush();
      let line = closeMismatchedQuotation(original);
      for (const [re, reason, hint] of INLINE_CRUFT) {
        if (hint && !hint.test(line)) continue;
        const m = re.exec(line);
        if (m && m[0].trim() !== '') {
          removed.push({ text: m[0].trim(), reason });
          const after = line.slice(m.index + m[0].length);
          // ("… baby's name.' Scroll down for video The new prince or princess …": the pointer
          // divides the page; what follows, a caption run into the story, is read as a line of
          // its own, in a paragraph of its own, so no quotation left open runs on into it.)
          if (re === SCROLL_PROMO && after.trim() !== '') {
            afterPromo.push(after.trim().slice(0, AFTER_PROMO_CHARS));
            if (m.index > 0) {
              promoLine = after.trim();
              lines.splice(lineIndex + 1, 0, promoLine);
              line = line.slice(0, m.index).trim();
              continue;
            }
          }
          line = `${line.slice(0, m.index)} ${after}`.trim();
        }
      }
      // ("MADRID — Rafael Nadal kept …", "CLEVELAND, Ohio – The Doobie Brothers will …": a wire
      // dateline opening the story says where it was filed, not what happened.)
      // (Before the story's first sentence: a timestamp or "By" may come first.)
      // (A line that is a dateline alone, "New York CNN —", is one wherever it stands: a pasted
      // page's headline before it may already be a line of eight words.)
      const dateline = DATELINE.exec(line);
      if (dateline && (!storyStarted || dateline[0].length === line.length)) {
        removed.push({ text: dateline[0].trim(), reason: 'dateline' });
        line = line.slice(dateline[0].length);
      }
      if (line === '') continue;
      // (Only under two paragraphs of story: "About" opens no release's first lines.)
      if (!boilerplate && paragraphs.length >= 2 && BOILERPLATE_HEADING.test(line))
        boilerplate = true;
      if (boilerplate) {
        removed.push({ text: original, reason: 'footer' });
        continue;
      }
      const wordCount = countSpaces(line) + 1;
      if (wordCount >= 8) storyStarted = true;

      if (
        PHOTO_CREDIT.test(line) ||
        CAPTION_LINE.test(line) ||
        (line.includes(':') && CREDIT_ENDS_LINE.test(line))
      ) {
        removed.push({ text: original, reason: 'caption' });
        continue;
      }
      const key = line.toLowerCase();
      if (seen.has(key)) {
        removed.push({ text: original, reason: 'duplicate' });
        continue;
      }
      seen.add(key);
      // ("Dear Abby is written by Abigail Van Buren …", "The Tennis Podcast is produced weekly
      // …": a column's or a show's credit at the end of the page.)
      const credit =
        blockIndex >= blocks.length - 2 && (CREDIT_LINE.test(line) || AUTHOR_NOTE.test(line));
      if (wordCount <= 40 && (FOOTER.test(line) || credit)) {
        removed.push({ text: original, reason: 'footer' });
        continue;
      }
      // ("Related topics | Rail strikes | Aslef | More from the BBC | Rail fares to rise by 5.9%
      // in March": under a list's heading, the short lines with no stop are its links.)
      // (A link's title may ask: "Train strikes: Which lines are affected?")
      if (linkList && wordCount <= 14 && !/[.!…]["'”’)\]]*$/.test(line)) {
        removed.push({ text: original, reason: 'cruft' });
        continue;
      }
      linkList = false;
      if (
        (wordCount <= 10 && CRUFT_LINE.test(line)) ||
        (wordCount <= 25 && LINK_LINE.test(line)) ||
        isTeamSheet(line) ||
        LIST_ENTRY.test(line) ||
        (wordCount <= 40 && LIVE_GREETING.test(line))
      ) {
        removed.push({ text: original, reason: 'cruft' });
        linkList = wordCount <= 10 && LINK_LIST_HEADING.test(line);
        continue;
      }
      // ("Tom Edgington | Transport correspondent": a byline on two lines.)
      if (isByline(line) || twoLineByline(lines, lineIndex)) {
        removed.push({ text: original, reason: 'byline' });
        if (twoLineByline(lines, lineIndex)) bylineBeatAt = lineIndex + 1;
        continue;
      }
      if (lineIndex === bylineBeatAt) {
        removed.push({ text: original, reason: 'byline' });
        continue;
      }
      if (isTimeStamp(line)) {
        removed.push({ text: original, reason: 'timestamp' });
        stampAt = lineIndex;
        continue;
      }
      const nothingKept = blockIndex === 0 && paragraphs.length === 0 && current.length === 0;
      const isFirst = nothingKept && lineIndex === 0;
      // (A pasted page's header: the headline, with the section's name above it and the
      // standfirst below, before a byline or a time stamp: "UK News | Fire crews tackle huge
      // blaze | More than 100 firefighters … | By Sarah Jones, BBC News | Published 3 hours ago".
      // The section and the standfirst, the editor's summary that the first sentence says
      // again, go.)
      if (nothingKept && !headerRead && lines.length > 1 && !givenTitle && title === undefined) {
        header = pageHeader(lines, lineIndex);
        headerRead = true;
      }
      if (blockIndex === 0 && header !== undefined) {
        if (lineIndex === header.headline) {
          title = line;
          continue;
        }
        if (lineIndex === header.section || lineIndex === header.standfirst) {
          removed.push({
            text: original,
            reason: lineIndex === header.section ? 'cruft' : 'standfirst',
          });
          continue;
        }
      }
      // (The first line, alone in its block before more.)
      if (
        isFirst &&
        lines.length === 1 &&
        blockIndex < blocks.length - 1 &&
        !givenTitle &&
        title === undefined &&
        wordCount <= 20 &&
        (!TERMINAL.test(line) || HEADLINE_QUESTION.test(line))
      ) {
        title = line;
        continue;
      }
      // ("- Ties at 'lowest point' -", "## Reaction": a section's marker; "- 1,600 affordable
      // homes", a dash or star on one side only, is a list's item.)
      const marker =
        /^[-–—=*#]/.test(line) && !BULLET_ITEM.test(line) ? SECTION_MARKER.exec(line) : null;
      // ("10:32 GMT | Schools closed across Cornwall | More than 200 schools …": the short
      // line under a live page's time stamp is its post's heading.)
      const postHeading = stampAt >= 0 && lineIndex === stampAt + 1;
      const standaloneShort =
        (lines.length === 1 || postHeading) &&
        wordCount <= 10 &&
        !TERMINAL.test(line) &&
        !/[,;:]$/.test(line);
      if ((marker?.[1] && wordCount <= 12) || (standaloneShort && !isFirst)) {
        flush();
        heading = stripQuotes(marker?.[1] ?? line);
        headings.push(heading);
        continue;
      }
      // "The development will include: | - 1,600 affordable homes | - two primary schools": the
      // items of a list that a line ending on a colon opens are that sentence's end, one after
      // another ("… will include: 1,600 affordable homes; two primary schools.").
      if (BULLET_ITEM.test(line) && (listLines.length > 0 || opensList())) {
        listLines.push(line);
        continue;
      }
      closeList();
      // "… in the third round. | - BURNLEY make the eight mile journey …": an item of a
      // bulleted list is a paragraph of its own, not the end of the sentence before it.
      if (/^[-–—•*]\s/.test(line)) {
        flush();
        current.push(line);
        flush();
        continue;
      }
      current.push(line);
    }
    flush();
  });

  closeList();
  return {
    title: title ?? givenTitle?.trim(),
    paragraphs: withoutPullQuotes(paragraphs, removed),
    headings,
    removed,
    ...(afterPromo.length > 0 ? { afterPromo } : {}),
  };
}

/** A name alone on its line: "Tom Edgington". */
const NAME_ONLY = /^[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,2}$/u;
/** A writer's job alone on its line: "Transport correspondent", "Senior political reporter". */
const BEAT_LINE =
  /^(?:[A-Za-z]+\s+){0,3}(?:reporter|editor|correspondent|writer|columnist|journalist)(?:\s+@\w+)?$/i;

/** Whether line `at` is a name and the next line the writer's job: a byline on two lines. */
function twoLineByline(lines: readonly string[], at: number): boolean {
  return NAME_ONLY.test(lines[at] ?? '') && BEAT_LINE.test(lines[at + 1] ?? '');
}

/** A byline: "By Jane Smith, BBC News", or a name and the writer's job, "Helena Horton Environment reporter". */
function isByline(line: string): boolean {
  const words = countSpaces(line) + 1;
  return (
    words <= 15 &&
    (BYLINE_LINE.test(line) ||
      BY_JOB_LINE.test(line) ||
      (words <= 7 && NAME_AND_BEAT.test(line))) &&
    !TERMINAL.test(line)
  );
}
/** "By business reporter Nassim Khadem": a byline that gives the writer's job first. */
const BY_JOB_LINE = /^[Bb]y\s+(?:[a-z]+\s+){1,3}[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}$/;

/**
 * A page's time stamp or date alone on its line, or several set apart by bars or commas:
 * "Updated April 23, 2024 at 10:02 p.m. EDT|Published April 23, 2024 at 9:26 p.m. EDT".
 */
function isTimeStamp(line: string): boolean {
  // ("Posted Tue 19 Mar 2024 at 2:30pm, updated Tue 19 Mar 2024 at 3:47pm": two, by a comma.)
  const parts = line.split(/\s*\|\s*|,\s+(?=(?:updated|published|posted)\b)/i);
  if (parts.length > 1) return parts.every((part) => isTimeStamp(part));
  return (
    countSpaces(line) + 1 <= 8 &&
    (TIMESTAMP_LINE.test(line) || DATE_LINE.test(line) || TIME_LINE.test(line))
  );
}

/** The lines of a pasted page's header (-1: none). */
interface PageHeader {
  readonly section: number;
  readonly headline: number;
  readonly standfirst: number;
}

/**
 * A pasted page's header from line `at` of its block: the lines before a byline or a time stamp
 * (past the page's furniture, "Share full article"), which are the headline alone; the
 * headline and its standfirst; or a section's name of up to three words ("UK News"), the
 * headline and, perhaps, the standfirst. Undefined when no byline or time stamp follows (the
 * line then may be a wrapped sentence's start) or the headline is no headline.
 */
function pageHeader(lines: readonly string[], at: number): PageHeader | undefined {
  const kept: number[] = [];
  for (let k = at; k < lines.length && k <= at + 8; k++) {
    const line = lines[k] ?? '';
    const words = countSpaces(line) + 1;
    if (k > at && (isByline(line) || isTimeStamp(line) || twoLineByline(lines, k)))
      return headerOf(lines, kept);
    if (k > at && words <= 10 && CRUFT_LINE.test(line)) continue;
    if (words >= 45 || kept.length === 3) return undefined;
    kept.push(k);
  }
  return undefined;
}

function headerOf(lines: readonly string[], kept: readonly number[]): PageHeader | undefined {
  const words = (k: number | undefined) => countSpaces(lines[k ?? -1] ?? '') + 1;
  const headline = (k: number | undefined) =>
    k !== undefined && words(k) <= 20 && !TERMINAL.test(lines[k] ?? '');
  const [a, b, c] = kept;
  const section = (k: number | undefined) => headline(k) && words(k) <= 3;
  let out: PageHeader | undefined;
  if (kept.length === 1) out = { section: -1, headline: a ?? -1, standfirst: -1 };
  else if (kept.length === 2)
    // (Two lines: a section's name over the headline, or the headline over its standfirst.)
    out =
      section(a) && headline(b)
        ? { section: a ?? -1, headline: b ?? -1, standfirst: -1 }
        : { section: -1, headline: a ?? -1, standfirst: b ?? -1 };
  else if (kept.length === 3 && section(a))
    out = { section: a ?? -1, headline: b ?? -1, standfirst: c ?? -1 };
  return out && headline(out.headline) ? out : undefined;
}

/**
 * The paragraphs less the page's pull quotes: a short paragraph that a later, longer one says
 * again word for word ("Since 2008, there hasn't been a single year of revenue gain …", set
 * apart above '"Since 2008, …," says veteran industry analyst Ken Doctor.'). Shown as a point,
 * a pull quote reads as the writer's own claim, its speaker left in the paragraph it repeats.
 */
function withoutPullQuotes(paragraphs: CleanParagraph[], removed: Removal[]): CleanParagraph[] {
  if (paragraphs.length < 3) return paragraphs;
  const pulled = new Set<number>();
  paragraphs.forEach((p, i) => {
    // (Without its marks and its stop: the paragraph it repeats may quote it with a comma.)
    const body = p.text.replace(/^["“‘']+|[.!?…,"”’']+$/g, '');
    if (body.length < PULL_QUOTE_MIN_CHARS || body.length > PULL_QUOTE_MAX_CHARS) return;
    // (Its first words as a probe, then the whole: most paragraphs say nothing again.)
    const probe = body.slice(0, 30);
    for (let j = i + 1; j < paragraphs.length; j++) {
      const later = (paragraphs[j] as CleanParagraph).text;
      if (later.length > body.length + 20 && later.includes(probe) && later.includes(body)) {
        pulled.add(i);
        removed.push({ text: p.text, reason: 'duplicate' });
        return;
      }
    }
  });
  return pulled.size === 0 ? paragraphs : paragraphs.filter((_, i) => !pulled.has(i));
}
const PULL_QUOTE_MIN_CHARS = 40;
const PULL_QUOTE_MAX_CHARS = 300;

/**
 * An entry of a list printed under a story: a name and what it is for, in brackets, with no
 * sentence ("Ant & Dec (Saturday Night Takeaway / I'm A Celebrity, ITV1)").
 */
const LIST_ENTRY = en`^(?:\p{Lu}[\p{L}'’.&-]*\s+|&\s+){0,4}\p{Lu}[\p{L}'’.&-]*\s*\([^()]{3,200}\)$`;

/** A word that cannot open a sentence of its own: the rest of one whose head is lost. */
const CONTINUATION =
  /^(?:who|whom|whose|which|and|but|or|nor|that|where|when|while|with|without|for|of|to|in|on|at|by|as|from|against|than|into|after|before)\b/;

/**
 * Scraped pages lose links and leave a sentence in pieces, each its own paragraph ("…secured
 * qualification for" / "against Olympiakos on Wednesday."): a block that opens in lower case
 * after one that ends mid-sentence continues it, and is joined to it. One that opens on a word
 * no sentence starts with ("who had already qualified, …") after a finished sentence is a piece
 * whose start is lost: removed, as no lede or point can stand on it.
 */
function rejoinBrokenBlocks(blocks: readonly string[], removed: Removal[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const text = block.trim();
    const previous = out.at(-1);
    if (en`^(?:\p{Ll}|[,;:)])`.test(text) && previous !== undefined) {
      if (!TERMINAL.test(previous) && !/[:;,]$/.test(previous)) {
        out[out.length - 1] = /^[,;:)]/.test(text) ? `${previous}${text}` : `${previous} ${text}`;
        continue;
      }
      if ((CONTINUATION.test(text) || /^[,;:)]/.test(text)) && TERMINAL.test(previous)) {
        removed.push({ text, reason: 'cruft' });
        continue;
      }
    }
    out.push(text);
  }
  return out;
}

/**
 * A team sheet, a scorer list or a booking list: names and minutes separated by commas, with no
 * sentence in it ("Phillips, Amankwaah, Murray (Anyinsah 59), … Subs Not Used: Orr, Brown.",
 * "Lita 45, 52."). Sports pages print them under the report; they are not the story.
 */
const NAME_ITEM = en`^(?:[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,2})?(?:\s*\d{1,3}(?:\+\d)?)?(?:\s*\([^()]{1,40}\))?$`;

/**
 * A word opening in lower case ("the", "said"): no name item has one, and the keywords the
 * team-sheet test turns into commas all end in a colon, so a line with such a word, no colon
 * and no bracket is no team sheet (nearly every line of a story; the full test is costly).
 */
const LOWER_CASE_WORD = en`(?:^|[\s,;])\p{Ll}`;

function isTeamSheet(line: string): boolean {
  if (!line.includes(':') && !line.includes('(') && LOWER_CASE_WORD.test(line)) return false;
  const body = line
    .replace(
      /\b(?:Subs(?:titutes)?(?: Not Used)?|Booked|Sent off|Goals?|Scorers?|Referee|Att(?:endance)?)\s*:/gi,
      ',',
    )
    .replace(/[.]$/, '');
  const items = body
    .split(/[,;]/)
    .map((i) => i.trim().replace(/\.$/, ''))
    .filter(Boolean);
  // "T Parkes (W Midlands).": a referee and his county.
  if (items.length === 1 && /\)\.?$/.test(line.trim()) && NAME_ITEM.test(items[0] ?? ''))
    return true;
  // A line that is one or two names and a full stop ("Hill.") is a booking, not a sentence.
  if (en`^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?\.$`.test(line.trim())) return true;
  if (items.length < 2 && !en`^\p{Lu}[\p{L}'’.-]+(?: \d{1,3})?(?:, \d{1,3})*\.?$`.test(line.trim()))
    return false;
  return items.length > 0 && items.every((i) => NAME_ITEM.test(i)) && /[,\d]/.test(line);
}

/** Any character `normalizeText` replaces (a carriage return, and the classes below). */
const NEEDS_NORMALIZING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among those replaced.
  /[\r\u00a0\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|''|``|’’|‘‘|(?:^|[\s(])”(?=[^\s"“”'’.,;:!?)\]])|&(?:#\d{1,7}|#x[\da-f]{1,6}|lt|gt|amp|quot|apos|nbsp);/i;

const NAMED_REFERENCE: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** A character reference's character; a control character or an invalid one is left as written. */
function codePoint(n: number, written: string): string {
  return n >= 0x20 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) && !(n >= 0x7f && n < 0xa0)
    ? String.fromCodePoint(n === 0xa0 ? 0x20 : n)
    : written;
}

/**
 * Unicode spaces, zero-width and control characters become plain text; two apostrophes or
 * backticks become one quotation mark, and a closing curly mark that opens a quotation the
 * opening one; character references are decoded (see below).
 */
export function normalizeText(text: string): string {
  // Nearly every article has none of them (37 of the 1,836 eval articles do): one scan, not four.
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
      // Two apostrophes or backticks for a double quotation mark (''like this'', ``this''):
      // one mark, so that quotations and the sentences around them are found.
      .replace(/''|``/g, '"')
      // ('“It was an attempt to mislead voters,’’ Will Moy … told the BBC.': two curly single
      // marks for a curly double one.)
      .replace(/’’/g, '”')
      .replace(/‘‘/g, '“')
      // ('Another reportedly said: ”Bird flu in the year of the rooster …': a closing mark
      // where a quotation opens, before its first word, is the opening one.)
      .replace(/(^|[\s(])”(?=[^\s"“”'’.,;:!?)\]])/g, '$1“')
      // Text copied out of a web page's source keeps character references ("caf&#233;"). Pages
      // fetched by URL are decoded by the HTML parser; plain text gets the numeric ones and
      // the few every page uses. (A full table of named ones is the parser's job, not this one's.)
      .replace(
        /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(lt|gt|amp|quot|apos|nbsp));/gi,
        (m, dec, hex, name) =>
          name
            ? (NAMED_REFERENCE[name.toLowerCase()] ?? m)
            : codePoint(dec ? Number(dec) : Number.parseInt(hex, 16), m),
      )
  );
}

function stripQuotes(s: string): string {
  const t = s.trim();
  const m = /^['"‘“](.*)['"’”]$/.exec(t);
  return m?.[1] ?? t;
}
