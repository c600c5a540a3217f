/**
 * The story's paragraphs from the element Readability chose, without page furniture.
 *
 * Every block-level element becomes a paragraph (text outside <p> is kept, a list item
 * holding a heading is emitted once), and what the page itself marks as not the story is
 * dropped: figures and captions, asides, navigation, forms, elements whose class or id says
 * caption, credit, byline, share, newsletter, related, breadcrumb…, lists of links, and
 * lines that read as furniture (furniture-lines.ts). No site names: only page signals.
 */
import { isFurnitureLine } from './furniture-lines.js';

/** The DOM surface used here (linkedom's nodes; kept structural so any DOM fits). */
export interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
  readonly tagName?: string;
  readonly parentNode?: DomNode | null;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that are never the story. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'FIGURE',
  'FIGCAPTION',
  'PICTURE',
  'ASIDE',
  'NAV',
  'FORM',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'LABEL',
  'FOOTER',
  'VIDEO',
  'AUDIO',
  'OBJECT',
  'EMBED',
  'MENU',
  'DIALOG',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BR',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/**
 * Class or id words of furniture. Matched as whole words of the attribute ("share-bar",
 * "article__byline", "relatedStories" after splitting camel case).
 */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|byline|bylines|author|authors|share|sharing|sharebar|social|socials|related|newsletter|newsletters|signup|subscribe|subscription|promo|promos|advert|advertisement|ad|ads|adslot|sponsor|sponsored|breadcrumb|breadcrumbs|tags|tag|meta|metadata|timestamp|dateline|date|published|updated|comment|comments|copyright|citation|disclaimer|toolbar|print|follow|recommended|recommendations|readmore|popular|trending|outbrain|taboola|nav|navigation|menu|tooltip|popover|rollover|hovercard|kicker|eyebrow|sr|visually|screen|offscreen|modal|popup|overlay|cookie|consent|paywall|login|register|gallery|slideshow|infobox|sidebar|widget|teaser|teasers|bio|disclosure)(?:$|[\s_-])/;

/** Splits camelCase and collapses separators so FURNITURE_NAME sees words. */
function nameWords(el: DomNode): string {
  const raw = `${el.getAttribute?.('class') ?? ''} ${el.getAttribute?.('id') ?? ''}`;
  if (raw.trim() === '') return '';
  return ` ${raw.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()} `;
}

/** What removeMarkedFurniture needs of a document or element. */
export interface RemovableRoot {
  querySelectorAll(
    selector: string,
  ): ArrayLike<DomNode & { remove(): void; replaceWith(...nodes: string[]): void }>;
}

/**
 * The furniture names removed before Readability: those whose text Readability would keep
 * without its class (a caption <div> becomes a <p>; a hover card is an inline <span>).
 * Others wait for articleBlocks: removing more (teasers, promos) changes which element
 * Readability picks, sometimes for the worse.
 */
const MARKED_BEFORE =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|tooltip|popover|rollover|hovercard|cookie|consent|sr|visually|offscreen)(?:$|[\s_-])/;

/** Longest text an element named as furniture may hold and still be removed before extraction. */
const MAX_MARKED_FURNITURE_CHARS = 500;

/**
 * Removes, before Readability runs, the elements whose class or id says they are furniture
 * (captions, credits, hover cards, cookie banners) and that hold little text. Readability
 * rewrites a caption's <div class="caption-text"> into a bare <p>, losing the signal, so it
 * has to go first.
 */
export function removeMarkedFurniture(root: RemovableRoot): void {
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    const words = nameWords(el);
    if (!MARKED_BEFORE.test(words) || textLength(el) > MAX_MARKED_FURNITURE_CHARS) continue;
    // A hover card set in running text keeps its trigger, the words it pops up for: "threatened
    // to kill Rep. <span class="rollover-people"><a>Ilhan Omar</a><span class="…-block">…
    // </span></span> (D-Minn.)" (removed whole, the sentence lost the name).
    const trigger = HOVER_CARD.test(words) ? triggerText(el) : '';
    if (trigger !== '') el.replaceWith(trigger);
    else el.remove();
  }
}

/** Furniture names of a card that pops up over the words it wraps. */
const HOVER_CARD = /(?:^|[\s_-])(?:tooltip|popover|rollover|hovercard)(?:$|[\s_-])/;

/**
 * The words an inline hover card (a <span> or <a>) pops up for: its own text and its links'
 * text, without the card itself (an element of another kind inside it).
 */
function triggerText(el: DomNode): string {
  if (el.tagName !== 'SPAN' && el.tagName !== 'A') return '';
  let text = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === TEXT_NODE || child.tagName === 'A') text += child.textContent ?? '';
  }
  return text.trim() === '' ? '' : text;
}

export interface BlockOptions {
  /** Texts to drop when a block equals one of them (headline, byline), lower-cased. */
  readonly furniture?: ReadonlySet<string>;
}

interface Block {
  readonly text: string;
  /** Share of the block's characters inside links. */
  readonly linkShare: number;
  /** Inside the article's <header> (headline, kicker, byline, date). */
  readonly inHeader: boolean;
}

interface Collector {
  readonly blocks: Block[];
  current: string;
  linked: number;
  inHeader: number;
}

/** A heading that introduces other stories ("More Great Stories", "Related coverage"). */
const OTHER_STORIES =
  /^(more|related|recommended|read more|read next|also read|see also|most (popular|read)|top stories|you (may|might) also like|trending)\b.{0,40}$/i;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function flush(c: Collector): void {
  const text = clean(c.current);
  if (text !== '')
    c.blocks.push({
      text,
      linkShare: Math.min(1, c.linked / text.length),
      inHeader: c.inHeader > 0,
    });
  c.current = '';
  c.linked = 0;
}

function textLength(node: DomNode): number {
  return clean(node.textContent ?? '').length;
}

function linkTextLength(node: DomNode): number {
  let n = 0;
  const walk = (el: DomNode) => {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      if (child.tagName === 'A') n += textLength(child);
      else walk(child);
    }
  };
  walk(node);
  return n;
}

/**
 * Whether an element is furniture by its own signals: its tag, its class or id (only when
 * it holds a small part of the story, so a wrapper named "article-with-share-bar" stays),
 * hidden state, or a list whose text is mostly links.
 */
function isFurnitureElement(el: DomNode, total: number): boolean {
  const tag = el.tagName ?? '';
  if (SKIP_TAGS.has(tag)) return true;
  if (el.getAttribute?.('hidden') !== null && el.getAttribute?.('hidden') !== undefined)
    return true;
  if (el.getAttribute?.('aria-hidden') === 'true') return true;
  const role = el.getAttribute?.('role');
  if (role && /^(navigation|complementary|banner|contentinfo|dialog|alert|button)$/.test(role))
    return true;
  const len = textLength(el);
  if (len === 0) return false;
  const small = len < Math.max(200, total * 0.25);
  if (small && FURNITURE_NAME.test(nameWords(el))) return true;
  if ((tag === 'UL' || tag === 'OL') && len < total * 0.5 && linkTextLength(el) > len * 0.6)
    return true;
  return false;
}

function walk(node: DomNode, c: Collector, total: number, inLink = false): void {
  let otherStories = false;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      const text = child.textContent ?? '';
      c.current += text;
      if (inLink) c.linked += clean(text).length;
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = child.tagName ?? '';
    // "More Great Stories" and the list of links under it.
    if (otherStories && (tag === 'UL' || tag === 'OL')) {
      otherStories = false;
      continue;
    }
    otherStories = BLOCK_TAGS.has(tag) && OTHER_STORIES.test(clean(child.textContent ?? ''));
    if (otherStories) continue;
    if (isFurnitureElement(child, total)) {
      // An inline furniture element (a credit <span>) still separates words.
      c.current += ' ';
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush(c);
    if (tag === 'HEADER') c.inHeader++;
    walk(child, c, total, inLink || tag === 'A');
    if (block) flush(c);
    if (tag === 'HEADER') c.inHeader--;
  }
}

/** The story's paragraphs, furniture dropped; `furniture` lines (headline, byline) too. */
export function articleBlocks(root: DomNode, options: BlockOptions = {}): string[] {
  const c: Collector = { blocks: [], current: '', linked: 0, inHeader: 0 };
  walk(root, c, textLength(root));
  flush(c);
  const furniture = options.furniture ?? new Set<string>();
  const seen = new Map<string, number>();
  for (const b of c.blocks) seen.set(b.text, (seen.get(b.text) ?? 0) + 1);
  return c.blocks
    .filter(
      (b) =>
        // A link standing alone as a paragraph is a pointer to another page (unless it is
        // an address the story prints).
        (b.linkShare < 0.9 || /^\S+\.[a-z]{2,}\S*$/i.test(b.text)) &&
        // A few words without digits printed three times or more: a share bar or a label.
        !((seen.get(b.text) ?? 0) > 2 && /^[^\d?]{1,60}$/.test(b.text) && b.text.includes(' ')) &&
        // A few words in the article's header besides the headline: a kicker or a date.
        !(b.inHeader && b.text.split(' ').length <= 6) &&
        !furniture.has(b.text.toLowerCase()) &&
        !isFurnitureLine(b.text),
    )
    .map((b) => b.text);
}
