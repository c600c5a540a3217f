import { WEEKDAYS } from './dates.js';
import { droppedCues, trailingAttribution } from './faithful.js';
import { cutGluedCaption, DATED_CAPTION } from './glued-captions.js';
import { en, enRegExp } from './letters.js';
import { HONORIFICS, SENTENCE_OPENERS, TITLE_WORD } from './people.js';
import { FINITE_TAG, lexiconTags, mayHaveVerb, tagSentence } from './pos/tag.js';
import type { Sentence } from './prepare.js';
import type { RankedSentences } from './rank-sentences.js';
import { runOnAt } from './split-sentences.js';
import { capitalize, tightenSentence } from './tighten.js';
import { contentStems, countWords } from './tokens.js';

/**
 * The lede is the news: the opening sentence, unless it is a question, a hook (a quotation, a
 * fragment, a sentence whose subject is a pronoun with nothing before it), a caption or a
 * dateline; then the next opening sentence that is none of these. Of the first five, the
 * first that qualifies; the first when none does.
 */
const LEDE_WINDOW = 5;
// ("Fortunately, it doesn't merely live up to its promise": after an adverb and its comma too.)
const PRONOUN_SUBJECT = en.i`^(?:(?:As|When|While|After|Before|Although|Though|Despite|Since|Because|If|Once|Speaking|In|On|At)\b[^,]{0,120},?\s+|\p{L}+ly,\s+)?(?:he|she|they|it|this|that|these|those|his|her|their|its)\b`;
/** After "this", "that": a verb, so the word is the subject itself ("This is …", "That means …"). */
const POINTING_VERB = en`^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+n['’]t|is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|does|did|means|meant|comes|came|follows|followed|leaves|left|makes|made|gives|gave|puts|put|sees|saw|shows|showed|brings|brought|includes|included|\p{Ll}+ed)\b`;

/**
 * Whether the sentence's subject is a pronoun that points back to nothing: not when the
 * opening clause names whom it stands for ("When Utah photographer Alan Lawrence learned that
 * his newborn son … his 'mind was flooded …'").
 */
function pronounSubject(text: string): boolean {
  const m = PRONOUN_SUBJECT.exec(text);
  if (m === null) return false;
  // ("This third Harry Potter film brought …": "this" before its noun is a determiner; the
  // sentence names its subject. "This is …", "That means …" point back.)
  if (/(?:this|that|these|those)$/i.test(m[0]) && !POINTING_VERB.test(text.slice(m[0].length)))
    return false;
  // (Only a person's pronoun, the clause's first: "… Labour MPs it is the prospect of losing
  // their seats" is a cleft, its "it" no one's.)
  const first = /^(.*?)\b(?:he|she|his|her|they|their|it|its)\b/is.exec(m[0]);
  const person = first !== null && !/\bits?$/i.test(first[0]);
  if (person && en`\s\p{Lu}\p{Ll}`.test(first?.[1] ?? '')) return false;
  // ("Before he resigned the position of home secretary on Wednesday, David Blunkett had been in
  // charge of …": a pronoun in the opening clause that the main clause's subject, named in
  // full, stands for.)
  const comma = text.indexOf(',');
  return !(
    person &&
    SUBORDINATE_OPENING.test(text) &&
    comma > m[0].length - 1 &&
    NAMED_SUBJECT.test(text.slice(comma))
  );
}
const SUBORDINATE_OPENING =
  /^(?:As|When|While|After|Before|Although|Though|Since|Because|If|Once|Until|Despite)\s/;
/** A main clause whose subject is a full name: ", David Blunkett had …" (no "Mr", no "The"). */
const NAMED_SUBJECT = en`^,\s+(?!(?:Mr|Mrs|Ms|Miss|Dr|The|A|An|His|Her|Their|Its|This|That)\s)\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?\s+\p{Ll}`;

/**
 * "It could cost £80m to run a UK referendum …, ministers have revealed": an "it" that stands
 * for what follows (an infinitive or a "that" clause), not for something said before. With a
 * number or a name, it is news, not a hook.
 */
const EXPLETIVE_IT = en`^It\s+(?:is|was|will|would|could|may|might|has|had|can|should|must)\b[^,;]{0,80}?\b(?:to\s+\p{Ll}+|that)\b`;
/**
 * A caption: a heading of up to three words and its colon ("Sale: Actor Robert Hardy is …",
 * "On the court: Copeland …"; not a title's colon inside a sentence, "With the new Avengers:
 * Age of Ultron movie released this week, …"), or a photo's position.
 */
const CAPTION =
  /^(?:[^\s:]+\s+){0,2}[^\s:]+:\s|\bpictured\b|\((?:left|right|centre|center|above|below|file)\b/i;
const DATELINE_OR_TIME =
  /^(?:[A-Z]{2,}(?:,? [A-Z][a-z]+)?\s*[,\-—–]\s*$|\d{1,2}[:.]\d{2}\b|(?:updated|published|posted)\b)/i;

/**
 * "Listen to the full interview on Sport on Five from 1900 GMT.": an imperative to the reader
 * (listen, watch, click, subscribe…) is the page promoting itself, never the news.
 */
export const PROMO =
  /^(?:listen to|listen again|watch|click|tap|subscribe|sign up|download|tune in|find out more|follow us|join us|visit|send us|tell us|email us|read the full|see the full)\b/i;

/**
 * The site introducing its own coverage: "BBC Sport looks at the reaction.", "The BBC News
 * website takes a look at how …", "Here's a guide to the plan:", "Here is how six leading
 * lobbies plan to …", "Part two will follow on Monday.": furniture, not news.
 */
export const SITE_GUIDE = en`^(?:Here,?\s+)?(?:(?:The\s+)?(?:BBC|CNN|MailOnline|Sportsmail)\b(?:\s+\p{Lu}[\p{L}]*){0,3}(?:\s+(?:website|site))?|We)\s+(?:looks?|takes? a (?:closer |brief |quick )?look|examines?|investigates?|explores?|explains?|rounds? up|profiles?)\b|^Here(?:'s|’s| is| are)\s+(?:(?:a|an|our|the|some)\s+(?:\p{Ll}+\s+)?(?:guide|look|round-?up|summary|selection|timeline|explainer)|how|what|why|who)\b|^(?:Part (?:one|two|three|four|five|\d+)|(?:Our |The )?(?:Reviews?|Coverage|Analysis|More)\b[^.]{0,120}?) (?:will follow|follows|will appear|appears|will be published)\b`;

/**
 * The page showing the reader around: "click on the links below", "skip straight to", "Just
 * like the above-displayed tweets, …", "the chart below", a link to its other coverage ("The
 * shape of the UK's economy In graphics"); asking them in: "Tell us what YOU think...", "Sign
 * up for 4 months of …"; saying how it works: "Updated 7 days a week, 365 days a year."; or
 * telling how it earns: "Disclosure: ZDNet may earn a commission from some of the products …".
 */
export const NAVIGATION =
  /\bIn (?:graphics|pictures|video|audio|numbers|maps|quotes)\s*$|^(?:tell us|let us know|share your (?:thoughts|views)|sign up (?:for|to|now)|subscribe (?:to|now|for)|follow us|join us|email us|send us)\b|\bupdated (?:\d+|seven) days a week\b|^disclosure:|\bmay earn (?:an? )?(?:small )?(?:affiliate )?commission\b|\b(?:click(?:ing)? (?:on )?(?:the )?(?:links?|button|image)|(?:links?|video|gallery|tweets?|chart|graphic|table|map|photos?|images?) (?:below|above)|(?:above|below)-(?:displayed|mentioned|listed|embedded|linked)|(?:shown|displayed|embedded|listed) (?:above|below)|click here|skip straight to|scroll (?:down|up) (?:to|for)|(?:takes?|walks?|talks?) (?:you|readers) through)\b|^(?:listen|watch|read) (?:to )?(?:the )?(?:full|whole|rest)\b/i;

/**
 * "Some 65 years ago Bernardo Gandulla left Boca Juniors …", "When Maria Santos bought her farm
 * in 1998, …", "Back in 1994, …": a sentence that opens far in the past, or on what happened in
 * a year gone by, is a feature's backstory, not today's news.
 */
const LONG_AGO =
  /^(?:(?:some|about|around|almost|nearly|more than|over|exactly)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|many|several)\s+(?:years|decades|centuries)\s+ago\b|^(?:decades|centuries|a century|a generation|generations)\s+ago\b|^(?:When|Back (?:in|when))\b[^,]{0,120}\b(?:19|20)\d\d\b[^,]*,/i;

/**
 * Openings no story starts with: an aside in brackets ("(We never did settle on one, …"), a
 * line that introduces what follows ("The Latest on a deadly stabbing … (all times local):"), a
 * contrast with what came before ("Israeli courts, however, have declared …"), or a quantifier
 * with no noun ("Some said they felt dejected …").
 */
const LEANING_LEDE =
  /^\(|:\s*$|^(?:[^\s,]+\s+){0,5}?[^\s,]+,\s+however,|^(?:Some|Many|Most|Others|Several|A few)\s+(?:of them\s+)?(?:said|say|says|told|added|believe|believed|felt|feel|think|thought|argued|argue|claimed|claim)\b/;

/**
 * "A spokesperson declined to comment.", "… declined to comment on the report.": a reporter's
 * note, never the news. ("SSL International has refused to comment on reports it may be subject
 * to a takeover early in 2005" is the news, a refusal and what it is about.)
 */
const NO_COMMENT =
  /\b(?:declined|refused) to comment\b(?!\s+on\s+(?:reports|claims|suggestions|speculation|rumours)\s+(?:that\s+)?\S+(?:\s+\S+)?\s+(?:may|might|could|will|would|is|was|has|had|are|were)\b)|\bdid not (?:immediately )?(?:respond|reply) to (?:a |an )?(?:request|e-?mail|message)/i;

/**
 * "Euronext declined to comment after the talks ended on Friday.", "A spokesperson for the NYAG
 * declined to comment.": a sentence whose own verb is the refusal says nothing of the news (not
 * "Pernod said it was seeking acquisitions but refused to comment on specifics").
 */
export function onlyNoComment(text: string): boolean {
  const m = NO_COMMENT.exec(text);
  return (
    m !== null &&
    !/\b(?:said|says|but|while|and|which|who|that|after)\b/.test(text.slice(0, m.index))
  );
}

export function chooseLede(sentences: readonly Sentence[], ranked: RankedSentences): number {
  // (The page's own lines, "The BBC News website takes a look at …", "Part two will follow on
  // Monday.", are not the story's opening: the window opens past them.)
  let furniture = 0;
  while (furniture < sentences.length && isFurniture((sentences[furniture] as Sentence).text))
    furniture++;
  const n = Math.min(LEDE_WINDOW + furniture, sentences.length);
  const turn = turnToNow(sentences) ?? turnFromScene(sentences);
  if (turn !== undefined) return turn;
  for (let i = 0; i < n; i++) {
    const s = sentences[i] as Sentence;
    // After the opening, a sentence that goes on from the one before ("And there are …")
    // leans on it: never the lede.
    // (Not after furniture alone: "Listen to the full interview … But Parry, speaking to BBC
    // Sport, also admits …" opens the story.)
    // ("The only thing of note he did was to throw the ball back …": "he", with no one named in
    // the sentence, is someone a sentence before it named.)
    const leans =
      i > 0 &&
      (ranked.needsPrevious[i] ||
        CONNECTIVE_OPENING.test(s.text) ||
        (HE_OR_SHE.test(s.text) && !en`\s\p{Lu}\p{Ll}`.test(s.text))) &&
      !onlyFurnitureBefore(sentences, i);
    // (Only a general sentence is a hook: "Actor Robert Blake had gunshot residue on his hands …,
    // a court has heard. But it may not have come from the shot …" is the news, then its doubt.)
    // ("So what is the gap between Labour and the Tories nowadays? One Starbucks, one Rymans and
    // one small Greek cafe as it happens.": the answer to a feature's opening question, a
    // phrase with no verb of its own, is part of the hook.)
    if (answersWithoutVerb(sentences, i)) continue;
    // (A caption after a video's pointer, run into the story: Sentence.afterPromo.)
    if (s.afterPromo) continue;
    // ("Arsenal win 4-2 on penalties | The Spanish goalkeeper saved … as Arsenal sealed a
    // quarter-final trip to Bolton with a 4-2 victory on penalties.": a result line that the
    // story's sentence tells again, with more, is its standfirst.)
    if (s.words < 8 && resultRetold(s.text, sentences[i + 1]?.text ?? '')) continue;
    if (qualifies(s) && !leans && !(isHook(sentences[i + 1]) && general(s.text)))
      return i > 0 ? (datedNewsAfter(sentences, ranked, i, n) ?? i) : i;
  }
  return 0;
}

/**
 * A feature may open on a hook ('"A long, long, time ago..."'), go on about the thing it named
 * ("All sorts of historical cross-currents play off each other in this timeless song …") and
 * come to the news a few sentences on ("On Tuesday, Christie's sold the 16-page handwritten
 * manuscript …"). When the lede chosen after the opening points back at it ("this <noun>") and
 * tells of no event, the news is the first dated sentence up to two past the window, if it
 * tells of an event, leans on nothing and is about what the opening was about.
 */
function datedNewsAfter(
  sentences: readonly Sentence[],
  ranked: RankedSentences,
  i: number,
  n: number,
): number | undefined {
  const s = withoutQuotations((sentences[i] as Sentence).text);
  if (!POINTS_AT_HOOK.test(s) || NEWS_DATE.test(s) || tellsOfEvent(s)) return undefined;
  for (let j = i + 1; j < Math.min(n + 2, sentences.length); j++) {
    const t = sentences[j] as Sentence;
    if (!NEWS_DATE.test(t.text)) continue;
    const leans = ranked.needsPrevious[j] || leansBack(t.text);
    // (About what the opening was about: "the song's lyrics" after "this timeless song"; not
    // another story the feature goes on to, "the killing of the Dutch film maker …".)
    const opening = new Set(sentences.slice(0, j).flatMap((x) => x.stems));
    const about = t.stems.some((stem) => opening.has(stem));
    return !leans && about && qualifies(t) && tellsOfEvent(t.text) ? j : undefined;
  }
  return undefined;
}

/** "in this timeless song", "these words": a thing named by what the hook before it said. */
const POINTS_AT_HOOK =
  /\b(?:this|these|those)\s+(?:[a-z]+\s+)?(?!(?:year|week|month|season|weekend|morning|afternoon|evening|summer|winter|spring|autumn|time|is|was|are|were|has|had|will|would|can|could)\b)[a-z]+/i;

const QUESTION_END = /\?["”’']?$/;

/**
 * Whether sentence i answers the question before it with a phrase of no verb of its own
 * ("One Starbucks, one Rymans and one small Greek cafe as it happens."): a hook's punchline,
 * neither the lede nor a point.
 */
export function answersWithoutVerb(sentences: readonly Sentence[], i: number): boolean {
  const before = sentences[i - 1];
  if (!before || !QUESTION_END.test(before.text.trim())) return false;
  return !mainVerbBefore((sentences[i] as Sentence).text);
}

/**
 * Whether a word that can be a verb comes before the sentence's first adverbial clause ("… cafe
 * | as it happens"); a sentence that opens on one ("If the new directive is …") has its main
 * clause after it ("Yet if …" too), and counts as having one.
 */
function mainVerbBefore(text: string): boolean {
  if (ADVERBIAL_OPENING.test(text)) return true;
  const clause = ADVERBIAL.exec(text);
  return mayHaveVerb(clause ? text.slice(0, clause.index) : text);
}
const ADVERBIAL_OPENING =
  /^(?:(?:Yet|But|And|So|Now)\s+)?(?:as|if|when|because|while|although|though|since|unless)\b/i;
const ADVERBIAL = /\s(?:as|if|when|because|while|although|though|since|unless)\s/i;

const CONNECTIVE_OPENING = /^(?:And|But|Yet|Or|So|Nor)\b/;

/** Whether every sentence before `i` is the page's own furniture: a promotion, a dateline. */
function onlyFurnitureBefore(sentences: readonly Sentence[], i: number): boolean {
  return sentences.slice(0, i).every((s) => promoOrDateline(s.text));
}

function promoOrDateline(text: string): boolean {
  return PROMO.test(text) || DATELINE_OR_TIME.test(text.trim());
}

/** The page's own line: a promotion, a dateline, the site guiding the reader. */
function isFurniture(text: string): boolean {
  return promoOrDateline(text) || SITE_GUIDE.test(text) || NAVIGATION.test(text);
}

/** A pronoun for one person, who must be named for the sentence to stand alone. */
const HE_OR_SHE = /\b(?:he|she|him|his|her|hers)\b/;
/** "But now deep defences are being put in place …", "Now the TV set is taking …". */
const NOW_TURN = /^(?:(?:But|And|Yet)\s+)?(?:now|today|these days|nowadays)\b,?\s+/i;

/**
 * A feature opens on a scene or a truism and turns to the news with "now": "Gambling is hugely
 * popular, especially with tech-savvy criminals. Many extortionists are targeting net-based
 * betting firms … But now deep defences are being put in place by some of the UK's biggest net
 * firms …". The sentence that turns is the lede when every sentence before it is set-up, with
 * no news of its own; those are no points either. Set-up is either general (no name past its
 * first word and no number), or talks to the reader ("Spin the radio dial in the US and you
 * are likely to find …", "You might think …") and tells of no event: a reader addressed before
 * the turn is a feature's scene, as long as nothing has yet happened or been said.
 */
function turnToNow(sentences: readonly Sentence[]): number | undefined {
  const last = Math.min(TURN_WINDOW, sentences.length - 1);
  let i = 1;
  for (; i <= last; i++) if (NOW_TURN.test((sentences[i] as Sentence).text)) break;
  if (i > last) return undefined;
  const s = sentences[i] as Sentence;
  if (s.words < 8 || !qualifies({ ...s, text: ledeOpening(s.text) })) return undefined;
  // ("And now, an Indian-born engineer thinks he's come up with a way to give them cheap access
  // …": whom "them" means is in the set-up, which is not shown.)
  if (POINTS_BACK.test(withoutQuotations(s.text))) return undefined;
  const setUp = sentences.slice(0, i).map((x) => x.text);
  if (i <= 2 && setUp.every(general)) return i;
  // ("If a sci-fi spaceship does not come with hyperdrive then it is usually fitted with
  // hibernation capsules instead. In movies from 2001: A Space Odyssey to Event Horizon, …
  // fictional astronauts get put into 'suspended animation' … Now ESA has investigated how real
  // life crew hibernation would …": scene-setting that tells of no event, words in quotation
  // marks aside, and gives no date is set-up too, names or not.)
  if (i <= 2 && setUp.every((x) => !NEWS_DATE.test(x) && !tellsOfEvent(withoutQuotations(x))))
    return i;
  return setUp.some(addressesReader) && !setUp.some(tellsOfEvent) ? i : undefined;
}

const POINTS_BACK = /\b(?:them|they|their|theirs)\b/i;

/**
 * A feature may open on someone's day and come to the news, with its date, a few sentences on:
 * "Ahmed Khalil opens his bakery in the old quarter of Tripoli at 5am … But the price of flour has
 * tripled … Libya's government on Tuesday announced it would double the subsidy …". The opening
 * is such a scene when it tells, in the present, what someone does at a time of day or every
 * day, with no date and no one's words; the news is then the first sentence of the window that
 * has a date and tells of an event, unless it leans on what came before.
 */
function turnFromScene(sentences: readonly Sentence[]): number | undefined {
  const first = sentences[0];
  if (!first || !sceneOpening(first.text)) return undefined;
  const last = Math.min(TURN_WINDOW, sentences.length - 1);
  for (let i = 1; i <= last; i++) {
    const s = sentences[i] as Sentence;
    if (!NEWS_DATE.test(s.text)) continue;
    return !leansBack(s.text) && qualifies(s) && tellsOfEvent(s.text) ? i : undefined;
  }
  return undefined;
}

/**
 * Whether a dated sentence a feature turns to goes on from what came before: "But …", "them",
 * or "he"/"she" with no one named in it.
 */
function leansBack(text: string): boolean {
  return (
    CONNECTIVE_OPENING.test(text) ||
    POINTS_BACK.test(withoutQuotations(text)) ||
    (HE_OR_SHE.test(text) && !en`\s\p{Lu}\p{Ll}`.test(text))
  );
}

/** A date of the news cycle: "on Tuesday", "yesterday", "last week", "this month" ("Last week, …" too). */
const NEWS_DATE = new RegExp(
  `\\b(?:${WEEKDAYS}|[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night|(?:[Ll]ast|[Tt]his) (?:week|weekend|month))\\b`,
);
/** What someone does at a time of day or every day: "at 5am", "at dawn", "every morning". */
const HABITUAL_TIME =
  /\b(?:at (?:\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|dawn|daybreak|first light|sunrise)|(?:every|each) (?:day|morning|evening|night)|most (?:days|mornings|evenings|nights))\b/i;

/** "Maria Santos wakes at 4am every day to feed the goats": a scene, in the present, undated. */
function sceneOpening(text: string): boolean {
  if (!HABITUAL_TIME.test(text) || NEWS_DATE.test(text) || /["“”]/.test(text)) return false;
  if (REPORTING.test(text)) return false;
  // (The first verb is the scene's: "opens", "wakes"; not "has closed", "will open", "opened".)
  const tokens = tagSentence(text);
  const k = tokens.findIndex((t) => /^(?:VB|MD)/.test(t.tag));
  const verb = tokens[k];
  // (The tagger gives a plural's present its base form at times: "Drivers … sit/VB in queues".)
  return (
    verb !== undefined &&
    /^VB[ZP]?$/.test(verb.tag) &&
    !/^(?:VBN|VBD)$/.test(tokens[k + 1]?.tag ?? '')
  );
}

/** The turn is looked for among the sentences after the first, up to this one. */
const TURN_WINDOW = 4;

/** "you", "your" in the writer's own words (a quotation's "you" is someone speaking). */
function addressesReader(text: string): boolean {
  return /\byou(?:r|rs|rself|'re|’re|'ll|’ll|'d|’d|'ve|’ve)?\b/i.test(withoutQuotations(text));
}

function withoutQuotations(text: string): string {
  return text.replace(/["“][^"”]*["”]/g, ' ');
}

/**
 * A sentence that tells of something that happened or was said: a quotation, a reporting
 * verb, a past tense or a perfect ("has launched"). Tagged only on a possible set-up, rarely.
 */
function tellsOfEvent(text: string): boolean {
  if (/["“”]/.test(text) || REPORTING.test(text)) return true;
  const tokens = tagSentence(text);
  return tokens.some(
    (t, k) =>
      t.tag === 'VBD' ||
      (t.tag === 'VBN' && /^(?:has|have|had|'s|’s|'ve|’ve)$/i.test(tokens[k - 1]?.text ?? '')),
  );
}

const REPORTING =
  /\b(?:said|says|say|told|tells|announced|announces|according to|claimed|claims|reported|reports)\b/i;

/**
 * How many opening sentences are a feature's set-up, not the news: those before the lede when
 * the lede is the sentence that turns to the news with "now" (see turnToNow), or when all of
 * them are general, naming no one and no number ("It's amazing what a bit of make-up can do.",
 * which the lede was chosen over); else none.
 */
export function setUpBefore(sentences: readonly Sentence[], ledeId: number): number {
  if (ledeId === 0) return 0;
  if (turnToNow(sentences) === ledeId) return ledeId;
  return sentences.slice(0, ledeId).every((s) => general(s.text)) ? ledeId : 0;
}

/** A sentence with no name (a capitalised word past the first) and no number. */
function general(text: string): boolean {
  return !/\d/.test(text) && !en`\s["“‘'(]?\p{Lu}`.test(text.trim());
}

/** A lede that turns to the news drops its "But"/"And": "Now deep defences are …". */
function ledeOpening(text: string): string {
  const m = /^(?:But|And|Yet)\s+(?=(?:now|today|these days|nowadays)\b)/i.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return capitalize(rest);
}
/**
 * "Gadgets are cheaper, smaller and more common than ever. But that just means …": a
 * sentence the next one answers with "But that …" is a feature's hook, set up to be turned.
 */
const TURNS_BACK = /^(?:But|Yet|And yet)\s+(?:that|this|it)\b/;

function isHook(next: Sentence | undefined): boolean {
  return next !== undefined && TURNS_BACK.test(next.text);
}

const QUOTED_SUBJECT = en`^(?:["“](?:[^"”“\s]+\s){0,5}[^"”“\s]*[^"”“\s,.!?;:]["”]|[‘'](?:[^"”“‘’'\s]+\s){0,5}[^"”“‘’'\s]*[^"”“‘’'\s,.!?;:][’'])\s+(?!(?:he|she|they|it|we|i|said|says|told|added|asked|wrote)\b)\p{Ll}`;

/**
 * "Tony Blair has told Labour supporters he's "back" … - but does that sum up the mood at the
 * party's spring conference?": an opening statement that the writer turns into a question. The
 * statement is the news; the question is the feature's hook, cut from the lede.
 */
const QUESTION_TAIL = en`(?:,|\s[-–—])\s+but\s+(?:does|do|did|is|are|was|were|will|would|can|could|has|have|how|what|why|where|who|which)\b[^?]*\?["”’']?$`;

/** The sentence without a question tail (QUESTION_TAIL), when a statement of 8 words or more comes before it. */
function withoutQuestionTail(text: string): string {
  const m = QUESTION_TAIL.exec(text);
  if (m === null) return text;
  const head = text.slice(0, m.index);
  return head.split(/\s+/).length >= 8 && !/\?/.test(head) ? `${head}.` : text;
}

/** Whether `next` gives the score that the result line `line` gives. */
function resultRetold(line: string, next: string): boolean {
  const score = RESULT_LINE.exec(line)?.[1];
  return score !== undefined && new RegExp(`\\b${score}\\b`).test(next);
}

/** A sports result: a side, a verb of winning or losing, the score (group 1). */
const RESULT_LINE =
  /^(?:[A-Z][\w'’.-]*\s+){1,3}(?:win|wins|won|beat|beats|lose|loses|lost|draw|draws|drew)\s+(?:\w+\s+)?(\d{1,3}-\d{1,3})\b/;

function qualifies(s: Sentence): boolean {
  const t = withoutQuestionTail(s.text.trim());
  return (
    // ("Hereford win 3-1 on penalties.": a result line is a lede of few words.)
    (s.words >= 8 || (s.words >= 4 && RESULT_LINE.test(t))) &&
    !QUESTION_END.test(t) &&
    // ('"Irreversible environmental damage" will be caused by …, MPs have warned.', "'God games'
    // in which players must … could be educational, says research.": a few words in quotation
    // marks that the writer's sentence goes on from are its subject, not a quotation opening it;
    // one that ends on a comma or a stop is someone's words, '"He's not finished yet," whispered'.)
    (!/^["“‘']/.test(t) || QUOTED_SUBJECT.test(t)) &&
    // ("They may not be 'Star Trek'-type extraterrestrials, but we may be close to finding
    // evidence of alien life, a NASA scientist says.": a pronoun that opens a claim with its
    // source named is the writer's hook into the news, not a pointer back; a sentence that
    // leans on the one before is turned away by chooseLede all the same.)
    (!pronounSubject(t) ||
      (EXPLETIVE_IT.test(t) && !general(t)) ||
      trailingAttribution(t) !== '') &&
    // "We may not know when they will be released … but one thing is certain": a writer
    // talking to the reader is a feature's hook, never the news.
    // ("We Are The World, the charity anthem, …" is a title; "…, argues analyst Bill Thompson"
    // a column's standfirst, whose writer is named.)
    // ("If you think of Snake when someone mentions 'mobile games' then you could be in for a
    // surprise.", "If you have finished Doom 3, don't worry.", "In case you are living in Delhi,
    // chances are …": so is a condition put to the reader,
    // and a greeting, "Welcome to the new 16-inch MacBook Pro."; and a columnist's answer, "Well,
    // I think we could be heading to the European Championships with …")
    !(WRITER_TO_READER.test(t) && !trailingAttribution(t)) &&
    !CAPTION.test(t) &&
    !DATED_CAPTION.test(t) &&
    !NO_COMMENT.test(t) &&
    !LEANING_LEDE.test(t) &&
    // ("The BBC News website takes a look at how games on mobile phones are maturing.": the
    // site introducing its coverage is furniture, as a promotion or a dateline is.)
    !isFurniture(t) &&
    !LONG_AGO.test(t) &&
    !(t === t.toUpperCase() && en`\p{Lu}`.test(t)) &&
    // ("Roger Federer - nice bloke, fantastic tennis player - the ultimate sportsman.": a line
    // with no verb is a column's flourish, not news.)
    mayHaveVerb(t)
  );
}

/**
 * The lede's text: the sentence's core, cut at the first aside after which it still says all
 * the headline words the sentence says ("…on Friday, a trip hailed as a "big move" by Trump"
 * keeps the reaction the headline names). Never cut where the cut would change the meaning:
 * a trailing attribution ("…, a court has heard") stays, and a cut that drops a negation, a
 * modal or an attribution is not made.
 */
export function ledeText(sentence: string, titleStems: ReadonlySet<string> = new Set()): string {
  // A caption glued to the front that the sentence itself repeats is not the news.
  const full = endAtRunOn(
    tightenSentence(
      cutGluedCaption(ledeOpening(withoutQuestionTail(sentence.trim())), contentStems, [], -1, true)
        .text,
    ),
  );
  const wanted = new Set(contentStems(full).filter((t) => titleStems.has(t)));
  const tail = trailingAttribution(full);
  for (const cut of asideCuts(full)) {
    // ("… replaced its Malagasy franc with a new currency, the ariary.": an aside of a few words
    // at the end costs the lede nothing to keep, and may be the name of what it told of.)
    if (countWords(full.slice(cut)) <= SHORT_TAIL_WORDS) continue;
    // ", who has been linked with Chelsea, will have the final say": the aside sits inside
    // the main clause, whose verb comes after it; cut there, the lede loses its predicate.
    if (INSIDE_ASIDE.test(full.slice(cut)) || PARENTHETICAL.test(full.slice(cut))) continue;
    const head = full.slice(0, cut).replace(/[,;:]$/, '');
    // ("Young book fans have voted Fergus Crane, a story about …, | the winner of two Smarties
    // Book Prizes": what the object was voted, named or made comes after the aside; cut, the
    // verb says nothing of it.)
    if (COMPLEMENT_VERB.test(head) && COMPLEMENT_AFTER.test(full.slice(cut))) continue;
    // "As the Aurora limped back to its dock on 20 January | , a blizzard of photos …": the
    // opening clause alone, cut from the main one, says nothing.
    // ("Now that a critical mass of people have embraced digital TV, DVDs, and digital video
    // recorders | , the next revolution …": a comma inside the opening clause is no sign that
    // the main clause began; one after which a verb comes is.)
    // ("With home theatre systems, plasma TVs, and video recorders moving into the living room
    // | , the way people watch TV will …": a phrase that opens on a preposition, cut from its
    // clause, has no verb of its own but a participle.)
    if (
      (SUBORDINATE_START.test(head) || PHRASE_START.test(head)) &&
      (!head.includes(',') || !finiteVerbIn(head.slice(head.lastIndexOf(',') + 1)))
    )
      continue;
    // ("… was the UK's first prima ballerina of the modern age, and, in her heyday | , the
    // greatest in the western world": a cut after "and," leaves the coordination dangling.)
    if (DANGLING_AND.test(head)) continue;
    // ("… snapped up for a seven-figure sum | , with Ridley Scott set to direct": a "with" that
    // brings in someone named in full, and what they are to do, is news of its own.)
    if (WITH_NAMED_PERSON.test(full.slice(cut))) continue;
    // ("… control orders to keep suspects under house arrest | , where there isn't enough
    // evidence to put them on trial": a clause that bounds what the lede says is part of it.)
    if (BOUNDING_CLAUSE.test(full.slice(cut))) continue;
    if (head.split(/\s+/).length < 8 || /["“]/.test(withoutQuotations(head))) continue;
    const says = new Set(contentStems(head));
    if ([...wanted].some((t) => !says.has(t))) continue;
    const kept = tail && !head.includes(tail) ? `${head}, ${tail}.` : `${head}.`;
    if (droppedCues(kept, full).length === 0) return kept;
  }
  // ("Net users are getting the chance to fight back against spam websites": a first line that
  // the page set as a paragraph of its own, without its full stop; the lede ends as a sentence.)
  return /[.!?…]["”’'»)]?$/.test(full) ? full : `${full}.`;
}

/** The words of an aside at a lede's end short enough to keep ("the ariary"). */
const SHORT_TAIL_WORDS = 3;

/**
 * "A programmer has created these graphs to reveal the dominant colour of artworks through
 * history They show orange has always been …": a lede that runs on into the next sentence
 * without its stop ends where it ran on, when what comes before is a sentence of its own.
 */
function endAtRunOn(sentence: string): string {
  // (runsOn's length floor: a shorter sentence is never cut.)
  const at = sentence.length < 40 ? -1 : runOnAt(sentence);
  const head = sentence.slice(0, at).replace(/[\s,;:–—-]+$/, '');
  return at > 0 && head.split(/\s+/).length >= 8 ? `${head}.` : sentence;
}

/** "Mr Toshitsune", "Dr Venter": a person named by title and surname. */
const TITLED_SURNAME = enRegExp(
  `\\b(?:${HONORIFICS})\\.?\\s+(\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?)\\b`,
  'u',
);
/** A capitalised word before a surname that is no forename: an opener, a title ("Chancellor"). */
function notForename(word: string): boolean {
  return (
    SENTENCE_OPENERS.has(word) ||
    TITLE_WORD.test(word) ||
    /^(?:A|An|Prime|Sir|Lord|Lady)$/.test(word)
  );
}

/**
 * "Mr Toshitsune is one of Japan's 23,000 centenarians …": a lede or a point that names someone
 * by title and surname, whom only an earlier sentence names in full ("the 101-year-old Torao
 * Toshitsune"), names them in full, as a line shown without that sentence must stand alone.
 * So does a line that opens on a surname alone as its subject ("Dokic has not played …").
 * Not when `shown` (what the reader has been shown before it) or the text itself names them in
 * full, nor inside a quotation, nor when earlier sentences name two people of that surname.
 */
export function nameInFull(text: string, earlier: readonly Sentence[], shown = ''): string {
  const titled = TITLED_SURNAME.exec(text);
  const bare = titled === null;
  const m = titled ?? bareSurnameStart(text);
  if (m === null || (text.slice(0, m.index).match(/["“”]/g)?.length ?? 0) % 2 === 1) return text;
  const surname = m[1] as string;
  // (For a surname alone, the forename is no word of a longer name, "Nomura Securities | Japan",
  // nor a word that is no noun, "Both | Chelsea and Arsenal", "the Olympic | Sydney".)
  const full = bare ? BARE_FORENAME_BEFORE : FORENAME_BEFORE;
  // (A string search first: most texts do not hold the surname after another word at all.)
  const forenames = (t: string): string[] =>
    !t.includes(` ${surname}`)
      ? []
      : [...t.matchAll(full)]
          .filter((f) => f[2] === surname)
          .map((f) => f[1] as string)
          .filter((f) => !notForename(f) && !(bare && noForenameWord(f)));
  // (Named in full already, "Graham Lane … Mr Lane", it stands as written.)
  if (forenames(`${shown} ${text}`).length > 0) return text;
  const named = new Set(earlier.flatMap((s) => forenames(s.text)));
  if (named.size !== 1) return text;
  const [forename] = named;
  // ("Mr Clinton" after "Hillary Clinton": the title says another person of that surname. With
  // a title of the other sex for the surname, or a pronoun of the other sex in the sentence that
  // names the person in full, the name stays as written.)
  const male = /^Mr\.?\s/.test(m[0]);
  const female = /^(?:Mrs|Ms|Miss)\.?\s/.test(m[0]);
  const otherTitle = male ? 'Mrs|Ms|Miss' : female ? 'Mr' : undefined;
  if (otherTitle !== undefined) {
    const titled = new RegExp(`\\b(?:${otherTitle})\\.?\\s+${surname}\\b`);
    if (titled.test(text) || earlier.some((s) => titled.test(s.text))) return text;
    // (Outside its quotations: '"… she has shown herself to be …," said Ladbrokes' Warren Lush'.)
    const naming = (earlier.find((s) => forenames(s.text).length > 0)?.text ?? '').replace(
      /["“][^"”]*["”]/g,
      ' ',
    );
    if ((male ? /\b(?:she|her|herself)\b/i : /\b(?:he|his|him|himself)\b/i).test(naming))
      return text;
  }
  return `${text.slice(0, m.index)}${forename} ${surname}${text.slice(m.index + m[0].length)}`;
}

/**
 * A forename before a word of a surname's shape, which the caller compares with the surname it
 * looks for: one pattern serves every surname (a pattern built per surname cost more to compile
 * than to run). The surname is read ahead, so that it may be the next match's forename.
 */
const FORENAME_BEFORE = en.g`\b(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?)\b(?![-'’]))`;
/** The same, not after a capitalised word: no word of a longer name ("Nomura Securities | Japan"). */
const BARE_FORENAME_BEFORE = en.g`(?<!\p{Lu}[\p{L}'’.-]*\s)\b(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?)\b(?![-'’]))`;

/**
 * Whether the lexicon reads a capitalised word, as written, as something other than a name
 * first, or as an adjective too ("Both", "Securities", "Olympic"); "Matt" and "Jelena" pass.
 */
function noForenameWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && (tags[0] !== 'NNP' || tags.includes('JJ'));
}
/** A capitalised word that opens a line before a lower-case word or its "'s": "Dokic has …". */
const BARE_SURNAME = en`^(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?)(?=\s+\p{Ll}|['’]s\s)`;

/** A surname alone saying the quotation before it: '"…," Cooke said.' */
const SAID_BY_SURNAME = en`(?<=["”],?\s)(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?)(?=\s+(?:said|says|added|adds|told|explained|insisted|warned)\b)`;

/**
 * A surname alone that opens a line as its subject ("Dokic has not played …"), or says its
 * quotation ('"…," Cooke said.'), as a match.
 */
function bareSurnameStart(text: string): RegExpExecArray | null {
  const m = BARE_SURNAME.exec(text) ?? SAID_BY_SURNAME.exec(text);
  return m && !notForename(m[1] as string) ? m : null;
}

/** Verbs whose object takes a complement: "voted X the winner", "named X captain". */
const COMPLEMENT_VERB =
  /\b(?:voted|named|elected|appointed|declared|crowned|dubbed|proclaimed|ranked|rated)\b/;
/** The complement after the object and its aside: ", the winner of …", ", its best …". */
const COMPLEMENT_AFTER = en`^,\s+(?:the|its|their|his|her)\s+\p{Ll}`;

/** A phrase that opens on a preposition, before the main clause: "With …", "Despite …". */
const PHRASE_START =
  /^(?:With|Without|Amid|Despite|Following|During|Like|Unlike|Among|Having|Faced\s+with|Thanks\s+to|Along\s+with)\s/;
/** ", with Ridley Scott set to direct": a person named in full, and what they are to do. */
const WITH_NAMED_PERSON = en`^,?\s+with\s+(?:\p{Lu}\p{Ll}+\s+){2,3}(?:set|due|expected|poised|likely|to|now|also)\b`;
/** A condition put to the reader: "If you …", "When you …", "In case you …", "Whether you …". */
export const CONDITION_TO_READER = '(?:[Ii]f|[Ww]hen|[Ii]n case|[Ww]hether) you';
/**
 * A lede's writer talking to the reader (chooseLede's hooks): "Soon you could go hunting via the
 * net.", "Forget about going to a crowded bar to enjoy a gig …". ("Now you could also be at a
 * live gig on your mobile" is turnToNow's turn from such a hook to the news.)
 */
const WRITER_TO_READER = enRegExp(
  String.raw`^(?:(?:(?:Well|Yes|No|Oh|Look),\s+)?(?:We|I|You)\s+\p{Ll}|(?:Soon|Today|Tomorrow|Someday|Perhaps|Maybe|One\s+day),?\s+you\s+\p{Ll}|(?:Forget|Picture|Consider|Remember|Never\s+mind|Move\s+over|Spare\s+a\s+thought)\b|(?:(?:So|And|But)\s+)?${CONDITION_TO_READER}\b|Let's\b|Imagine\b|Welcome to\b)`,
  'u',
);
/** A clause of condition or exception: ", where there isn't enough evidence …", ", unless …". */
const BOUNDING_CLAUSE =
  /^,\s+(?:where\s+there\s+(?:is|are|was|were)\s+(?:not|no)\b|where\s+there\s+(?:isn't|aren't|wasn't|weren't)\b|unless|except|provided|as long as|so long as|only if|if)\b/i;
/** A head whose last words are ", and, …": the second half of a coordination cut short. */
const DANGLING_AND = /,\s*(?:and|but|or|yet)\s*,[^,]*$/;

/** Whether a clause has a finite verb, as tagged: "the next revolution is coming", not "recorders moving". */
function finiteVerbIn(clause: string): boolean {
  return tagSentence(clause).some((t) => FINITE_TAG.test(t.tag));
}

const SUBORDINATE_START =
  /^(?:As|When|While|After|Before|Although|Though|If|Because|Since|Once|Until|Unless|Whereas|(?:Now|So|Given|Provided|Seeing)\s+that|Even\s+(?:if|though|as|when))\s/;

const INSIDE_ASIDE =
  /^, (?:who|which|whose|where|a|an|the)\b[^,]{1,160},\s+(?:will|would|has|have|had|is|are|was|were|can|could|may|might|must|should|did|does|do|also|now|still)\b/;

/**
 * ", as expected, on 5 May": a short aside set inside the clause, which goes on after it; cut
 * there, the lede loses what the clause was saying ("… if it is held.").
 */
const PARENTHETICAL =
  /^, (?:as (?:expected|planned|predicted|forecast|scheduled|feared|hoped|usual|promised)|it seems|in theory|of course|for now|so far)\b[^,]{0,20},\s+\S/;

/** Where an aside opens: before ", a …", ", who …", ", after …" and the like. */
const ASIDE_OPENING =
  /, (?:a|an|the|who|which|whose|where|after|as|while|with|amid|including|according|saying|following|ending|marking)\b/g;
/**
 * What the news led to: ", leaving 20,000 homes without power", ", making a strike almost
 * certain". News too: cut only from a lede too long for one line.
 */
const CONSEQUENCE_OPENING = /, (?:prompting|leaving|making|raising)\b/g;
/** ", with up to 100mm …": a "with" whose clause holds a figure. */
const WITH_FIGURE = /^, with\b[^,;]*\d/;
/** A lede of more words than this is cut at what the news led to, or at a figure's "with", too. */
const ONE_LINE_WORDS = 30;

function asideCuts(sentence: string): number[] {
  const cuts = [...sentence.matchAll(ASIDE_OPENING)].map((m) => m.index);
  // (", with up to 100mm expected to fall in some places": a "with" that brings a figure is
  // news too, cut only from a lede too long for one line.)
  if (sentence.split(/\s+/).length <= ONE_LINE_WORDS)
    return cuts.filter((at) => !WITH_FIGURE.test(sentence.slice(at)));
  return [...cuts, ...[...sentence.matchAll(CONSEQUENCE_OPENING)].map((m) => m.index)].sort(
    (a, b) => a - b,
  );
}
