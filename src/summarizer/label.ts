import { escapeRegExp } from '../core/escape-regexp.js';
import { MONTHS, WEEKDAYS } from './dates.js';
import { cueClass, trailingAttribution } from './faithful.js';
import { labelProblems, unboundPronoun } from './label-checks.js';
import { en, enRegExp } from './letters.js';
import {
  HONORIFICS,
  NAME_PARTICLES,
  ROLE_NOUN_WORD,
  ROLE_NOUNS,
  surnameOf,
  TITLE_WORD,
} from './people.js';
import {
  FINITE_TAG,
  lexiconTags,
  SUPERLATIVES,
  type Token,
  tagSentence,
  tokenize,
} from './pos/tag.js';
import type { Sentence } from './prepare.js';
import { capitalize } from './tighten.js';
import { contentStems } from './tokens.js';

/**
 * Stage 4: a label for each key point, written as a short headline from a grammatical
 * analysis of its sentence (part-of-speech tags, pos/tag.ts): the subject's head, the whole
 * verb group (helpers, modals, negation, passive) and the object's head, with the sentence's
 * attribution kept ("Opponents argued buses would serve hospital", "Audit was rigged, court
 * has heard"). Every label passes the checks of label-checks.ts before it is shown; a point
 * whose sentence gives no label that passes has none: no label beats a wrong one. A section
 * heading labels the first point under it, when the point is about it.
 */
export const MAX_LABEL_WORDS = 10;

/**
 * `spoken`: who speaks a sentence shown as someone's words, their name set after it; its label
 * must say who speaks, or it states their view as fact ("Time is irrelevant").
 */
export function labelPoints(
  points: readonly (readonly Sentence[])[],
  spoken: (s: Sentence) => string | undefined = () => undefined,
): string[] {
  const usedHeadings = new Set<string>();
  const used = new Set<string>();
  return points.map((group) => {
    const heading = group.find((s) => s.heading)?.heading;
    if (heading && !usedHeadings.has(heading) && group.some((s) => isAbout(s, heading))) {
      usedHeadings.add(heading);
      used.add(heading.toLowerCase());
      return heading;
    }
    // A point of two sentences is named by the first that gives a headline.
    for (const [k, s] of group.entries()) {
      const speaker = spoken(s);
      let label = headlineLabel(s.text);
      if (label && speaker && !saysWho(label)) label = undefined;
      // ('"Things seem to be going in the right direction." — David Wyss': the quotation with
      // the speaker the point names after it, as the article would attribute it.)
      if (!label && speaker) label = spokenLabel(s.text, speaker);
      // "They could replace keyboard", "It is being assembled …": a label shown must say who
      // or what on its own, and a pronoun for a thing does not.
      // ("His claims were denied by …", "She is favourite to win …": whose, or who, neither.)
      if (label && /^(?:They|It|This|These|That|Those|His|Her|Their|Its) /.test(label))
        label = undefined;
      // ("Others include domain", "Some say …": a quantifier alone as the subject is a pronoun
      // too; "Many pensioners are …" names its noun.)
      if (label && QUANTIFIER_ALONE.test(label)) label = undefined;
      // ("The latter is the world's largest …": "Latter is …" says no more than "it".)
      if (label && LATTER_SUBJECT.test(label)) label = undefined;
      // ("One such avatar is Jeremiah", "Mr Abbas said such attacks were …": "such" points at
      // what a sentence before said; the label does not say which.)
      if (label && /\bsuch\s+\p{Ll}/iu.test(label)) label = undefined;
      if (label && k === 0 && /^(?:He|She) /.test(label)) label = undefined;
      // "He said …" from a point's second sentence: "he" is the speaker its first names.
      // (Not inside the quotation the first opened: in 'Houllier told BBC Sport: "… I believe
      // Rafa is doing a good job. He is the right man …"', "he" is whom the speaker speaks of.
      // Nor a possessive read as a name: "… to plug Labour's claimed black hole".)
      if (label && k > 0 && /^(?:He|She) /.test(label)) {
        const first = group[0]?.text ?? '';
        const surname = SPEAKER.exec(first)?.[1];
        const quoting = ((first.match(/["“”]/g) ?? []).length & 1) === 1;
        label =
          surname && !quoting && !/['’]s$/.test(surname)
            ? label.replace(/^\S+/, surname)
            : undefined;
      }
      // ("Ramen noodle soup is one of his favourite meals", "Prosecutors said he was motivated by
      // wealth": "he" or "his" with no one in the label it can be, the label does not say whose.)
      if (label && unboundPronoun(label, s.text)) label = undefined;
      if (label && !used.has(label.toLowerCase())) {
        used.add(label.toLowerCase());
        return label;
      }
    }
    return '';
  });
}

/**
 * The label of a sentence of someone's words, said as '"…," Surname said.': quoteLabel's
 * short form, with the speaker's surname. None for a sentence that is not all quotation.
 */
function spokenLabel(text: string, speaker: string): string | undefined {
  const words = text
    .trim()
    .replace(/^["“‘']|["”’']$/g, '')
    .replace(/[.!?]["”’']?$/, '');
  if (/["“”‘’]/.test(words.replace(en.g`\p{L}['’]\p{L}`, ''))) return undefined;
  return headlineLabel(`"${words}," ${surnameOf(speaker)} said.`);
}

/** A quantifier as the whole subject: "Others include …", "Some say …", "Many believe …". */
const QUANTIFIER_ALONE =
  /^(?:Others|Some|Many|Most|Several|Few|Both) (?:include|included|are|were|is|was|have|had|has|say|said|believe|believed|think|thought|argue|argued|fear|feared|will|would|could|may|might|can)\b/;

/** A label that says who speaks ("Hewitt says …", "…, Lockyer said"): an attribution cue. */
function saysWho(label: string): boolean {
  return label.split(/\s+/).some((w) => cueClass(w) === 'attribution');
}

/** "The latter is …", "the former has …", "the opposite might be …" as a subject: a pointer back. */
const LATTER_SUBJECT =
  /^(?:Latter|Former|Opposite|Reverse|Same) (?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|says|to)\b/;

/**
 * The surname of who speaks in a sentence: "French Green MEP Alain Lipietz warned …" (not
 * "the New York Knicks, told …": a name before a comma ends an aside).
 */
const SPEAKER = en`\b(?:\p{Lu}[\p{L}'’-]+\s+){0,2}?(\p{Lu}[\p{L}'’-]+)\s+(?:said|says|warned|told|added|argued|claimed|insisted|explained|stated)\b`;

/** A heading labels a point that says at least half of its content words. */
function isAbout(s: Sentence, heading: string): boolean {
  const words = heading.split(/\s+/).length;
  const stems = [...new Set(contentStems(heading))];
  if (words > 6 || stems.length === 0) return false;
  const said = new Set(s.stems);
  // ("WORLD OF WARCRAFT" over a point about another game, "… a uniquely atmospheric and
  // artistic world of adventure": a name the heading holds, a word the lexicon does not know,
  // must be said; "Analysts sceptical" is about a point of "several analysts noted …".)
  const names = heading
    .split(/\s+/)
    .filter((w) => en`^\p{L}{3,}$`.test(w) && lexiconTags(w.toLowerCase()).length === 0);
  if (names.some((w) => !contentStems(w).every((t) => said.has(t)))) return false;
  const shared = stems.filter((t) => said.has(t));
  if (shared.length / stems.length < 0.5) return false;
  // ("WHAT YOU NEED TO MAKE JAM" over "The simple answer is that foods with low acidity need to
  // be canned …": a verb the two share says nothing of what the point is about; when the heading
  // has a noun, a name, an adjective or a gerund ("Range and Charging"), one of them must be in
  // it. "Who pays", a verb alone, is about the point that says who pays.)
  const things = tagSentence(heading.toLowerCase())
    .filter((t) => !/^(?:VB[DNPZ]?|MD)$/.test(t.tag))
    .map((t) => contentStems(t.text))
    .filter((own) => own.length > 0);
  return things.length === 0 || things.some((own) => own.some((x) => shared.includes(x)));
}

const SUBORDINATE_OPENING =
  /^(?:As|When|While|After|Before|Although|Though|Despite|Since|Because|Once|Until|Amid|During|With|Without|In|On|At|For|Under|Over|Speaking|Asked)\b(?:[^,]|,(?=\d{3})){0,120}?,(?!\d{3})\s*/;
/**
 * "Last week, Microsoft announced …", "Earlier this month, the court rejected …", "Four months
 * later, Holmes stormed …": when, said before the clause; the label, like a headline, leaves it
 * out and the clause is the same claim.
 */
const TIME_OPENING_PHRASE = en`^(?:(?:Last|This|Next|Earlier|Later)(?:\s+(?:this|last|next|that))?\s+(?:year|week|month|season|summer|spring|autumn|winter|weekend|night|morning|afternoon|evening|term|decade|century|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Earlier|Later|Yesterday|Today|Tonight|Elsewhere|Separately|(?:[\p{L}\d-]+\s+){1,2}(?:years?|months?|weeks?|days?|hours?|seasons?)\s+(?:ago|later|earlier)),\s+(?=\S)`;
const PAST_FRAME_WOULD =
  /^(?:In the past|Previously|Traditionally|Historically|Back then|In those days|Years ago|Decades ago|Once upon a time)\b[^.;]*\bwould\b/i;
/**
 * "Last year the government closed …", "On Wednesday Prime Minister Yulia Tymoshenko said …",
 * "In September Spears married …": a date before the subject without a comma is when, as with
 * one ("This year marks …", the date as subject, is not followed by one).
 */
const DATE_OPENING_NO_COMMA = en`^(?:(?:Last|This|Next|Earlier this|Later this)\s+(?:year|week|month|season|summer|spring|autumn|winter|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|In\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d))\s+(?=(?:[Tt]he\s|\p{Lu}\p{Ll}))`;
/** "If they do not respond, they will be banned": the condition cannot go, so no label. */
// ("Once logged onto an Evil Twin, sensitive data can be intercepted": a participle after
// "once" or "when" is a condition too.)
// ("Without major changes in current policies, the federal budget simply cannot hold together":
// a modal's claim under a "without" phrase holds only on its condition.)
const CONDITIONAL_OPENING = en`^(?:If|Unless|Should|Were|Had|(?:Once|When)\s+\p{Ll}+ed\b|Without\b[^,]{1,100},[^.;]*?\b(?:can|cannot|can't|could|would|will|won't|may|might|must|should)\b)`;
const VIEW_OPENING =
  /^(?:As far as\b[^,]{1,80}\bconcerned|In the (?:view|opinion|eyes|words) of\b|In (?:his|her|their|its) (?:view|opinion)|To (?:his|her|their) mind)\b/i;
/**
 * "According to the lawsuit, the injury was …": the source, said as a trailing attribution (with
 * the name after it, "According to figures gathered by industry watchdog, Ofcom, the growth …").
 */
const SOURCE_OPENING = en`^According to ([^,]{2,60}(?:,\s\p{Lu}[^\s,]*(?:\s\p{Lu}[^\s,]*){0,3}(?=,))?),\s*(.+?)[.!?]?$`;
const CONNECTIVE = /^(?:But|And|However|Meanwhile|Still|Yet|So|Also|Now|Instead)\b,?\s+/;
/** A time phrase's first word, left in lower case where a connective was cut: "on Thursday". */
const TIME_AFTER_CONNECTIVE = /^(?:on|in|last|this|next|earlier|later)(?=\s)/;
const ASIDE =
  /,\s(?:who|which|whose|where|a|an|the|now|then|also|including|once|formerly|originally|himself|herself|itself|from|of|aged|one\s+of)\b(?:[^,]|,(?=\d{3})){2,160},\s/g;
/**
 * "The Commodore 64, launched in 1982, was …", "Kinsey, starring Liam Neeson as …, was …": a participle
 * and its phrase between commas, right after a subject of a few words, describe it; not one that says who
 * says something ("The deal, reported by the Times, is …" keeps its source).
 */
const PARTICIPLE_ASIDE =
  /^((?:[^\s,;:"“”]+\s){0,4}[^\s,;:"“”]+),\s(?!(?:said|reported|quoted|cited|claimed|alleged|stated|announced|confirmed|told|revealed|disclosed|believed|thought|understood|expected|estimated|described)\b)(?:(?:[a-z]+ed|born|known|built|made|held|run|led|owned|seen|given|taken|undertaken|written|chosen|drawn|shown|grown|driven|begun|done|found|bought|brought|kept|left|lost|paid|sent|spent|sold|won|hit|set)\s(?:in|on|at|by|as|from|for|with|after|before|during|last|this|under|near|over|into)\b|(?:elected|appointed|named|crowned|voted|re-elected)\s(?:as\s)?[a-z]+\s|(?!(?:saying|claiming|insisting|arguing|alleging|warning|adding|noting|stating|suggesting|denying|admitting|accusing|telling|asking|calling|describing|according|being)\b)[a-z]{2,}ing\s)[^,;:"“”]{1,100},\s/;
/** ", including A, B and C, are …": a list inside the aside; it ends before the verb. */
const INCLUDING_ASIDE = en.g`,\s(?:including|such as)\s[^;:]{2,200}?,\s(?=\p{Ll})`;
/**
 * "The new President, Viktor Yushchenko, has said …", "The company, GlaxoSmithKline, is to …":
 * a description that opens the sentence and the name it gives between commas; the name is
 * the subject (a role word or two before it stays: "Ambassador Stefan Johannesson of Iceland").
 */
const NAMED_APPOSITIVE = en`^(?:The|A|An|Its|His|Her|Their|\p{Lu}[\p{L}'’-]*['’]s)\s(?:(?![\p{Ll}-]+(?:ed|ly)\s)[^\s,;:"“”()]+\s){0,4}?(?![\p{Ll}-]+(?:ed|ly),)[^\s,;:"“”()]+,\s((?:(?!(?:by|in|at|of|for|from|with|as|full|name|formerly|nicknamed|known|aka|called|dubbed|now|then|also)\s)(?![\p{Ll}-]+(?:ed|ly|ing)\s)\p{Ll}[\p{Ll}-]*\s){0,2}(?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*(?:\sof\s\p{Lu}[\p{L}'’-]*)?),\s(?=\p{Ll})`;
const AGE_ASIDE = /,\s\d{1,3},\s/g;
/**
 * "Mr Knight, founder of Death Row Records, served …", "The golfer's girlfriend, bikini model
 * Alexis Randock, had posted …": a role, with whose it is or the name that holds it, between
 * commas before the verb (not before an article: "echoed by Christine Rush, director of the
 * festival's sister event, the Bangkok Film Market" is one phrase).
 */
const ROLE_ASIDE = enRegExp(
  String.raw`,(?<=[\p{L}'’],)\s(?:[\p{Ll}-]+\s){0,3}(?:${ROLE_NOUNS})(?:\s(?:of|at|for|to)\s[^,;:"“”()]{1,60}|(?:\s\p{Lu}[\p{L}'’-]+){1,3})?,\s(?=(?!(?:the|a|an|and|or|but|its|his|her|their)\b)\p{Ll})`,
  'gu',
);

/**
 * "Palaniappan Chidambaram, India's finance minister, argued …": who a named person is, a
 * possessive and its noun between commas after the name that opens the sentence, before the
 * verb (not after an opening phrase: "Following a cameo in The Edge, | Bening's breakthrough
 * role came …" is the subject).
 */
const POSSESSIVE_ASIDE = en.g`,(?<=^(?!(?:\p{L}+ing|After|Before|In|On|At|When|While|As|With|Without|Despite|Since|Under|During|For|From|By|Like|Unlike|Amid|Among|Although|Though|If|Once|Until|Unless|Because|To|Of|About|Over|Through|Against|Within|Beyond|Behind|Across|Around|Near|Outside|Inside)\b)(?:[^\s,;:]+\s){0,5}\p{Lu}[\p{L}.'’-]*,)\s(?:\p{Lu}[\p{L}.-]*\s){0,3}\p{Lu}[\p{L}.-]*['’]s?\s\p{Ll}[^,;:"“”()]{1,60},\s(?=\p{Ll})`;
/** "Poland - a large and therefore crucial EU member - has requested …" */
const DASH_ASIDE = /\s[-–—]\s[^-–—]{2,100}?\s[-–—]\s/g;

const EMPTY_FRAME =
  /^(?:One|The|Another|Only|Main|Real|Big|First|Second)?\s*(?:thing|question|problem|answer|truth|fact|reason|point|worry|issue|trouble|difference|message|idea|aim)s? (?:is|was|are|were)(?: (?:certain|clear|sure|simple|obvious|plain))?$/i;

/** The label's last word. */
function lastWord(label: string): string | undefined {
  return /(\S+)$/.exec(label)?.[1];
}

/** Whether the label's last word is followed in its sentence by a clause that restricts it. */
function restrictedAfter(label: string, sentence: string): boolean {
  const last = lastWord(label);
  if (last === undefined) return false;
  return new RegExp(`\\b${escapeRegExp(last)}\\s+(?:who|that|which|whose|whom)\\b`, 'i').test(
    sentence,
  );
}

/** What the sentence says after the label's last word (where it first stands), if it has it. */
function afterLabel(label: string, sentence: string): string | undefined {
  const words = label.split(' ');
  const last = words.at(-1) ?? '';
  // ("Shailendra Singh, the founder of India's Percept Films, said there would be … India": the
  // label's last word where the label's words before it have brought the reading, not its first
  // use; a word the label changed, "to" for "will", is passed over.)
  let from = 0;
  for (const w of words.slice(0, -1)) {
    const at = sentence.indexOf(` ${w} `, from);
    if (at >= 0) from = at + w.length + 1;
  }
  const at = sentence.indexOf(` ${last}`, from);
  if (at >= 0) return sentence.slice(at + last.length + 1);
  const first = sentence.indexOf(` ${last}`);
  return first < 0 ? undefined : sentence.slice(first + last.length + 1);
}

/**
 * Whether the sentence goes on after the label with "but" and a verb of the same subject ("…
 * but went down", "… but has failed to …"), and either the label is an expectation or a first
 * plan ("was expected to", "was originally named", "considered") or that clause fails or
 * denies ("could not", "was unable", "fell", "have yet to").
 */
function overturnedAfterBut(
  label: string,
  rest: string,
  tags: ReadonlyMap<string, string>,
): boolean {
  // ("Clijsters was due to marry Lleyton Hewitt in February | but the pair split": a plan that a
  // "but" goes on from, whoever its subject, may not have held.)
  if (PLAN.test(label) && BUT_ANY_SUBJECT.test(rest)) return true;
  const but = BUT_SAME_SUBJECT.exec(rest);
  // ("The singer was cleared of assault | but convicted of criminal damage": a participle
  // after "but" shares the label's subject and helper.)
  if (!but || !/^(?:VBD|VBZ|VBP|VBN|MD)$/.test(tags.get(but[2] ?? '') ?? '')) return false;
  const clause = rest.slice(but.index + but[0].length - (but[2]?.length ?? 0)).split(/\s+/, 7);
  return PREMISE.test(label) || OVERTURNS.test(clause.join(' '));
}

/** ", but" and the verb its subject goes on with (an adverb may come between). */
const BUT_SAME_SUBJECT = en`^[^.;:]*?,?\s+but\s+((?:\p{Ll}+ly\s+|then\s+|also\s+|still\s+)?)(\p{Ll}+)\b`;
const BUT_ANY_SUBJECT = /^[^.;:]*?,?\s+but\s/;
/**
 * Whether the sentence goes on, after a reported view, with "but" and a reservation of the same
 * view: a clause, a phrase or quoted words after "but", not a verb its subject goes on with
 * ("but refused to …", "but would rise …") nor another side that says something ("but critics
 * say …").
 */
function reservationAfter(rest: string, tags: ReadonlyMap<string, string>): boolean {
  if (!BUT_AFTER.test(rest) || OTHER_SIDE_AFTER_BUT.test(rest)) return false;
  // ("… were interesting | but should be treated with caution": a modal run on from the view,
  // with no comma, bounds what the view says.)
  if (MODAL_RIGHT_AFTER_BUT.test(rest)) return true;
  const but = BUT_SAME_SUBJECT.exec(rest);
  return !but || !/^(?:VB[DZPN]?|MD)$/.test(tags.get(but[2] ?? '') ?? '');
}

const MODAL_RIGHT_AFTER_BUT =
  /^[^.;:!?]*?(?<!,)\s+but\s+(?:should|could|may|might|must|would|will|can|cannot)\b/i;
/** "but" later in the sentence (not past a stop, a semicolon or a colon). */
const BUT_AFTER = /^[^.;:!?]*?\sbut\s/i;
/** "but" and a subject of up to five words that says something of its own: "but advocates say". */
const OTHER_SIDE_AFTER_BUT = en.i`^[^.;:!?]*?\sbut\s+(?:[\p{L}'’-]+\s+){1,5}?(?:say|says|said|argue|argues|argued|insist|insists|insisted|claim|claims|claimed|believe|believes|believed|think|thinks|thought|warn|warns|warned|counter|counters|countered)\b`;
const PLAN = /\b(?:due|expected|supposed|scheduled|planned|intended|tipped|set)\s+to\b/i;
const PREMISE =
  /\b(?:expected|supposed|favourite|favorite|originally|initially|considered|planned|intended|tipped)\b/i;
const OVERTURNS =
  /\b(?:not|never|no|failed|fails|unable|lost|fell|went down|forced|yet|struggled|convicted|guilty|jailed|sentenced|banned|rejected|overturned|reversed|cancelled|scrapped|blocked|dropped|slipped|closed lower|ended lower)\b|n't\b/i;

/**
 * Whether the label runs a verb straight into a participle or adjective and its noun ("banned
 * oriented performances") where its sentence has an adverb between them ("banned sexually
 * oriented performances"). Not after a helper: "has recently renovated galleries" drops an
 * adverb of the verb group, as labels do.
 */
function droppedModifierAdverb(
  words: readonly string[],
  sentenceWords: () => readonly string[],
  tags: ReadonlyMap<string, string>,
): boolean {
  let said: readonly string[] | undefined;
  for (let i = 0; i + 2 < words.length; i++) {
    const [a, b, c] = [words[i] ?? '', words[i + 1] ?? '', words[i + 2] ?? ''];
    if (!/^(?:JJ|VBN)$/.test(tags.get(b) ?? '') || !/^NNS?$/.test(tags.get(c) ?? '')) continue;
    if (!VERB.test(tags.get(a) ?? '') || PARTICIPLE_HELPER.test(a)) continue;
    // (Quotation marks aside: 'banned "sexually oriented performances"'.)
    said ??= sentenceWords().filter((w) => w !== '"');
    for (let j = 2; j < said.length; j++)
      if (
        said[j] === b &&
        said[j - 2] === a &&
        /^RB/.test(tags.get(said[j - 1] ?? '') ?? '') &&
        !/^(?:not|never|n't)$/i.test(said[j - 1] ?? '')
      )
        return true;
  }
  return false;
}

/**
 * Whether the label's first words stand in its sentence right after a word of the same name: a
 * capitalised word that is no title, before more of the name ("Luiz | Inacio Lula da Silva"),
 * or a name's particle ("Sanchez de | Castro"). After a title the name starts ("President |
 * Joe Biden").
 */
function opensInsideName(
  words: readonly string[],
  sentenceWords: () => readonly string[],
): boolean {
  const [first, second] = words;
  if (first === undefined || second === undefined || !en`^\p{Lu}`.test(first)) return false;
  const said = sentenceWords();
  for (let j = 1; j + 1 < said.length; j++) {
    if (said[j] !== first || said[j + 1] !== second) continue;
    const before = said[j - 1] ?? '';
    // (A word the lexicon knows in lower case opens a sentence or a phrase, "The", "And",
    // "Chancellor"; it is no forename. A surname alone, "Gibbs said …" of "Kenard Gibbs said
    // …", names the person as a headline does.)
    return (
      NAME_PARTICLE.test(before) ||
      (en`^\p{Lu}`.test(second) &&
        en`^\p{Lu}\p{Ll}`.test(before) &&
        !TITLE_WORD.test(before) &&
        !ROLE_NOUN_WORD.test(before) &&
        lexiconTags(before.toLowerCase()).length === 0)
    );
  }
  return false;
}
const NAME_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`);

/** "sentenced to 18 months", "jailed for two years": a sentence's length ending the label. */
const SENTENCE_LENGTH_END =
  /\b(?:sentenced|jailed|ordered|given|handed)\b[^,;]*\b(?:months?|years?|weeks?|days?|hours?)$/i;

/** When, after the label's last word ("in the last year"). */
const TIME_AFTER =
  /^\s+(?:in\s+(?:the\s+)?(?:last|past|recent|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)\b|since\b|until\b|recently\b|this\s+(?:year|season|month|week)\b|last\s+(?:year|season|month|week)\b|after\b|when\b)/i;

/** Whether the label's last word is followed in its sentence by "to" and a verb ("films to get"). */
function infinitiveAfter(label: string, sentence: string): boolean {
  const last = lastWord(label);
  if (last === undefined) return false;
  const at = sentence.indexOf(` ${last} to `);
  return at >= 0 && en`^\p{Ll}+\b`.test(sentence.slice(at + last.length + 5));
}

/**
 * An aside goes only whole: one that ends inside a quotation ("Mirreyes, which refers to
 * individuals who enjoy 'ostentatious spending, | exhibitionism and narcissism' …") or a list
 * stays, or the label would join the quotation's or the list's words to the sentence's.
 */
function wholeAside(aside: string, at: number, text: string): string {
  if (unevenQuotes(aside)) return aside;
  // ("Sony's Qrio Robot, an all-singing, | all-dancing, football-playing man-machine": the
  // aside is a list whose first comma is not its end.)
  return LIST_GOES_ON.test(text.slice(at + aside.length)) ? aside : ' ';
}

// ("… in huts made of mud, | scrap metal and cardboard.": the list's last items end the sentence.)
const LIST_GOES_ON = en`^\p{Ll}[\p{L}-]*,\s|^\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*){0,2}\s(?:and|or)\s\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?[.!?]?$`;

/** An odd number of quotation marks (not the apostrophe of a plural's possessive, "the Blues' push"). */
function unevenQuotes(text: string): boolean {
  return (text.match(en.g`["“”]|(?<![\p{L}])['‘]|(?<!s)['’](?![\p{L}])`)?.length ?? 0) % 2 === 1;
}

/**
 * A connective inside the clause ("Battlefront on the other hand revisits …", "Sella, however,
 * insisted …"): it links to a sentence the label does not show, and says nothing of its own.
 * (Not before a clause of its own: "Shares tumbled, however, as the company reported …".)
 */
const INNER_CONNECTIVE =
  /,?\s+(?:on the other hand|in turn|for (?:its|his|her|their) part)\b,?(?=\s)|,\s+(?:however|though|meanwhile|therefore|in fact|of course|for example|for instance|nevertheless|nonetheless|instead|too),(?=\s(?!(?:as|while|when|whereas|because|after|before|since|if|although|though|with|amid)\b))/i;

/**
 * A run-in head of two to four words, in lower case after the first, before the sentence it
 * heads: "The big picture: Google cut 12,000 jobs …", "Why it matters: …", "Driving the news: …".
 * (Not a name's or a title's colon: "Blade: Trinity was …", "Rafael Nadal: …"; nor a clause's:
 * "There is one exception: Firms in …".)
 */
const RUN_IN_HEAD =
  /^(?!(?:There|It|This|That|These|Those|He|She|They|We|I|You)\b)(?![^:]*\b(?:is|are|was|were|has|have|had)\b)[A-Z][a-z'’]*(?:,?\s+[a-z'’]+){1,3}:\s+(?=[A-Z])/;

/** An asterisk or dagger right after a word, pointing to a footnote. */
const FOOTNOTE_MARK = /(?<=[\p{L}\p{N}])[*†‡]+(?=[\s,.;:]|$)/gu;

/** A headline for one sentence, or undefined when none passes the checks. */
export function headlineLabel(sentence: string): string | undefined {
  let s = sentence
    // ("… a new report* has argued": a footnote's mark is no part of the word it follows.)
    .replace(FOOTNOTE_MARK, '')
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(RUN_IN_HEAD, '').replace(INNER_CONNECTIVE, '');
  // ("And on Thursday the 39-year-old paid tribute …": a time phrase after the connective opens
  // the sentence, which the openings below take away.)
  s = s.replace(CONNECTIVE, '').replace(TIME_AFTER_CONNECTIVE, capitalize);
  // The tags of every word tagged here: the checks reuse them instead of tagging the label again.
  const known = new Map<string, string>(INSERTED);
  const tag = (text: string) => {
    const tokens = tagSentence(text);
    for (const t of tokens) if (!known.has(t.text)) known.set(t.text, t.tag);
    return tokens;
  };
  // ("In the past, sports fans would be left debating …": "would" under a past time frame is
  // what used to happen; the label drops the frame, and "would" then reads as a prediction.)
  if (PAST_FRAME_WOULD.test(s)) return undefined;
  if (CONDITIONAL_OPENING.test(s)) return undefined;
  // "The male and female prizes went to Usher and Avril Lavigne respectively": pairs that a
  // short label would split wrongly ("… prizes went to Usher").
  if (/\brespectively\b/i.test(s)) return undefined;
  // "As far as most commentators are concerned, the state is …": whose view it is opens the
  // sentence; cut, the view reads as fact.
  if (VIEW_OPENING.test(s)) return undefined;
  const source = SOURCE_OPENING.exec(s);
  if (source) s = `${source[2]}, according to ${source[1]}.`;
  const quoted = quoteLabel(s, tag);
  if (quoted !== null) return check(quoted, sentence, known, s);
  // '"Captaincy offers a challenging environment …' with no one saying it in the sentence: a
  // quotation carried on from before; a label would state the speaker's view as fact.
  if (/^["“‘']/.test(s) && !trailingAttribution(s)) return undefined;
  s = s
    .replace(SUBORDINATE_OPENING, '')
    .replace(TIME_OPENING_PHRASE, '')
    .replace(DATE_OPENING_NO_COMMA, '')
    .replace(NAMED_APPOSITIVE, '$1 ')
    .replace(INCLUDING_ASIDE, wholeAside)
    .replace(ASIDE, wholeAside)
    .replace(POSSESSIVE_ASIDE, wholeAside)
    .replace(ROLE_ASIDE, wholeAside)
    .replace(PARTICIPLE_ASIDE, (aside, subject: string) =>
      // (Only after a subject: "Sales have tripled since launch, outstripping …" is a clause.)
      tagSentence(subject).some((t) => FINITE_TAG.test(t.tag)) ? aside : `${subject} `,
    )
    .replace(AGE_ASIDE, ' ')
    .replace(DASH_ASIDE, (aside) => (unevenQuotes(aside) ? aside : ' '));
  const tail = trailingAttribution(s);
  if (tail) {
    const body = s.slice(0, s.lastIndexOf(tail)).replace(/[,\s]+$/, '');
    // ("…, the Office for National Statistics (ONS) said": the body by the short name the
    // sentence gives it, "ONS said".)
    const by = shortAttribution(tail) ?? acronymAttribution(sentence);
    if (!by) return undefined;
    // (What is said gets the words the speaker leaves: "The Hubble Space Telescope has been key
    // to the discoveries, NASA said" has room for eight.)
    const byWords = by.split(' ').length;
    const head = clauseHead(tag(body), MAX_LABEL_WORDS - Math.min(3, byWords));
    if (!head || head.length < 2 || head.length + byWords > MAX_LABEL_WORDS) return undefined;
    // "…, she added": a label does not say who "she" is; without the speaker it states a view.
    if (/^(?:he|she|they|it|we|i)\b/i.test(by)) return undefined;
    const last = head.at(-1) ?? '';
    const end = body.indexOf(last);
    const rest = end >= 0 ? body.slice(end + last.length) : '';
    if (stopsShort(head.join(' '), rest)) return undefined;
    tag(by);
    return check({ words: [...head, `, ${by}`] }, sentence, known, s);
  }
  const head = clauseHead(tag(s), MAX_LABEL_WORDS);
  // "The company first sold shares | in private placements during 2000": what it did first is
  // said by the phrase after; cut, "first" has nothing to be first in.
  if (head && firstWithoutWhen(head, s, known)) return undefined;
  // "promised a \"firm | but fair\" policy": a label that ends inside a quotation cut it.
  if (head && endsInsideQuote(s, head.at(-1) ?? '')) return undefined;
  // ("defeated Khachanov 6-3 | , 7-6 (7)": a score that a comma's list of sets goes on from is
  // one set, not the result.)
  const last = head?.at(-1) ?? '';
  const set = SCORE.test(last) ? s.indexOf(`${last},`) : -1;
  if (set >= 0 && /^,\s*\d+-\d+/.test(s.slice(set + last.length))) return undefined;
  return head ? check({ words: head }, sentence, known, s) : undefined;
}

const SCORE = /^\d+-\d+$/;

/**
 * Whether a label (of a clause, or of what a trailing "…, X said" says) stops short of what its
 * verb says, given what the sentence says after its last word.
 */
function stopsShort(label: string, after: string): boolean {
  return (
    // ("The man was riding along Dereham Road | at about 18:30 on Sunday when he was struck by
    // a car": what was going on when something happened is the scene; the news is the "when".)
    (PAST_PROGRESSIVE.test(label) && WHEN_LATER.test(after)) ||
    // ("People do not want to trade multimedia services | with size and battery life": what a
    // verb of exchange gives up, or takes in its place, is half of what it says.)
    (EXCHANGE_VERB.test(label) && /^\s+(?:with|for)\s/.test(after)) ||
    // ("Temperatures could fall | as low as -10C", "Prices could rise | by as much as 20%, the
    // bank said": a verb of change that ends the label, where the sentence says by how much,
    // says nothing.)
    (CHANGE_VERB_END.test(label) && AMOUNT_NEXT.test(after))
  );
}
const PAST_PROGRESSIVE = /\b(?:was|were)\s+(?:\S+ly\s+)?\S+ing\b/i;
const WHEN_LATER = /^(?:(?![.;!?](?:\s|$)).)*?(?:,\s*|\s)when\s/i;

/** The tokens up to the first clause break (a comma, a semicolon, a colon, a stop). */
function clauseUpTo(tokens: readonly Token[]): readonly Token[] {
  const stop = tokens.findIndex((t) => /^[,;:.!?]$/.test(t.text));
  return stop < 0 ? tokens : tokens.slice(0, stop);
}

/** A label with "first" before its verb that ends where the sentence goes on with a preposition. */
function firstWithoutWhen(
  head: readonly string[],
  sentence: string,
  tags: ReadonlyMap<string, string>,
): boolean {
  const i = head.findIndex((w) => /^first$/i.test(w));
  if (i <= 0 || i >= head.length - 1) return false;
  // (An adverb between the subject and its verb: "his first goal", "scored first two" are not.)
  if (!/^(?:NN|PRP)/.test(tags.get(head[i - 1] ?? '') ?? '')) return false;
  if (!/^VB[DNPZ]?$/.test(tags.get(head[i + 1] ?? '') ?? '')) return false;
  const last = head.at(-1) ?? '';
  const at = sentence.indexOf(` ${last}`);
  // ("first joined Wasps | in 2002": a when after it is no loss; the label says what.)
  const rest = sentence.slice(at + last.length + 1);
  return (
    at >= 0 &&
    /^\s+(?:in|during|on|at|as|for|with|since|when|after|before)\b/i.test(rest) &&
    !/^\s+\S+\s+(?:\d|the (?:\d|early|late|summer|spring|autumn|winter)|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/.test(
      rest,
    )
  );
}

/** Whether the first `word` of `s` (as a whole word) sits inside an open double quotation. */
function endsInsideQuote(s: string, word: string): boolean {
  // Inside a quotation needs a quotation mark before the word: most sentences have none.
  if (!/["“”]/.test(s)) return false;
  // The word's first occurrence as a whole word (found with indexOf: no pattern built per call).
  let at = s.indexOf(word);
  while (
    at >= 0 &&
    (WORD_CHAR.test(s.charAt(at - 1)) || WORD_CHAR.test(s.charAt(at + word.length)))
  )
    at = s.indexOf(word, at + 1);
  if (at < 0) return false;
  const before = s.slice(0, at).match(/["“”]/g)?.length ?? 0;
  // (A quotation that ends with the word, '… were "affordable"', is said whole.)
  const rest = /^[^"“”]*/.exec(s.slice(at + word.length))?.[0] ?? '';
  return before % 2 === 1 && en`[\p{L}\p{N}]`.test(rest) && /["”]/.test(s.slice(at));
}

/** Whether the label ends on a superlative that what its sentence says after it (`rest`) bounds ("biggest in a decade"). */
function superlativeCutFromScope(
  label: string,
  rest: string,
  tags: ReadonlyMap<string, string>,
): boolean {
  const last = lastWord(label) ?? '';
  // ("Ms Craymer is at number 31 | on the music rich list": a rank is a rank on something.)
  if (/\b(?:number|No\.?)\s+\d+$/.test(label)) return /^\s+(?:on|in|of|among)\b/i.test(rest);
  // ("issued its third profits warning | in nine months": an ordinal in the label's last
  // phrase counts within the scope after it, as a superlative does.)
  const ordinal = ORDINAL_IN_LAST_PHRASE.test(label);
  // ("injury is more common | in Australian Rules football": a comparative too.)
  const comparative =
    /^(?:JJR|RBR)$/.test(tags.get(last) ?? '') || /\b(?:more|less|fewer)\s+\S+$/i.test(label);
  // ("ends the most high profile fight | in Japanese bank history", "had given the most
  // damaging testimony | he could remember": "most" in the last phrase is bounded as a
  // superlative ending the label is, by what comes after, or by who remembers.)
  if (MOST_IN_LAST_PHRASE.test(label)) return boundAfter(rest);
  if (
    !ordinal &&
    !comparative &&
    !/^(?:JJS|RBS)$/.test(tags.get(last) ?? '') &&
    !/^(?:best|worst)$/i.test(last)
  )
    return false;
  // ("is the seventh EV | to use the platform", "became the first woman | to lead the party":
  // after a copula, an infinitive says what the thing is first, or most, at.)
  if (COPULA_IN_LABEL.test(label) && /^\s+to\s+(?!date\b)\p{Ll}/u.test(rest)) return true;
  // ("the equal fifth-fastest time | in the world this year": an ordinal joined to a superlative
  // is bounded as the superlative is.)
  return ordinal && !ORDINAL_SUPERLATIVE.test(label)
    ? ORDINAL_SCOPE_AFTER.test(rest)
    : SCOPE_AFTER.test(rest);
}
/**
 * Whether a superlative inside the label ("highest-rated", "biggest", "most popular") has, in
 * its sentence, a scope right after its noun ("on the pitch", "in Europe") that the label does
 * not go on with.
 */
function innerSuperlativeCut(
  words: readonly string[],
  sentence: string,
  known: ReadonlyMap<string, string>,
): boolean {
  // (The sentence as the label was read from it: "player* on defense" is "player on defense".)
  const text = sentence.replace(FOOTNOTE_MARK, '');
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k] as string;
    const superlative =
      known.get(w) === 'JJS' ||
      SUPERLATIVE_COMPOUND.test(w) ||
      (/^(?:most|least)$/i.test(w) && /^JJ/.test(known.get(words[k + 1] ?? '') ?? ''));
    if (!superlative) continue;
    let n = k + 1;
    while (n < words.length && !/^NN/.test(known.get(words[n] as string) ?? '')) n++;
    // (No noun after it in the label, or the noun ends the label: superlativeCutFromScope
    // reads what follows the label's end.)
    if (n >= words.length - 1) continue;
    const noun = words[n] as string;
    const at = text.indexOf(noun, Math.max(0, text.indexOf(w)));
    if (at < 0) continue;
    const rest = text.slice(at + noun.length);
    const next = words[n + 1] as string;
    if (SCOPE_AFTER.test(rest) && !rest.trimStart().startsWith(next)) return true;
  }
  return false;
}
/** A superlative joined to a participle: "highest-rated", "best-selling", "fastest-growing". */
const SUPERLATIVE_COMPOUND = new RegExp(`^(?:${SUPERLATIVES})-\\p{Ll}+$`, 'iu');

/**
 * A list's other items after its first: ", Ask Jeeves, MSN and Yahoo", ", cafes or hotels". (Not
 * a phrase or an aside that has an "and" of its own: ", between sculpture and design", ", an
 * autonomous and sparsely populated region", ", as did Keane and Joss Stone".)
 */
const LIST_AFTER =
  /^,\s+(?!(?:along|as|which|who|whom|whose|where|when|while|with|without|including|such|but|although|though|because|after|before|since|if|unless|until|like|despite|and|or|between|in|on|at|for|from|of|to|by|about|over|under|into|through|during|a|an|the|its|his|her|their|this|that|these|those)\b)[\p{L}\d'’.&-]+(?:\s+[\p{L}\d'’.&-]+){0,2}(?:,\s+[\p{L}\d'’.&-]+(?:\s+[\p{L}\d'’.&-]+){0,2})*,?\s+(?:and|or)\s+(?!(?:he|she|they|it|we|I|the|a|an|his|her|their|its|then|now)\b)[\p{L}\d'’.&-]+(?:\s+[\p{L}\d'’.&-]+){0,2}\s*(?:[.,;:!?]|$|\s(?:when|while|in|on|at|for|to|as|from|with)\b)/u;

/** "most" or "least" and up to three words after it ending the label: a superlative phrase. */
const MOST_IN_LAST_PHRASE = /\b(?:most|least)(?:\s+[^\s,]+){1,3}$/i;
/** A clause right after a noun, with no "that": "the worst storm | we have seen". */
const CONTACT_CLAUSE_AFTER = /^["”’']?\s+(?:he|she|they|I|we|you|it|anyone|anybody)\s+\p{Ll}/u;
/** What bounds a "most" phrase right after it: a scope ("in Japanese bank history") or a clause. */
const boundAfter = (rest: string): boolean =>
  SCOPE_AFTER.test(rest) || CONTACT_CLAUSE_AFTER.test(rest);
const COPULA_IN_LABEL = /\b(?:is|are|was|were|be|been|became|becomes|become|remains|remained)\b/i;
const ORDINAL_SUPERLATIVE = en.i`\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))-\p{L}+est\b`;

/**
 * An ordinal among the label's last three words ("its third profits warning"), or joined to its
 * superlative ("the equal fifth-fastest time").
 */
const ORDINAL_IN_LAST_PHRASE =
  /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?:-\S+)?(?:\s+\S+){0,2}$/i;
/** A span of time or a count the ordinal is within: "in nine months", "this season", "in a row". */
const ORDINAL_SCOPE_AFTER =
  /^\s+(?:in\s+(?:\w+\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|as many|the last|the past)\b|this\s+(?:year|season|month|week|century|decade)|since|so far|to date|of the (?:year|season|day|week|month))/i;

/** ", Maryland campus", ", Colorado headquarters": a place's state, then (a noun) of the phrase. */
const PLACE_GOES_ON = en`^,\s+\p{Lu}[\p{L}.-]+\s+(\p{Ll}[\p{Ll}-]+)\b`;

const HABIT_OPENING =
  /^(?:Often|Usually|Sometimes|Occasionally|Typically|Generally|Normally|Frequently|Rarely|Seldom)\b/;

/** What the claim does not hold for, after the label's last word ("except for two movements"). */
const EXCEPTION_AFTER =
  /^\s*,?\s*(?:except\b|excepting\b|excluding\b|apart\s+from\b|aside\s+from\b|other\s+than\b|save\s+for\b|barring\b|bar\s+(?:one|two|three|a|the)\b|with\s+the\s+exceptions?\s+of\b)/i;

/**
 * A label of what will, would or may be done, or is meant to be: "seeks to revoke …", "Law to
 * take effect" (a headline's future).
 */
const WILL_OR_INTENT = /\b(?:will|would|could|can|may|might|should|must|shall|to\s+\p{Ll})/iu;
/**
 * A condition of a number of things having happened: "after three violations", "once 20 states
 * …" (not a span or a count of tries: "after 72 minutes", "after seven attempts").
 */
const COUNT_CONDITION_AFTER =
  /^\s*,?\s*(?:after|once|until|unless|if)\s+(?:at\s+least\s+|more\s+than\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|a\s+(?:second|third)|\d+)\s+(?!(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|seasons?|games?|matches|attempts?|rounds?|holes?|laps?|innings|overs?|sets?|races?)\b)/i;

/** Where only part of the claim holds, after the label's last word ("in a number of districts"). */
const PARTIAL_SCOPE =
  /^\s+(?:in|across|among|at|on)\s+(?:some|many|several|certain|most|a\s+(?:number|handful|few|minority)\s+of|parts?\s+of)\b(?!\s+(?:time|years?|months?|weeks?|days?|hours?)\b)/i;

/**
 * "first", "last" or "record" among the label's last words ("her first Grand Slam title"); not
 * a part of a whole in its order ("a strong first quarter", "the last round").
 */
const FIRST_OR_RECORD_IN_LAST_PHRASE =
  /\b(?:(?:first|last)(?!\s+(?:quarter|half|round|leg|set|innings|stage|period|minute|day|week|month|year|season)s?\b)|record)(?:\s+[^\s,]+){0,4}$/i;
/**
 * What a first, a last or a record holds within, right after the label's end: since when, for
 * whom ("for Real", "for the club"), in how long ("in three years", "in a decade"), in whose
 * career or history, as what ("as a Roma player"), into what ("first foray | into TV"). Not a
 * date ("first gig | in 2003"), a time ("world record | in two hours") or a purpose ("his first
 * squad | for a get-together"): case matters, "for Real" is a side.
 */
const FIRST_SCOPE_AFTER = en`^\s+(?:since\b|into\b|for\s+(?:\p{Lu}|(?:the|his|her|their|its)\s+(?:new\s+)?(?:club|side|team|country|county|company|firm|party|band)\b)|in\s+(?:(?:a|an|the|over|more than|nearly|almost|about|some|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)\s+)+(?:\p{Ll}+\s+)?(?:years?|decades?|months?|weeks?|seasons?|centur(?:y|ies)|generations?|games?|matches?|races?|starts?|attempts?)\b|in\s+(?:his|her|their|its|the club's|the company's)\s+(?:\p{Ll}+\s+)?(?:career|history|life|lifetime|reign|tenure)\b|as\s+(?:a|an|the|his|her|their)\s)`;

const SCOPE_AFTER =
  /^\s+(?:by|in|of|since|for|among|on|at|as|than|ever|yet|so far|this|last|to date|outside|after|before)\b/i;

/**
 * Where the gerund's noun phrase that starts at `at` ends, or -1 when the gerund's own words go
 * on past it (an infinitive, a "with", another verb).
 */
function gerundPhraseEnd(tokens: readonly Token[], at: number): number {
  let k = at;
  while (/^(?:DT|NNS?|NNPS?|JJ[RS]?|PRP\$|CD|POS)$/.test(tokens[k]?.tag ?? '')) k++;
  if (k === at) return /^[,;:.!?]$/.test(tokens[k]?.tag ?? '.') ? k : -1;
  const next = tokens[k];
  return next && (/^(?:TO|VB[DGNPZ]?|MD)$/.test(next.tag) || /^with$/i.test(next.text)) ? -1 : k;
}

/** The first half of a tally ("by 12 votes") or a range ("from 2.1%") ending a label. */
const TALLY_OR_RANGE_START =
  /\b(?:\d[\d,.]*\s+(?:votes?|seats?|goals?|points?|runs?)|from\s+\S*\d\S*)$/i;

/** A letter or digit: what a whole word is not next to. */
const WORD_CHAR = en`^[\p{L}\p{N}]$`;

/** Words the labeller puts in that the sentence may not have: "says" (a quote), "to" (for "will"). */
const INSERTED: readonly [string, string][] = [
  ['says', 'VBZ'],
  ['to', 'TO'],
  [',', ','],
];

interface Built {
  readonly words: readonly string[];
}

/** `core` is the sentence as the labeller read it: its opening phrase and asides left out. */
function check(
  built: Built | undefined,
  sentence: string,
  known: ReadonlyMap<string, string>,
  core: string,
): string | undefined {
  if (!built || built.words.length < 2) return undefined;
  const joined = built.words
    .join(' ')
    .replace(/\s+,/g, ',')
    .replace(/\s+(['’]s)\b/g, '$1')
    .replace(en.g`(\p{L})\s+'(?=\s|$)`, "$1'")
    .replace(/\s+n't\b/g, "n't")
    .trim();
  // (A label that opens on a number keeps what follows as it is: "18-year-old woman …".)
  const label = en`^\p{L}`.test(joined) ? capitalize(joined) : joined;
  // The label's words carry the tags they had in their sentence; a word not tagged there
  // (never, in practice) sends the whole label to the tagger.
  const words = tokenize(label);
  const tags = words.map(
    (w, i) => known.get(w) ?? (i === 0 ? known.get(w.toLowerCase()) : undefined),
  );
  const tokens = tags.every((t) => t !== undefined)
    ? words.map((text, i) => ({ text, tag: tags[i] as string }))
    : undefined;
  // ("Law would have banned oriented performances" of "banned sexually oriented performances":
  // an adverb dropped from before the participle or adjective of a noun phrase changes what
  // the phrase names.)
  // (The sentence's words, as the tagger splits them, read once for both checks.)
  let said: string[] | undefined;
  const sentenceWords = () => (said ??= tokenize(sentence));
  if (droppedModifierAdverb(words, sentenceWords, known)) return undefined;
  // ("Inacio Lula da Silva visited region" of "President Luiz Inacio Lula da Silva visited …",
  // "Castro visited region" of "Pedro Sanchez de Castro": a label that opens inside a name
  // names someone else.)
  if (opensInsideName(words, sentenceWords)) return undefined;
  // "Fairmont said it", "asking Sci-Fi Channel to pick it": "it" ends no headline; nor does a
  // title cut from its name ("first time Mr | Milburn").
  if (/\b(?:it|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|St)$/i.test(label)) return undefined;
  // "Diane Allahgreen has been our best hurdler": someone's own words ("our", "I", "we") given
  // as a headline say it as the writer's, about no one the reader knows.
  // (With its speaker it is theirs: "Lawrence tells ABC little Wil brings light to our family".)
  if (
    words.some((w) => FIRST_PERSON.test(w) && w !== 'US') &&
    !words.some((w) => ATTRIBUTIVE.test(w))
  )
    return undefined;
  // ("… are on increase according | to the firm": a source cut from its "to".)
  if (/\baccording$/i.test(label)) return undefined;
  // What the sentence says after the label's last word ('' when the word is not found there).
  const after = afterLabel(label, sentence) ?? '';
  // ("Agassi was bamboozled by the Austrian | 's drop shots": a possessor whose noun was lost is
  // not what the sentence says.)
  if (/^['’]s\s/.test(after)) return undefined;
  // ("Proposal was rejected by 12 votes | to 9", "rose from 2.1% | to 3.4%": a tally or a range
  // cut after its first number says another thing, a margin of 12 votes.)
  // ("Sales rose 2.8% | to 14.96bn euros" says how much, whole.)
  if (TALLY_OR_RANGE_START.test(label) && /^\s+to\s+\S*\d/.test(after)) return undefined;
  if (stopsShort(label, after)) return undefined;
  // ("Sales slump comes as average interest rate | on a new vehicle loan stayed below 6 percent":
  // a clause opened by "as", "because", "while" … whose verb is past the label's end.)
  if (subordinateCutFromVerb(label, after, known)) return undefined;
  // "Musical to be performed | in Swedish for the first time": a label that stops at its verb
  // where the clause goes on to what makes it news says nothing of it.
  if (FIRST_TIME_AFTER.test(after) && /^VB[NDGZP]?$/.test(known.get(lastWord(label) ?? '') ?? ''))
    return undefined;
  // ("Festival to take place | in Lucerne from 3-8 May": an event that takes place says no
  // more than that it happens; where or when was the news.)
  if (TAKES_PLACE.test(label) && WHERE_OR_WHEN_AFTER.test(after)) return undefined;
  // ("Device has display | that can be swivelled and angled …", "Wipro offers services | such as
  // call centres …": a bare noun whose clause or examples say which it is; without them the
  // label says only that a device has a display. "Passengers will need to own Nokia 3220 handset
  // | that …" names which.)
  if (RESTRICTED_NOUN_AFTER.test(after) && bareNounEnd(label, known)) return undefined;
  // ("Match to include players | from the Lions tour of New Zealand": a bare group of people
  // a verb takes says nothing until the phrase after it says which; "director for children |
  // in the Department of Health" says whom the office serves.)
  if (
    GROUP_NOUN_END.test(label) &&
    GROUP_SAID_AFTER.test(after) &&
    /^VB/.test(known.get(label.split(/\s+/).at(-2) ?? '') ?? '')
  )
    return undefined;
  // ("The disaster has little impact | on stock markets in the US and Asia": how much one thing
  // tells on another, cut before the other, widens the claim to everything.)
  // ("come into effect | on 17 February": when, not on what.)
  if (
    ACTS_ON_NOUN.test(lastWord(label) ?? '') &&
    /^\s*(?:on|upon)\s/i.test(after) &&
    !/\b(?:into|in|take|takes|took|taken|taking)\s+\S+$/i.test(label)
  )
    return undefined;
  // ("Smoking is fashionable | in China", "Unemployment is high | in Spain", "Plan is
  // unacceptable | to unions": an adjective said of the subject, cut from where, among whom or
  // to whom it holds, is said of it everywhere.)
  if (
    SCOPED_ADJECTIVE_END.test(label) &&
    /^JJ[RS]?$/.test(tokens?.at(-1)?.tag ?? known.get(lastWord(label) ?? '') ?? '') &&
    WHERE_OR_WHOM_AFTER.test(after)
  )
    return undefined;
  // ("Yukos has asked US court to send its tax dispute | to an international arbitrator": a verb
  // of sending, cut from where to, says only that something moves.)
  // ("… send its tax dispute | with the Russian government to …": after a phrase of its object.)
  if (SENDS.test(label) && WHERE_TO_AFTER.test(after)) return undefined;
  // ("Video Relay Service being piloted by Royal National Institute | for Deaf People": so too a
  // name the label ends on, where the words before it were cut elsewhere.)
  if (en`\p{Lu}[\p{L}'’-]*$`.test(label) && NAME_GOES_ON.test(after)) return undefined;
  // ("Officers arrested Christopher L, Harris said": a name cut at its initial.)
  const initial = en`\b(\p{Lu})(?:,|$)`.exec(label)?.[1];
  if (initial && enRegExp(`\\b${initial}\\.\\s+\\p{Lu}\\p{Ll}`, 'u').test(sentence))
    return undefined;
  // ("Authorities locked down the Suitland, | Maryland campus": a place and its state before
  // a noun name one thing; cut at the comma, the label names the town.)
  const place = PLACE_GOES_ON.exec(after);
  if (place && en`\p{Lu}\p{Ll}+$`.test(label) && /^NNS?$/.test(known.get(place[1] ?? '') ?? ''))
    return undefined;
  // ("… added consumer spending in | rose 3.8%" of "in January rose", "Ireland's | delivered
  // shock stormed …" of a sentence that lost its name): a preposition or a possessive right
  // before a verb is a phrase cut open, no headline.
  // (A preposition so only where the label cut out its object: "players coming in had the
  // opportunity" says "in had" as the sentence does.)
  // ("Christie's sold manuscript": a name's "'s" that opens the label, before a verb and its
  // determined object, is the name, as the sentence says it.)
  if (
    tokens?.some(
      (t, i) =>
        i > 0 &&
        CUT_OPEN.test(`${tokens[i - 1]?.tag} ${t.tag}`) &&
        (tokens[i - 1]?.tag === 'POS' || !sentence.includes(`${tokens[i - 1]?.text} ${t.text}`)) &&
        !(i === 2 && namedByPossessive(tokens, sentence)),
    )
  )
    return undefined;
  // ("ICO 2 Ico remains benchmark …" of "ICO 2 (WORKING TITLE) Ico remains …": a heading in
  // capitals glued before the sentence that names it again.)
  const capitals = label.match(en.g`\b\p{Lu}{2,}\b`) ?? [];
  if (capitals.some((w) => enRegExp(`\\b${w[0]}${w.slice(1).toLowerCase()}\\b`, 'u').test(label)))
    return undefined;
  // ("The Guinness Book of Records has declared the 17m | per second speed of the two lifts
  // the swiftest": after "the", a quantity and its rate describe a noun to come; cut, the label
  // names neither. Not "The rupee climbed to 43.305 | per US dollar": a value, said whole.)
  const quantity = /\S*\d\S*$/u.exec(label)?.[0];
  if (quantity && /^\s+per\b/i.test(after) && sentence.includes(`the ${quantity} per `))
    return undefined;
  // ("Ms Love was sentenced to 18 months | in drug rehabilitation": a sentence's length cut
  // from what it is served in reads as prison.)
  if (SENTENCE_LENGTH_END.test(label) && /^\s+(?:in|of|on|at)\b/i.test(after)) return undefined;
  // ("Comic Joe Pasquale remains odds | on favourite": a compound cut in two.)
  if (/\b(?:odds|head|hands)$/i.test(label) && /^[\s-]+on\b/i.test(after)) return undefined;
  // "Holmes to have have intensive treatment" (of "will have now have"): a word said twice.
  if (en.i`\b(\p{L}+) \1\b`.test(label)) return undefined;
  // ("One thing is certain - they have put themselves …", "The problem is | that …": what the
  // thing is comes after; the label says nothing.)
  if (EMPTY_FRAME.test(label)) return undefined;
  // ("his party would only admit foreigners | who were required because they had skills":
  // "only" limits its object by the clause after it; without the clause it limits to all.)
  if (/\bonly\b/i.test(label) && restrictedAfter(label, sentence)) return undefined;
  // ("has only achieved mainstream success | in the last year": "only" limits when; cut, it
  // limits what.)
  if (/\bonly\b/i.test(label) && TIME_AFTER.test(after)) return undefined;
  // ("Kinsey was one of four films | to get four nominations": which of them is what is said.)
  if (
    /\bone of\b/i.test(label) &&
    (restrictedAfter(label, sentence) || infinitiveAfter(label, sentence))
  )
    return undefined;
  // "Bath player was already | out of the opener": a label never ends on such an adverb.
  // ("Opec members are next | meeting to discuss …": "next" ends nothing.)
  if (/\b(?:already|still|also|only|just|even|never|not|currently|next)$/i.test(label))
    return undefined;
  // "star said there is too much | bad language": an amount cut from what it is of (not
  // "Wall Street had expected more.", where the sentence ends on it too).
  const amount = /\b(?:much|many|more|less|fewer|enough|most|least)$/i.exec(label)?.[0];
  if (amount && enRegExp(`\\b${amount}\\s+[\\p{L}\\d]`, 'iu').test(sentence)) return undefined;
  // "The strike … was the biggest | by civil servants in a decade": a superlative cut from its
  // scope claims more than the sentence ("Strike was biggest").
  if (superlativeCutFromScope(label, after, known)) return undefined;
  // ("Williams won her first Grand Slam title | since 2003", "scored his first goal | for Real",
  // "broke the UK sales record | for video games": a first, a last or a record within a span, a
  // side or a kind claims, cut from it, the first or the record of all. A record is for
  // whatever follows "for"; the verb is no record: "Band to record their album | for Sony".)
  const record = /\brecord\b/i.test(label) && !/^VB/.test(known.get('record') ?? '');
  const bound = FIRST_OR_RECORD_IN_LAST_PHRASE.exec(label)?.[0];
  if (
    bound !== undefined &&
    (record || !/^record\b/i.test(bound)) &&
    (FIRST_SCOPE_AFTER.test(after) || (record && /^\s+for\s/i.test(after)))
  )
    return undefined;
  // ("84% of net users say they use Google | , Ask Jeeves, MSN and Yahoo": the first of a list
  // the sentence goes on with stands for all of it.)
  if (LIST_AFTER.test(after)) return undefined;
  // ("Highest-rated player was goalkeeper" of "The highest-rated player | on the pitch was the
  // goalkeeper": a superlative inside the label bounded after its noun, where the label goes on
  // without the bound.)
  if (innerSuperlativeCut(words, sentence, known)) return undefined;
  // (The same of what a speaker is said to say: "Lord Butler had given most damaging testimony
  // | he could remember, Michael Howard said".)
  const claim = label.includes(', ') ? label.slice(0, label.lastIndexOf(', ')) : '';
  if (claim && MOST_IN_LAST_PHRASE.test(claim) && boundAfter(afterLabel(claim, sentence) ?? ''))
    return undefined;
  // "Labour markets firmed | in a number of districts": a claim cut from the part it holds for
  // says it of all.
  if (PARTIAL_SCOPE.test(after)) return undefined;
  // ("The instrumental parts were entirely lost | except for two recycled movements": so is a
  // claim cut from what it excepts.)
  if (EXCEPTION_AFTER.test(after)) return undefined;
  // ("Proposal seeks to revoke broadcaster's licence | after three violations have been
  // committed": what would be done only once something has happened a number of times, cut
  // from that count, says it is done outright.)
  // (Not a count of what did happen, the reason: "Hearts could face action | after three fans
  // were arrested".)
  if (
    WILL_OR_INTENT.test(label) &&
    COUNT_CONDITION_AFTER.test(after) &&
    !/^\s*,?\s*\S+\s+(?:\S+\s+){1,4}?(?:were|was|had)\b/i.test(after)
  )
    return undefined;
  // ("Mr Oaten was speaking | when an inquiry was under way": an action in progress cut from
  // the time it was in progress, which is the point.)
  if (
    /\b(?:is|are|was|were|been|be)\s+\S+ing$/i.test(label) &&
    /^\s+(?:when|while|as|after|before)\b/i.test(after)
  )
    return undefined;
  // ("Sir Alan Budd's inquiry linked the ex-home secretary | to the speeding up of a visa
  // claim": a verb that ties its object to something else says nothing without the other.)
  const tied = TWO_PLACE_VERB.exec(label);
  if (
    tied &&
    !/\b(?:to|with|of|for|up)\b/i.test(label.slice(tied.index)) &&
    /^\s+(?:to|with|of|for)\b/i.test(after)
  )
    return undefined;
  // ("The Spanish Football Federation at first declined to take action …, but was then
  // requested to do so": what was so at first, and then changed, is no headline without it.)
  if (AT_FIRST.test(sentence) && !AT_FIRST.test(label) && /\bbut\b/i.test(after)) return undefined;
  // ("The surround sound demo is unremarkable | when heard on a home cinema system but startling
  // when emerging from a small mobile phone": a claim bounded by "when", then contrasted;
  // without its bound the label says the opposite of the point.)
  if (/^\s+(?:when|while|if)\b[^,;.]{0,100}\sbut\s/i.test(after)) return undefined;
  // ("Rochus was leading 5-4 | in the second set tiebreak but his concentration was ruffled …
  // and the match slipped away": what was going on, then "but": it did not last.)
  if (
    /\b(?:was|were)\s+\S+ing\b/i.test(label) &&
    !saysWho(label) &&
    /^[^.;]{0,80}\sbut\s/i.test(after)
  )
    return undefined;
  // "The top seed was a strong favourite for the title | but went down 7-6 6-3": a premise its
  // own subject overturns after "but"; the label would say the opposite of the sentence's point.
  if (overturnedAfterBut(label, after, known)) return undefined;
  // ('Sella says Delaigue deserved his chance | but the time has come to bring back Michalak',
  // "Macrovision said new technology will work | in "nearly all" current DVD players …, but it
  // did not specify …", 'Mr Clarke said economic migration helped UK | but "needed proper
  // policing"': a view said with its reservation after "but"; the label gives the half the
  // speaker grants, not their point. Not where the subject goes on to an act of its own, "…, but
  // refused to comment", nor where another side's view follows, "…, but advocates say …".)
  if (saysWho(label) && reservationAfter(after, known)) return undefined;
  // ("comes between Celtic's Boxing Day meeting | with Hearts and their 2 January fixture":
  // between one thing is no place.)
  if (/\bbetween\b(?!.*\b(?:and|&)\b)/i.test(label) && /\bbetween\b.*\band\b/i.test(sentence))
    return undefined;
  // ("Often in friendlies, though, a manager will play his strongest side": a habit opening the
  // sentence, left out, turns it into news.)
  const habit = HABIT_OPENING.exec(sentence)?.[0];
  if (habit && !new RegExp(`\\b${habit}\\b`, 'i').test(label)) return undefined;
  // "Jackson's mother has said she is 100% certain | her son did not …": a certainty or a
  // worry whose content follows is said without it, and the content is the point.
  const stance = STANCE_END.exec(label)?.[0];
  if (stance) {
    const at = sentence.toLowerCase().lastIndexOf(stance.toLowerCase());
    const rest = at >= 0 ? sentence.slice(at + stance.length) : '';
    // (Its content: a clause, "that …", "of …", "about …"; not a reason, "due to strong demand".)
    if (
      en`^["”’']?\s+(?:(?:that|of|about|he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|these)\b|\p{Lu})`.test(
        rest,
      )
    )
      return undefined;
  }
  // ("Viewers to be able to see | precisely how the ball was thrown": a verb's base form that
  // ends the label, its object or the clause it needs left out, says nothing of what.)
  if (tokens?.at(-1)?.tag === 'VB' && OBJECT_AFTER_BASE_VERB.test(after)) return undefined;
  // ("Direct state involvement | in oil was unjustified": an act's noun as the subject, cut from
  // what it is in, says it of everything.)
  if (scopeCutFromSubject(label, sentence, known)) return undefined;
  // ("Mr Blunkett had seen focus | on his office intensify": the object of a verb of seeing or
  // letting, cut from its own verb, is not what was seen.)
  if (objectsVerbAfter(label, after)) return undefined;
  // ("Pressure prompted prime minister to say police | and Crown Prosecution Service would be
  // consulted": what was said is a clause; its subject alone, cut from its verb, is not it.)
  const spoken = SPEECH_VERB_NOUNS_END.exec(label)?.[1];
  if (
    spoken !== undefined &&
    tokens?.slice(-spoken.split(/\s+/).length).every((t) => /^(?:DT|JJ|NNP?S?|CD)$/.test(t.tag)) &&
    CLAUSE_GOES_ON.test(after)
  )
    return undefined;
  // ("More than 50 teachers also alleged exchanged …": two past verbs side by side are a
  // sentence the tagger could not read, no headline.)
  if (
    tokens?.some(
      (t, i) =>
        i > 0 &&
        // (A participle before its noun is an adjective: "took an estimated $121.9m", "won
        // mixed doubles"; one before a preposition or a determiner is a verb.)
        (t.tag === 'VBD' ||
          (t.tag === 'VBN' &&
            (/^(?:IN|TO|DT)$/.test(tokens[i + 1]?.tag ?? '') ||
              (i === tokens.length - 1 && FUNCTION_WORD_NEXT.test(after))))) &&
        tokens[i - 1]?.tag === 'VBD' &&
        !/^(?:was|were|had|got|became|seemed|appeared|remained|felt|looked|went)$/i.test(
          tokens[i - 1]?.text ?? '',
        ) &&
        // ("users interviewed were fed up": a participle before "were" is the subject's.)
        !/^(?:was|were|had)$/i.test(t.text),
    )
  )
    return undefined;
  // ("The 1991 laptop was chosen | because it was …", "he is focused | on winning the poll"): a
  // passive that ends the label cut from its reason, an adjective from its complement.
  if (
    (/^VB[DN]$/.test(tokens?.at(-1)?.tag ?? '') &&
      /^\s+because\b/i.test(after) &&
      /\b(?:is|are|was|were|been|be)\s+\S+$/i.test(label)) ||
    (ENDS_NEEDING_COMPLEMENT.test(label) && /^\s+(?:on|to|at|in|with|for|of|about)\b/i.test(after))
  )
    return undefined;
  // ("The sequel to the best-selling Need | for Speed: Underground has inched ahead …": a name
  // cut inside a title or an organisation's name, "Bank | of England", says another.)
  if (NAME_GOES_ON.test(`${lastCapitalised(label, sentence)}`)) return undefined;
  // ("… said Dance Fever would be …" of "Graham Norton's Strictly Dance Fever": a name whose
  // first word was cut, as an adverb here, is another name.)
  if (nameCutAtStart(label, sentence)) return undefined;
  // ("Detainees will not be freed | at present": a limit in time cut off makes it for good.)
  if (FOR_NOW.test(after)) return undefined;
  // "Sportsmail's guide takes you", "Police questioned him": a headline names whom.
  if (/\b(?:him|her|them|you|us|me)$/.test(label)) return undefined;
  // "seems perfect | on paper", "In theory, the government has …": a hedge that says the
  // claim may not hold; a label without it would state it.
  if (HEDGE_PHRASE.test(sentence) && !HEDGE_PHRASE.test(label)) return undefined;
  // "Products will enjoy duty free access to the US, provided that 35% of …": a condition on
  // what the label states; without it, the label states it unconditionally.
  if (!CONDITION.test(label) && boundedByCondition(core, label)) return undefined;
  // ("Few people get excited | when some new software is released": in the present tense, a
  // "when" says when the claim holds; cut, it holds always.)
  if (
    /^\s+(?:when|whenever)\b/i.test(after) &&
    label.split(' ').some(
      (w, i, words) =>
        /^(?:VBP|VBZ)$/.test(known.get(w) ?? '') &&
        // (A helper's tense is its participle's: "have pledged | to oppose the bill when …".)
        !(HELPER_VERB.test(w) && /^(?:VB[NG]|VBD)$/.test(known.get(words[i + 1] ?? '') ?? '')),
    )
  )
    return undefined;

  // "IBM is one of | the largest and most respected chip-makers": one of the largest what.
  if (tokens?.at(-1)?.tag === 'JJS' && /\bof\b/i.test(label)) return undefined;
  if (!saysEnough(label, core)) return undefined;
  return labelProblems(label, sentence, tokens).length === 0 ? label : undefined;
}

const HEDGE_PHRASE =
  /\b(?:in theory|on paper|in principle|at first (?:glance|sight)|on the face of it|ostensibly|supposedly|nominally|seemingly)\b/i;

/** Adjectives of certainty or worry that end a label ("… she is 100% certain"). */
const STANCE_END =
  /\b(?:certain|sure|confident|convinced|adamant|satisfied|hopeful|optimistic|doubtful|afraid|worried|concerned|fearful|positive)$/i;

/** Words that open a clause of reason, time or concession. */
const SUBORDINATORS = 'as|because|while|although|though|whereas|unless|until|since';
const SUBORDINATOR_WORD = new RegExp(`^(?:${SUBORDINATORS})$`, 'i');
/** Tag pairs that cut a phrase open: a preposition or a possessive right before a verb. */
const CUT_OPEN = /^(?:IN (?:VBD|VBZ|VBP|MD)|POS (?:VBD|VBN|VBZ|VBP|MD))$/;
/**
 * Whether the label opens on a name with its "'s" (Christie's, Sainsbury's, Moody's) and then
 * a verb with a determined object, as the sentence opens: the company's name, not a possessive
 * whose noun was cut ("Ireland's | delivered shock stormed …" has a noun after its participle).
 */
function namedByPossessive(tokens: readonly Token[], sentence: string): boolean {
  const [name, s, verb] = tokens;
  if (name?.tag !== 'NNP' || s?.tag !== 'POS' || verb === undefined) return false;
  if (!lexiconTags(verb.text.toLowerCase()).includes('VBD')) return false;
  const at = sentence.indexOf(`${name.text}${s.text} ${verb.text} `);
  return (
    at >= 0 &&
    DETERMINED.test(sentence.slice(at + name.text.length + s.text.length + verb.text.length + 2))
  );
}
/** What opens a determined object: "the", "a", "its", a number. */
const DETERMINED = /^(?:the|a|an|its|his|her|their|this|that|these|those|\$?\d)/;

/** Verbs that tie their object to something else: "linked X to Y", "compared X with Y". */
const TWO_PLACE_VERB =
  /\b(?:links?|linked|ties|tied|connects?|connected|compares?|compared|attributes?|attributed|blames?|blamed|accuses?|accused|credits?|credited|likens?|likened|equates?|equated)\s+\S/i;
/** What was so before something changed it: "at first", "initially", "originally". */
const AT_FIRST = /\b(?:at first|initially|originally)\b/i;
/** A condition that bounds a claim ("…, provided that …", "… unless …", "… if …"). */
const CONDITION =
  /\b(?:if|unless|provided(?: that)?(?= \S+ (?:is|are|was|were|be|has|have|had|do|does|did|will|would|can|could)\b)|provided that|providing that|as long as|so long as|on condition that|only when)\b/i;

/**
 * Whether a condition follows the label's last word in its own clause: "… charges a £10 fee |
 * unless …" (not "… allowed | but there is a grey area if …": that "if" is another clause's).
 */
function boundedByCondition(core: string, label: string): boolean {
  const condition = CONDITION.exec(core);
  if (!condition) return false;
  const last = label.split(' ').at(-1)?.toLowerCase() ?? '';
  const from = Math.max(0, core.toLowerCase().indexOf(last));
  if (from > condition.index) return false;
  return !/\b(?:but|and|while|whereas|although|though)\b|;/i.test(
    core.slice(from, condition.index),
  );
}

/** A label says more than this share of its clause's content words. */
const MIN_CLAUSE_SHARE = 0.3;
/** At least this share of a label's content words are its clause's. */
const MIN_LABEL_FROM_CLAUSE = 0.6;
const CLAUSE_BREAK = /,(?!\d{3})\s*|;\s|:\s|\s[-–—]\s|\sbut\s/;
/** "and" before a helper or a past verb: a second predicate ("… and has been invited", "and cruised to victory"). */
const SECOND_PREDICATE =
  /\sand\s(?=(?:also\s+)?(?:has|have|had|is|was|are|were|will|would|could|can|may|might|should|must|did|does|[a-z]{3,}ed)\s)/;
const SUBORDINATE_BREAK =
  /,(?!\d{3})\s*|;\s|:\s|\s[-–—]\s|\s(?:but|as|because|after|when|following|while|before|due to)\s/;

/**
 * Whether a label says enough of the clause it comes from (`sentence` as the labeller read it,
 * without its opening phrase and asides): "Deadline marks point" for "The
 * deadline marks the point at which Fiat will gain the right to sell …" says too little to
 * tell what happened. The clause is the piece of the sentence, between commas, semicolons,
 * dashes or "but", where the label's words are said.
 */
function saysEnough(label: string, sentence: string): boolean {
  // (A trailing ", court has heard" is the source, not the clause.)
  const said = new Set(contentStems(label.replace(/,\s[^,]*$/, '')));
  if (said.size === 0) return false;
  if (coversClause(said, sentence.split(CLAUSE_BREAK))) return true;
  // ("McCoy is a huge Arsenal supporter | and has been invited to …", "Parmar picked up the
  // injury last week | and has failed to recover …": a second predicate of the same subject is
  // another clause; the label says the first.)
  if (coversClause(said, sentence.split(SECOND_PREDICATE))) return true;
  // ("Revenue dipped 1.4% to 86.7bn Swiss francs in 2004 | as sales of ice cream were
  // dampened …": a clause of why or when after the main one is another clause; a label that
  // says the main one's amount, in its last words, says enough of it. Not past "since" or
  // "until", which bound it; nor without an amount: "Falls were triggered | when …", "The move
  // is a surprising one | because …" say nothing.)
  // Nor without something the label names: "Murambadoro moved to Israel | recently after a
  // brief stint with …" ends on the place, and says the main clause whole.
  return (
    (/\d/.test(label.split(/\s+/).slice(-3).join(' ')) || ENDS_ON_NAME.test(label)) &&
    coversClause(said, sentence.split(SUBORDINATE_BREAK))
  );
}

/** "… take place" ending a label, and where or when right after it in the sentence. */
const TAKES_PLACE = /\b(?:take|takes|took|taking|taken)\s+place$/i;
const WHERE_OR_WHEN_AFTER = /^\s+(?:in|on|at|from|between|during|next|this|later|early|until)\b/i;
/** "… for the first time" later in the same clause (before a comma or a stop). */
const FIRST_TIME_AFTER = /^[^,;:.!?]*\bfor the first time\b/i;
/** A verb of saying or thinking and, ending the label, one to four words after it. */
const SPEECH_VERB_NOUNS_END =
  /\b(?:say|says|said|claim|claims|claimed|believe|believes|believed|think|thinks|thought|argue|argues|argued|insist|insists|insisted|warn|warns|warned|suggest|suggests|suggested|admit|admits|admitted|announce|announces|announced)\s+((?:\S+\s+){0,3}\S+)$/i;
/** The rest of a clause whose subject the label ended on: "… and Crown Prosecution Service would". */
const CLAUSE_GOES_ON =
  /^\s+(?:(?:and|or|&)\s+[^,.;:]{0,60}?\s)?(?:would|will|could|can|should|may|might|must|was|were|is|are|had|has|have)\b/i;
/** What opens a base verb's object or clause: "see how …", "to decide whether …", "to buy the …". */
const OBJECT_AFTER_BASE_VERB =
  /^\s+(?:[a-z]+ly\s+)?(?:how|what|why|whether|where|who|whom|which|if|that|the|a|an|his|her|their|its|our|this|these|those)\b/;
/** A verb of seeing or letting and, ending the label, its object: "had seen focus". */
const PERCEPTION_VERB_OBJECT =
  /\b(?:see|sees|saw|seen|seeing|watch|watches|watched|hear|hears|heard|feel|feels|felt|let|lets|help|helps|helped)\s+(?:\S+\s+){0,4}\S+$/i;

/**
 * Whether the label ends on the object of a verb of seeing or letting (PERCEPTION_VERB_OBJECT)
 * and the clause after it ends on that object's own verb ("… the focus on his office
 * intensify"): what was seen is the object doing something, which the label leaves out.
 */
function objectsVerbAfter(label: string, after: string): boolean {
  if (!PERCEPTION_VERB_OBJECT.test(label)) return false;
  const clause = (/^[^.,;:!?]*/.exec(after)?.[0] ?? '').trim().split(/\s+/).filter(Boolean);
  const last = clause.at(-1);
  if (last === undefined || clause.length > 8) return false;
  const before = clause.at(-2);
  // (A verb by its likeliest reading, after the object's noun: "… office intensify"; not "…
  // in the main square", a noun after its adjective.)
  return (
    lexiconTags(last.toLowerCase())[0] === 'VB' &&
    (before === undefined || /^NNS?$/.test(lexiconTags(before.toLowerCase())[0] ?? ''))
  );
}

/** Nouns of an act or a stake, said of something: "involvement in", "investment in", "control of". */
const SCOPED_NOUN =
  /^(?:involvement|investment|interest|intervention|participation|presence|stake|control|ownership|spending|exposure|reliance|dependence|role|support|opposition|access|influence|subsidies|aid|funding|cuts|rise|fall|growth|decline|demand|supply)$/i;

/**
 * Whether the label's subject ends on such a noun (SCOPED_NOUN) that the sentence follows with
 * what it is in or of ("involvement | in oil"), which the label leaves out.
 */
function scopeCutFromSubject(
  label: string,
  sentence: string,
  known: ReadonlyMap<string, string>,
): boolean {
  // (Any clause's subject in the label: the noun right before a verb, "… told Herald newspaper
  // direct state involvement | was …" too.)
  const words = label.replace(/,.*$/, '').split(/\s+/);
  return words.some((head, i) => {
    if (i === 0 || !SCOPED_NOUN.test(head)) return false;
    if (!/^(?:VB[DPZ]?|MD)$/.test(known.get(words[i + 1] ?? '') ?? '')) return false;
    const at = sentence.search(new RegExp(`\\b${escapeRegExp(head)}\\b`, 'i'));
    return at >= 0 && /^\s+(?:in|into|on|of|for|over)\s/i.test(sentence.slice(at + head.length));
  });
}

/** What restricts a noun right after it: a clause ("that can be swivelled"), examples ("such as"). */
const RESTRICTED_NOUN_AFTER = /^\s+(?:that|which|who|whose|such as)\s/i;

/** Whether the label ends on a noun with no word of its own before it, right after a verb or a preposition. */
function bareNounEnd(label: string, known: ReadonlyMap<string, string>): boolean {
  const words = label.split(/\s+/);
  const last = known.get(words.at(-1) ?? '') ?? '';
  const before = known.get(words.at(-2) ?? '') ?? '';
  return /^NNS?$/.test(last) && /^(?:VB[DNPZ]?|IN|TO|RB|RP)$/.test(before);
}

/** A plural for a group of people ending a label: "players", "residents", "staff". */
const GROUP_NOUN_END =
  /\b(?:players|people|fans|staff|workers|employees|residents|children|pupils|students|members|officials|users|customers|passengers|patients|voters|drivers|families|visitors|athletes|artists|musicians|actors|stars|experts|scientists|doctors|nurses|teachers|officers|troops|soldiers|migrants|refugees|investors|shareholders)$/i;
/** Which of them, right after: "from …", "of …", "in …", "at …", "with …", "who …". */
const GROUP_SAID_AFTER = /^\s+(?:from|of|in|at|with|who|on|aged|under|over)\s/i;

/** The sentence goes on, after the label, with a preposition or a determiner. */
const FUNCTION_WORD_NEXT = /^\s+(?:as|to|in|on|at|for|with|by|from|the|a|an)\b/i;
/** A label ending on a word that needs what follows: "focused (on)", "aimed (at)", "keen (to)". */
const ENDS_NEEDING_COMPLEMENT =
  /\b(?:focused|focussed|aimed|based|keen|intent|bent|determined|committed|dedicated|devoted|eager|likely|unlikely|able|unable|ready|prepared|willing|poised|responsible|prone|opposed|accustomed)$/i;
/**
 * Whether the label ends inside a clause its subordinator opened ("… as average interest rate")
 * whose verb comes after the label, in the same stretch of the sentence.
 */
function subordinateCutFromVerb(
  label: string,
  after: string,
  known: ReadonlyMap<string, string>,
): boolean {
  const words = label.split(/\s+/);
  const at = words.findLastIndex((w) => CLAUSE_OPENER.test(w));
  if (at < 0 || at === words.length - 1) return false;
  const tagOf = (w: string) => known.get(w) ?? known.get(w.toLowerCase()) ?? '';
  if (words.slice(at + 1).some((w) => /^(?:VB|MD)/.test(tagOf(w)))) return false;
  // (Its own verb, a few words on, before any word that opens another clause: "Hill began her
  // career as a production assistant and worked …" has "as" a preposition.)
  for (const w of tokenize(after).slice(0, 8)) {
    if (/^(?:and|but|or|to|that|which|who|where|when|while|because|[,;:.!?"“”])$/i.test(w))
      return false;
    if (FINITE_TAG.test(tagOf(w))) return true;
  }
  return false;
}
const CLAUSE_OPENER = new RegExp(`^(?:${SUBORDINATORS}|when|if)$`, 'i');

/** A form of "be" (or "remain", "become") and one word, an adjective, ending the label. */
const SCOPED_ADJECTIVE_END =
  /\b(?:is|are|was|were|be|been|being|remains?|remained|becomes?|became|seems?|seemed)\s+(?:\S+ly\s+)?\S+$/i;
/**
 * Where, among whom or for whom something holds: "in China", "among young people", "for small
 * companies", "to unions" (not when: "in 2004", "for the past 10 days", "in January").
 */
const WHERE_OR_WHOM_AFTER = en`^\s+(?:in\s+(?:the\s+)?(?!(?:${MONTHS}|${WEEKDAYS})\b)\p{Lu}|among|across|within|(?:for|to)\s+(?!(?:the\s+)?(?:past|last|next|first|rest|time|moment|year|years|months?|weeks?|days?|hours?|decades?|\d))\S)`;
/** "to" or "into" within a few words after the label, no other clause opened before it. */
const WHERE_TO_AFTER =
  /^(?:\s+(?!(?:before|after|and|but|while|as|when|because|then|which|who)\s)[^\s,;.]+){0,6}?\s+(?:to|into)\s/;
/** A verb of sending and its object, a few words, ending the label. */
const SENDS =
  /\b(?:send|sends|sent|sending|refer|refers|referred|hand|hands|handed|pass|passes|passed|transfer|transfers|transferred|submit|submits|submitted|deliver|delivers|delivered|forward|forwarded)\s+(?:\S+\s+){0,3}\S+$/i;
/** What a label's capitalised words are followed by in the sentence, when the label cut a name there. */
function lastCapitalised(label: string, sentence: string): string {
  const words = label.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (!en`^\p{Lu}[\p{L}'’.-]*$`.test(w)) continue;
    const next = words[i + 1];
    const at = sentence.indexOf(`${w} `);
    if (at < 0) continue;
    const rest = sentence.slice(at + w.length);
    // The label goes on as the sentence does: nothing was cut after this word.
    if (next !== undefined && rest.startsWith(` ${next}`)) continue;
    return rest;
  }
  return '';
}
/**
 * Whether a run of capitalised words inside the label follows, in the sentence, a capitalised
 * word the label left out (not a title or an office, "Prime Minister Tony Blair", not a
 * possessor, "Chelsea's Arjen Robben", not the sentence's first word).
 */
function nameCutAtStart(label: string, sentence: string): boolean {
  const words = label.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (!en`^\p{Lu}\p{Ll}`.test(w) || en`^\p{Lu}`.test(words[i - 1] ?? '')) continue;
    const at = sentence.indexOf(` ${w}`);
    if (at <= 0) continue;
    const before = /(\S+)$/.exec(sentence.slice(0, at))?.[1] ?? '';
    if (
      en`^\p{Lu}\p{Ll}+$`.test(before) &&
      !words.includes(before) &&
      !TITLE_BEFORE_NAME.test(before) &&
      !/[.!?:]["”’']?\s+\S+$/.test(sentence.slice(0, at)) &&
      sentence.slice(0, at).includes(' ')
    )
      return true;
  }
  return false;
}
const TITLE_BEFORE_NAME = new RegExp(
  `^(?:${ROLE_NOUNS}|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|King|Queen|Prince|Princess|Pope|Saint|St|General|Colonel|Captain|Senator|Governor|Mayor|Judge|Chancellor|Premier|Cardinal|Bishop|Archbishop|Reverend|Rev|The|A|An|Former|Ex|New|Old|Young)$`,
  'i',
);
/** A name that goes on past a small word: "Need for Speed", "Bank of England", "Friends of the Earth". */
const NAME_GOES_ON = en`^\s(?:for|of|and|de|du|la|le|von|van)\s(?:the\s)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}-]*(?!['’]s)\b`;
/**
 * Who said it, put after what was said: the name after the speaker's office ("Deputy finance
 * minister Dimitris Mardas" -> "Dimitris Mardas", "Trade Minister Mark Vaile" -> "Mark Vaile"),
 * else the subject when it is short ("Mr Bush", "Legal experts", "Federal Statistics Office");
 * with the verb group and whom it was told. Undefined for a pronoun or a long description.
 */
function speakerAfter(
  subject: readonly string[],
  group: readonly string[],
  object: readonly string[],
): string | undefined {
  if (subject.some((w) => PRONOUN_WORD.test(w) || /^(?:we|i|you|and|or)$/i.test(w)))
    return undefined;
  const office = subject.findLastIndex((w) => ROLE_NOUN_WORD.test(w));
  const name = office >= 0 ? subject.slice(office + 1) : [];
  const who =
    name.length > 0 && name.length <= 3 && name.every((w) => en`^\p{Lu}`.test(w))
      ? name
      : office < 0 && subject.length > 0 && subject.length <= 3
        ? subject
        : undefined;
  return who ? [...who, ...group, ...object].join(' ') : undefined;
}

const FOR_NOW =
  /^\s+(?:at present|for now|for the time being|for the moment|at the moment|at this stage|yet|as yet|so far|until further notice|temporarily|for the foreseeable future)\b/i;
/**
 * Whether a clause said opens on a pronoun for something other than its speaker: "this was",
 * "that is"; "it" when the speaker is a person ("Mr Straw denied it amounted to …") or when what
 * "it" is comes after ("it upset her husband | when Kilgore talked about the song …").
 */
function saidOfSomethingElse(
  said: readonly string[],
  speaker: readonly string[],
  next: string,
): boolean {
  const [first = '', second = ''] = said;
  if (/^(?:this|that|these|those)$/i.test(first))
    return en`^(?:is|was|are|were|has|had|have|will|would|could|may|might|should|must|can|did|does|\p{Ll}+ed)$`.test(
      second,
    );
  if (!/^it$/i.test(first)) return false;
  return (
    /^(?:when|if|whether|because)$/i.test(next) ||
    speaker.some(
      (w) => ROLE_NOUN_WORD.test(w) || /^(?:aide|Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|he|she)$/i.test(w),
    )
  );
}
/** The `n` words the clause has after the last word of `head`, joined. */
function wordsAfter(clause: readonly Token[], head: readonly string[], n: number): string {
  const end = clause.findLastIndex((t) => t.text === head.at(-1));
  return clause
    .slice(end + 1, end + 1 + n)
    .map((t) => t.text)
    .join(' ');
}
/** A label whose last word, not its first, is a name. */
const ENDS_ON_NAME = en`^\S+\s.*\b\p{Lu}[\p{L}'’-]*$`;

/** Whether most of the label's stems come from one piece that the label says enough of. */
function coversClause(said: ReadonlySet<string>, pieces: readonly string[]): boolean {
  // ("Number of people began in 1971" takes its subject from one clause and its verb from
  // another: most of a label's words come from the clause it says.)
  for (const piece of pieces) {
    const stems = new Set(contentStems(piece));
    if (stems.size === 0) continue;
    let shared = 0;
    for (const s of stems) if (said.has(s)) shared++;
    if (shared / stems.size > MIN_CLAUSE_SHARE && shared / said.size >= MIN_LABEL_FROM_CLAUSE)
      return true;
  }
  return false;
}

/** ", a court has heard" -> "court has heard"; ", according to the OECD" -> "according to OECD". */
function shortAttribution(tail: string): string | undefined {
  const words = tail
    .replace(/\s+(?:in|on)\s+[^,]{1,30}$/i, '')
    .split(/\s+/)
    .filter((w) => !/^(?:a|an|the)$/i.test(w));
  if (words.length <= 4 || /^according$/i.test(words[0] ?? ''))
    return words.length <= 5 ? words.join(' ') : undefined;
  // "foreign ministry spokesman Geng Shuang said" -> "Geng Shuang said": the name and the verb.
  const verb = words.at(-1) as string;
  const name: string[] = [];
  let i = words.length - 2;
  for (; i >= 0 && en`^\p{Lu}`.test(words[i] ?? ''); i--) name.unshift(words[i] as string);
  // ("the Office for | National Statistics said": a name cut inside names another body.)
  if (/^(?:for|of|and|&)$/i.test(words[i] ?? '')) return undefined;
  // ("the British Retail Consortium and accountants KPMG said": two sources; the last alone
  // would say that it was KPMG's finding only.)
  if (words.slice(0, i).some((w) => /^(?:and|&)$/i.test(w))) return undefined;
  return name.length > 0 && name.length <= 4 ? [...name, verb].join(' ') : undefined;
}

/** A verb of change ending a label: "rise", "fell", "could drop". */
const CHANGE_VERB_END =
  /\b(?:rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|drop|drops|dropped|dropping|grow|grows|grew|grown|growing|increase|increases|increased|increasing|decrease|decreases|decreased|decreasing|climb|climbs|climbed|jump|jumps|jumped|soar|soars|soared|plunge|plunges|plunged|slump|slumps|slumped|surge|surges|surged|dip|dips|dipped|slide|slides|slid|shrink|shrinks|shrank|shrunk)$/i;
/** How much, right after: "by 5%", "to £3bn", "as low as -10C", "nearly 12%". */
const AMOUNT_NEXT =
  /^\s+(?:by|to|from|as (?:low|high|much|little|far|many|few) as|almost|nearly|about|around|more than|less than|over|under|[-+−]?[\d£$€¥])/i;

/** A verb of exchange, before its object: "trade X | with Y", "replace X | with Y", "swap X | for Y". */
const EXCHANGE_VERB =
  /\b(?:trade|trades|traded|trading|swap|swaps|swapped|swapping|exchange|exchanges|exchanged|exchanging|replace|replaces|replaced|replacing|substitute|substitutes|substituted|compare|compares|compared|confuse|confuses|confused)\s+(?!(?:blows|punches|insults|words|barbs|jibes|tackles|shots|goals|places|ends|vows|glances)\b)\S/i;

/** "… the Office for National Statistics (ONS) said.": the body's short name and the verb. */
function acronymAttribution(sentence: string): string | undefined {
  const m = ACRONYM_SAID.exec(sentence);
  return m ? `${m[1]} ${m[2]}` : undefined;
}
const ACRONYM_SAID =
  /\(([A-Z][A-Za-z&]{1,7})\)\s+(said|says|added|reported|found|warned|predicted|estimated)\.?["”’']?$/;

const FIRST_PERSON = /^(?:i|me|my|we|us|our|you|your|i'm|we're|i've|we've|i'd|we'd|let's)$/i;

/**
 * A quotation that opens the sentence, then what follows it. A double quotation closes on a
 * double mark, so a single one inside ("an 'always available' society") stays in it; a single
 * one closes on a mark that no letter follows (not the apostrophe of "I’d").
 */
const QUOTE_THEN_SPEAKER = en`^(?:["“]([^"”“]+?)[,.!?]?["”]|[‘']((?:[^‘’'"“”]|['’](?=\p{L}))+?)[,.!?]?['’](?!\p{L}))\s*,?\s*(.+)$`;
/** A pronoun that stands for someone or something the quotation does not name. */
const PRONOUN_WORD = /^(?:it|they|this|that|these|those|he|she)$/i;
const QUOTE_VERB =
  'said|says|added|told|insisted|warned|explained|argued|argues|noted|notes|stressed|stresses|commented|continued|observed|remarked|replied';
/**
 * Who speaks after the quotation: a name (after the role words before it: "deputy planning
 * director Jose Leibovich said") and the verb, or the verb and a name (after its role words
 * when the name ends the sentence or its clause: "said chief executive Finian O'Sullivan").
 */
const SPEAKER_THEN_VERB = enRegExp(
  `^(?:[\\p{Ll}-]+\\s){0,4}((?:\\p{Lu}[\\p{L}'’.-]*\\s){1,3})(?:${QUOTE_VERB})\\b`,
  'u',
);
const VERB_THEN_SPEAKER = enRegExp(
  `^(?:${QUOTE_VERB})\\s+(?:[\\p{Ll}-]+\\s){0,4}((?:\\p{Lu}[\\p{L}'’.-]*\\s?){1,3})(?=,|$)`,
  'u',
);

/**
 * A sentence that opens on a quotation: '"The deal is dead," Smith said.' gives "Smith says
 * deal is dead"; a quotation in the first or second person ("We did not expect to win") has
 * no faithful short form, so no label. Null when the sentence does not open on a quotation.
 */
function quoteLabel(s: string, tag: (text: string) => Token[]): Built | undefined | null {
  const m = QUOTE_THEN_SPEAKER.exec(s);
  if (!m) return null;
  const quote = (m[1] ?? m[2]) as string;
  const after = (m[3] as string).replace(/[.!?]+$/, '');
  const speaker = SPEAKER_THEN_VERB.exec(`${after} `)?.[1] ?? VERB_THEN_SPEAKER.exec(after)?.[1];
  if (!speaker || /^(?:He|She|They|It)\s*$/.test(speaker.trim())) return undefined;
  // ("said Aguilera's agent Meghan Prophet": a possessive is whose, not who.)
  if (/['’]s?\s*$/.test(speaker)) return undefined;
  // ("The lord chancellor...no more needs to be …": a quotation cut inside is no headline.)
  if (/\.\.\.|…/.test(quote)) return undefined;
  const tokens = tag(quote);
  if (tokens.some((t) => FIRST_PERSON.test(t.text))) return undefined;
  // ("It was a hell of a tough game," said O'Sullivan: what "it" is, the quotation leaves to
  // the sentences around it.)
  if (PRONOUN_WORD.test(tokens[0]?.text ?? '')) return undefined;
  const head = clauseHead(tokens, MAX_LABEL_WORDS - speaker.trim().split(' ').length - 1);
  if (!head) return undefined;
  // ("Conti says it performs …": the clause's subject a pronoun, what it is the label leaves out.)
  if (PRONOUN_WORD.test(head[0] ?? '')) return undefined;
  // The quotation's first word goes on after "says": in lower case, unless a name's (a
  // capitalised first word the lexicon knows in lower case, "Public services", is none).
  const first = tokens[0];
  if (
    first &&
    head[0] === first.text &&
    (!/^NNP/.test(first.tag) ||
      (lexiconTags(first.text.toLowerCase()).length > 0 &&
        !lexiconTags(first.text).some((t) => t.startsWith('NNP'))))
  )
    head[0] = first.text.toLowerCase();
  return { words: [speaker.trim(), 'says', ...head] };
}

const VERB = /^(?:VB[DGNPZ]?|MD)$/;
const NOUN = /^(?:NNS?|NNPS?|CD|PRP)$/;
const MODIFIER = /^(?:JJ[RS]?|POS|PRP\$|\$|#|VBN|VBG)$/;
const DROP_DET = /^(?:a|an|the)$/i;
/** Nouns that make an idiom bare after a preposition ("to court", "in office", "in power"). */
const BARE_IDIOM_NOUN = /^(?:court|office|power|hand|charge|service|order|line|play|action|time)$/i;
const FRACTION =
  /^(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|hundredth)$/i;

/** "Top of the Pops", "Lord of the Rings": an article inside a name stays. */
function inName(tokens: readonly Token[], i: number): boolean {
  // ("Touching From A Distance": a capital article between a title's words is the title's; one
  // that opens a title, "The Aviator", goes as a headline drops it.)
  if (/^(?:A|An|The)$/.test(tokens[i]?.text ?? '') && en`^\p{Lu}`.test(tokens[i - 1]?.text ?? ''))
    return true;
  return (
    /^of$/i.test(tokens[i - 1]?.text ?? '') &&
    en`^\p{Lu}`.test(tokens[i - 2]?.text ?? '') &&
    en`^\p{Lu}`.test(tokens[i + 1]?.text ?? '')
  );
}
/**
 * An article a label keeps: inside a name ("Lord of the Rings", "Touching From A Distance"), or after a part of a whole
 * in a subject ("Some of the comments", not "Some of comments").
 */
function keepsArticle(tokens: readonly Token[], i: number, subject = false): boolean {
  if (inName(tokens, i)) return true;
  // "a few banks would fail" is some; "few banks" is hardly any. "a lot of India" is no "lot":
  // the article is part of the amount.
  if (/^an?$/i.test(tokens[i]?.text ?? '') && AMOUNT_WITH_ARTICLE.test(tokens[i + 1]?.text ?? ''))
    return true;
  // (In a subject only: an object's "one of | the pioneers" is cut by the checks after it.)
  return (
    subject &&
    /^the$/i.test(tokens[i]?.text ?? '') &&
    /^of$/i.test(tokens[i - 1]?.text ?? '') &&
    PARTITIVE.test(tokens[i - 2]?.text ?? '')
  );
}

/** Amounts that say another thing without their "a": "a few", "a little", "a lot", "a bit". */
const AMOUNT_WITH_ARTICLE = /^(?:few|little|lot|bit)$/i;
/** Words for a part of a whole, before "of the". */
const PARTITIVE =
  /^(?:some|many|most|all|none|one|two|three|four|five|each|any|much|several|few|both|half|part|rest|majority|minority|bulk)$/i;
const PRESENT_BE = /^(?:is|are|am)$/i;
/** A date the present tense points to: "on 24 March", "on Monday", "next week", "later this year". */
const COMING_DATE =
  /\b(?:on|from|until|by)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\bnext\s+(?:week|month|year|spring|summer|autumn|winter)\b|\blater\s+this\b/;
const EMPTY_SUBJECT = /^(?:it|he|she|they|there|this|that)$/i;
/** A personal pronoun stays the subject ("She was married to eight men"), as in the point itself. */
const PERSONAL = /^(?:he|she|they|it)$/i;
/** Adverbs kept that are no cue of faithful.ts: they still say how much or when. */
const OWN_KEPT_ADVERB =
  /^(?:likely|unlikely|only|already|again|still|yet|too|deliberately|intentionally|accidentally|wrongly|illegally|unlawfully|falsely|unsuccessfully|successfully|narrowly|secretly|badly|poorly|well|better|worse|longer|harder|differently)$/i;
/**
 * An adverb a verb group keeps: the cue words the checks require (negation, hedges such as
 * "nearly" or "temporarily", "allegedly", "reportedly") and a few of its own.
 */
function keptAdverb(word: string): boolean {
  return OWN_KEPT_ADVERB.test(word) || cueClass(word) !== undefined;
}
/** Particles of phrasal verbs ("push back", "set off", "took over"). */
const PARTICLE = /^(?:back|off|up|down|out|over|away|apart|ahead|aside|together)$/i;
const SUBORDINATOR = /^(?:that|whether|if|because|as|while|although|though|since|unless|than|so)$/i;

/** Participles that, after a noun and before a preposition, mostly say what the noun is. */
const MODIFYING_PARTICIPLE =
  /^(?:based|located|headquartered|aimed|designed|intended|scheduled|modelled|modeled|dedicated|devoted|linked|related|involved|listed|registered|stationed|trapped|caught|accused|charged|suspected|convicted|arrested|jailed|injured|killed|wounded|born|raised|educated|trained|employed|hired|signed|loaned|named|known|called|published|released|set|due)$/i;

/**
 * Tags the labeller reads in context where the tagger, word by word, cannot: "87% of the 1,000
 * adults quizzed/VBD by ICM … said …": a past form after a noun and before "by", with a finite
 * verb later in the clause, is a participle inside the subject, not the main verb.
 */
function retagInContext(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    // "Pat, 69, pictured left in …, enjoys …": a caption's "pictured" is never the main verb.
    if (/^pictured$/i.test(t.text)) {
      tokens[i] = { text: t.text, tag: 'VBN' };
      continue;
    }
    // "Sally Grindley's Spilled Water, about …, was top": a capitalised word between a
    // possessive or a name and a name is part of a title, not a verb.
    if (
      /^VB/.test(t.tag) &&
      en`^\p{Lu}`.test(t.text) &&
      /^(?:POS|NNPS?)$/.test(tokens[i - 1]?.tag ?? '') &&
      /^NNPS?$/.test(tokens[i + 1]?.tag ?? '')
    ) {
      tokens[i] = { text: t.text, tag: 'NNP' };
      continue;
    }
    // ("Christie's sold/VBN the 16-page manuscript …", "Moody's cut/VBN the rating": after a
    // name's "'s", a participle with a determiner or a number after it is the name's past verb;
    // "John's stolen car" is a participle before its noun.)
    if (
      t.tag === 'VBN' &&
      i === 2 &&
      tokens[1]?.tag === 'POS' &&
      tokens[0]?.tag === 'NNP' &&
      /^(?:DT|CD|PRP\$)$/.test(tokens[i + 1]?.tag ?? '') &&
      lexiconTags(t.text.toLowerCase()).includes('VBD')
    ) {
      tokens[i] = { text: t.text, tag: 'VBD' };
      continue;
    }
    if (t.tag !== 'VBD' || !/^NNS?$/.test(tokens[i - 1]?.tag ?? '')) continue;
    // (Before "by", or, for a participle that mostly modifies the noun before it, before any
    // preposition: "A pilot scheme based on ceremonies in Australia will start".)
    const modifies =
      /^by$/i.test(tokens[i + 1]?.text ?? '') ||
      (MODIFYING_PARTICIPLE.test(t.text) && tokens[i + 1]?.tag === 'IN');
    if (!modifies) continue;
    const end = tokens.findIndex((x, k) => k > i && /^[,;:]$/.test(x.text));
    const later = tokens
      .slice(i + 2, end < 0 ? undefined : end)
      .some((x) => FINITE_TAG.test(x.tag));
    if (later) tokens[i] = { text: t.text, tag: 'VBN' };
  }
  return tokens;
}

/** Titles before a surname that say it is a person's: "Mr Straw", "Lord Rennard", "Dr Paniccia". */
const PERSON_TITLE = new RegExp(`^(?:${HONORIFICS}|Lord|Baroness|Professor|Prof)$`);

/**
 * Whether a subject of two words is a person a headline may name by surname: a title and
 * surname ("Mr Straw"; never "Sir Ian Blair" to "Blair"), or a forename and surname right after
 * an office in the words before the verb ("Norfolk police chief Andy Hayman").
 */
function personBySurname(subject: readonly string[], before: readonly Token[]): boolean {
  if (subject.length !== 2) return false;
  if (PERSON_TITLE.test(subject[0] ?? '')) return true;
  if (!subject.every((w) => en`^\p{Lu}\p{Ll}+$`.test(w))) return false;
  const at = before.findIndex(
    (t, k) => t.text === subject[0] && before[k + 1]?.text === subject[1],
  );
  return at > 0 && ROLE_NOUN_WORD.test(before[at - 1]?.text ?? '');
}

/**
 * Who did what to whom, as headline words: the subject's head, the verb group and the
 * object's head (or, for a verb of saying, the head of the clause said), at most `budget`
 * words. `top` is false for a clause inside another: its pronoun subject stays ("said it
 * owns"), and "will" stays "will".
 */
function clauseHead(all: readonly Token[], budget: number, top = true): string[] | undefined {
  const tokens = retagInContext(all.filter((t) => t.text !== '"'));
  // The main verb: the first finite verb (a modal or a tensed verb) after some subject.
  const v = tokens.findIndex((t, i) => i > 0 && FINITE_TAG.test(t.tag));
  if (v < 1) return undefined;
  // A relative clause before the first verb ("the plant, which was supposed to …, will open")
  // means that verb is not the main one: no safe head.
  if (tokens.slice(0, v).some((t) => t.tag === 'WDT' || t.tag === 'WP')) return undefined;
  // "Titles that do not require …, will see …", "Armed with details that a bank holds, …": a
  // "that" before the first verb opens a clause inside the subject; that verb is not the main one.
  if (tokens.slice(1, v).some((t) => /^that$/i.test(t.text))) return undefined;
  // ("A slower-than-expected fourth quarter points/NNS to more modest growth … as global
  // technology demand falls back": a subordinator before the first verb found means that verb
  // is its clause's, and the main one was missed. "Firms such as Google have …" is a subject.)
  // ("as" mostly says in what role or how much: "Joining the company as a 15-year-old …, Mr
  // Bell moved", "as little as 70p": only "as" with a subject and that verb after it, no comma.)
  const opensClause = (t: Token, j: number): boolean => {
    if (!SUBORDINATOR_WORD.test(t.text)) return false;
    if (!/^as$/i.test(t.text)) return true;
    const between = tokens.slice(j + 1, v);
    return (
      between.length > 0 &&
      !/^(?:such|well|just|so|as)$/i.test(tokens[j - 1]?.text ?? '') &&
      /^(?:DT|PRP\$|JJ|NN|NNS|NNP|NNPS)$/.test(between[0]?.tag ?? '') &&
      between.every((b) => b.text !== ',' && !/^as$/i.test(b.text) && !/^VB/.test(b.tag))
    );
  };
  if (tokens.slice(1, v).some((t, i) => opensClause(t, i + 1))) return undefined;
  const subject = subjectHead(tokens.slice(0, v), top);
  if (!subject) return undefined;
  const { group: verbs, next } = verbGroup(tokens, v, top);
  if (verbs.length === 0) return undefined;
  // "are filming, | editing and producing their own channel": a list of verbs shares the object.
  if (tokens[next]?.text === ',' && tokens[next + 1]?.tag === tokens[next - 1]?.tag)
    return undefined;
  // "Lizzi never realised", "he allegedly pulled": a negation or hedge before the verb is its.
  const before: string[] = [];
  for (let i = v - 1; i > 0 && /^RB/.test(tokens[i]?.tag ?? ''); i--)
    if (keptAdverb(tokens[i]?.text ?? '')) before.unshift(tokens[i]?.text ?? '');
  const group = [...before, ...verbs];
  // Without its subject a label must open on a lexical verb ("Took $42m"), not "Have got".
  if (
    subject.length === 0 &&
    (HELPER_VERB.test(group[0] ?? '') || HELPER_VERB.test(tokens[v]?.text ?? ''))
  )
    return undefined;
  const out = [...subject, ...group];
  if (out.length > budget) return undefined;
  // "It is understood / thought / said that …": an impersonal passive; the news is the clause.
  if (/^it$/i.test(subject[0] ?? '') && IMPERSONAL.test(group.at(-1) ?? '')) return undefined;
  // "was going | to …": the verb needs what follows, so it must fit.
  if (/^going$/i.test(group.at(-1) ?? '') && tokens[next]?.tag === 'TO' && out.length >= budget)
    return undefined;
  const rest = tokens.slice(next);
  // "has | in recent months | been hit": a helper whose verb comes after an inserted phrase.
  if (
    /^(?:has|have|had|will|would|can|could|may|might|should|must)$/i.test(
      tokens[next - 1]?.text ?? '',
    ) &&
    rest[0]?.tag === 'IN' &&
    rest.slice(1, 8).some((t) => /^(?:VBN|VB)$/.test(t.tag))
  )
    return undefined;
  const verb = tokens[next - 1] as Token;
  // ("Stephen Jones added four conversions as Wales …": "added" before a number adds that;
  // "157,000 new jobs were added last month": after a form of "be" it is no saying either.)
  const notSaying =
    /^(?:added|adds)$/i.test(verb.text) &&
    (rest[0]?.tag === 'CD' || group.some((w) => /^(?:was|were|be|been|being|is|are)$/i.test(w)));
  if (ATTRIBUTIVE.test(verb.text) && !notSaying && out.length < budget) {
    // "told staff that the audit was rigged", "said on Friday that it owns …": the object
    // (if any) and the head of the clause said; a time phrase before "that" goes.
    // (Not a "that" after a clause of its own: "said Mars promised her | that he would pay"
    // is what Mars promised, not what was said.)
    const that = rest.findIndex(
      (t, i) =>
        i <= 4 && /^that$/i.test(t.text) && !rest.slice(0, i).some((b) => FINITE_TAG.test(b.tag)),
    );
    const object = (that > 0 ? complement(rest.slice(0, that), 2) : []) ?? [];
    const objectIsTime =
      that > 0 && rest.slice(0, that).some((t) => t.tag === 'IN' || TIME_WORD.test(t.text));
    const said0 = that >= 0 ? rest.slice(that + 1) : rest;
    // "said when people use a search engine they …": what was said opens on a condition.
    if (
      said0[0]?.tag === 'WRB' ||
      /^(?:if|while|because|although|though|after|before|since|unless|once|until)$/i.test(
        said0[0]?.text ?? '',
      )
    )
      return undefined;
    // What was said runs to the first clause break (", after which police say …" is another).
    const stop = said0.findIndex((t) => /^[,;:]$/.test(t.text));
    const clause = stop > 0 ? said0.slice(0, stop) : said0;
    // A clause said has a subject of its own before its verb ("expect Song to address" has none).
    // ("found 60% of women in the film industry hold/VB degrees": a base form right after a
    // noun, with no "to" or modal before it, is the clause's present tense.)
    const verbAt = clause.findIndex(
      (t, i) =>
        i > 0 &&
        (FINITE_TAG.test(t.tag) || (t.tag === 'VB' && /^NNS?$/.test(clause[i - 1]?.tag ?? ''))),
    );
    const hasSubject =
      verbAt > 0 &&
      clause.slice(0, verbAt).every((t) => !/^(?:VB[DPZ]?|MD|TO|WDT|WP|,|:)$/.test(t.tag));
    const objectWords = objectIsTime ? 0 : object.length;
    // ("Mr Straw said he hoped the agreement would make a difference": a titled speaker is named
    // by the surname alone when what was said fits only so, as a headline names them.)
    // (Title and surname only: "Sir Ian Blair" is no "Blair". So is a forename and surname after
    // an office, which says they are a person's: "Director Anurag Kashyap said …".)
    let said = hasSubject
      ? clauseHead(clause, budget - out.length - objectWords, false)
      : undefined;
    if (!said && hasSubject && personBySurname(subject, tokens.slice(0, v))) {
      said = clauseHead(clause, budget - out.length - objectWords + 1, false);
      if (said) out.splice(0, subject.length, subject.at(-1) ?? '');
    }
    // "told | the Times Educational Supplement | that …": "told" without whom is garbled.
    const toldNoOne = TOLD.test(verb.text) && (objectIsTime || object.length === 0);
    // "said CSOs do not have the experience|, training and safety equipment": the clause said
    // was cut at a comma inside a list.
    if (said && stop > 0 && said.at(-1) === clause.at(-1)?.text && listGoesOn(said0, stop))
      return undefined;
    if (said && toldNoOne) return undefined;
    // ("June Carter Cash said it upset her husband | when …", "Group Menatep says this was
    // illegal": what the clause said is about is a thing the label does not name; "it" stands
    // for the speaker only when the speaker is no person, "Pernod said it was seeking …".)
    if (said && saidOfSomethingElse(said, subject, wordsAfter(clause, said, 1))) return undefined;
    if (said) return [...out, ...(objectIsTime ? [] : object), ...said];
    // ("Deputy finance minister Dimitris Mardas said that Greece will in fact make the payment
    // on time.": what was said, when it does not fit after its speaker, goes first and its
    // speaker after it, as a headline puts it: "Greece will make payment on time, Dimitris
    // Mardas said".)
    if (top && hasSubject && !toldNoOne) {
      const by = speakerAfter(subject, group, objectIsTime ? [] : object);
      const head = by ? clauseHead(clause, budget - by.split(' ').length, false) : undefined;
      // (What the clause says after the head: "will not be freed | at present" cut, see check.)
      const goesOn = head ? ` ${wordsAfter(clause, head, 3)}` : '';
      if (head && head.length >= 3 && !PRONOUN_WORD.test(head[0] ?? '') && !FOR_NOW.test(goesOn))
        return [...head, `, ${by}`];
    }
    // What was said did not fit: the verb's first noun alone would misstate it.
    if (verbAt > 0) return undefined;
    // "say only judges, not politicians, should be able to …": the clause said goes on past a
    // comma; its first words are no object.
    if (
      that <= 0 &&
      !clause.some((t) => VERB.test(t.tag)) &&
      said0.some((t, i) => i > 0 && FINITE_TAG.test(t.tag))
    )
      return undefined;
    // "said advocates for reform needed/VBN to …": a clause whose verb the tagger did not make
    // finite; "told BBC News: '…'": what was said comes after the colon. Neither fits.
    if (clause.some((t, i) => t.tag === 'VBN' && /^NN/.test(clause[i - 1]?.tag ?? '')))
      return undefined;
    if (rest.slice(0, 6).some((t) => t.text === ':')) return undefined;
  }
  // Out of words with the verb's object still to come ("Ministry has awarded | the first
  // contracts"): the verb alone misstates; only a clause that ends there can stop here.
  if (out.length >= budget)
    return rest[0] === undefined || /^[,;:.!?]$/.test(rest[0].text) ? out : undefined;
  // "is reported by Reuters | to have won …", "was thought by many | to be …": a verb that
  // frames a claim, whose claim comes after its agent, says nothing true without it.
  if (
    CLAIM_FRAME.test(verb.text) &&
    rest[0]?.tag === 'IN' &&
    rest.slice(1, 8).some((t, i) => t.tag === 'TO' && rest[i + 2]?.tag === 'VB')
  )
    return undefined;
  // "is driven | in part | by the need": an adverbial phrase is not the object.
  while (
    /^(?:in|at|for)$/i.test(rest[0]?.text ?? '') &&
    /^(?:part|full|turn|fact|total|particular|effect|first|now|good|short|general|present)$/i.test(
      rest[1]?.text ?? '',
    ) &&
    // ("was in good | form", "is in short | supply": before a noun the words are its phrase.)
    !/^(?:NN|JJ)/.test(rest[2]?.tag ?? '')
  )
    rest.splice(0, 2);
  // A time phrase right after the verb ("to begin next spring") is when, not an object.
  for (;;) {
    const phrase = !rest[0]
      ? 0
      : TIME_WORD.test(rest[0].text)
        ? 1
        : TIME_OPENING.test(rest[0].text) && TIME_WORD.test(rest[1]?.text ?? '')
          ? 2
          : 0;
    // "Saturday's ceremony", "this year's Christmas number one": a time phrase that owns the
    // object stays. ("had declared Saturday | as 'Cantona Day'": so does the day declared.)
    if (phrase === 0 || rest[phrase]?.tag === 'POS' || /^as$/i.test(rest[phrase]?.text ?? ''))
      break;
    rest.splice(0, phrase);
  }
  // The group's last verb, past a kept adverb ("is only | the latest"), says if it is a copula.
  const lexical = tokens.slice(v, next).findLast((t) => VERB.test(t.tag)) ?? verb;
  // ("leaders see reforming the banks | as vital": a verb of seeing-as earlier in the group,
  // before a gerund, needs its "as" as the last verb would.)
  if (
    verbs.slice(0, -1).some((w) => SEEING_AS.test(w)) &&
    clauseUpTo(rest).some((t) => /^as$/i.test(t.text))
  )
    return undefined;
  const object = complement(rest, budget - out.length, COPULA.test(lexical.text), verb.text);
  // An object that is there but cannot be said in the words left: no label.
  if (object === null) return undefined;
  // ("there were 22 members of the Royal Family | in the line of succession": what is counted
  // where, in a sentence of "there were", is said by the phrase after the count.)
  if (/^there$/i.test(tokens[v - 1]?.text ?? '') && object.some((w) => /\d/.test(w))) {
    const last = rest.findIndex((t) => t.text === object.at(-1));
    const after = rest[last + 1];
    if (after?.tag === 'IN' && !TIME_WORD.test(rest[last + 2]?.text ?? '')) return undefined;
  }
  // "compared | unfavourably with 2003's figure", "rose | sharply on Wall Street": how it went,
  // said between the verb and what the label keeps after it, is the point; dropped, the label
  // says something else. (With nothing kept after the verb, the adverb ends it: see below.)
  if (object.length > 0)
    for (const t of rest) {
      if (!/^RB/.test(t.tag)) break;
      if (MANNER.test(t.text)) return undefined;
    }
  if (object.length === 0 && /^going$/i.test(verb.text) && rest[0]?.tag === 'TO') return undefined;
  // "were running | around trying to …": a verb still going on does not end a headline.
  if (
    object.length === 0 &&
    verb.tag === 'VBG' &&
    /^(?:around|about|round)$/i.test(rest[0]?.text ?? '')
  )
    return undefined;
  // "Messages can get | through …", "Moya began the year | with victory …": a light verb with
  // nothing after it, or an object that is only a time, says nothing.
  if (object.length === 0 && LIGHT_VERB.test(verb.text)) return undefined;
  const passive = group.some((w) => /^(?:is|are|was|were|be|been|being)$/i.test(w));
  // "Mr Brown was joined at the launch | by John Prescott": with some verbs who did it is the
  // point, whatever the label keeps before it.
  if (AGENT_POINT_VERB.test(verb.text) && passive && !object.some((w) => /^by$/i.test(w))) {
    if (clauseUpTo(rest).some((t) => /^by$/i.test(t.text))) return undefined;
  }
  // "Creation of the system has been brokered | by US firm Arbor Networks": a passive whose
  // agent is there but did not fit says little of what happened.
  if (object.length === 0 && verb.tag === 'VBN' && /^by$/i.test(rest[0]?.text ?? '') && passive)
    return undefined;
  const negated = group.some((w) => /^(?:not|n't|never)$/i.test(w));
  // "Chelsea have not played Barcelona | since that tie five years ago": a negation bounded in
  // time says the opposite without its bound.
  if (negated && boundedInTime(rest)) return undefined;
  // "will remain in place | until elections on 11 October": a state that lasts until a time
  // reads as lasting for good without it.
  if (
    /^(?:remain|remains|remained|remaining|stay|stays|stayed|staying|last|lasts|lasted)$/i.test(
      verb.text,
    ) &&
    boundedInTime(rest)
  )
    return undefined;
  // "Band Aid 20 is not going to be released | in the US": a negation whose place or agent is
  // cut says more than the sentence does ("not in the US" becomes "not at all").
  if (object.length === 0 && negated && SCOPE_PREPOSITION.test(rest[0]?.text ?? ''))
    return undefined;
  // "does not yet work | well with screen readers": a negation of how well says the opposite
  // without its adverb ("does not work").
  if (
    negated &&
    rest.some(
      (t, k) =>
        k < 4 &&
        // (Right after the verb, with no object, the label keeps it: "did not fare well".)
        !(k <= 1 && object.length === 0 && /^RB/.test(rest[0]?.tag ?? '')) &&
        /^RB/.test(t.tag) &&
        (MANNER.test(t.text) ||
          /^(?:properly|fully|entirely|completely|always|necessarily|quite|enough|much)$/i.test(
            t.text,
          )),
    )
  )
    return undefined;
  if (object.length === 1 && TIME_WORD.test(object[0] ?? '') && rest.length > 2) return undefined;
  // "he told the Times Educational Supplement that …": "told" without whom reads as garbled.
  if (TOLD.test(verb.text) && object.length === 0) return undefined;
  // "Caprice said: …": who said it, without what, is no headline.
  // ("the MPs said." alone, after a long opening clause, says nothing either.)
  if (object.length === 0 && ATTRIBUTIVE.test(verb.text) && !notSaying) return undefined;
  // A verb whose object could not be put in a few words is no headline ("Yuan expects").
  // "should monitor | and publish figures": the object comes after both verbs.
  // ("seized | and sold Yukos' arm": the tagger may give the second verb another tense.)
  if (object.length === 0 && rest[0]?.tag === 'CC' && /^VB[DNPZ]?$/.test(rest[1]?.tag ?? ''))
    return undefined;
  // ("was discussed | when McCain visited": a clause of when ends the verb's own, as "after" does.)
  const ends =
    rest[0] === undefined ||
    (/^(?:[,;:.!?]|CC|IN|TO|RB)$/.test(rest[0].tag) &&
      !/^(?:that|whether|if)$/i.test(rest[0].text)) ||
    (rest[0].tag === 'WRB' && /^(?:when|where|while)$/i.test(rest[0].text)) ||
    /^[,;:.!?]$/.test(rest[0].text);
  if (object.length === 0 && !ends) return undefined;
  // ("could end | up being a battle", "turned | out to be …": a particle read as a preposition
  // with nothing of its own is half of the verb; the verb alone says another thing.)
  if (
    object.length === 0 &&
    PARTICLE.test(rest[0]?.text ?? '') &&
    rest[0]?.tag === 'IN' &&
    rest[1] !== undefined &&
    !/^[,;:.!?]$/.test(rest[1].text)
  )
    return undefined;
  if (object.length === 0 && needsComplement(verb, group, rest)) return undefined;
  // "stocks performed | particularly well": a verb that ends on how it was done keeps the how.
  if (object.length === 0 && rest[0]?.tag.startsWith('RB') && !TIME_WORD.test(rest[0].text)) {
    const how = rest[1]?.tag.startsWith('RB') ? rest.slice(0, 2) : rest.slice(0, 1);
    const last = how.at(-1)?.text ?? '';
    if (!MANNER.test(last) || out.length + how.length > budget) return undefined;
    return [...out, ...how.map((t) => t.text)];
  }
  // ("market is set to grow | by over 11%", "sales have risen | by a fifth": how much a verb of
  // change went by is what it says.)
  if (object.length === 0 && CHANGE_VERB_END.test(out.at(-1) ?? '')) {
    const amount = amountPhrase(rest);
    if (amount && out.length + amount.length <= budget) return [...out, ...amount];
  }
  return [...out, ...object];
}

/** "by over 11%", "to £3bn", "by a fifth": a change's amount after its verb, or undefined. */
function amountPhrase(rest: readonly Token[]): string[] | undefined {
  if (!/^(?:by|to)$/i.test(rest[0]?.text ?? '')) return undefined;
  const words: string[] = [rest[0]?.text ?? ''];
  let counted = false;
  for (const t of rest.slice(1, 6)) {
    if (t.tag === 'CD' || FRACTION_WORD.test(t.text)) counted = true;
    else if (!AMOUNT_WORD.test(t.text) && !/^(?:DT|JJ|NNS?|\$|#)$/.test(t.tag)) break;
    words.push(t.text);
  }
  if (!counted) return undefined;
  // (Up to the amount's last word: "by a fifth | in each of the past two years".)
  while (words.length > 1 && !AMOUNT_END.test(words.at(-1) ?? '')) words.pop();
  return words.length > 1 ? words : undefined;
}
const FRACTION_WORD =
  /^(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|double|doubled)$/i;
const AMOUNT_WORD =
  /^(?:over|more|than|almost|nearly|about|around|some|up|as|much|just|only|less|under|a|an)$/i;
/** A word an amount ends on: a number, a unit, a fraction. */
const AMOUNT_END =
  /^(?:[\d£$€¥][\d.,]*(?:%|bn|m|k|p|c)?|%|per|cent|percent|million|billion|trillion|points?|half|thirds?|quarters?|fifths?|tenths?)$/i;

/** Whether the tokens hold an infinitive: "to" and a verb's base form ("… to reduce"). */
function hasInfinitive(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => t.tag === 'TO' && tokens[k + 1]?.tag === 'VB');
}

/** A preposition of time and its time: "on Tuesday", "in January", "on 11 March", "at night". */
function timePhraseAt(tokens: readonly Token[], i: number): boolean {
  if (!/^(?:on|in|at|during)$/i.test(tokens[i]?.text ?? '')) return false;
  const first = tokens[i + 1]?.text ?? '';
  // (TIME_WORD holds the months: "on 11 March".)
  return (
    TIME_WORD.test(first) || (/^\d{1,2}$/.test(first) && TIME_WORD.test(tokens[i + 2]?.text ?? ''))
  );
}

/** Whether the clause (to its first break) says until when: "since 2000", "for five years". */
function boundedInTime(rest: readonly Token[]): boolean {
  for (let k = 0; k < rest.length; k++) {
    const t = rest[k] as Token;
    if (/^[,;:.!?]$/.test(t.text)) return false;
    if (/^(?:since|until|till|before)$/i.test(t.text)) return true;
    if (
      /^(?:for|in|over)$/i.test(t.text) &&
      (rest[k + 1]?.tag === 'CD' ||
        /^(?:years|decades|months|weeks|ages|more|over|almost|nearly|the)$/i.test(
          rest[k + 1]?.text ?? '',
        )) &&
      rest.slice(k + 1, k + 4).some((x) => TIME_SPAN.test(x.text) || /^(?:a|one)$/i.test(x.text))
    )
      return true;
  }
  return false;
}

/**
 * Prepositions of place or agent: after a negated verb they bound what is denied ("not
 * released in the US", "not approved by the board"); "not been informed | of …" only loses
 * what of, which leaves the label short, not false.
 */
const SCOPE_PREPOSITION = /^(?:in|at|inside|outside|across|within|throughout|beyond|by|under|on)$/i;

/** Openings that bound what the clause says: "Excluding the car sector, …", "Including bonuses, …". */
const BOUNDING_OPENING =
  /^(?:excluding|including|excepting|except|barring|discounting|ignoring|stripping|adjusted|adjusting|outside|apart|aside|besides|beyond|among|amongst|unlike)$/i;

/** Passives whose agent is the news: joined, replaced, beaten … by whom. */
const AGENT_POINT_VERB =
  /^(?:joined|accompanied|replaced|succeeded|overtaken|followed|flanked|partnered|beaten|defeated|knocked|outscored|outplayed|overshadowed|eclipsed|upstaged)$/i;
/** Verbs whose object can be followed by what is done to it ("see X changed", "had X cut"). */
const SEE_DONE_VERB =
  /^(?:see|sees|saw|seen|seeing|want|wants|wanted|wanting|have|has|had|having|get|gets|got|getting|need|needs|needed|like|likes|liked|prefer|prefers|preferred|watch|watches|watched)$/i;
/** Verbs whose object's state after it is the point ("make X more affordable", "left them homeless"). */
const RESULT_VERB =
  /^(?:make|makes|made|making|keep|keeps|kept|keeping|render|renders|rendered|rendering|leave|leaves|left|leaving)$/i;

/** "a number of", "a lot of", "a handful of": an amount, not the subject's head. */
const QUANTIFIER_NOUN =
  /^(?:number|lot|lots|host|handful|couple|series|range|variety|raft|string|spate|flurry|wave|dozen|few)$/i;

/** "told" needs whom: "he told | the TES that …" without it reads as garbled. */
const TOLD = /^(?:told|tells|tell)$/i;

/** Passives that frame a claim: "was deemed (by many) to be …", "is reported to have …". */
const CLAIM_FRAME =
  /^(?:deemed|considered|thought|believed|expected|reported|understood|regarded|rumoured|alleged|tipped|quoted)$/i;

/**
 * Verbs that say of what, for what, from what or into what someone is accused, blamed, banned,
 * told or forced ("told counterparts | of its decision", "forced the company | into Chapter 11").
 */
const WHAT_FOR_VERB =
  /^(?:accuse|accuses|accused|accusing|blame|blames|blamed|blaming|convict|convicted|suspect|suspects|suspected|credit|credits|credited|ban|bans|banned|bar|bars|barred|acquit|acquitted|absolve|absolved|strip|stripped|tell|tells|told|inform|informs|informed|notify|notified|remind|reminds|reminded|force|forces|forced)$/i;
const WHAT_FOR = /^(?:of|for|with|from|about|into)$/i;
/** "issuing photographers | with camera phones": verbs whose object is given something. */
const GIVEN_WITH_VERB =
  /^(?:issue|issues|issued|issuing|provide|provides|provided|providing|supply|supplies|supplied|supplying|equip|equips|equipped|equipping|arm|arms|armed|land|lands|landed|landing|saddle|saddled|hit|hits|slap|slapped|present|presents|presented)$/i;
/** Nouns of will or attempt, which say nothing without their infinitive ("willingness | to …"). */
const WILLING_NOUN =
  /^(?:willingness|unwillingness|ability|inability|readiness|determination|reluctance|refusal|failure|desire|intention|eagerness|keenness|wish|plans|plan|commitment|pledge|promise|decision|right|freedom|chance|opportunity|need|attempt|attempts|bid|effort|efforts)$/i;
/** "heaped praise | on The Office", "put pressure | on": nouns that say on whom. */
const ON_WHOM_NOUN = /^(?:praise|scorn|doubt|doubts|blame|pressure|emphasis|spotlight)$/i;

/** Prepositions that open a verb's complement rather than a when or where ("decided against"). */
const COMPLEMENT_PREPOSITION = /^(?:for|against|with|about|of|into|on|to|towards|toward|from|at)$/i;

/**
 * A verb with no object whose sentence goes on with what the verb needs: a colon ("will ask:
 * '…'"), a phrasal verb's preposition ("made up | for missing …") or a preposition and a
 * gerund ("decided | against competing"). Cut there, the headline says nothing or misleads.
 */
/** "as | the show unfolds": a noun phrase then a verb is a clause, not a preposition's object. */
function opensClause(tokens: readonly Token[], from: number): boolean {
  const NP = /^(?:DT|JJ[RS]?|NNS?|NNPS?|PRP\$|CD|POS)$/;
  let i = from;
  while (i < tokens.length && NP.test(tokens[i]?.tag ?? '')) i++;
  // ("as civil servants | in Wales | joined the strike": the subject's own phrase first.)
  if (i > from && /^(?:in|of|at|from|across)$/i.test(tokens[i]?.text ?? '')) {
    const after = ++i;
    while (i < tokens.length && NP.test(tokens[i]?.tag ?? '')) i++;
    if (i === after) return false;
  }
  return i > from && FINITE_TAG.test(tokens[i]?.tag ?? '');
}

function needsComplement(verb: Token, group: readonly string[], rest: readonly Token[]): boolean {
  const next = rest[0];
  if (!next) return false;
  if (next.text === ':') return true;
  if (next.tag !== 'IN' && next.tag !== 'TO') return false;
  // "went on | to promise": a particle-like preposition before an infinitive.
  if (next.tag === 'IN' && rest[1]?.tag === 'TO') return true;
  // A passive says what happened to its subject: "was sent off | for taunting fans",
  // "was suspended | for missing a test" end well ("was responding | to" is no passive).
  // "were deemed | by many to be …", "was quoted | as saying": a verb that frames a claim
  // needs the claim.
  if (CLAIM_FRAME.test(verb.text)) return true;
  // "were used | for longer calls", "is designed | to …": a passive of purpose needs it.
  if (
    /^(?:used|designed|intended|meant|aimed|based|geared|tailored|targeted|dedicated|devoted|linked|tied|associated|affiliated|connected|involved|compared|limited|restricted|reserved|equipped|dressed|made|valued|priced|rated|ranked|held|staged|hosted|scheduled|cleared|charged|accused|convicted|acquitted)$/i.test(
      verb.text,
    ) &&
    /^(?:IN|TO)$/.test(next.tag)
  )
    return true;
  // "is renowned | for …": the passive of fame says nothing without what for.
  if (/^(?:renowned|famed|noted|known|notorious|infamous|famous|responsible)$/i.test(verb.text))
    return true;
  // "have been described | as 'irresponsible'": what follows "as" is the point.
  if (/^as$/i.test(next.text) && VERB_AS.test(verb.text)) return true;
  const passive =
    (verb.tag === 'VBN' || verb.tag === 'RP' || PARTICLE.test(verb.text)) &&
    group.some((w) => /^(?:is|are|was|were|be|been|being|am)$/i.test(w));
  // "was done away | with": "away" and its "with" are one verb ("do away with").
  if (passive && /^away$/i.test(verb.text) && /^with$/i.test(next.text)) return true;
  // ("had been caught up | in the general atmosphere of enthusiasm": to be caught up, mixed up
  // or wrapped up in a thing is to be involved in it; without what, the label says nothing.)
  if (
    passive &&
    /^up$/i.test(verb.text) &&
    /^in$/i.test(next.text) &&
    group.some((w) => /^(?:caught|mixed|wrapped|bound|tied|embroiled)$/i.test(w))
  )
    return true;
  if (passive) return false;
  // "made up | for", "came up | with"; but "pulled out | of the race" ends well.
  if (
    (verb.tag === 'RP' || PARTICLE.test(verb.text)) &&
    /^(?:for|with|against|on|to|into)$/i.test(next.text)
  )
    return true;
  // "was responding | to guidelines", "got | on top", "looking | for": an active verb with no
  // object whose sentence goes on with the preposition it takes.
  return COMPLEMENT_PREPOSITION.test(next.text);
}

/** Words after an object that say where or how, not what ("copies | worldwide"). */
const PLACE_ADVERB =
  /^(?:worldwide|nationwide|abroad|overseas|online|offline|alone|together|apiece|each|home|instead|too|again|yet|ago)$/i;

/** Nouns that say a relation to what follows "of" ("the head of …", "a member of …"). */
const RELATIONAL =
  /^(?:head|chief|member|members|leader|director|owner|son|daughter|wife|husband|father|mother|friend|part|rest|number|group|team|boss|president|chairman|founder|editor|creator|author|maker|makers|star|fans|residents|victims|families|side)$/i;

/** Nouns that name an act, which the words after them say ("an attempt | to have …"). */
const ACT_NOUN =
  /^(?:attempt|attempts|bid|bids|plan|plans|decision|move|effort|efforts|call|calls|request|proposal|offer|refusal|failure|ability|right|chance|need|desire|promise|threat|agreement|order|demand|demands|pledge|vow|appeal|campaign|push|drive|deal)$/i;

/** Adverbs that say how a thing went ("performed well", "rose sharply"). */
const MANNER =
  /^(?:favourably|unfavourably|favorably|unfavorably|well|badly|poorly|strongly|sharply|heavily|hard|better|worse|fast|quickly|slowly|steadily|significantly|dramatically|narrowly|comfortably|easily)$/i;

/**
 * Prepositions that open a phrase of when, or a clause, rather than narrow the noun before: the
 * subordinators but "until", and a few of time.
 */
const CLAUSE_OR_TIME_PREPOSITION = new RegExp(
  `^(?!until$)(?:${SUBORDINATORS}|during|after|before|despite|following|amid|when|if)$`,
  'i',
);
/** Adjectives that say little without what follows them ("responsible for", "unable to"). */
const NEEDS_COMPLEMENT_ADJECTIVE =
  /^(?:available|renowned|famed|noted|notorious|infamous|little-known|well-known|responsible|reliant|dependent|dependant|accustomed|entitled|eligible|vulnerable|susceptible|immune|averse|exempt|akin|tantamount|capable|aware|afraid|unable|able|due|likely|unlikely|keen|set|sure|ready|eager|prepared|willing|liable|subject|prone|famous|known|full|short|typical|worthy|fond|proud|ashamed|similar|equivalent|close|free|bound|determined|poised|reluctant|happy|right|wrong|quick|slow|first|last|uncertain|unsure|undecided|unclear|open|closed|new|central|key|vital|crucial|essential|critical)$/i;

/**
 * Verbs whose object is only half of what they say: "described X | as Y". (Not "hail": to hail
 * a thing is to praise it, "hailed the mission | as 'a big move'".)
 */
const OBJECT_AS =
  /^(?:quot|describ|call|nam|brand|label|dub|regard|see|saw|seen|consider|view|treat|list|class|rank|cast|portray|paint|bill|tout|identif|recognis|recogniz|accept|elect|appoint|began|begun|start|depict|show|present|defin)/i;
/** Verbs of regarding a thing as something: "see | reforming the banks as vital". */
const SEEING_AS = /^(?:see|sees|saw|seen|regard|view|consider|treat)/i;
/** Verbs that say nothing in the passive without their "as": "was hailed | as proof …". */
const VERB_AS = new RegExp(`${OBJECT_AS.source}|^hail`, 'i');
/**
 * An object that says nothing without the word after it, by its verb or its head: "issuing
 * photographers | with camera phones", "heaped praise | on The Office", "rated Johansson | as a
 * top contender", "the government's willingness | to curb spending", "have given LG group |
 * until Wednesday", "has played host | to …", "takes its name | from …", "speaking in her
 * capacity | as a lawyer".
 */
const NEEDS_NEXT: readonly {
  verb?: RegExp;
  head?: RegExp;
  next: RegExp;
  /** The word after `next`, when it matters. */
  nextButOne?: RegExp;
  /** Not when `next` is "to" opening an infinitive ("given a contract | to succeed Jones"). */
  notInfinitive?: boolean;
  /** Only for a head with no modifier of its own, right after its article ("the award"). */
  bare?: boolean;
}[] = [
  { verb: GIVEN_WITH_VERB, next: /^with$/ },
  // "replace council tax | with a local income tax": what replaces it.
  {
    verb: /^(?:replace|replaces|replaced|replacing|substitute[sd]?|substituting)$/i,
    next: /^(?:with|by)$/,
  },
  // "have left Mitsubishi Motors | with underused capacity": what they were left with.
  { verb: /^(?:leave|leaves|left|leaving)$/i, next: /^(?:with|without)$/ },
  { head: ON_WHOM_NOUN, next: /^(?:on|upon)$/ },
  { verb: OBJECT_AS, next: /^as$/ },
  { verb: /^rat(?:e|es|ed|ing)$/i, next: /^as$/ },
  { head: WILLING_NOUN, next: /^to$/ },
  { verb: /^(?:give|gives|gave|given|giving)$/i, next: /^until$/ },
  { head: /^host$/i, next: /^to$/ },
  { head: /^names?$/i, next: /^(?:from|after)$/ },
  { head: /^(?:capacity|role|position|job|post|function)$/i, next: /^as$/ },
  // "set compensation | at between 250 and 600 euros", "put the cost | at £1bn": at how much.
  {
    verb: /^(?:set|sets|setting|fix|fixes|fixed|cap|caps|capped|peg|pegs|pegged|put|puts|putting|estimate[sd]?|estimating|value[sd]?|valuing|price[sd]?|pricing|pitch(?:es|ed)?)$/i,
    next: /^at$/,
  },
  // "has guided Spurs | to the Premiership's top eight", "fired Arsenal | to victory": where to.
  {
    verb: /^(?:guide[sd]?|guiding|lead|leads|led|leading|steer(?:s|ed|ing)?|propel(?:s|led|ling)?|fire[sd]?|firing|drive|drives|drove|driven|driving|power(?:s|ed|ing)?|inspire[sd]?|inspiring|carr(?:y|ies|ied|ying))$/i,
    next: /^(?:to|into)$/,
  },
  // "took UKIP | into third place", "sent troops | to Iraq", "put the plan | to a vote": a verb
  // that moves its object says where to.
  {
    verb: /^(?:take|takes|took|taken|taking|bring|brings|brought|bringing|send|sends|sent|sending|put|puts|putting|move[sd]?|moving|push(?:es|ed|ing)?|pull(?:s|ed|ing)?|lift(?:s|ed|ing)?|throw|throws|threw|thrown|throwing|plunge[sd]?|plunging|catapult(?:s|ed|ing)?)$/i,
    next: /^(?:to|into|onto|towards?)$/,
    notInfinitive: true,
  },
  // "won the award | for best Irish pop act": which award is the point (not "won the short
  // film award | for Wasp": a named award is said, the "for" says what won it).
  {
    head: /^(?:awards?|prizes?|titles?|trophy|trophies|gongs?|nominations?|medals?)$/i,
    next: /^for$/,
    bare: true,
  },
  // "was further evidence | it wants to retain control", "a sign | the economy is slowing": a
  // noun whose content is a clause after it, with or without "that".
  {
    head: /^(?:evidence|proof|sign|signs|indication|indications|confirmation|reminder|signal|admission|acknowledgement|recognition)$/i,
    next: /^(?:that|it|he|she|they|we|there|this)$/i,
  },
  // "have expressed concern | that the tags could be used to monitor shoppers": a fear, a hope
  // or a warning whose content is the clause after it.
  {
    head: /^(?:concern|concerns|fear|fears|worry|worries|doubt|doubts|hope|hopes|belief|suspicion|suspicions|assurance|assurances|guarantee|guarantees|warning|warnings)$/i,
    next: /^that$/i,
  },
  // "made the semi-finals | at the Australian hardcourt championships": the final of what.
  {
    head: /^(?:finals?|semi-finals?|semifinals?|semis|quarter-finals?|quarterfinals?|play-offs?|playoffs?)$/i,
    next: /^(?:at|in|of)$/,
  },
  // "would hold ministers | to account": an idiom's object says nothing without its end.
  { verb: /^(?:hold|holds|held|holding)$/i, next: /^to$/, nextButOne: /^(?:account|ransom)$/i },
  // "prefers to focus his attentions | on next month's championships": on what.
  {
    verb: /^(?:focus|focuses|focused|focussed|focusing|focussing|concentrate[sd]?|concentrating|pin|pins|pinned|pinning|base[sd]?|basing|model(?:s|led|ling)?)$/i,
    next: /^(?:on|upon)$/,
  },
  // "expected to spend millions | on video games", "invested £5m | in the plant": on what.
  {
    verb: /^(?:spend|spends|spent|spending|invest|invests|invested|investing|waste|wastes|wasted|wasting)$/i,
    next: /^(?:on|in|into)$/,
  },
  // "gave the same legal protection | to feta", "handed the title | to Chelsea": to whom.
  {
    verb: /^(?:give|gives|gave|given|giving|hand|hands|handed|handing|award(?:s|ed|ing)?|grant(?:s|ed|ing)?|lend|lends|lent|lending)$/i,
    next: /^to$/,
    notInfinitive: true,
  },
  // "will start the game | on the bench": where a player starts is the point (on the bench, he
  // does not start).
  {
    verb: /^(?:start|starts|started|starting|begin|begins|began|begun)$/i,
    next: /^on$/,
    nextButOne: /^(?:the|bench|substitutes|subs)$/i,
  },
  // "reflected Mr Raskin's belief | that good design …": which belief is the point.
  {
    head: /^(?:belief|beliefs|view|views|claim|claims|fact|idea|ideas|hope|hopes|fear|fears|suggestion|suggestions|notion|assertion|argument|conviction|assumption|impression|feeling|sense|warning|warnings|allegation|allegations|assurance|assurances|promise|message|theory|rumours?|reports?)$/i,
    next: /^that$/,
  },
  // "is a further step | towards a federal Europe", "a step | backwards": a step says where to.
  {
    head: /^steps?$/i,
    next: /^(?:towards?|backwards?|forwards?|closer|nearer|away|back|in|to|on|up|down)$/,
  },
];

/**
 * The tokens after the object's head at `at`, to the end of its sentence part: the next
 * punctuation, or with `clause` also a conjunction or a subordinator that opens another clause.
 */
function tailAfter(tokens: readonly Token[], at: number, clause: boolean): Token[] {
  const stop = tokens.findIndex(
    (t, k) =>
      k > at &&
      (/^[,;:.!?]$/.test(t.text) ||
        (clause &&
          (t.tag === 'CC' ||
            /^(?:as|because|while|when|although|though|since|if|unless|after|before)$/i.test(
              t.text,
            )))),
  );
  return tokens.slice(at + 1, stop < 0 ? undefined : stop);
}

/**
 * The object `out` (its head at tokens[at]) with the phrase after it that it needs ("gave
 * protection | to feta", "took UKIP | into third place"), read as a complement of its own (so
 * with the same checks), when it fits the budget; else null: no label.
 */
function withPhrase(
  tokens: readonly Token[],
  at: number,
  out: readonly Token[],
  budget: number,
): string[] | null {
  // (An object of no words has no phrase of its own: nothing to carry on from.)
  if (at < 0 || out.length === 0 || budget - out.length < 2) return null;
  if (!/^(?:IN|TO)$/.test(tokens[at + 1]?.tag ?? '')) return null;
  const rest = tokens.slice(at + 1);
  const phrase = complement(rest, budget - out.length);
  if (phrase === null || phrase.length < 2) return null;
  // The phrase ends where what it says ends: not "abolish the ban on heirs | to the throne
  // marrying Roman Catholics", "secure someone with a connection | to the club".
  const last = phrase.at(-1);
  const end = rest.findIndex((t) => t.text === last);
  const next = rest[end + 1];
  // (A purpose after it, "issuing photographers with camera phones | to help them", may go.)
  const preposition = next?.tag === 'TO' && rest[end + 2]?.tag !== 'VB';
  // ("hailed as proof | that Europe could …": proof of what is the point.)
  // ("a frustrating affair with players | often stranded half-way …": "with" and a noun that a
  // participle follows open a clause of their own.)
  const participle =
    /^with$/i.test(rest[0]?.text ?? '') &&
    (next?.tag === 'VBN' ||
      (/^RB/.test(next?.tag ?? '') && /^VB[NG]$/.test(rest[end + 2]?.tag ?? '')));
  if (next && (preposition || participle || next.tag === 'VBG' || /^(?:of|that)$/i.test(next.text)))
    return null;
  return [...out.map((t) => t.text), ...phrase];
}

/** Nouns that "is" + a gerund says what they are ("the aim is winning", "his hobby is fishing"). */
const IS_DOING_NOUN =
  /^(?:pleasure|pleasures|aim|goal|plan|idea|hobby|hobbies|job|priority|challenge|task|dream|passion|problem|solution|answer|habit|secret|trick|key|focus|ambition|mission|role|speciality|specialty|favourite|favorite|worry|fear|concern|danger|risk)$/i;

/** Nouns of a phrase that needs what follows it: "on course for", "in talks with", "in line for". */
const PP_IDIOM =
  /^(?:course|track|line|target|talks|charge|favour|favor|danger|contention|touch|contact|need|search|pursuit|support|response|addition|place|front|position|terms|spite|view|light|case|order|time|way|process|middle|midst|hands)$/i;

/** Verbs of deciding, whose decision follows ("voted to cut", "ruled in favour of"). */
const DECIDE_VERB =
  /^(?:vote[sd]?|voting|rule[sd]?|ruling|decide[sd]?|deciding|agree[sd]?|agreeing|opt(?:s|ed)?|resolve[sd]?)$/i;

/**
 * Verbs that move a level without saying which way, whose object is what is moved: "take the
 * total to 3.3 million" ("raised its estimate … to 84 million" says the way on its own).
 */
const LEVEL_VERB = /^(?:take|takes|took|taking|bring|brings|brought|bringing)$/i;

/** Verbs whose object acts in the infinitive after it ("urged drivers to …", "asked him to …"). */
const OBJECT_CONTROL =
  /^(?:urge[sd]?|urging|ask(?:s|ed)?|tell|tells|told|order(?:s|ed)?|force[sd]?|allow(?:s|ed)?|encourage[sd]?|persuade[sd]?|convince[sd]?|convincing|invite[sd]?|want(?:s|ed)?|expect(?:s|ed)?|require[sd]?|advise[sd]?|warn(?:s|ed)?|instruct(?:s|ed)?|enable[sd]?|call(?:s|ed)?|press(?:es|ed)?|compel(?:s|led)?|tip(?:s|ped)?|direct(?:s|ed)?|get|gets|got|help(?:s|ed)?|need(?:s|ed)?|cause[sd]?|lead|leads|led|prompt(?:s|ed)?|pressure[sd]?|appeal(?:s|ed)?|use[sd]?|using|asking|telling|ordering|forcing|allowing|encouraging|persuading|inviting|wanting|expecting|requiring|advising|warning|instructing|enabling|calling|pressing|compelling|directing|getting|helping|needing|causing|leading|prompting|pressuring|appealing)$/i;

/** Verbs whose object after "for", "on" or "to" acts in the infinitive after it. */
const PREPOSITION_CONTROL =
  /^(?:look(?:s|ed|ing)?|wait(?:s|ed|ing)?|rel(?:y|ies|ied|ying)|count(?:s|ed|ing)?|call(?:s|ed|ing)?)$/i;

const HELPER_VERB =
  /^(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|could|may|might|shall|should|must|to)$/i;
const IMPERSONAL =
  /^(?:understood|thought|believed|said|reported|expected|feared|known|claimed|alleged|estimated|hoped|rumoured|rumored)$/i;
// ("Titan pleaded guilty to …": a plea is said with its adjective, as a copula's is; and "is
// feeling positive", "are looking strong": the progressive of a copula is one too.)
const COPULA =
  /^(?:is|are|was|were|be|been|being|am|become|becomes|became|remain|remains|remained|remaining|seem|seems|seemed|looks|looked|looking|feel|feels|felt|feeling|plead|pleads|pleaded|pled|pleading|prove|proves|proved|proven|proving|stay|stays|stayed|staying|becoming)$/i;
/** Words that stand as an object on their own ("expects little from …"). */
const QUANTITY_PRONOUN = /^(?:little|much|nothing|more|less|everything|something|anything)$/i;
const TIME_WORD =
  /^(?:today|yesterday|tonight|week|month|year|weekend|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|recently|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** The last word of a place's or an institution's name ("St Fintian's High School"). */
const PLACE_NAME_END =
  /^(?:School|College|University|Hospital|Church|Cathedral|Academy|Museum|Gallery|Theatre|Park|Street|Road|Square|Station|Airport|Hall|House|Palace|Castle|Bridge|Stadium|Arena|Centre|Center)$/;
/**
 * Verbs that say nothing without what follows them ("can get", "will go"), or say another
 * thing ("had behaved | like a child": alone, it says behaved well).
 */
const LIGHT_VERB =
  /^(?:get|gets|got|go|goes|went|come|comes|came|make|makes|made|take|takes|took|put|puts|set|sets|give|gives|gave|keep|keeps|kept|bring|brings|brought|do|does|did|be|is|are|was|were|behave|behaves|behaved|fare|fares|fared|feel|feels|felt|seem|seems|seemed|sound|sounds|sounded|look|looks|looked|mean|means|meant)$/i;
/** Verbs whose object is half of a phrase ("set his sights on", "made the claim about"). */
const LIGHT_OBJECT_VERB =
  /^(?:set|sets|setting|make|makes|made|making|take|takes|took|taken|taking|put|puts|putting|give|gives|gave|given|giving|keep|keeps|kept|keeping|bring|brings|brought|get|gets|got|have|has|had|having|hold|holds|held|holding|pay|pays|paid|play|plays|played|raise|raises|raised|cast|casts|casting|turn|turns|turned|turning|draw|draws|drew|drawn|lay|lays|laid|lend|lends|lent|pose|poses|posed|pour|pours|poured|throw|throws|threw|thrown)$/i;
/** Nouns a light verb makes a phrase with, whose point comes after ("held talks | with"). */
const SUPPORT_NOUN =
  /^(?:support|weight|backing|blessing|sights|claim|claims|talks|part|look|action|line|swipe|water|shadow|aim|steps|step|note|comments|comment|remarks|pressure|stand|stance|effect|way|faith|example|inquiries|enquiries|attempt|praise|advantage|notice|exception|offence|account|control|credit|responsibility|interest|words|word|say|light|doubt|questions|eye|eyes|gaze|attention|spotlight|end|case|point|toll)$/i;
/** Nouns that say a change or a relation, which the words after them say of what. */
const RELATION_NOUN =
  /^(?:changes|change|cuts|cut|rise|rises|fall|falls|increase|increases|decrease|drop|boost|improvements|amendments|access|damage|reference|commitment|contribution|approach|reaction|solution|alternative|answer|key|end|return|reduction|reductions|restrictions|limits|curbs|ban|investment|exposure|data|figures|details|information|evidence|statistics|results|share|stake|stakes|holding)$/i;
/** Spans of time: "days after …", "weeks before …". */
const TIME_SPAN = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|moments)$/i;
/** "next spring", "last week", "this year": when, not what. */
const TIME_OPENING = /^(?:next|last|this|early|late|earlier|later)$/i;

const ATTRIBUTIVE =
  /^(?:said|says|say|told|tells|heard|hears|hear|learned|learnt|ruled|rules|claimed|claims|claim|alleged|alleges|argued|argues|argue|believes|believe|believed|insisted|insists|warned|warns|warn|revealed|reveals|announced|announces|confirmed|confirms|suggested|suggests|fear|fears|feared|expect|expects|expected|think|thinks|thought|hope|hopes|hoped|doubt|doubts|doubted|estimated|estimates|predicted|predicts|predict|found|finds|shows|showed|denied|denies|admitted|admits|know|knew|knows|learned|reported|reports|stated|states|state|noted|notes|stressed|stresses|acknowledged|acknowledges|conceded|concedes|explained|explains|added|adds|indicated|indicates|hinted|hints|signalled|signaled|signals|reckon|reckons|reckoned|maintained|maintains|maintain|emphasised|emphasized|emphasises|emphasizes|concluded|concludes|conclude|forecast|forecasts|recalled|recalls|countered|counters|replied|replies|responded|responds|assured|assures|mean|means|meant)$/i;

/** A subject of more words than this leaves too few for the verb and its object. */
const MAX_SUBJECT_WORDS = 6;
/** Nouns for people of any kind, which only what follows them narrows. */
const ANYONE_NOUN =
  /^(?:people|persons|those|men|women|children|adults|patients|users|customers|consumers|drivers|workers|students|pupils|parents|voters|residents|others)$/i;
/** Groups of people, who stay themselves without their "in …" ("Officials | in Kabul said"). */
const PEOPLE_NOUN =
  /^(?:[a-z]+(?:ers|ists|ians|ants|ents|ors)|people|police|staff|residents|fans|voters|officials|experts|critics|families|children|parents|ministers|MPs|troops|soldiers|students|doctors|nurses|villagers|protesters|campaigners|leaders|members)$/i;

/** Modifiers that count, order or compare, and so say no more of their noun than "the" does. */
const GENERIC_MODIFIER =
  /^(?:current|previous|other|extra|top|first|second|third|final|last|next|new|early|earlier|recent|further|additional|several|many|few|various|some|both|same|such|main)$/i;

/** An owner that says when or how widely, not whose: "the weekend's", "the world's". */
const SCOPE_OWNER = new RegExp(`${TIME_WORD.source}|^(?:world|planet|globe|universe)$`, 'i');

/** The subject's head: a name if it has one, else the noun phrase up to its first preposition. */
function subjectHead(all: readonly Token[], top: boolean): string[] | undefined {
  // With commas before the verb ("Featuring A, B and C, Robots follows …"), the subject is
  // what follows the last one; a participle or a list before it is not.
  const lastComma = all.findLastIndex((t) => t.text === ',');
  // Commas in a subject that does not open on a participle or a preposition: a list or an
  // appositive ("Copeland and his wife, Katrine Saltare, were …"): no safe head.
  if (lastComma >= 0 && !/^(?:VBG|VBN|IN|RB)$/.test(all[0]?.tag ?? '')) return undefined;
  // "Excluding the car sector, US retail sales were up 0.6%": the figure holds only within the
  // opening's bounds; the label would state it for all.
  if (lastComma >= 0 && BOUNDING_OPENING.test(all[0]?.text ?? '')) return undefined;
  // ("The search engine works/NNS by matching key words | typed …": "by" and a gerund inside a
  // subject means its noun was the verb, "works by matching", mistagged.)
  const afterComma = lastComma >= 0 ? all.slice(lastComma + 1) : all;
  if (afterComma.some((t, i) => i > 0 && /^by$/i.test(t.text) && afterComma[i + 1]?.tag === 'VBG'))
    return undefined;
  // "Three years ago | Radcliffe smashed …", "One day later | De Telegraaf became …": a time
  // phrase ending in "ago" (or a span of time and "later", "earlier") opens the clause; the
  // subject follows it.
  const ago = afterComma.findIndex(
    (t, k) =>
      /^ago$/i.test(t.text) ||
      (/^(?:later|earlier)$/i.test(t.text) &&
        k <= 3 &&
        /^(?:days?|weeks?|months?|years?|hours?|minutes?|moments|decades?)$/i.test(
          afterComma[k - 1]?.text ?? '',
        )),
  );
  const opened = ago >= 0 ? afterComma.slice(ago + 1) : afterComma;
  // "A number of new roles are being created": "a number of" says "several"; the head is
  // what follows it ("Number of new roles …" would read as a count).
  const tokens =
    /^an?$/i.test(opened[0]?.text ?? '') &&
    QUANTIFIER_NOUN.test(opened[1]?.text ?? '') &&
    /^of$/i.test(opened[2]?.text ?? '')
      ? opened.slice(3)
      : opened;
  // "About 80% of UK adults", "More than 50% of owners": an amount's own words open the phrase.
  const amount =
    /^(?:about|around|nearly|almost|over|under|some|up|more|less|fewer)$/i.test(
      tokens[0]?.text ?? '',
    ) && tokens.slice(1, 3).some((t) => t.tag === 'CD');
  // ("Falling sales have left …", "Rising oil prices hit …": a participle before the subject's
  // nouns modifies them.)
  const modifier =
    /^(?:VBG|VBN)$/.test(tokens[0]?.tag ?? '') &&
    tokens.length >= 2 &&
    tokens.slice(1).every((t) => /^(?:NNS?|JJ)$/.test(t.tag)) &&
    /^NNS?$/.test(tokens.at(-1)?.tag ?? '');
  if (!amount && !modifier && /^(?:VBG|VBN|CC|IN|TO|POS|WRB)$/.test(tokens[0]?.tag ?? ''))
    return undefined;
  // "More than 20 Jonesboro ministers", "Fewer than 5,500 tickets": the amount is part of who,
  // said whole ("Than 20 ministers", "Million listeners" say another thing), or no head.
  if (
    /^(?:more|less|fewer)$/i.test(tokens[0]?.text ?? '') &&
    /^than$/i.test(tokens[1]?.text ?? '') &&
    tokens[2]?.tag === 'CD'
  ) {
    const said = tokens.filter(
      (t) => en`[\p{L}\p{N}$%]`.test(t.text) && !DROP_DET.test(t.text) && t.tag !== 'RB',
    );
    const plain = tokens
      .slice(2)
      .every((t) => !/^(?:VB[DPZ]?|MD|CC|WDT|WP|,|:)$/.test(t.tag) && !/^than$/i.test(t.text));
    return plain && said.length <= MAX_SUBJECT_WORDS ? said.map((t) => t.text) : undefined;
  }
  // "[found] Ms Bakley dead in a car after they | left a restaurant": a subordinate clause's
  // subject before the verb found means that verb is not the main one.
  if (
    tokens.some(
      (t, i) =>
        i > 0 &&
        /^(?:after|before|when|while|because|since|until|unless|although|though|whereas|whether)$/i.test(
          t.text,
        ),
    )
  )
    return undefined;
  // "only the UN had …", "just a quarter …": a word that limits the subject is part of
  // what the sentence says; a label without it says something else.
  if (tokens.some((t) => /^(?:only|just|solely|alone)$/i.test(t.text))) return undefined;
  // ("Manufacturers' domestic sales": the possessive apostrophe stays with its noun.)
  // ("The world's most populous country": "most" before its adjective is part of it.)
  const words = tokens.filter(
    (t, i) =>
      (en`[\p{L}\p{N}$%]`.test(t.text) || t.tag === 'POS' || (t.text === '&' && t.tag === 'NNP')) &&
      (!DROP_DET.test(t.text) || keepsArticle(tokens, i, true)) &&
      (!/^RB/.test(t.tag) ||
        (/^(?:most|least|more|less)$/i.test(t.text) && /^JJ/.test(tokens[i + 1]?.tag ?? ''))),
  );
  if (words.length === 0) return undefined;
  // "Mendes shot from 50 yards and United goalkeeper Carroll spilled …": an "and" after a
  // preposition joins two clauses; the verb found belongs to the second.
  const prep = tokens.findIndex((t, i) => i > 0 && t.tag === 'IN');
  if (prep > 0 && tokens.slice(prep).some((t) => t.tag === 'CC')) return undefined;
  // A noun then a determiner ("the tariffs the two companies charge …"): a clause inside the
  // subject, so the verb found is not the main one.
  // (A capitalised "The" opens a title: "family comedy The Pacifier".)
  if (
    tokens.some(
      (t, i) =>
        i > 0 && t.tag === 'DT' && en`^\p{Ll}`.test(t.text) && /^NN/.test(tokens[i - 1]?.tag ?? ''),
    )
  )
    return undefined;
  // ("Tony Blair felt by November 2003 he | had lost …": a subject pronoun after other words,
  // not joined to them by "and", opens a clause; the verb found is that clause's.)
  if (
    words.some(
      (t, i) =>
        i > 0 &&
        /^(?:he|she|they|we|i)$/i.test(t.text) &&
        !/^(?:and|or)$/i.test(words[i - 1]?.text ?? ''),
    )
  )
    return undefined;
  // "The only thing of note he | did was …": a subject pronoun after a noun opens a clause.
  if (
    words.length > 1 &&
    /^(?:he|she|they|we|i|you|it)$/i.test(words.at(-1)?.text ?? '') &&
    /^NN/.test(words.at(-2)?.tag ?? '')
  )
    return undefined;
  // A finite verb inside the subject means the parse went wrong.
  if (words.some((t) => /^(?:VB[DPZ]?|MD)$/.test(t.tag))) return undefined;
  // ("It's a Wonderful Life was based on …": a title with "it's" in it; cut, its "a" goes.)
  if (
    words.some(
      (t, i) => t.text === "'s" && /^(?:it|that|what|there|here)$/i.test(words[i - 1]?.text ?? ''),
    )
  )
    return undefined;
  // "US" in capitals is the country, not "us".
  if (words.some((t) => FIRST_PERSON.test(t.text) && t.text !== 'US')) return undefined;
  if (words.length === 1 && EMPTY_SUBJECT.test(words[0]?.text ?? ''))
    return top && !PERSONAL.test(words[0]?.text ?? '') ? [] : [words[0]?.text ?? ''];
  // The noun phrase ends before a preposition other than "of".
  // …or before a participle after it ("Research carried out by …", "People suffering …").
  const cut = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      ((t.tag === 'IN' && !/^(?:of|per)$/i.test(t.text)) ||
        (/^(?:VBN|VBG)$/.test(t.tag) &&
          /^NN/.test(tokens[i - 1]?.tag ?? '') &&
          // ("The World Cup winning scrum-half has …": a participle inside a compound, before
          // the noun it modifies, is no cut.)
          !(/^NNS?$/.test(tokens[i + 1]?.tag ?? '') && i + 2 >= tokens.length) &&
          // "Consumer spending | was higher": a gerund ending the subject is its head.
          i < tokens.length - 1) ||
        // ("The sectarianism | long associated with …", "The money | recently raised by …": an
        // adverb before the participle goes with it.)
        (/^(?:RB|JJ)$/.test(t.tag) &&
          /^(?:VBN|VBG)$/.test(tokens[i + 1]?.tag ?? '') &&
          /^NN/.test(tokens[i - 1]?.tag ?? '') &&
          i + 1 < tokens.length - 1)),
  );
  // ("Any video programme | created by the villagers is uploaded …": a quantifier's noun cut
  // from what restricts it speaks of all of them.)
  // ("says no-one | from an immigrant family could become premier": nor is a pronoun that
  // says all or none.)
  if (
    cut > 0 &&
    /^(?:any|every|each|all|no|no-one|noone|nobody|none|everyone|everybody|anyone|anybody)$/i.test(
      tokens[0]?.text ?? '',
    )
  )
    return undefined;
  // ("Companies such as Google have become …": "such" cut from its "as" garbles the subject.)
  if (
    cut > 0 &&
    /^as$/i.test(tokens[cut]?.text ?? '') &&
    /^such$/i.test(tokens[cut - 1]?.text ?? '')
  )
    return undefined;
  let np = cut > 0 ? words.filter((t) => tokens.indexOf(t) < cut) : words;
  // "Declines | in the dollar have …", "Experts | at the Met Office say …": a common noun's
  // phrase says what it is about; cut, "Declines have contributed" says something else. The
  // whole phrase when it fits; else a group of people, or a noun its own modifiers already
  // say ("The most-active wheat contract | on the Chicago Board of Trade"), alone; else no head.
  // ("People | suffering Alzheimer's disease were given …": a participle's phrase too.)
  let whole = false;
  // ("The fourth-quarter losses | at General Motors Europe": a name after the preposition says
  // which ones; cut, the subject is another. "The number of people online | in Europe" too.)
  const named =
    cut > 0 &&
    /^(?:at|in|from)$/i.test(tokens[cut]?.text ?? '') &&
    /^NNP/.test(tokens.slice(cut + 1).find((t) => t.tag !== 'DT')?.tag ?? '');
  if (
    cut > 0 &&
    /^(?:IN|VBG|VBN)$/.test(tokens[cut]?.tag ?? '') &&
    (/^NNS?$/.test(np.at(-1)?.tag ?? '') || (named && /^(?:JJ|RB)$/.test(np.at(-1)?.tag ?? '')))
  ) {
    // (A noun with modifiers of its own, "The family bakery | on the harbour front", says
    // enough alone: the first noun run below.)
    const fits = words.length <= MAX_SUBJECT_WORDS && !words.some((t) => t.tag === 'CC');
    // ("The number of people | out of work": a count of a noun is as bare as the noun alone.)
    const count =
      np.length === 3 &&
      /^(?:number|numbers|proportion|share|percentage|majority|minority|total|amount)$/i.test(
        np[0]?.text ?? '',
      ) &&
      /^of$/i.test(np[1]?.text ?? '');
    // ("His participation | in the Australian Open": a possessive pronoun says no more than "the".)
    // (Nor do modifiers that only count or order: "The current target | for inpatients", "The
    // two giants | in the field", "Other words | on the Merriam-Webster list".)
    const own = np.filter((t) => t.tag !== 'PRP$');
    const generic = own.slice(0, -1).every((t) => t.tag === 'CD' || GENERIC_MODIFIER.test(t.text));
    // ("Full-length music downloads | on mobile phones have not taken off", "Building batteries |
    // from new chemical mixes could boost power": a bare plural, or a gerund's object, cut from the
    // phrase that says which of them, states the claim of them all; whole when it fits. "A family
    // bakery | on the harbour front" and "Milling wheat | on the … exchange" say where one is.)
    const bare =
      /^(?:on|from|in|among|across|within)$/i.test(tokens[cut]?.text ?? '') &&
      !/^(?:DT|PRP\$|CD)$/.test(tokens[0]?.tag ?? '') &&
      !tokens.slice(0, cut).some((t) => t.tag === 'POS') &&
      (/^NNS$/.test(np.at(-1)?.tag ?? '') || tokens[0]?.tag === 'VBG');
    whole = fits && (own.length === 1 || count || named || bare || (top && generic));
    if (named && !whole) return undefined;
    if (whole) np = words;
    else if (!fits && np.length < 3 && !PEOPLE_NOUN.test(np.at(-1)?.text ?? '')) return undefined;
    // ("People | suffering Alzheimer's disease and other forms of dementia often feel …", "Those |
    // affected will …": a noun for anyone at all, cut from the participle that says which ones,
    // speaks of everyone.)
    else if (
      /^(?:VBG|VBN)$/.test(tokens[cut]?.tag ?? '') &&
      own.length === 1 &&
      ANYONE_NOUN.test(np.at(-1)?.text ?? '')
    )
      return undefined;
  }
  // "US film Lost | in Translation won …": a capitalised word inside the phrase, then a
  // preposition and a name, is one title; cut, the subject is another. Whole, or none.
  if (
    !whole &&
    cut > 1 &&
    tokens[cut]?.tag === 'IN' &&
    en`^\p{Lu}`.test(tokens[cut - 1]?.text ?? '') &&
    /^NNP/.test(tokens.slice(cut + 1).find((t) => t.tag !== 'DT')?.tag ?? '')
  ) {
    if (words.length > MAX_SUBJECT_WORDS || words.some((t) => t.tag === 'CC')) return undefined;
    np = words;
    whole = true;
  }
  // "The Kremlin | last year seized": a time phrase before the verb is when, not who.
  // ("the year to 31 | December": a month after its day is a date inside the phrase.)
  while (np.length > 1 && TIME_WORD.test(np.at(-1)?.text ?? '') && np.at(-2)?.tag !== 'CD') {
    np = np.slice(0, -1);
    if (TIME_OPENING.test(np.at(-1)?.text ?? '')) np = np.slice(0, -1);
  }
  // "Arash Sigarchi and Mojtaba Saminejad": both act; whole, or not at all.
  if (np.some((t) => t.tag === 'CC')) return np.length <= 6 ? np.map((t) => t.text) : undefined;
  if (np.length > 4 && !whole) {
    // "A recut version of Mel Gibson's film": the head comes before "of".
    const of = np.findIndex((t) => /^of$/i.test(t.text));
    const names: Token[] = [];
    // ("Million Dollar Baby": capitalised words of a title are the name, whatever their tags.)
    // (Only inside the run: a name ends on a name.)
    const inName = (t: Token | undefined) =>
      /^NNPS?$/.test(t?.tag ?? '') ||
      (names.length > 0 &&
        /^(?:CD|NNS?)$/.test(t?.tag ?? '') &&
        en`^\p{Lu}\p{Ll}`.test(t?.text ?? ''));
    for (let i = np.length - 1; i >= 0 && inName(np[i]); i--) names.unshift(np[i] as Token);
    // "Lord Roberts of Conwy": a name that runs across "of" is one name, not "Conwy".
    const beforeNames = np.length - names.length - 1;
    if (names.length > 0 && /^of$/i.test(np[beforeNames]?.text ?? '')) {
      let i = beforeNames - 1;
      const run: Token[] = [];
      while (i >= 0 && /^NNPS?$/.test(np[i]?.tag ?? '')) run.unshift(np[i--] as Token);
      if (run.length === 0) names.length = 0;
      else names.unshift(...run.slice(-2), np[beforeNames] as Token);
    }
    // Else a long subject is named by its last run of proper names ("carmaker General Motors").
    const head = np.slice(0, of);
    const possessive = np.findLastIndex((t) => t.tag === 'POS');
    const quantity = of > 0 && !head.some((t) => /^NN/.test(t.tag));
    // "The head | of Surrey's Lionhead Studios": a noun that only says a relation is no head.
    if (of > 0 && of <= 4 && !quantity && head.length === 1 && RELATIONAL.test(head[0]?.text ?? ''))
      return undefined;
    // "The end | of his career", "House | of Lords law lords": the head alone names another
    // thing; the whole phrase when it fits, else no head.
    if (of > 0 && of <= 4 && !quantity) {
      if (np.length > MAX_SUBJECT_WORDS) return undefined;
    }
    // "Six of Herrera's seven goals": a number's noun comes after "of"; short enough, it stays.
    else if (quantity) np = np.length <= 6 ? np : [];
    // ("The seventh largest carrier in the US": a name after a preposition is not the head.)
    // ("St Fintian's High School": a place's name run across its "'s" is one name, whole or none.)
    else if (
      names.length > 0 &&
      np[np.length - names.length - 1]?.tag === 'POS' &&
      /^NNP/.test(np[np.length - names.length - 2]?.tag ?? '') &&
      PLACE_NAME_END.test(names.at(-1)?.text ?? '')
    ) {
      if (np.length > MAX_SUBJECT_WORDS) return undefined;
    } else if (names.length > 0 && !/^(?:IN|TO)$/.test(np[np.length - names.length - 1]?.tag ?? ''))
      np = lastNameWords(names, names.length < np.length);
    else if (names.length > 0) return undefined;
    else if (possessive >= 0 && possessive < np.length - 1 && np.length - possessive - 1 <= 4) {
      // A possessor is not the head: "Vin Diesel's family comedy The Pacifier" is the comedy.
      // But a name says which one ("Japan's oldest film studio"): it stays if it fits.
      const owner = np.slice(0, possessive);
      // "Vodafone's response to the Commission's letter was …": the possessor after a
      // preposition is inside the phrase; its noun is not the head.
      if (owner.some((t) => /^(?:IN|TO)$/.test(t.tag))) return undefined;
      // ("Mel Brooks' hit show": a whole name too, unless the thing has a name of its own:
      // "Vin Diesel's family comedy The Pacifier" is the comedy.)
      const named = np.slice(possessive + 1).some((t) => en`^\p{Lu}`.test(t.text));
      // ("Shane Meadows' Dead Man's Shoes": capitals on both sides of the "'s", common nouns
      // after it, are one title, whole or none; not "Shoes".)
      const title =
        en`^\p{Lu}`.test(owner.at(-1)?.text ?? '') &&
        np.slice(possessive + 1).every((t) => en`^\p{Lu}`.test(t.text) && /^NNS?$/.test(t.tag));
      if (title) return np.length <= MAX_SUBJECT_WORDS ? np.map((t) => t.text) : undefined;
      // ("Pernod/NN's last major purchase": a capitalised word the lexicon knows only as a
      // common noun, a drink, is a name too.)
      const says =
        (owner.length === 1 || (owner.length <= 3 && !named)) &&
        owner.every(
          (t, k) =>
            /^NNP/.test(t.tag) ||
            (t.tag === 'NN' && en`^\p{Lu}`.test(t.text)) ||
            // ("Radio 1's chart show": a number inside a name.)
            (k > 0 && t.tag === 'CD'),
        );
      // Without its owner, only a thing with a name of its own, or one whose owner is a time or
      // the whole world ("The weekend's top 12 films", "The world's most populous country"):
      // "European football's governing body" without its owner does not say whose.
      if (!says || np.length > MAX_SUBJECT_WORDS) {
        if (!named && !SCOPE_OWNER.test(owner.at(-1)?.text ?? '')) return undefined;
        np = np.slice(possessive + 1);
      }
    } else {
      // Else the first noun run: "People suffering Alzheimer's disease" is about people.
      const first = np.findIndex((t) => /^NN/.test(t.tag));
      let end = first;
      while (end + 1 < np.length && /^NN/.test(np[end + 1]?.tag ?? '')) end++;
      // ("The 31-year-old World Cup | winning scrum-half": a run that a participle and a noun
      // go on from modifies that noun; the whole phrase, or none.)
      // (Next to each other in the sentence: not across a dash and an article, "index | - a
      // leading indicator".)
      const last = np[end];
      const at = last ? tokens.indexOf(last) : -1;
      const compound =
        at >= 0 &&
        tokens[at + 1] === np[end + 1] &&
        /^(?:VBG|VBN)$/.test(np[end + 1]?.tag ?? '') &&
        /^NN/.test(np[end + 2]?.tag ?? '');
      if (compound) np = np.length <= MAX_SUBJECT_WORDS ? np : [];
      else np = first >= 0 && end - first < 4 ? np.slice(Math.max(0, first - 1), end + 1) : [];
    }
  }
  // "the players coming | in had …": a participle's particle is part of it; cut, the phrase is garbled.
  if (
    whole &&
    /^(?:VBG|VBN)$/.test(np.at(-2)?.tag ?? '') &&
    /^(?:IN|RP)$/.test(np.at(-1)?.tag ?? '')
  )
    return np.map((t) => t.text);
  // "Up to 30 Labour MPs could oppose …": an amount's own words say how many; without them
  // ("30 Labour MPs could oppose") the label states another number. Whole, or no head.
  if (amount && np.length > 0 && np[0] !== tokens[0]) {
    if (words[0] !== tokens[0] || words.length > MAX_SUBJECT_WORDS) return undefined;
    np = words;
  }
  while (np.length > 1 && /^(?:of|IN)$/i.test(np.at(-1)?.text ?? '')) np.pop();
  // A cut that starts on "and", "of" or "'s" is part of a longer name: no safe subject.
  if (!amount && /^(?:CC|IN|TO|POS)$/.test(np[0]?.tag ?? '')) return undefined;
  // A lone modifier is the head the tagger missed ("the deal/JJ is").
  if (
    np.length > 0 &&
    !np.some((t) => /^(?:NN|PRP|CD)/.test(t.tag)) &&
    !/^JJ/.test(np.at(-1)?.tag ?? '')
  )
    return undefined;
  if (np.length === 0) return undefined;
  // "Nine (out of 10 members) have played", "(The) first (game) was launched": a number or an
  // ordinal alone has lost what it counts.
  if (
    np.length === 1 &&
    (np[0]?.tag === 'CD' ||
      /^(?:one|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|other|next|more|most|less|fewer|half|some|many|few|several|all|both|none|each|any|much)$/i.test(
        np[0]?.text ?? '',
      ))
  )
    return undefined;
  return np.map((t) => t.text);
}

/** Verbs a participle after them is the passive or perfect of ("has shocked", "was told"). */
const PARTICIPLE_HELPER =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|having|get|gets|got|gotten|getting|become|becomes|became|seem|seems|seemed|remain|remains|remained|'s|’s|'re|’re|'ve|’ve|'d|’d)$/i;

/**
 * The verb group from its first verb: helpers, modals, negation, hedging adverbs, a
 * particle, "to" plus a verb ("is alleged to have told"). Headline style drops a
 * present-tense "is"/"are" before a participle ("is alleged" -> "alleged") and, in the main
 * clause, turns "will" into "to" ("will close" -> "to close").
 */
function verbGroup(
  tokens: readonly Token[],
  v: number,
  top: boolean,
): { group: string[]; next: number } {
  const group: string[] = [];
  /** Index of the token after each word of the group. */
  const after: number[] = [];
  for (let i = v; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const nextTag = tokens[i + 1]?.tag ?? '';
    const prevIsVerb = VERB.test(tokens[i - 1]?.tag ?? '');
    // "said | being able to …": a gerund after a verb of saying opens the clause said.
    if (t.tag === 'VBG' && ATTRIBUTIVE.test(group.at(-1) ?? '')) break;
    // ("told shocked/VBN investors": a participle before a noun, after a verb that is no
    // helper, modifies the verb's object.)
    if (
      t.tag === 'VBN' &&
      /^NNS?$/.test(nextTag) &&
      VERB.test(tokens[i - 1]?.tag ?? '') &&
      !PARTICIPLE_HELPER.test(tokens[i - 1]?.text ?? '')
    )
      break;
    if (
      VERB.test(t.tag) ||
      (t.tag === 'TO' && nextTag === 'VB') ||
      (prevIsVerb && (t.tag === 'RP' || PARTICLE.test(t.text)) && !/^(?:VB|MD)/.test(nextTag)) ||
      // "was sworn in at …", "stepped in to …": an "in" with no object of its own is a particle.
      (prevIsVerb && /^in$/i.test(t.text) && /^(?:IN|TO|,|\.|:|)$/.test(nextTag))
    ) {
      group.push(t.text);
      after.push(i + 1);
      continue;
    }
    // Adverbs inside the group: a negation or hedge stays, others go ("has also said").
    if (/^RB/.test(t.tag) && (keptAdverb(t.text) || VERB.test(nextTag) || nextTag === 'TO')) {
      // ("had only just launched": "only just" is barely, one adverb; "only launched" is another
      // claim.)
      const onlyJust = /^just$/i.test(t.text) && /^only$/i.test(group.at(-1) ?? '');
      if (keptAdverb(t.text) || onlyJust) {
        group.push(t.text);
        after.push(i + 1);
      }
      continue;
    }
    break;
  }
  // The group ends on a verb or particle: a trailing "not" or "to" belongs to what follows.
  let end = group.length;
  while (end > 0 && /^(?:to|not|n't|never|no|only)$/i.test(group[end - 1] ?? '')) end--;
  const out = group.slice(0, end);
  const next = end > 0 ? (after[end - 1] as number) : v;
  if (
    top &&
    out.length >= 2 &&
    PRESENT_BE.test(out[0] ?? '') &&
    /^(?:VBN|VBG)$/.test(tokens[v + 1]?.tag ?? '') &&
    // "It is launching" stays whole: "It launching" is no headline.
    tokens[v - 1]?.tag !== 'PRP' &&
    // ("A guilty pleasure is playing Mega Touch": what the pleasure is, not what it does.)
    !(tokens[v + 1]?.tag === 'VBG' && IS_DOING_NOUN.test(tokens[v - 1]?.text ?? '')) &&
    // "the PSP is released in the US on 24 March": a passive set for a date to come stays in
    // the present; "PSP released in US" would say it has happened.
    !(
      tokens[v + 1]?.tag === 'VBN' &&
      tokens[v + 2]?.tag !== 'TO' &&
      COMING_DATE.test(
        tokens
          .slice(v + 2)
          .map((t) => t.text)
          .join(' '),
      )
    )
  )
    out.shift();
  // ("They will be banned" stays: "They to be banned" is no English.)
  if (
    top &&
    out[0]?.toLowerCase() === 'will' &&
    tokens[v + 1]?.tag === 'VB' &&
    tokens[v - 1]?.tag !== 'PRP' &&
    // ("Passengers will need to own …", "McIlroy will hope to …": not "… to need to own …".)
    !(
      /^(?:need|have|hope|want|try|seek|aim|plan|expect|intend|wish)$/i.test(
        tokens[v + 1]?.text ?? '',
      ) && tokens[v + 2]?.tag === 'TO'
    )
  )
    out[0] = 'to';
  return { group: out, next };
}

/**
 * The last words of a run of names, at most four: "carmaker General Motors". A run that holds
 * an office is cut to the person's name after it when words before would go ("Deputy Health
 * Minister Rhona Brankin", "former Prime Minister John Major"): the office without its
 * "Deputy" or "former" is another office.
 */
function lastNameWords(names: readonly Token[], wordsBefore: boolean): Token[] {
  if (names.length <= 4 && !wordsBefore) return [...names];
  // ("New York Attorney General Elliot Spitzer": "General" of "Attorney General" is the
  // office's too; not of "General Motors".)
  const office = names.findLastIndex(
    (t, i) =>
      OFFICE_IN_NAME.test(t.text) ||
      (t.text === 'General' && GENERAL_OFFICE.test(names[i - 1]?.text ?? '')),
  );
  const person = names.length - office - 1;
  return office >= 0 && person >= 1 && person <= 3 ? names.slice(office + 1) : names.slice(-4);
}

const GENERAL_OFFICE =
  /^(?:Attorney|Solicitor|Auditor|Surgeon|Secretary|Director|Inspector|Advocate)$/;

const OFFICE_IN_NAME =
  /^(?:Minister|Secretary|President|Vice-President|Chancellor|Chairman|Chairwoman|Leader|Governor|Senator|Mayor|Commissioner|Ambassador|Judge|Speaker|Attorney|Prosecutor|Spokesman|Spokeswoman|Coach|Manager|Captain|Editor|Envoy|Premier|Treasurer|Whip|Professor)$/;

/**
 * Whether the object ending at `at` is one thing of which a gerund after it tells more: a
 * singular noun after "a" or "an" ("a draft bill proposing …"), the object of a verb that takes
 * no gerund of its own ("saw a man running", "left a fan wondering" are one event).
 */
function describedThing(tokens: readonly Token[], at: number, verb: string): boolean {
  if (tokens[at]?.tag !== 'NN' || GERUND_OBJECT_VERB.test(verb)) return false;
  // ("lead to a formal bid | being accepted": a helper's gerund is the clause the noun is subject of.)
  if (/^(?:being|having|getting)$/i.test(tokens[at + 1]?.text ?? '')) return false;
  let k = at - 1;
  while (k >= 0 && /^(?:JJ|NN|VBN|CD)$/.test(tokens[k]?.tag ?? '')) k--;
  return /^an?$/i.test(tokens[k]?.text ?? '');
}
const GERUND_OBJECT_VERB =
  /^(?:see|sees|saw|seen|seeing|hear|hears|heard|watch|watches|watched|notice|noticed|spot|spotted|find|finds|found|catch|caught|keep|keeps|kept|leave|leaves|left|spend|spends|spent|have|has|had|get|gets|got|set|sets|send|sends|sent|stop|stops|stopped|prevent|prevented|picture|pictured|film|filmed|photograph|photographed|show|shows|showed|shown|imagine|imagined|quote|quoted|describe|described)$/i;

/** An amount of money, or a number with its unit: "$180bn", "£600m". */
const MONEY = /^[$£€¥]\d|^\d[\d.,]*(?:bn|tn|m)$/;
/** Words after an amount that say what it is measured against: "14% | above normal". */
const COMPARED_WITH = /^(?:above|below|higher|lower|more|less|than|up|down)$/;
/** Words after an amount that say what it is measured from: "70 years | after …". */
const MEASURED_FROM =
  /^(?:after|before|ago|later|earlier|since|south|north|east|west|away|from|behind|ahead|short)$/;

/** Nouns of how much one thing tells on another, said with "on": "little impact on markets". */
const ACTS_ON_NOUN = /^(?:impacts?|effects?|influence|bearing)$/i;

/**
 * A noun phrase from `from` of common words that say what a thing is ("internet service
 * provider", "Boston-based private investment firm") and then its name of two to four words
 * ("UK Online"), ending where the phrase ends: where the name starts and the phrase ends.
 */
function describedName(
  tokens: readonly Token[],
  from: number,
): { start: number; end: number } | undefined {
  let k = from;
  if (/^(?:a|an|the)$/i.test(tokens[k]?.text ?? '')) k++;
  let common = 0;
  // (Common words: in lower case, or a place's adjective, "Boston-based".)
  while (
    /^(?:JJ|NN|NNS|VBN)$/.test(tokens[k]?.tag ?? '') &&
    en`^\p{Ll}|^\p{Lu}\p{L}*-\p{Ll}+$`.test(tokens[k]?.text ?? '')
  ) {
    if (/^NNS?$/.test(tokens[k]?.tag ?? '')) common++;
    k++;
  }
  if (common === 0) return undefined;
  const start = k;
  while (/^NNPS?$/.test(tokens[k]?.tag ?? '') && en`^\p{Lu}`.test(tokens[k]?.text ?? '')) k++;
  const words = k - start;
  if (words < 2 || words > 4) return undefined;
  // (Not a name that goes on: "Ryan Giggs | and Roy Keane", "UK Online's", "Bank of England".)
  const next = tokens[k];
  if (next && !/^(?:[,;:.!?]|IN|TO|WDT|WP|WRB|VB[DPZ]?|MD)$/.test(next.tag)) return undefined;
  if (next && /^of$/i.test(next.text)) return undefined;
  return { start, end: k };
}

/** Determiners that say how many: "no", "some", "all", "every", "another", … */
const COUNTING_DETERMINER =
  /^(?:no|some|any|all|every|each|another|both|either|neither|this|these)$/i;
/** A span an amount holds for each of: "in each of the past two years", "every year", "a month". */
const EACH_SPAN = /^(?:in each|each|every|per|a (?:year|month|week|day|season)|an hour)\b/i;

const SOCIAL_MEDIUM = /^(?:Twitter|Instagram|Facebook|YouTube|TikTok|Weibo|Snapchat|Reddit)$/;

/**
 * "on Thursday | to hail …", "last month | to describe …": the number of words of a time phrase
 * at i that a "to"-infinitive follows (0 for none).
 */
function timeBeforePurpose(tokens: readonly Token[], i: number): number {
  const words =
    (tokens[i]?.tag === 'IN' || /^(?:last|this|next)$/i.test(tokens[i]?.text ?? '')) &&
    TIME_WORD.test(tokens[i + 1]?.text ?? '')
      ? 2
      : /^(?:yesterday|today|tonight)$/i.test(tokens[i]?.text ?? '')
        ? 1
        : 0;
  return words > 0 && tokens[i + words]?.tag === 'TO' && tokens[i + words + 1]?.tag === 'VB'
    ? words
    : 0;
}

/**
 * The object's head: the first noun phrase after the verb group (or a preposition and its
 * noun phrase when the verb takes none: "took to Twitter"), with "of" and its noun after a
 * quantity ("8% of Google"), and a "to"-infinitive of purpose when the budget allows. It ends
 * on a noun (or is empty).
 */
function complement(
  tokens: readonly Token[],
  budget: number,
  afterCopula = false,
  verb = '',
): string[] | null {
  const out: Token[] = [];
  // "did not want | or need an assembly", "will buy | and sell shares": two verbs share the
  // object that follows the second; the first alone has lost it.
  if (
    tokens[0]?.tag === 'CC' &&
    /^(?:VB[DPZN]?|NN)$/.test(tokens[1]?.tag ?? '') &&
    /^(?:DT|PRP\$?|NNS?|NNPS?|JJ|CD)$/.test(tokens[2]?.tag ?? '')
  )
    return null;
  // "can be | anything other than …": an indefinite pronoun says nothing on its own.
  if (
    afterCopula &&
    /^(?:anything|something|nothing|everything)$/i.test(
      tokens.find((t) => !/^RB/.test(t.tag))?.text ?? '',
    )
  )
    return null;
  // "was confident", "is dead": a predicate adjective is the complement's head.
  const firstAt = tokens.findIndex((t) => !/^RB/.test(t.tag));
  const first = tokens[firstAt];
  if (
    afterCopula &&
    first &&
    /^JJ/.test(first.tag) &&
    !/^NN/.test(tokens[firstAt + 1]?.tag ?? '')
  ) {
    // "is little | more than a law", "was keen | to make": the adjective alone misstates it.
    const next = tokens[firstAt + 1];
    // ("will be happy | just to have an opportunity …", "was happy | only to be there": an
    // adverb between the adjective and its infinitive; alone, the adjective says another thing.)
    if (/^RB/.test(next?.tag ?? '') && tokens[firstAt + 2]?.tag === 'TO') return null;
    // "has been digital | and personal video recorders": the adjective's noun comes after the
    // next adjective; alone, it is another claim.
    if (next?.tag === 'CC') {
      let k = firstAt + 2;
      while (/^JJ/.test(tokens[k]?.tag ?? '')) k++;
      if (k > firstAt + 2 && /^NN/.test(tokens[k]?.tag ?? '')) return null;
    }
    // "it is worth | debating a cap": what it is worth is the point.
    if (/^worth$/i.test(first.text)) return null;
    const verb = tokens[firstAt + 2];
    // "delighted to have received …": the adjective alone says it.
    if (next?.tag === 'TO' && /^have$/i.test(verb?.text ?? '')) return [first.text];
    // "looks certain | to be out": what it is certain to be is the point.
    if (next?.tag === 'TO' && /^be$/i.test(verb?.text ?? '')) return null;
    // "keen to secure someone": the infinitive and its object come along, when they fit.
    if (next?.tag === 'TO' && verb?.tag === 'VB') {
      const object = complement(
        tokens.slice(firstAt + 3),
        Math.min(3, budget - 3),
        false,
        verb.text,
      );
      // "certain to come | down hard on …": the verb's particle or preposition did not come along.
      const beyond = tokens[firstAt + 3];
      if (
        object?.length === 0 &&
        beyond &&
        (beyond.tag === 'RP' ||
          PARTICLE.test(beyond.text) ||
          // "glad to see | the back of …": the verb's object did not fit.
          // ("difficult to get | to": nor its stranded preposition.)
          /^(?:IN|TO|DT|PRP\$?|NNS?|NNPS?|JJ|CD)$/.test(beyond.tag))
      )
        return null;
      return object && budget >= 3 + object.length
        ? [first.text, 'to', verb.text, ...object]
        : null;
    }
    // "are now more | nervous about …": a degree word and its adjective go together.
    if (/^(?:more|less|most|least|very|so|too|increasingly)$/i.test(first.text)) {
      if (!next || !/^JJ/.test(next.tag)) return null;
      const after = tokens[firstAt + 2];
      if (/^(?:than|as|to|that)$/i.test(after?.text ?? '')) return null;
      return [first.text, next.text];
    }
    if (next && (/^(?:JJR|RBR)$/.test(next.tag) || /^(?:more|than|enough|of)$/i.test(next.text)))
      return null;
    // "said he was confident | the chancellor would meet …": the adjective's clause is the point.
    if (next && (/^that$/i.test(next.text) || opensClause(tokens, firstAt + 1))) return null;
    // "is best | known for …": the participle is the head, and it needs what follows.
    if (next?.tag === 'VBN') return null;
    // "was responsible | for directing …", "is unable | to …": the adjective needs what follows.
    if (next?.tag === 'IN' && verb?.tag === 'VBG') return null;
    if (/^(?:IN|TO)$/.test(next?.tag ?? '') && NEEDS_COMPLEMENT_ADJECTIVE.test(first.text)) {
      // ("has been key | to the discoveries": the adjective's phrase comes along when it fits
      // whole, read with a copula's checks.)
      // (Not an infinitive: "ready to go | home" is another rule's. Nor a phrase whose noun a
      // clause after it narrows: "open to writers of all nationalities | who write in English".
      // "only" stays: "are only available in the Windows version".)
      const only = tokens.slice(0, firstAt).some((t) => /^only$/i.test(t.text)) ? ['only'] : [];
      const phrase =
        next?.tag === 'TO' && !/^(?:DT|PRP\$|NNS?|NNPS?|JJ|CD)$/.test(verb?.tag ?? '')
          ? null
          : complement(tokens.slice(firstAt + 1), budget - 1 - only.length, true);
      if (!phrase || phrase.length < 2 || phrase[0] !== next?.text) return null;
      const lastAt = tokens.findIndex(
        (t, k) => k > firstAt + 1 && t.text === phrase.at(-1) && NOUN.test(t.tag),
      );
      // (Nor one cut before an object: "ready to poach | him", its verb read as a noun.)
      const after = tokens[lastAt + 1];
      if (/^(?:who|whose|which|that|whom)$/i.test(after?.text ?? '')) return null;
      if (/^(?:PRP|DT|NNS?|NNPS?)$/.test(after?.tag ?? '')) return null;
      // (Nor one a phrase after it narrows: "essential for human spaceflight | beyond Earth
      // orbit", "key to the success | of the plan"; one of when, or a clause, may follow:
      // "renowned for … | during his stand-up"; not "until", which ends the state: "was
      // little-known in the UK | until he started …".)
      if (after?.tag === 'IN' && !CLAUSE_OR_TIME_PREPOSITION.test(after.text)) return null;
      return [...only, first.text, ...phrase];
    }
    // ("pleaded not guilty": a negation before the adjective is said with it; "is not
    // available | commercially yet" is not "not available" at all.)
    const negation = tokens.slice(0, firstAt).filter((t) => /^(?:not|never)$/i.test(t.text));
    if (negation.length > 0 && /^RB/.test(next?.tag ?? '')) return null;
    return [...negation.map((t) => t.text), first.text];
  }
  let usedPreposition = false;
  let i = 0;
  /** The token pushed last: the loop may stop on it (a break) or past it (the budget). */
  let pushedLast: Token | undefined;
  const push = (t: Token, as: Token = t) => {
    out.push(as);
    pushedLast = t;
  };
  for (; i < tokens.length && out.length < budget; i++) {
    // "launched by | internet service provider | UK Online": a noun phrase that ends on a
    // name of two or more words, with common words before it that say what it is, is named by
    // the name alone when the whole does not fit (as a headline says "launched by UK Online").
    if (out.length === 0 || /^(?:IN|TO)$/.test(out.at(-1)?.tag ?? '')) {
      const name = describedName(tokens, i);
      if (name && name.end - i > budget - out.length) i = name.start;
    }
    const t = tokens[i] as Token;
    const prev = out.at(-1);
    // ("took to Twitter | on Thursday | to hail the mission": a day between the object and a
    // purpose clause says when; the purpose comes along past it.)
    const when = prev && NOUN.test(prev.tag) ? timeBeforePurpose(tokens, i) : 0;
    if (when > 0) {
      i += when - 1;
      continue;
    }
    if (/^[,;:.!?]$/.test(t.text) || t.tag === 'CC' || t.tag === 'WDT' || t.tag === 'WP') break;
    // ("avoided bankruptcy | thanks to a $4.5bn bail-out": "thanks to", "due to" open a phrase
    // of why, as a preposition does, not a noun of the object.)
    if (/^(?:thanks|due|owing)$/i.test(t.text) && /^to$/i.test(tokens[i + 1]?.text ?? '')) break;
    // ("risen by a fifth", "a third of Seagram": "a" before a fraction is the amount, not an
    // article; before an ordinal, "a sixth straight session", it goes.)
    // ("affected for an hour", "one of a number of companies": not "for hour", "of number of".)
    const amount =
      FRACTION.test(tokens[i + 1]?.text ?? '') ||
      (/^(?:IN|TO)$/.test(tokens[i - 1]?.tag ?? '') &&
        /^(?:hour|day|week|month|year|minute|decade|number|host|lot|couple|handful)$/i.test(
          tokens[i + 1]?.text ?? '',
        ));
    const fraction =
      /^an?$/i.test(t.text) && amount && !/^(?:NN|JJ)/.test(tokens[i + 2]?.tag ?? '');
    // ("unable to take to the court": "take to court" is to sue; "out of the office" is not
    // "out of office". Before these nouns, after a preposition, "the" stays.)
    const idiom =
      /^the$/i.test(t.text) &&
      /^(?:IN|TO)$/.test(tokens[i - 1]?.tag ?? '') &&
      BARE_IDIOM_NOUN.test(tokens[i + 1]?.text ?? '');
    if (DROP_DET.test(t.text)) {
      if (!keepsArticle(tokens, i) && !fraction && !idiom) continue;
      // ("a lot of India", "by a fifth", "to the court": the article the amount or idiom keeps.)
      // ("risen by a fifth | in each of the past two years": not an amount per span said once.)
      if (
        fraction &&
        EACH_SPAN.test(
          tokens
            .slice(i + 2, i + 5)
            .map((n) => n.text)
            .join(' '),
        )
      )
        break;
      push(t);
      continue;
    }
    if (t.tag === 'TO' && tokens[i + 1]?.tag === 'VB') {
      // "to hail the mission": a purpose clause, its verb and object, when they fit.
      if (!prev || !NOUN.test(prev.tag)) break;
      // "cause few heads | to turn", "asked him | to leave": the object needs its infinitive.
      // ("will do nothing | to reassure investors": so does doing nothing.)
      // ("took to Twitter | to hail …": what they went on social media to do is the news.)
      const needsInfinitive =
        OBJECT_CONTROL.test(verb) ||
        (SOCIAL_MEDIUM.test(prev.text) &&
          /^(?:take|takes|took|taken|taking|turn|turns|turned|turning)$/i.test(verb)) ||
        (/^(?:do|does|did|doing|done)$/i.test(verb) &&
          /^(?:nothing|little|much|everything|something|anything|enough)$/i.test(prev.text));
      if (out.length + 3 > budget) {
        if (needsInfinitive) return null;
        break;
      }
      const rest = complement(
        tokens.slice(i + 2),
        Math.min(4, budget - out.length - 2),
        false,
        (tokens[i + 1] as Token).text,
      );
      // "right to exist": a verb with nothing after it stands alone.
      const ends =
        tokens[i + 2] === undefined ||
        /^[,;:.!?]$/.test(tokens[i + 2]?.tag ?? '.') ||
        (tokens[i + 2]?.tag === 'CC' && tokens[i + 3]?.tag !== 'VB');
      // "urged drivers | to continue to shop around": the object needs its infinitive; a
      // purpose ("kicked 14 points | to help keep alive …") may go.
      if (rest === null || (rest.length === 0 && !ends)) {
        if (needsInfinitive) return null;
        break;
      }
      return [...out.map((o) => o.text), 'to', (tokens[i + 1] as Token).text, ...rest];
    }
    // "at least one mobile", "at most 40": the amount's own words.
    if (
      /^at$/i.test(t.text) &&
      /^(?:least|most)$/i.test(tokens[i + 1]?.text ?? '') &&
      out.length === 0
    ) {
      push(t);
      push(tokens[i + 1] as Token, { text: (tokens[i + 1] as Token).text, tag: 'JJ' });
      i++;
      continue;
    }
    if (t.tag === 'IN' || t.tag === 'TO') {
      const asPreposition =
        /^as$/i.test(t.text) &&
        /^(?:DT|JJ|NN)/.test(tokens[i + 1]?.tag ?? '') &&
        !opensClause(tokens, i + 1);
      if (SUBORDINATOR.test(t.text) && !asPreposition) break;
      // "trying for a while", "on Sunday": when, not what.
      if (
        out.length === 0 &&
        (TIME_WORD.test(tokens[i + 1]?.text ?? '') ||
          (DROP_DET.test(tokens[i + 1]?.text ?? '') &&
            /^(?:while|time|moment)$/i.test(tokens[i + 2]?.text ?? '')))
      )
        break;
      const ofQuantity =
        /^of$/i.test(t.text) && prev && /^(?:CD|NNS?)$/.test(prev.tag) && out.length <= 3;
      const opening = out.length === 0 && !usedPreposition;
      if (!(ofQuantity || opening)) break;
      usedPreposition = true;
      push(t);
      continue;
    }
    // "accused of bullying staff", "fined for selling unsafe toys": a gerund right after the
    // preposition that opens the object is its head, with its own noun phrase. (Not one that
    // goes on past it: "charged with trying | to smuggle …", "providing tourists | with …",
    // "after using his blog | to criticise …"; nor a helper's, "after being confronted", nor
    // one after a particle, "could end up | being a battle".)
    if (
      t.tag === 'VBG' &&
      out.length === 1 &&
      prev?.tag === 'IN' &&
      tokens[i - 1] === prev &&
      !PARTICLE.test(prev.text) &&
      !/^(?:being|having|getting)$/i.test(t.text)
    ) {
      const end = gerundPhraseEnd(tokens, i + 1);
      if (end < 0 || out.length + 1 + (end - i - 1) > budget) break;
      push(t);
      continue;
    }
    // "stated | they could not see …": a subject pronoun opens a clause, it is no object.
    if (t.tag === 'PRP' && /^(?:i|we|they|he|she)$/i.test(t.text)) return null;
    // "made no arrests", "will cut some jobs", "sold all its shares": a determiner that says how
    // many (or none) opens the noun phrase and stays with it; without it the label says another
    // thing ("made arrests").
    // ("some three dozen officers": "some" before a number says "about", and that number's
    // noun may come after what follows; no object then, as before.)
    // (Not a name's "All Nippon", a date's "this year's", nor a clause's subject after
    // "before": "consulted before any changes are made".)
    if (
      t.tag === 'DT' &&
      COUNTING_DETERMINER.test(t.text) &&
      en`^\p{Ll}`.test(t.text) &&
      !TIME_WORD.test(tokens[i + 1]?.text ?? '') &&
      !/^(?:before|after|until|till|since|once)$/i.test(tokens[i - 1]?.text ?? '') &&
      /^(?:JJ[RS]?|NNS?|NNPS?|PRP\$|VBG|VBN)$/.test(tokens[i + 1]?.tag ?? '')
    ) {
      push(t, { text: t.text, tag: 'JJ' });
      continue;
    }
    // A pronoun after other words starts a new clause ("confident it would …").
    if (t.tag === 'PRP' && out.some((o) => o.tag !== 'IN' && o.tag !== 'TO')) break;
    // "did not have enough/RB impact": a quantity word before the noun stays.
    if (
      /^RB/.test(t.tag) &&
      /^(?:enough|much|more|less|fewer|any)$/i.test(t.text) &&
      /^NN/.test(tokens[i + 1]?.tag ?? '')
    ) {
      push(t, { text: t.text, tag: 'JJ' });
      continue;
    }
    // "more than five million copies": the amount's own words.
    if (
      out.length === 0 &&
      /^(?:more|less|fewer)$/i.test(t.text) &&
      /^than$/i.test(tokens[i + 1]?.text ?? '') &&
      tokens[i + 2]?.tag === 'CD'
    ) {
      push(t, { text: t.text, tag: 'JJ' });
      push(tokens[i + 1] as Token, { text: 'than', tag: 'JJ' });
      i++;
      continue;
    }
    // ("the most beautiful city": "beautiful city" alone says less; the superlative's word
    // stays with its adjective.)
    if (/^(?:most|least)$/i.test(t.text) && /^JJ/.test(tokens[i + 1]?.tag ?? '')) {
      push(t, { text: t.text, tag: 'JJ' });
      continue;
    }
    // "nearly 200,000 vehicles": an amount keeps its hedge.
    if (/^RB/.test(t.tag) && keptAdverb(t.text) && tokens[i + 1]?.tag === 'CD') {
      push(t);
      continue;
    }
    // "to step | down from the GLA": a phrasal verb's particle stays with it.
    if (out.length === 0 && (t.tag === 'RP' || (/^RB/.test(t.tag) && PARTICLE.test(t.text)))) {
      push(t, { text: t.text, tag: 'RP' });
      continue;
    }
    // ("may have only a small readership": "only" limits the object; without it, another claim.)
    if (
      /^only$/i.test(t.text) &&
      out.length === 0 &&
      tokens[i - 1]?.tag !== 'DT' &&
      /^(?:DT|JJ|CD|NN)/.test(tokens[i + 1]?.tag ?? '')
    ) {
      push(t);
      continue;
    }
    if (/^RB/.test(t.tag) && out.length === 0) continue;
    // A participle or gerund after a determiner is a noun ("the opening", "the killing").
    const nounLike =
      // ("more | than five million copies" needs what follows: not a pronoun then.)
      (out.length === 0 &&
        QUANTITY_PRONOUN.test(t.text) &&
        !/^than$/i.test(tokens[i + 1]?.text ?? '')) ||
      // "his starting line-up": a gerund after a possessive or adjective modifies a noun.
      (t.tag === 'VBG' &&
        /^(?:PRP\$|JJ|POS|NNP)$/.test(tokens[i - 1]?.tag ?? '') &&
        /^NN/.test(tokens[i + 1]?.tag ?? '')) ||
      // "Celtic's Boxing Day meeting | with Hearts": a gerund ending a noun phrase is its head.
      (t.tag === 'VBG' &&
        /^(?:NN|JJ)/.test(prev?.tag ?? '') &&
        /^(?:IN|CC|,|\.|:)$/.test(tokens[i + 1]?.tag ?? '.')) ||
      // "the Christmas greeting": a gerund ending a noun phrase after a noun is its head.
      (t.tag === 'VBG' &&
        /^NN/.test(prev?.tag ?? '') &&
        DROP_DET.test(tokens[i - 2]?.text ?? '')) ||
      NOUN.test(t.tag) ||
      ((t.tag === 'VBG' || t.tag === 'VBN') && DROP_DET.test(tokens[i - 1]?.text ?? ''));
    if (nounLike) {
      push(t, { text: t.text, tag: NOUN.test(t.tag) ? t.tag : 'NN' });
      // ("rose 5 per cent", not "rose 5": a number's unit is its own words.)
      if (
        t.tag === 'CD' &&
        /^per$/i.test(tokens[i + 1]?.text ?? '') &&
        /^cent$/i.test(tokens[i + 2]?.text ?? '')
      ) {
        if (out.length + 2 > budget) return null;
        push(tokens[i + 1] as Token, { text: 'per', tag: 'CD' });
        push(tokens[i + 2] as Token, { text: 'cent', tag: 'NN' });
        i += 2;
        continue;
      }
      const nextTag = tokens[i + 1]?.tag ?? '';
      // The noun phrase ends at its last noun, unless "of" follows a quantity.
      // "the amount | countries could export": a clause starts at the next noun.
      if (/^NN/.test(nextTag) && /^(?:MD|VB[DPZ])$/.test(tokens[i + 2]?.tag ?? '')) {
        // "direction New | Labour should …": a name cut in two is no object.
        if (/^NNP/.test(t.tag) && /^NNP/.test(nextTag)) return null;
        break;
      }
      const purpose =
        (nextTag === 'TO' && tokens[i + 2]?.tag === 'VB') || timeBeforePurpose(tokens, i + 1) > 0;
      // "the Christmas greeting | on …": a gerund ending the phrase is its head.
      const gerundHead =
        nextTag === 'VBG' && !/^(?:DT|NN|NNS|NNP|PRP\$|JJ)$/.test(tokens[i + 2]?.tag ?? '');
      // A second noun phrase ("gave Miresmaeili | a reward") or a name going on past "and"
      // ("single Black | and White Town"): the object does not fit, so there is none.
      // ("£6m | a year" is a rate, not a second object.)
      const rate =
        /^(?:a|an|each|every|per)$/i.test(tokens[i + 1]?.text ?? '') &&
        TIME_WORD.test(tokens[i + 2]?.text ?? '');
      // ("won the award | this year": a time after the object says when, and ends it.)
      if (/^this$/i.test(tokens[i + 1]?.text ?? '') && TIME_WORD.test(tokens[i + 2]?.text ?? ''))
        break;
      const secondObject =
        /^(?:DT|\$|PRP\$)$/.test(nextTag) && tokens[i + 1]?.text !== 'that' && !rate;
      // ("starred in Collateral/NN | and Ray": a capitalised word is a name, whatever its tag.)
      const nameGoesOn =
        (/^NNP/.test(t.tag) || (i > 0 && en`^\p{Lu}\p{Ll}`.test(t.text))) &&
        nextTag === 'CC' &&
        /^NNP/.test(tokens[i + 2]?.tag ?? '');
      if (secondObject || nameGoesOn) return null;
      // "£6m a year": the rate belongs to the amount.
      if (rate) {
        push(tokens[i + 1] as Token);
        push(tokens[i + 2] as Token, { text: (tokens[i + 2] as Token).text, tag: 'NN' });
        i += 2;
        break;
      }
      // A number counts what follows it ("two finance officers"), whatever its tag.
      const counted =
        t.tag === 'CD' &&
        en`^\p{Ll}+$`.test(tokens[i + 1]?.text ?? '') &&
        !/^(?:IN|TO|CC|WDT|WP)$/.test(nextTag);
      if (counted) continue;
      // "Home Office | permanent secretary": an adjective inside a compound noun phrase.
      // ("evidence | next week" is when, not a compound.)
      // ("number one | single/JJ with": after a number, an "adjective" ending the phrase is its noun.)
      const compound =
        (/^JJ$/.test(nextTag) &&
          /^NNS?$/.test(tokens[i + 2]?.tag ?? '') &&
          !TIME_OPENING.test(tokens[i + 1]?.text ?? '') &&
          !TIME_WORD.test(tokens[i + 2]?.text ?? '')) ||
        ((t.tag === 'CD' || /^one$/i.test(t.text)) &&
          nextTag === 'JJ' &&
          /^(?:IN|,|\.|:|CC)$/.test(tokens[i + 2]?.tag ?? '.'));
      if (
        !/^(?:NNS?|NNPS?|POS|CD)$/.test(nextTag) &&
        !compound &&
        tokens[i + 1]?.text !== 'of' &&
        !purpose &&
        !gerundHead
      )
        break;
      continue;
    }
    // ("with underused/VBN capacity", "told shocked/VBN investors": a participle opening the
    // object or a preposition's phrase, before its noun, modifies it.)
    if (
      t.tag === 'VBN' &&
      (out.length === 0 || /^(?:IN|TO)$/.test(prev?.tag ?? '')) &&
      /^NNS?$/.test(tokens[i + 1]?.tag ?? '')
    ) {
      push(t, { text: t.text, tag: 'JJ' });
      continue;
    }
    if (MODIFIER.test(t.tag) && t.tag !== 'VBN' && t.tag !== 'VBG') {
      const nextTag = tokens[i + 1]?.tag ?? '';
      // An "adjective" ending a phrase after a determiner is its noun ("the hospital/JJ at"),
      // as after a number ("the new number one single/JJ with").
      // ("the best | supporting actor award": a gerund there modifies the noun after it.)
      const head =
        /^(?:JJ|JJS)$/.test(t.tag) &&
        (DROP_DET.test(tokens[i - 1]?.text ?? '') ||
          tokens[i - 1]?.tag === 'CD' ||
          /^one$/i.test(tokens[i - 1]?.text ?? '')) &&
        !/^(?:NN|JJ|CD|VBG)/.test(nextTag);
      push(t, head ? { text: t.text, tag: 'NN' } : t);
      // "a total/JJ | of 14 points": the quantity's "of" follows.
      if (head && !/^of$/i.test(tokens[i + 1]?.text ?? '')) break;
      continue;
    }
    break;
  }
  const last = out.at(-1);
  const afterLast = pushedLast ? tokens[tokens.indexOf(pushedLast) + 1] : undefined;
  // "made no announcement | about the next Xbox", "had no option | but to …", "saw no reason
  // | to cut": none of a thing, cut from what bounds it, denies more than the sentence does.
  // "created in every sector | except manufacturing": all of them, cut from the exception.
  const howMany = out.find((o) => /^(?:no|any|every|all|each)$/i.test(o.text))?.text;
  if (
    howMany !== undefined &&
    afterLast &&
    (/^(?:IN|TO|WDT|WP|WRB)$/.test(afterLast.tag) || /^(?:but|that)$/i.test(afterLast.text)) &&
    (/^(?:no|any)$/i.test(howMany) ||
      /^(?:except|excluding|bar|barring|save|but|apart|other)$/i.test(afterLast.text))
  )
    return null;
  // A number whose noun did not come ("to miss two | forthcoming games"): no object at all.
  // (Not an amount of money, which is its own noun, before a clause: "lost about $180bn | when
  // …"; "£23,000 | apiece", "£39.99 | monthly price tag" go on with it.)
  if (
    last?.tag === 'CD' &&
    afterLast &&
    !(MONEY.test(last.text) && afterLast.tag === 'WRB') &&
    en`^\p{Ll}+$`.test(afterLast.text) &&
    !/^(?:IN|TO|CC)$/.test(afterLast.tag)
  )
    return null;
  // What the object needs right after it: "70 years | after …", "two weeks | before …", "14
  // miles | south of …" (a quantity measured from something), "his eyes | closed" (an object's
  // complement). Cut there, the object misstates: there is none.
  const following = afterLast?.text.toLowerCase() ?? '';
  // ("comes days | after the launch": a span of time needs no number to be measured.)
  // (The number counts the last noun: "70 years", "14 miles"; "a $540m repayment demand | from
  // foreign banks" says whose demand, not from where it is measured.)
  const quantity =
    (out.at(-2)?.tag === 'CD' || TIME_SPAN.test(last?.text ?? '')) &&
    /^NNS?$/.test(last?.tag ?? '');
  // ("was predicted to be about 14% | above normal": a share said against something; "rose 15%
  // | from a year ago" says by how much, whole.)
  if (/%$/.test(last?.text ?? '') && COMPARED_WITH.test(following)) return null;
  if (quantity && (MEASURED_FROM.test(following) || COMPARED_WITH.test(following))) return null;
  // "spent five weeks | at number one", "took three years | to build": a span of time is
  // no object on its own; what filled it is the point.
  if (
    TIME_SPAN.test(last?.text ?? '') &&
    // ("was suspended | for two years | in 1998": a span after a preposition says how long.)
    !out.some((t) => t.tag === 'IN' || t.tag === 'TO') &&
    /^(?:IN|TO|VBG)$/.test(afterLast?.tag ?? '') &&
    !/^(?:of)$/i.test(following)
  )
    return null;
  if (
    last &&
    /^NN/.test(last.tag) &&
    /^(?:VBN|VBD)$/.test(afterLast?.tag ?? '') &&
    !/^(?:JJ)$/.test(out.at(-2)?.tag ?? '-')
  )
    return null;
  // "left the mother-of-six | mortified but …": an adjective completing the object.
  // ("copies | worldwide", "sold | online": where, not what the object is.)
  if (
    last &&
    /^NN/.test(last.tag) &&
    /^JJ$/.test(afterLast?.tag ?? '') &&
    !PLACE_ADVERB.test(following) &&
    pushedLast
  ) {
    const beyond = tokens[tokens.indexOf(pushedLast) + 2];
    if (!beyond || beyond.tag === 'CC' || /^[,;:.!?]$/.test(beyond.text)) return null;
  }
  // "make it | easier to …", "keep them | safe": a pronoun object needs its complement.
  if (out.length === 1 && last?.tag === 'PRP' && /^(?:JJ[RS]?|VB|RBR)$/.test(afterLast?.tag ?? ''))
    return null;
  // "was four-hundredths of a second | ahead of Rosberg": an amount that says by how much.
  if (afterCopula && /^(?:ahead|behind|clear|short|adrift|apart)$/.test(following)) return null;
  // "has been a work | in progress", "is a member | of …": a copula's noun cut before its
  // preposition misstates what the subject is.
  // ("was in his yard | on Muller Road": a place said with its own preposition is whole; the
  // next phrase says more of where, not what the subject is. Not an idiom that needs its own:
  // "on course | for victory", "in talks | with …", "in charge | of …".)
  if (
    afterCopula &&
    !(
      out[0]?.tag === 'IN' &&
      /^(?:in|at|on)$/i.test(out[0].text) &&
      following !== 'of' &&
      !PP_IDIOM.test(last?.text ?? '')
    ) &&
    (last?.tag === 'NN' ||
      /^(?:latest|first|last|best|worst|biggest|largest|only)$/i.test(last?.text ?? '')) &&
    /^(?:in|of|for|on|at|to|from|with|without|between|ever)$/.test(following)
  )
    // ("is a member | of the board": the phrase comes along when it fits; not where what it
    // says is bounded after it: "the auction was the first in the US | to be devoted to …", "it
    // is time for Mr Livingstone | to say sorry", "has been agnostic on the issue | until now".)
    return pushedLast && /^NN/.test(last?.tag ?? '')
      ? closedPhrase(
          tokens,
          tokens.indexOf(pushedLast),
          out,
          budget,
          (next) => next.tag === 'TO' || BOUNDING_WORD.test(next.text),
        )
      : null;
  // Out of words inside a noun phrase ("instructed two | finance officers"): no object at all.
  const stoppedByBudget = out.length >= budget && i < tokens.length && tokens[i] !== pushedLast;
  if (stoppedByBudget && /^(?:NN|CD|JJ|POS)/.test(tokens[i]?.tag ?? '')) return null;
  // End on the phrase's head: a noun, never a preposition or a modifier.
  // "play Hanks' | code-cracking partner": a possessor whose noun was lost is not the object.
  while (out.length > 0 && !NOUN.test(out.at(-1)?.tag ?? ''))
    if (out.pop()?.tag === 'POS') return null;
  // "accused a journalist | of being …", "banned him | from driving": the object's own
  // complement is an action the headline would lose.
  const head = out.at(-1);
  const at = head ? tokens.findIndex((t) => t.text === head.text) : -1;
  if (
    at >= 0 &&
    /^(?:of|for|from|with|against|into|on|about)$/i.test(tokens[at + 1]?.text ?? '') &&
    tokens[at + 2]?.tag === 'VBG'
  )
    return null;
  // "piloted by the Royal National Institute | for Deaf People": a name that goes on across
  // "for" or "of" is cut inside; the label would name another body.
  if (
    head &&
    /^NNPS?$/.test(head.tag) &&
    /^(?:for|of)$/i.test(tokens[at + 1]?.text ?? '') &&
    /^NNPS?$/.test(tokens[at + 2]?.tag ?? '') &&
    !TIME_WORD.test(tokens[at + 2]?.text ?? '')
  )
    return null;
  // "have joined the T | in the Park line-up": a lone capital letter before a preposition is
  // the start of a name that goes on (not "George V | in Paris": there it ends one).
  if (
    head &&
    en`^\p{Lu}$`.test(head.text) &&
    !/^NNP/.test(tokens[at - 1]?.tag ?? '') &&
    /^(?:IN|TO)$/.test(tokens[at + 1]?.tag ?? '')
  )
    return null;
  // "accused Mr Blair | and other ministers of telling lies": a verb that says of what (accuse
  // of, blame for, ban from) makes no headline without it, however far after the object.
  if (head && WHAT_FOR_VERB.test(verb) && !out.some((t) => WHAT_FOR.test(t.text))) {
    const end = tokens.findIndex((t, k) => k > at && /^[,;:.!?]$/.test(t.text));
    if (tokens.slice(at + 1, end < 0 ? undefined : end).some((t) => WHAT_FOR.test(t.text)))
      return null;
  }
  // The object's head, or its verb, needs the word that follows it (NEEDS_NEXT).
  const after = tokens[at + 1];
  const needs = after?.text.toLowerCase() ?? '';
  if (
    head &&
    NEEDS_NEXT.some(
      (n) =>
        n.next.test(needs) &&
        (n.nextButOne === undefined || n.nextButOne.test(tokens[at + 2]?.text ?? '')) &&
        !(n.notInfinitive && needs === 'to' && tokens[at + 2]?.tag === 'VB') &&
        (n.bare !== true || tokens[at - 1]?.tag === 'DT') &&
        (n.verb === undefined || n.verb.test(verb)) &&
        (n.head === undefined || n.head.test(head.text)),
    )
  )
    return withPhrase(tokens, at, out, budget);
  // ("evidence of a new commitment | by the government to reduce …": what the commitment, plan
  // or bid is to do, said past who made it, is the point.)
  if (
    head &&
    WILLING_NOUN.test(head.text) &&
    /^(?:by|from)$/i.test(needs) &&
    hasInfinitive(clauseUpTo(tokens.slice(at + 1)))
  )
    return null;
  // ("had been hailed by the government | as proof …": in the passive, what it was hailed as is
  // the point, whatever the verb.)
  if (head && needs === 'as' && VERB_AS.test(verb) && /^by$/i.test(out[0]?.text ?? ''))
    return withPhrase(tokens, at, out, budget);
  // "keen to make multimedia functions | like video and gaming more affordable": what the
  // object is made, kept or left is the point.
  if (head && RESULT_VERB.test(verb)) {
    const tail = tailAfter(tokens, at, false);
    if (
      tail.some((t, k) => t.tag === 'JJR' || (/^JJ/.test(t.tag) && k === tail.length - 1 && k > 0))
    )
      return null;
  }
  // "want to see the phrasing of the text … | changed", "has had its funding | cut": what is
  // done to the object is the point. (To the clause's end: not "have projectors | but … will see
  // screens fitted".)
  if (head && SEE_DONE_VERB.test(verb)) {
    const tail = tailAfter(tokens, at, true);
    if (
      tail.some(
        (t, k) => t.tag === 'VBN' && /^NN/.test((k === 0 ? tokens[at] : tail[k - 1])?.tag ?? ''),
      )
    )
      return null;
  }
  // "record stands at eight minutes | , 04.69 seconds": an amount that goes on past a comma.
  if (head && needs === ',' && tokens[at + 2]?.tag === 'CD' && TIME_SPAN.test(head.text))
    return null;
  // "allows PC users, | and in some cases those with …, to make calls": the infinitive the
  // object needs comes after an aside.
  if (
    head &&
    OBJECT_CONTROL.test(verb) &&
    needs === ',' &&
    !/^(?:IN|TO)$/.test(tokens[0]?.tag ?? '') &&
    hasInfinitive(tokens.slice(at + 2))
  )
    return null;
  // "was born in the same year | that …": the same as what.
  if (/^(?:that|as)$/.test(needs) && out.some((t) => /^same$/i.test(t.text))) return null;
  // "represent anyone | in the US who …", "had friends | in common with …", "includes
  // changes | to speeding fines": the object is only half said.
  const beyond = tokens[at + 2]?.text.toLowerCase() ?? '';
  if (
    (/^(?:anyone|everyone|anybody|everybody|someone|somebody|those|others)$/i.test(
      head?.text ?? '',
    ) &&
      /^(?:in|who|with|that|from|at|on|of|whose|which|living|working|aged)$/.test(needs)) ||
    (needs === 'in' && beyond === 'common')
  )
    return null;
  if (
    (RELATION_NOUN.test(head?.text ?? '') && /^(?:to|in|on|for|of|at|from|about)$/.test(needs)) ||
    // "has strong links | with Surgutneftegas": a tie is said with whom.
    (/^(?:links|link|ties|connections|connection|contacts|relations|relationship|dealings|association)$/i.test(
      head?.text ?? '',
    ) &&
      /^(?:with|to|between)$/.test(needs))
  )
    return withPhrase(tokens, at, out, budget);
  // "stripped of her 2003 world | and US indoor 200m titles": the noun is a modifier of a head
  // the two share, after "and".
  if (head?.tag === 'NN' && after?.tag === 'CC') {
    let k = at + 2;
    while (k < tokens.length && /^(?:JJ|NNP|CD|NN)$/.test(tokens[k]?.tag ?? '')) k++;
    if (k > at + 2 && tokens[k]?.tag === 'NNS') return null;
  }
  // "was 111th | out of 133 countries": a rank says little without what of.
  if (/^\d+(?:st|nd|rd|th)$/i.test(head?.text ?? '') && /^(?:out|of|in|among)$/.test(needs))
    return null;
  // "dropped a place | to three", "has kept growth | above 9%": a move to a number, or a level,
  // is the news (but "rose 3.5 percent | to $7.18" has said its amount; "beat Italy | by
  // 38-8" is true without the margin).
  // "comes on sales | up 21% at 8.6bn euros": the change is the point.
  if (
    /^(?:up|down)$/.test(needs) &&
    tokens.slice(at + 2, at + 5).some((t) => /^(?:CD|\$)$/.test(t.tag) || /\d/.test(t.text))
  )
    return null;
  if (
    /^(?:to|above|below|under|over|around|near|at|between|beyond)$/.test(needs) &&
    (tokens[at + 2]?.tag === 'CD' || /^[$£€]$/.test(tokens[at + 2]?.text ?? '')) &&
    !out.some((t) => t.tag === 'CD')
  )
    return null;
  // "knocked out favourites Million Dollar Baby | and The Aviator", "production of gold |, aluminium
  // and iron ore": a list of objects cut after its first says less than the sentence, and
  // sometimes the wrong thing. A list is noun phrases joined by commas and a last "and"/"or",
  // with no verb of their own after them (else the "and" joins a clause).
  if (at >= 0) {
    // ("include AEG, Zanussi and Frigidaire": a list that fits is said whole.)
    const end = listEnd(tokens, at + 1);
    if (end !== NO_LIST) return wholeList(tokens, at, end, out, budget);
  }
  // "include a domain | for pornography, Asia, mobile phones … and one for …": the list goes on
  // after the first item's own phrase.
  if (at >= 0 && after?.tag === 'IN') {
    let k = at + 2;
    while (k < tokens.length && LIST_WORD.test(tokens[k]?.tag ?? '')) k++;
    if (
      k > at + 2 &&
      /^(?:,|and|or)$/i.test(tokens[k]?.text ?? '') &&
      // ("Bill Condon for Kinsey | and Michel Gondry for …": the next item a name like the first.)
      (tokens[k]?.text === ',' || /^NNP/.test(tokens[at]?.tag ?? '')) &&
      // ("at the Scientific/JJ | and Technical Awards Dinner": modifiers of one name.)
      /^(?:NN|CD)/.test(tokens[k - 1]?.tag ?? '') &&
      listGoesOn(tokens, k)
    )
      return null;
  }
  // "Bell had set his sights | on an international career", "Mr Hain made the claim | about
  // …", "held talks | with …": a light verb's object says little without what follows it.
  if (
    at >= 0 &&
    after?.tag === 'IN' &&
    LIGHT_OBJECT_VERB.test(verb) &&
    SUPPORT_NOUN.test(head?.text ?? '')
  )
    return withPhrase(tokens, at, out, budget);
  // "did reply with one | for Italy": "one" stands for a noun said elsewhere.
  if (
    /^one$/i.test(head?.text ?? '') &&
    out.filter((t) => /^(?:NN|CD|JJ)/.test(t.tag)).length === 1
  )
    return null;
  // "fell from 97p | to 44p": a range cut after its start says the wrong thing.
  if (/^from$/i.test(out[0]?.text ?? '') && needs === 'to') return null;
  // "came in response | to …", "voted in favour | of …": a bare noun right after its
  // preposition that takes a "to", "of" or "with" of its own is half of a fixed phrase.
  if (
    at > 0 &&
    head?.tag === 'NN' &&
    tokens[at - 1]?.tag === 'IN' &&
    out.length === 2 &&
    /^(?:to|of|with)$/.test(needs)
  )
    return null;
  // "directed by the man | who calls himself …": the person is the clause after.
  if (
    at >= 0 &&
    /^who$/i.test(after?.text ?? '') &&
    /^(?:man|woman|men|women|person|people|boy|girl|child|children|someone|somebody|one|those|individual|individuals|figure|couple|family|character|guy)$/i.test(
      head?.text ?? '',
    )
  )
    return null;
  // "described the franchise | as a cultural icon": the verb's point is what follows "as".
  const objectAs = OBJECT_AS.test(verb);
  if (at >= 0 && /^as$/i.test(after?.text ?? '') && objectAs) return null;
  // ("depicted Mr Howard | and his shadow chancellor, who is also Jewish, | as flying pigs":
  // the "as" may come after a longer object.)
  if (
    at >= 0 &&
    objectAs &&
    tokens.slice(at + 1, at + 16).some(
      (t, k, next) =>
        /^as$/i.test(t.text) &&
        // ("as well as", "as big as": a comparison, not what the object is seen as.)
        !/^(?:well|soon|long|much|many|far)$/i.test(next[k + 1]?.text ?? '') &&
        !/^as$/i.test(next[k + 2]?.text ?? ''),
    )
  )
    return null;
  // "turn the home | into a museum": the change is what follows "into".
  if (
    at >= 0 &&
    /^into$/i.test(after?.text ?? '') &&
    /^(?:turn|convert|transform|make|change|develop|split|divide|merge|fold)/i.test(verb)
  )
    return null;
  // "put Newcastle | ahead", "turned the offer | down": a phrasal verb's particle after its
  // object completes the verb (not "ahead | of schedule", a preposition's own phrase).
  if (
    at >= 0 &&
    after &&
    PARTICLE.test(after.text) &&
    !/^(?:DT|PRP\$?|NNS?|NNPS?|CD|JJ|IN|TO)$/.test(tokens[at + 2]?.tag ?? '')
  )
    return out.length < budget ? [...out.map((t) => t.text), after.text] : null;
  // "take the total number of people … | to almost 3.3 million": a verb that moves a level says
  // where to; the object alone is no news.
  if (at >= 0 && LEVEL_VERB.test(verb)) {
    const clause = tailAfter(tokens, at, false);
    if (
      clause.some(
        (t, k) =>
          /^to$/i.test(t.text) &&
          clause.slice(k + 1, k + 3).some((x) => x.tag === 'CD' || /^[$£€]$/.test(x.text)),
      )
    )
      return null;
  }
  // "voted | by a large majority | to cut Turkcell's stake", "ruled by an eight to one majority
  // | in favour of appeals": what was decided is the news; how it went says nothing without it.
  if (at >= 0 && DECIDE_VERB.test(verb) && !out.some((t) => t.tag === 'TO')) {
    // (To the clause's end: "was voted into power | last May after it pledged to …" is done.)
    const end = tokens.findIndex(
      (t, k) =>
        k > at &&
        (/^[,;:.!?]$/.test(t.text) ||
          /^(?:after|before|when|while|because|as|since|until|although|though|if|unless)$/i.test(
            t.text,
          )),
    );
    const clause = tokens.slice(at + 1, end < 0 ? undefined : end);
    if (
      clause.some(
        (t, k) =>
          (t.tag === 'TO' && clause[k + 1]?.tag === 'VB') ||
          (/^in$/i.test(t.text) && /^favou?r$/i.test(clause[k + 1]?.text ?? '')) ||
          /^against$/i.test(t.text),
      )
    )
      return null;
  }
  // "represent the first time | that the rate has fallen": the time is the clause after it.
  if (/^time$/i.test(head?.text ?? '') && /^(?:that|when|since)$/.test(needs)) return null;
  // The object's phrase goes on where it was cut ("Heineken Cup | match", "have seen claims |
  // reach", "Fondation | pour l'Enfance"): no object, unless what follows says when.
  if (
    at >= 0 &&
    after &&
    /^(?:NN|VB[DPZ]?$|MD|JJ|RP|FW|DT|\$)/.test(after.tag) &&
    !TIME_WORD.test(after.text) &&
    !TIME_OPENING.test(after.text) &&
    !PLACE_ADVERB.test(after.text) &&
    !/^(?:that|this|these|those|each|every|all|both|such|per)$/i.test(after.text)
  )
    return null;
  // "included Grand Theft Auto | : San Andreas": a title goes on past its colon.
  if (at >= 0 && after?.text === ':' && en`^\p{Lu}`.test(tokens[at + 2]?.text ?? '')) return null;
  // "said the adjustments involved the way | it accounted for …": "the way" is what follows.
  if (
    at >= 0 &&
    /^(?:way|manner|extent|fact|idea|notion|possibility)$/i.test(head?.text ?? '') &&
    after &&
    !/^[,;:.!?]$/.test(after.text)
  )
    return null;
  // "can borrow cash | only to invest": a restriction after the object is part of what it says.
  if (at >= 0 && /^(?:only|merely|solely)$/i.test(after?.text ?? '')) return null;
  // "spends its time | using the machine", "saw the man | running": a gerund completes the object.
  // ("will fine drivers | using phones": or it says which of them.) One thing it describes
  // stays without it: "has unveiled a draft bill | proposing …", "sent a letter | calling for …".
  if (at >= 0 && after?.tag === 'VBG' && !describedThing(tokens, at, verb)) return null;
  // ("videos of the expert | inappropriately touching …": past an adverb too.)
  if (at >= 0 && /^RB/.test(after?.tag ?? '') && tokens[at + 2]?.tag === 'VBG') return null;
  // "would be 2.5m | high": a measure needs its dimension.
  if (at >= 0 && tokens[at]?.tag === 'CD' && /^JJ/.test(after?.tag ?? '')) return null;
  // "put the image | on a website": a verb of placing needs where.
  if (
    at >= 0 &&
    // ("would put Boro | firmly on the map": past an adverb too.)
    (after?.tag === 'IN' || (/^RB/.test(after?.tag ?? '') && tokens[at + 2]?.tag === 'IN')) &&
    /^(?:put|puts|putting|placed|places|laid|lays|keep|keeps|kept|keeping)$/i.test(verb)
  )
    return null;
  // "go one | better", "make it | easier": a comparative completes the object.
  if (at >= 0 && /^(?:JJR|RBR)$/.test(after?.tag ?? '')) return null;
  // "created by stitching | together 600 snaps": a gerund object whose own object was cut.
  if (
    at >= 0 &&
    (tokens[at]?.tag === 'VBG' || en.i`\p{L}{3}ing$`.test(head?.text ?? '')) &&
    /^(?:RP|RB|DT|CD|NNS?|PRP\$?|JJ)$/.test(after?.tag ?? '')
  )
    return null;
  // "include everything | from …", "said nothing | about …": an indefinite pronoun is no object alone.
  if (
    at >= 0 &&
    after?.tag === 'IN' &&
    /^(?:everything|something|anything|nothing|much|little|more|less)$/i.test(head?.text ?? '')
  )
    return null;
  // "rejected an attempt | by the defence to have …": a noun that names an act needs it.
  // ("rejected the appeal | on Tuesday": a time after it is not what the act is, unless the
  // act comes after the time: "announced a plan on Monday | to cut 500 jobs".)
  if (
    at >= 0 &&
    /^(?:IN|TO)$/.test(after?.tag ?? '') &&
    !/^(?:of)$/i.test(after?.text ?? '') &&
    ACT_NOUN.test(head?.text ?? '') &&
    !(timePhraseAt(tokens, at + 1) && !hasInfinitive(clauseUpTo(tokens.slice(at + 1))))
  )
    // ("faces a repayment demand | from foreign banks": the phrase comes along when it fits,
    // but not when the act itself follows it, "an attempt by the defence | to have …".)
    return closedPhrase(tokens, at, out, budget, (next) => next.tag === 'TO');
  // "follows Kerry McFadden, | Phil Tufnell and Tony Blackburn": a list of names cut after one.
  if (
    at >= 0 &&
    after?.text === ',' &&
    /^NNP/.test(tokens[at]?.tag ?? '') &&
    /^NNP/.test(tokens[at + 2]?.tag ?? '') &&
    tokens.slice(at + 2, at + 9).some((t) => t.tag === 'CC')
  )
    return null;
  // "asked him, in effect, | if he would …": what was asked is the point.
  if (
    at >= 0 &&
    /^(?:ask|asks|asked|asking|wonder|wonders|wondered)$/i.test(verb) &&
    tokens.slice(at + 1, at + 7).some((t) => /^(?:if|whether)$/i.test(t.text))
  )
    return null;
  // "help the carrier, trying to …, | save $94m", "let them | stay": a bare infinitive after the
  // object is what the verb does to it.
  if (
    at >= 0 &&
    /^(?:help|helps|helped|helping|let|lets|letting|make|makes|made|making)$/i.test(verb) &&
    (after?.text === ',' || after?.tag === 'VB')
  )
    return null;
  // "was romantic drama Crying | Out Love in the Centre of the World": a title goes on past a
  // capitalised small word.
  if (
    at >= 0 &&
    en`^\p{Lu}`.test(tokens[at]?.text ?? '') &&
    en`^\p{Lu}`.test(after?.text ?? '') &&
    /^(?:IN|DT|TO|CC|PRP\$?)$/.test(after?.tag ?? '')
  )
    return null;
  // "helped the men's team | to third place", "urged drivers | to …": what the object was
  // brought to is the point.
  // ("looking for local authorities | to become more efficient", "looking to the government |
  // to lessen …", "relies on staff | to …": so with a preposition between.)
  if (
    at >= 0 &&
    after?.tag === 'TO' &&
    (OBJECT_CONTROL.test(verb) ||
      (PREPOSITION_CONTROL.test(verb) && /^(?:for|on|upon|to)$/i.test(tokens[0]?.text ?? '')))
  )
    return null;
  // "follows a vote | by MPs to give themselves a veto": what was voted is the point.
  if (
    at >= 0 &&
    /^(?:vote|votes|decision|ruling)$/i.test(head?.text ?? '') &&
    /^(?:by|of)$/i.test(after?.text ?? '') &&
    tokens.slice(at + 2, at + 8).some((t, k, next) => t.tag === 'TO' && next[k + 1]?.tag === 'VB')
  )
    return null;
  // ("urged Muslims | not to vote for Labour": the negation is what they were urged.)
  if (
    at >= 0 &&
    /^(?:not|never)$/i.test(after?.text ?? '') &&
    tokens[at + 2]?.tag === 'TO' &&
    OBJECT_CONTROL.test(verb)
  )
    return null;
  // "has seen his share of such claims | dashed", "found the door | locked": after a verb of
  // seeing, finding or having, a participle says what happened to the object: it is the point.
  if (
    at >= 0 &&
    after?.tag === 'VBN' &&
    /^(?:see|sees|saw|seen|seeing|watch(?:es|ed|ing)?|hear|hears|heard|find|finds|found|finding|want(?:s|ed)?|need(?:s|ed)?|like[sd]?|have|has|had|having|get|gets|got|getting|leave|leaves|left|leaving|keep|keeps|kept)$/i.test(
      verb,
    )
  )
    return null;
  // "left the mother-of-six, from Stoke-on-Trent, | mortified": past an aside, a state the
  // object was left or made in is the point.
  if (
    at >= 0 &&
    after?.text === ',' &&
    /^(?:leave|leaves|left|leaving|render(?:s|ed)?|ma(?:k|d)e|makes|keep|keeps|kept)$/i.test(verb)
  ) {
    const close = tokens.findIndex((t, k) => k > at + 1 && k <= at + 10 && t.text === ',');
    if (close > 0 && /^(?:JJ|VBN|VBD)$/.test(tokens[close + 1]?.tag ?? '')) return null;
  }
  // "will be the first Cadillac | with a diesel engine", "rose to its highest level | since
  // 2002", "became the first man | to …": a first, only or most is so only within what follows.
  // (Not "her first Grand Slam title | in …", "best actress", "third place": the possessor,
  // the award or the position already says within what.)
  // ("the only Irish athletes | selected so far …", "the first woman | who …": a participle
  // or a relative clause restricts it too.)
  if (
    at >= 0 &&
    (/^(?:with|to|since|among|ever|outside|in)$/i.test(after?.text ?? '') ||
      /^(?:VBN|VBG|WP|WDT)$/.test(after?.tag ?? ''))
  ) {
    const k = tokens.findIndex(
      (t, i) =>
        i <= at &&
        (t.tag === 'JJS' || /^(?:first|only|sole)$/i.test(t.text)) &&
        !/^best$/i.test(t.text),
    );
    const owner = k > 0 && /^(?:PRP\$|POS)$/.test(tokens[k - 1]?.tag ?? '');
    const position =
      /^(?:place|round|time|day|leg|half|quarter|stage|goal|goals|gig|title|trophy|award|prize)$/i;
    if (k >= 0 && !owner && !position.test(head?.text ?? '')) return null;
  }
  // ("The player sees things | through the eyes of Gordon Freeman": a noun that names nothing
  // says what only with the phrase after it.)
  if (
    at >= 0 &&
    /^(?:IN|TO)$/.test(after?.tag ?? '') &&
    /^(?:thing|things|something|anything|everything|nothing|stuff|lot|lots|bit)$/i.test(
      head?.text ?? '',
    )
  )
    return null;
  // "would create a firm | that offers online games …": a general noun is named by its
  // relative clause; cut, it says nothing.
  if (
    at >= 0 &&
    /^(?:that|which|who|where)$/i.test(after?.text ?? '') &&
    /^(?:firm|firms|company|companies|business|businesses|group|groups|body|organisation|organization|system|systems|service|services|device|devices|product|products|machine|machines|place|places|area|areas|people|person|one|ones|thing|things|something|anything|someone|anyone|way|ways|kind|sort|type|situation|world|society|country|market|network|team|club|side)$/i.test(
      head?.text ?? '',
    )
  )
    return null;
  // "will allow the elderly | and the disabled to achieve …": a coordinated object whose
  // infinitive follows is what the verb does to it.
  // ("to allow school sports clubs | in England to provide …": past a phrase about the object too.)
  if (
    at >= 0 &&
    (after?.tag === 'CC' ||
      (after?.tag === 'IN' &&
        // ("to get better resolutions | as vendors set out to prove …": a new clause.)
        !/^(?:as|because|while|when|if|since|although|though|after|before|until|whether|that)$/i.test(
          after.text,
        ))) &&
    OBJECT_CONTROL.test(verb) &&
    tokens
      .slice(at + 2, at + 9)
      .some(
        (t, k, next) =>
          t.tag === 'TO' &&
          next[k + 1]?.tag === 'VB' &&
          !next.slice(0, k).some((b) => /^[,;:]$/.test(b.text) || /^(?:WDT|WP)$/.test(b.tag)),
      )
  )
    return null;
  // "to increase tuition fees | for English students", "to cut taxes | for the rich": whose
  // fees or taxes is the point; "crossed the line | 0.02 seconds behind Gatlin": how is.
  if (
    at >= 0 &&
    ((/^for$/i.test(after?.text ?? '') &&
      /^(?:fees|taxes|tax|charges|prices|rates|costs|tariffs|duty|duties|benefits|allowances|pay|wages|pensions|rents|fares)$/i.test(
        head?.text ?? '',
      )) ||
      (/^cross/i.test(verb) &&
        /^line$/i.test(head?.text ?? '') &&
        after !== undefined &&
        !/^[.!?]$/.test(after.text)))
  )
    return null;
  // "to throw Newry | out of the cup", "turned the offer | down": a particle after the object
  // is half of the verb.
  if (at >= 0 && /^(?:out|off|up|down|back|away|aside|apart)$/i.test(after?.text ?? ''))
    return null;
  // "expressed doubt | as to whether …", "raised questions | about how …": what the doubt or
  // question is about is the point.
  if (
    at >= 0 &&
    ((/^as$/i.test(after?.text ?? '') && /^to$/i.test(tokens[at + 2]?.text ?? '')) ||
      /^(?:whether|if)$/i.test(after?.text ?? '') ||
      (after?.tag === 'IN' &&
        // ("sites | through which people publish": "which" after a preposition opens a
        // relative clause, which the object does without.)
        /^(?:whether|how|what|why|who)$/i.test(tokens[at + 2]?.text ?? '')))
  )
    return null;
  // "predict Cate Blanchett | will be named": the "object" is the subject of a clause.
  if (at >= 0 && /^(?:MD|VBZ|VBD|VBP)$/.test(after?.tag ?? '')) return null;
  // "kicked a total | of 14 points", "accused the head | of the agency": a noun cut from its
  // "of" says something else.
  // ("the implications | of the data": the phrase comes along when it fits.)
  if (at >= 0 && needs === 'of') return withPhrase(tokens, at, out, budget);
  return out.map((t) => t.text);
}

/**
 * The object with its phrase (withPhrase), unless the word after the phrase (`bounds`) says
 * more that the object needs: an act's noun with what is attempted ("an attempt by the defence
 * | to have …"), a first with what it is the first of.
 */
function closedPhrase(
  tokens: readonly Token[],
  at: number,
  out: readonly Token[],
  budget: number,
  bounds: (next: Token) => boolean,
): string[] | null {
  const phrase = withPhrase(tokens, at, out, budget);
  if (phrase === null) return null;
  const last = phrase.at(-1);
  const next = tokens[tokens.findIndex((t, k) => k > at && t.text === last) + 1];
  return next && bounds(next) ? null : phrase;
}

/** Words after a phrase that restrict or bound what it says: a relative clause, "until now". */
const BOUNDING_WORD = /^(?:that|who|whom|which|whose|until|till)$/i;

const LIST_WORD = /^(?:DT|JJ[RS]?|NNS?|NNPS?|CD|POS|PRP\$|VBG|\$)$/;

/**
 * Whether the tokens from `from` continue an object as a list: (", " noun phrase)* then
 * "and"/"or" and a noun phrase, which no verb follows ("A, B and the C said" is a clause).
 * ("up 8 pence, or 1.3%, at …", "latifundios, or large rural estates": ", or" alone restates.)
 */
function listGoesOn(tokens: readonly Token[], from: number): boolean {
  return listEnd(tokens, from) !== NO_LIST;
}

const NO_LIST = -1;
/** A list that goes on past what can be said of it ("as a phone, pager | or to send …"). */
const OPEN_LIST = -2;

/**
 * Where the list that tokens[from] continues ends (the index past its last item), NO_LIST when
 * none goes on there, OPEN_LIST when one does but its end is no place to stop.
 */
function listEnd(tokens: readonly Token[], from: number): number {
  let i = from;
  for (let items = 0; items < 8; items++) {
    const joint = tokens[i];
    if (!joint || !(joint.text === ',' || /^(?:and|or|&)$/i.test(joint.text))) return NO_LIST;
    const last = /^(?:and|or|&)$/i.test(joint.text);
    i++;
    // ", and" (a serial comma) is one joint.
    const serial =
      !last &&
      (/^and$/i.test(tokens[i]?.text ?? '') || (items > 0 && /^or$/i.test(tokens[i]?.text ?? '')));
    if (serial) i++;
    if (!last && !serial && /^or$/i.test(tokens[i]?.text ?? '')) return NO_LIST;
    // ("as a phone, pager | or to send e-mails": a list whose last item is an infinitive.)
    if (last && items > 0 && tokens[i]?.tag === 'TO') return OPEN_LIST;
    // An item opens like a noun phrase (not "and said", "and then", ", beating …").
    const start = i;
    // (After "and" in a list already going, a gerund is an item: "… and creating the perception".)
    // (", training and safety equipment": a gerund alone between joints is a noun.)
    if (
      tokens[i]?.tag === 'VBG' &&
      !(last && items > 0) &&
      // ("and branding firm SalterBaxter": a gerund before a noun modifies it.)
      !/^(?:,|CC|NNS?)$/.test(tokens[i + 1]?.tag ?? '')
    )
      return NO_LIST;
    while (
      i < tokens.length &&
      (LIST_WORD.test(tokens[i]?.tag ?? '') ||
        // "the number | of new viruses", "intolerance | towards gays": an item's own phrase.
        (tokens[i]?.tag === 'IN' &&
          i > start &&
          LIST_WORD.test(tokens[i + 1]?.tag ?? '') &&
          !SUBORDINATOR.test(tokens[i]?.text ?? '')))
    )
      i++;
    if (i === start || !tokens.slice(start, i).some((t) => /^(?:NN|CD|VBG)/.test(t.tag)))
      return NO_LIST;
    if (last || serial) {
      // "and Mr Brown therefore had …": a verb after the item (past adverbs) makes it a clause.
      const end = i;
      while (/^RB/.test(tokens[i]?.tag ?? '')) i++;
      return /^(?:VB[DPZ]?|MD)$/.test(tokens[i]?.tag ?? '') ? NO_LIST : end;
    }
  }
  return NO_LIST;
}

/**
 * The object `out` (its head at `at`) with the rest of its list, up to `end` (listEnd), when
 * the whole list fits the budget and ends where the clause may stop: at a stop, a comma or a
 * preposition (not "of", whose noun the last item would lose).
 */
function wholeList(
  tokens: readonly Token[],
  at: number,
  end: number,
  out: readonly Token[],
  budget: number,
): string[] | null {
  if (end < 0) return null;
  const next = tokens[end];
  // ("covers politics, sports and anything | that residents want to film", "follows A, B and C
  // | as winners of the show": the last item's phrase says what the list is.)
  if (
    next &&
    !/^[,;:.!?]$/.test(next.text) &&
    !(
      next.tag === 'IN' &&
      !/^(?:of|that|as|like)$/i.test(next.text) &&
      !SUBORDINATOR.test(next.text)
    )
  )
    return null;
  // ("research & development | , production, marketing and licensing": the list goes on.)
  if (next?.text === ',' && listEnd(tokens, end) !== NO_LIST) return null;
  const rest = tokens
    .slice(at + 1, end)
    .filter((t, k) => !DROP_DET.test(t.text) || inName(tokens, at + 1 + k));
  if (out.length + rest.length > budget) return null;
  return [...out.map((t) => t.text), ...rest.map((t) => t.text)];
}
