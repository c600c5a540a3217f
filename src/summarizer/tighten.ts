import { en } from './letters.js';

/**
 * Tightening a selected sentence for a chat window, only where it stays grammatical and
 * loses no fact: photo-position asides ("(pictured)", "(left)"), a connective that only
 * linked to the sentence before ("But", "And"), doubled spaces. Measured to be worth little
 * ROUGE (see ../shared/notes/summarizer-calibration.md); it is here for readability.
 */
const PHOTO_ASIDE =
  /\s*\((?:pictured|picture|left|right|centre|center|above|below|top|bottom|inset|file(?: photo)?|second (?:left|right)|front|back|main(?: picture)?)(?:[ ,][^()]{0,40})?\)/gi;
/**
 * A photo's position in brackets, "(left)", "(pictured)", "(second right)", "(pictured with Rojo
 * last month)", or a note on the picture, "(picture posed by model)", "(file photo)": in news
 * copy only a caption says where someone stands in a picture or what the picture is ("(right
 * now)" is no position).
 */
const PHOTO_POSITION =
  /\((?:pictured|inset|(?:file |library |stock |archive |main )?(?:picture|photo|photograph|image)(?: posed by (?:a )?models?)?|posed by (?:a )?models?|file|main|(?:from )?left to right|l-r|clockwise from (?:top )?(?:left|right)|(?:far |second |centre |center |top |bottom )?(?:left|right|centre|center|above|below|top|bottom|front|back)(?: (?:front|back|left|right))?|pictured (?:with|in|at|on|left|right|centre|center|above|below|here|last|earlier|during|after|before)\b[^()]{0,40})\)/i;
/** "PGA Tour star Rickie Fowler, right, has earned …": where a named person stands in the photo. */
export const NAME_THEN_POSITION = en`\p{Lu}[\p{L}'’-]+,\s+(?:far\s+)?(?:left|right|centre|center)(?:,\s|\s+and\s)`;
/** A photo's position set off by commas: ", pictured left in …", ", pictured right,". */
const PHOTO_POSITION_BARE =
  /,\s+pictured\s+(?:left|right|centre|center|above|below|top|bottom|far left|far right)\b/i;

/**
 * Whether a sentence says where someone stands in a photo, in brackets or set off by commas: a
 * caption's words. (The cheap substring tests first: most sentences have neither.)
 */
export function showsPhotoPosition(text: string): boolean {
  return (
    (text.includes('(') && PHOTO_POSITION.test(text)) ||
    (text.includes('pictured') && PHOTO_POSITION_BARE.test(text)) ||
    NAME_THEN_POSITION.test(text)
  );
}
const LEADING_CONNECTIVE = en`^(?:(?:But|And|However|Meanwhile|Yet|So|Also)\b,?|Still,|(?:In contrast|By contrast|On the other hand|Similarly|Likewise|In addition|Additionally|Furthermore|Moreover|Nevertheless|Nonetheless|That said|Having said that|Even so|All the same),)\s+(?=[\p{L}"“‘'])`;

/**
 * `afterShown`: the sentence before this one is shown with it, so a connective to it ("X. In
 * contrast, Y") still links two things the reader sees, and stays.
 */
export function tightenSentence(sentence: string, afterShown = false): string {
  // Every aside has a bracket; most sentences have none.
  let s = sentence.includes('(') ? sentence.replace(PHOTO_ASIDE, '') : sentence;
  // ("*A draw will decide whether Bulgaria, Israel, …": a footnote's mark, which points at
  // nothing shown.)
  if (FOOTNOTE_MARK.test(s)) s = s.replace(FOOTNOTE_MARK, '');
  const m = afterShown ? null : LEADING_CONNECTIVE.exec(s);
  if (m) {
    const rest = s.slice(m[0].length);
    // Keep the connective when what follows binds to it ("So far", "Yet another", "Still
    // more"), or is an aside inside its clause ("In contrast, he said, the …"); else the rest
    // starts a sentence ("But defender Andy Todd is …").
    if (!BINDS_TO_CONNECTIVE.test(rest) && !SAID_ASIDE.test(rest)) s = capitalize(rest);
  }
  // ("But, says usability guru Dr Jakob Nielsen, some things have stayed constant …": without
  // its connective the sentence would open on "Says"; what is said comes first, as news has it.)
  const inverted = SAYS_FIRST.exec(s);
  if (inverted?.[1] && inverted[2] && inverted[3])
    s = `${capitalize(inverted[3])}, ${inverted[1].toLowerCase()} ${inverted[2]}${inverted[4] ?? '.'}`;
  // Both replacements need a space before a space or a stop; most sentences have neither.
  // (Not before a stop that begins a word: "The .post domain", "a .22 calibre handgun".)
  if (SPACE_TO_TIDY.test(s))
    s = s.replace(/\s{2,}/g, ' ').replace(en.g`\s+([,.;:!?])(?![\p{L}\p{N}])`, '$1');
  return s.trim();
}

/** Asterisks or daggers opening a sentence, before its first word. */
const FOOTNOTE_MARK = /^[*†‡]{1,3}\s*(?=[A-Z"“‘'])/;

/** A sentence that opens on its attribution: "Says X, what they say." */
const SAYS_FIRST =
  /^(Says|Said|Argues|Argued|Writes|Wrote|Adds|Added|Insists|Insisted)\s+([^,"“”]{3,90}),\s+([^"“”]{10,}?)([.!?])?$/u;

const SAID_ASIDE = en`^(?:he|she|they|it|we|\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})\s(?:said|says|added|argued|insisted|warned|claimed|believes|thinks),\s`;

const SPACE_TO_TIDY = /\s[\s,.;:!?]/;

/**
 * Words that make one phrase with a connective before them: "So far", "Yet another"; "Also
 * being released is …", whose inversion needs its "also".
 */
const BINDS_TO_CONNECTIVE =
  /^(?:far|another|again|much|many|long|too|few|little|more|less|so|then|also|not|only|even|still|yet|that|what|to|do|does|did|is|are|was|were|has|have|had|will|would|can|could|being)\b/i;

/**
 * The text with its first letter a capital, unless its first word is a name written with a small
 * letter before a capital ("iPhone sales fell", "eBay said").
 */
export function capitalize(s: string): string {
  const i = s.search(en`\p{L}`);
  if (i < 0 || en`^\p{Ll}+\p{Lu}`.test(s.slice(i))) return s;
  return s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
}
