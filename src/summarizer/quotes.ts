import { escapeRegExp } from '../core/escape-regexp.js';
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  DEMONYM,
  describesName,
  isPronoun,
  lastMatch,
  NOT_NAME_START,
  ROLE_THEN_NAME,
  splitRoleFromName,
} from './attribution.js';
import { countMatches } from './count-matches.js';
import { en, enRegExp } from './letters.js';
import {
  findPeople,
  HONORIFIC_NAME,
  hasSurname,
  isPostNominal,
  looksLikeRole,
  OCCUPATION_BEFORE_MONONYM,
  OCCUPATION_TITLES,
  OCCUPATIONS,
  ORGANISATION_WORDS,
  PARTY_BEFORE_NAME,
  type Person,
  POST_NOMINALS,
  RANK_ONLY,
  RANK_START,
  ROLE_NOUNS,
  resolvePerson,
  surnameOf,
  TITLE_WORD,
} from './people.js';
import { FINITE_TAG, lexiconTags, mayHaveVerb, tagSentence } from './pos/tag.js';
import type { Sentence } from './prepare.js';
import { findQuoteSpans, type QuoteSpan, spanAt } from './quote-spans.js';
import { capitalize, NAME_THEN_POSITION } from './tighten.js';
import type { Quote } from './types.js';

/**
 * Stage 5: direct quotes with their speaker and role. Quotation spans (quote-spans.ts:
 * double or single marks, over sentences and paragraphs) that are whole utterances, with
 * the attribution around them (attribution.ts); "he said" and surnames resolved to the
 * full name and role given earlier; a quotation that goes on after its attribution
 * ("…," she said. "…") stays one quote.
 */
export interface FoundQuote extends Quote {
  /** The sentence the quote opens in. */
  readonly sentenceId: number;
  /** Every sentence the quote runs through. */
  readonly sentenceIds: readonly number[];
  /** The sentence holding the attribution (`-1` when the quote has none of its own). */
  readonly attributionId: number;
}

/** Words that introduce a title or a name in quotation marks, not someone's words. */
const NAMING_BEFORE =
  /\b(?:titled|entitled|called|named|dubbed|headlined|nicknamed|labell?ed|branded|billed\s+as|known\s+as|reading)\s*$/i;
/** The capitalised word right before a verb of saying and its colon: "… Alexandria Redwood said: ". */
const SURNAME_BEFORE_VERB = en`(\p{Lu}\p{Ll}[\p{L}'’-]+)\s+(?:said|says|added|adds|told\s+\S+|explained|continued)\s*:\s*$`;
/** A verb of telling and whom, right before a quotation: "… and told her '…". */
const TOLD_BEFORE =
  /\b(?:told|tells|asked|asks|warned|assured|reminded)\s+(?:her|him|them|me|us)\s*[:,]?\s*$/;
/** A reporter's source, not a speaker: "the website", "the paper", "reports", "TMZ reports". */
const SOURCE_REF =
  /^(?:the\s+)?(?:website|site|paper|newspaper|tabloid|magazine|report|reports|station|channel|network|outlet|blog)$/i;
/** A quotation of fewer words is a phrase ("a big move"), not something a person said. */
const MIN_WORDS = 3;
const SPACE_RUN = /\s+/g;
/** How many sentences back a bare quotation may look for who speaks. */
const LOOK_BACK = 3;

interface Stream {
  readonly text: string;
  /** Same length as text, quotations blanked: periods and names inside them do not count. */
  readonly masked: string;
  readonly starts: readonly number[];
  readonly sentences: readonly Sentence[];
}

/**
 * `people` is the article's people index (findPeople); left out, it is built from `sentences`
 * only once a speaker needs looking up. `quoted`, when given, gets the ids of the sentences
 * that lie wholly inside a quotation, whether or not anyone is found to say it.
 */
export function findQuotes(
  sentences: readonly Sentence[],
  people?: readonly Person[],
  quoted?: Set<number>,
): FoundQuote[] {
  const answers = interviewAnswers(sentences, people);
  const stream = buildStream(sentences);
  const spans = findQuoteSpans(stream.text);
  if (spans.length === 0) return answers;
  const answered = new Set(answers.flatMap((a) => a.sentenceIds));
  const masked = mask(stream.text, spans);
  const s: Stream = { ...stream, masked };
  let known: Person[] | undefined;
  const knownPeople = (): Person[] => {
    known ??= bareNamesakesFirst(
      [...(people ?? findPeople(sentences)), ...namesIn(sentences)],
      stream.text,
    );
    return known;
  };
  const quotes: FoundQuote[] = [];
  /** Where the last quote's attribution sentence ends: a quotation right after it goes on. */
  let lastEnd = -1;
  /** Where the last quote's own quotation closed. */
  let lastSpanClose = -1;
  /** Whether that quotation's closing mark was there. */
  let lastClosed = true;
  /** Where the last quotation whose speaker could not be told ended (with its attribution), or -1. */
  let unresolvedEnd = -1;
  for (const found of spans) {
    let span = found;
    // (An interview's answer is the interviewee's already: interviewAnswers.)
    if (answered.size > 0 && answered.has(sentenceAt(s, span.open))) continue;
    // (As `span.text.split(/\s+/).length`, counted no further than needed.)
    if (countMatches(SPACE_RUN, span.text, MIN_WORDS - 1) + 1 < MIN_WORDS) continue;
    const from = sentenceStart(s, span.open);
    const to = sentenceEnd(s, span.close);
    // (Only a quotation that opens its sentence (or follows a colon) and closes: a mark that
    // opens mid-sentence and runs on may be one the text lost the pair of.)
    if (quoted && span.closed && OPENS_AT.test(masked.slice(from, span.open).replace(/#/g, '')))
      markInside(s, span, quoted);
    const previous = quotes.at(-1);
    // After a quotation that ends its own sentence ('…here.' Sources said…), a new sentence
    // starts: its subject is not the speaker.
    // ('"Will I have as much commitment …?" Holmes asked in the New Year.': after a question or
    // an exclamation, a name and a verb of saying are its attribution all the same.)
    // (Only a short one: '"…?" Mr Milburn replied that they were not …' and '"…?" The
    // Electoral Commission on Thursday said it was satisfied …' report what came next.)
    const capitalAfter = en`^\s+[\p{Lu}]`.test(masked.slice(span.close, to));
    const tail = masked.slice(span.close, to).trim();
    const askedBy =
      capitalAfter &&
      /[!?]["'”’]?$/.test(span.text) &&
      tail.split(/\s+/).length <= 8 &&
      !/\b(?:that|it|was|were|is|are|had|has|have|would|will|could)\b/i.test(tail)
        ? attributionAfter(tail)
        : undefined;
    // (Also when the quotation ends on one inside it: '… I was like, "Wow!"' However, …'.)
    const endsSentence =
      /[.!?…]["'”’]?$/.test(span.text) &&
      capitalAfter &&
      (askedBy === undefined || askedBy.pronoun);
    let attrAfter = endsSentence
      ? undefined
      : (askedBy ?? attributionAfter(masked.slice(span.close, to)));
    const bare = masked.slice(from, span.open).replace(/#/g, '');
    // ('Mido added: "It's not my right … "So I'm now used to … happens. Meanwhile, Egypt FA
    // spokesman Methat Shalaby welcomed the apology … "Mido's apology …," Shalaby said.': a
    // quotation a colon introduces that lost its closing mark ran on to another speaker's. The
    // colon's speaker says it, up to the sentence that names the other.)
    const introduced =
      attrAfter && /:\s*$/.test(bare)
        ? attributionBefore(masked.slice(from, span.open))
        : undefined;
    const runOn =
      attrAfter && introduced && !introduced.pronoun && introduced.ref !== attrAfter.ref
        ? beforeMention(span, s.text, attrAfter.ref)
        : undefined;
    if (runOn) {
      span = runOn;
      attrAfter = undefined;
    }
    // ("Mr Peston's book claimed that Mr Brown told Mr Blair: '…'", which Mr Blair denies: words
    // someone else claims were said are no one's quotation to show.)
    if (!attrAfter && CLAIMED_SAYING.test(masked.slice(from, span.open))) continue;
    // ("She alleges that when 'Doggie' disappeared, Ms Kunis confessed … and told her '…', the
    // website states.": words a claim says someone told its maker are theirs only as alleged.)
    // ('The document reportedly said: "…"', '"…," Professor James Marshall reportedly told the
    // BBC.': words a report says were said are theirs as reported, and the quote says so.)
    const hedge = CLAIMED_TOLD_ME.test(masked.slice(from, span.open))
      ? 'allegedly'
      : HEDGED_SAYING.exec(
          attrAfter ? masked.slice(span.close, to) : masked.slice(from, span.open),
        )?.[1];
    const alleged = hedge && (/^alleged/i.test(hedge) ? 'allegedly' : 'reportedly');
    const attrBefore = attrAfter
      ? undefined
      : (introduced ?? attributionBefore(masked.slice(from, span.open)));
    // ("Ms Kunis confessed to the crime and told her 'Kristina, you can have any other chicken
    // …', the website states.": who told her speaks; the words after name the reporter's source.)
    const toldBy =
      attrAfter && SOURCE_REF.test(attrAfter.ref) && TOLD_BEFORE.test(bare)
        ? onlyPersonIn(bare, knownPeople())
        : undefined;
    // (Whom the sentence does not let us name, the website is no speaker in their place.)
    if (!toldBy && attrAfter && SOURCE_REF.test(attrAfter.ref) && TOLD_BEFORE.test(bare)) continue;
    const attribution = toldBy ? { ref: toldBy.name, pronoun: false } : (attrAfter ?? attrBefore);
    const opensSentence = bare.trim() === '' || /[:;]\s*$/.test(bare);
    // ('"The underlying problem," he says, "is how you can increase their wealth …"': a
    // quotation that opens in lower case right after the last one and its attribution, in the
    // same sentence, is the rest of that one's sentence.)
    if (
      previous &&
      lastSpanClose >= from &&
      en`^\p{Ll}`.test(span.text) &&
      SPLIT_BY_ATTRIBUTION.test(masked.slice(lastSpanClose, span.open))
    ) {
      quotes[quotes.length - 1] = joinSplit(previous, span, s);
      lastEnd = span.close;
      lastSpanClose = span.close;
      lastClosed = span.closed;
      continue;
    }
    // A whole utterance starts as a sentence does; "…was 'reckless'" is the reporter's words.
    const whole =
      en`^[\p{Lu}\d[(…"“‘']`.test(span.text) &&
      (attrBefore !== undefined || opensSentence || attrAfter !== undefined);
    // ("The meeting is titled 'Understanding and Improving the H-1B Visa Program', according
    // to the examiner.": a quotation a word of naming introduces is a name, said by no one.)
    if (!whole || NAMING_BEFORE.test(bare)) continue;
    if (!attribution) {
      // ('"The crowd gave me a standing ovation," he said. "It was fantastic …"', with "he"
      // no one the article lets us tell: the quotation after it is theirs, no one else's.)
      // (And so is the one right after that: "'…,' she said.. '…' '…'" all go unnamed.)
      if (unresolvedEnd >= 0 && masked.slice(unresolvedEnd, span.open).trim() === '') {
        unresolvedEnd = span.close;
        continue;
      }
      const gap = masked.slice(Math.max(lastEnd, 0), span.open);
      // (Not one with words after it of its own: '"That was a total disaster," a crestfallen
      // Mr Lim confided' is someone else's, in words the attribution reader does not know.)
      const own = masked.slice(span.close, to).trim();
      // ("'My love, where are you?' he asked. 'It was a bit of an ego boost for me … but he
      // wanted me.'": words after a question that speak of its asker as "he" and of themself as
      // "me" answer it; they are someone else's, whom the text does not name here.)
      const answers =
        previous !== undefined &&
        lastEnd >= 0 &&
        gap.trim() === '' &&
        /\?["”’']?$/.test(previous.text) &&
        talksOf(span.text, genderOf(previous.speaker, s.text, knownPeople()));
      if (answers) {
        unresolvedEnd = span.close;
        continue;
      }
      if (
        previous &&
        lastEnd >= 0 &&
        gap.trim() === '' &&
        !en`^,?\s*(?!(?:he|she|they|it|we|i)\b)\p{Ll}`.test(own)
      ) {
        quotes[quotes.length - 1] = extend(previous, span, s);
        lastEnd = span.close;
        lastSpanClose = span.close;
        lastClosed = span.closed;
        continue;
      }
      // ('"We got her, we got her!" officers announced on their radios. "He's in custody; we
      // have her."': words of saying after it name a speaker the reader could not tell; the
      // quotation after it is theirs, no one else's.)
      if (!endsSentence && NOUN_SAYS_AFTER.test(own)) {
        unresolvedEnd = to;
        continue;
      }
      // A quotation with no attribution of its own, after a sentence about its speaker
      // ("But Greene believes he lost the race…").
      // Only a quotation that is a sentence on its own: words after it that could not be read
      // as an attribution must not be guessed at (the wrong speaker is worse than none).
      if (
        !opensSentence ||
        bare.includes(':') ||
        // (A full stop set after the closing mark, '… it went from there".', ends it too.)
        (!endsSentence && !/^[.!?]?$/.test(masked.slice(span.close, to).trim())) ||
        // ('So is UKIP's job to destroy the Tories, as former member Robert Kilroy-Silk once
        // declared? "No. …"': after a question, the answer is the one asked, not whom the
        // question names.)
        /\?\s*$/.test(s.masked.slice(previousSentenceStart(s, span.open + 1), span.open))
      )
        continue;
      // ("… a friend of Rojo's … made a shocking proposition. 'He asked me how much it would
      // cost …'": words that open on what "he" or "she" did to the speaker are about the one the
      // sentence before is about; who speaks, the text does not say here.)
      if (ACTS_ON_SPEAKER.test(span.text)) continue;
      const subject = bareSpeaker(
        recentSubject(s, span.open, knownPeople(), previous),
        previous,
        sentences,
      );
      if (!subject) continue;
      // ('And Scotland forward Simon Taylor looks certain to get the call. "I took lessons from
      // 2001 … "… Simon Taylor is an outstanding player …"': a sentence that does not have its
      // subject say or think anything, before quotations running on in the paragraph that name
      // them, speaks of them; someone else is speaking. "He added he was glad …" or "He pledged
      // …" before "If the teenage Michael Howard were applying …" has them speak.)
      if (
        !SPEAKS_OR_THINKS.test(
          s.masked.slice(previousSentenceStart(s, span.open + 1), span.open),
        ) &&
        namedAhead(spans, span, s.text, subject.name)
      )
        continue;
      quotes.push(quoteOf({ ...subject, role: roleOf(subject, knownPeople()) }, span, s, -1));
      lastEnd = span.close;
      lastSpanClose = span.close;
      lastClosed = span.closed;
      continue;
    }
    // ("… last week PGA Tour star Rickie Fowler, right, has earned … 'Must be nice …,' he
    // posted.": a photo's caption run into the sentence names people the pronoun is not; who
    // "he" is, the sentence cannot say.)
    if (
      (attribution.pronoun || isPronoun(attribution.ref)) &&
      NAME_THEN_POSITION.test(s.text.slice(from, span.open))
    )
      continue;
    // ("'…,' added the Barcelona defender" right after "'…,' centre back Gerard Pique told
    // reporters.": a verb that goes on, after the last speaker's sentence, goes on with them.)
    const after = attrAfter === undefined ? '' : masked.slice(span.close, to);
    // ('Sharapova … said: "…" The tournament debutant added: "…"': so does one before the
    // quotation, in the sentence right after the last speaker's words.)
    const goesOn =
      previous !== undefined &&
      ((/^[\s,]*(?:added|continued|went\s+on)\b/.test(after) &&
        previous.attributionId >= sentenceAt(s, span.open) - 1) ||
        (attrAfter === undefined &&
          ADDED_BEFORE.test(bare) &&
          Math.max(previous.attributionId, ...previous.sentenceIds) >=
            sentenceAt(s, span.open + 1) - 1));
    // ("But Alli insists the player is worth more … '…,' the agent added.": the one the
    // sentence before has say something adds to it.)
    const addsTo = ADDED.test(after)
      ? SUBJECT_SURNAME.exec(s.sentences[sentenceAt(s, span.open + 1) - 1]?.text ?? '')?.[1]
      : undefined;
    const identified = identify(attribution, s, span.open, knownPeople(), previous, goesOn, addsTo);
    // ("'Wolf Brother is an enchanting book,' he said.": a "he" read as a full name the
    // quotation's first sentence speaks of is whom it speaks of, not who speaks. Later on, a
    // caption run into the quotation may name the speaker: "… Me and Myleene Klass. Comedian
    // Ben Elton, left, took a swipe …".)
    // ('Sean Long, Sculthorpe's team-mate, has expressed doubts "I think Sean's situation is …,"
    // he said.': or by a word of their name, first name or surname.)
    const firstOfQuotation = /^.*?[.!?](?=\s|$)/s.exec(span.text)?.[0] ?? span.text;
    const speaker =
      identified &&
      (attribution.pronoun || isPronoun(attribution.ref)) &&
      identified.name.includes(' ') &&
      (firstOfQuotation.includes(identified.name) ||
        (PERSON_NAME.test(identified.name) &&
          nameWords(identified.name).some((w) => wordsAt(firstOfQuotation, w, true).length > 0)))
        ? undefined
        : identified;
    if (!speaker) {
      // (Whoever it is goes on in a quotation right after: it is no one else's either.)
      unresolvedEnd = attrAfter ? to : span.close;
      continue;
    }
    // "'…,' she said, adding, '…'": the same quotation goes on in the same sentence.
    // (Not after one whose closing mark was lost: '… very special. "I think he's got it down
    // now," said Lucy' is a new quotation, not the last one going on.)
    if (previous && previous.speaker === speaker.name && lastSpanClose >= from && lastClosed) {
      quotes[quotes.length - 1] = extend(previous, span, s);
      lastEnd = attrAfter ? to : span.close;
      lastSpanClose = span.close;
      lastClosed = span.closed;
      continue;
    }
    const own = attrAfter ? ownPiece(span, s.text, speaker.name) : span;
    if (own !== span) {
      // (The words before, up to a sentence about the speaker that opens on their name, are
      // theirs too: "… bringing them through. Grealish expressed his gratitude …".)
      const earlier: QuoteSpan = {
        open: span.open,
        close: own.open,
        text: span.text.slice(0, span.text.length - own.text.length).trimEnd(),
        closed: false,
      };
      // (Not words that name the speaker themself: narration ran on before that sentence.)
      const theirs = beforeNarration(earlier, s.text, speaker.name);
      if (
        theirs !== earlier.text &&
        !nameWords(speaker.name).some((w) => wordsAt(theirs, w).length)
      )
        quotes.push(quoteOf(speaker, earlier, s, sentenceAt(s, span.close)));
      span = own;
    }
    // ('… "I haven't spoken to Rafa Benitez but … I would like to play for him. But Benitez could
    // yet turn his attentions to the younger Anelka should Morientes be reluctant …': a quotation
    // whose closing mark was lost ends before the reporter's sentence that names its speaker.)
    if (!span.closed && PERSON_NAME.test(speaker.name))
      span = beforeMention(span, s.text, surnameOf(speaker.name)) ?? span;
    remember(knownPeople(), speaker);
    const quote = quoteOf(speaker, span, s, sentenceAt(s, attrAfter ? span.close : span.open - 1));
    // (Shown after the role: "James Marshall, professor, reportedly".)
    quotes.push(
      alleged ? { ...quote, role: quote.role ? `${quote.role}, ${alleged}` : alleged } : quote,
    );
    lastEnd = attrAfter ? to : span.close;
    lastSpanClose = span.close;
    lastClosed = span.closed;
  }
  return answers.length === 0
    ? quotes
    : [...quotes, ...answers].sort((a, b) => a.sentenceId - b.sentenceId);
}

/** An interview's turn, as printed: "Q: Why pick on the microwave?", "A: Because …". */
export const INTERVIEW_TURN = /^[QA]:\s/;
const QUESTION_OPENING = /^Q:\s/;
const ANSWER_OPENING = /^A:\s+/;
/** An answer printed in quotation marks, whole: '"Because it has taught … forgetting."'. */
const WHOLLY_QUOTED = /^["“]([^"“”]+)["”]$/;

/**
 * An interview printed as questions and answers (two of each at least: "Q: …" and "A: …"):
 * each answer, to the next question or answer or the end of its paragraph, is the words of the
 * person the introduction before the first question names in full ("Marta Kowalczyk runs three
 * restaurants …"). None when the introduction names no one: whose answers they are is unsaid.
 */
function interviewAnswers(
  sentences: readonly Sentence[],
  people: readonly Person[] | undefined,
): FoundQuote[] {
  let questions = 0;
  let answers = 0;
  for (const s of sentences) {
    if (QUESTION_OPENING.test(s.text)) questions++;
    else if (ANSWER_OPENING.test(s.text)) answers++;
  }
  if (questions < 2 || answers < 2) return [];
  const firstQuestion = sentences.find((s) => QUESTION_OPENING.test(s.text))?.id ?? 0;
  const at = (p: Person) => sentences[p.firstSeen]?.text.indexOf(p.name) ?? -1;
  const interviewee = [...(people ?? findPeople(sentences)), ...namesIn(sentences)]
    .filter((p) => p.firstSeen < firstQuestion && p.name.includes(' ') && at(p) >= 0)
    .sort((a, b) => a.firstSeen - b.firstSeen || at(a) - at(b))[0];
  if (!interviewee) return [];
  const found: FoundQuote[] = [];
  for (const [k, s] of sentences.entries()) {
    if (!ANSWER_OPENING.test(s.text)) continue;
    const ids = [s.id];
    let text = s.text.replace(ANSWER_OPENING, '');
    for (let j = k + 1; j < sentences.length; j++) {
      const next = sentences[j] as Sentence;
      if (next.paragraph !== s.paragraph || INTERVIEW_TURN.test(next.text)) break;
      ids.push(next.id);
      text += ` ${next.text}`;
    }
    const inMarks = WHOLLY_QUOTED.exec(text.trim());
    // ("A: Bob Marley, Bruno Mars, Drake.", "A: Watching NBA League Pass, reading, travel.": a
    // list or a title with no verb answers a question and says nothing alone.)
    if (!tagSentence(inMarks?.[1] ?? text).some((t) => FINITE_TAG.test(t.tag))) continue;
    found.push({
      speaker: interviewee.name,
      role: interviewee.role,
      text: finish(inMarks?.[1] ?? text),
      sentenceId: s.id,
      sentenceIds: ids,
      attributionId: -1,
    });
  }
  return found;
}

/**
 * The person the sentence before the quotation's urged to do something ("X encouraged West to
 * sample …") when the quotation has "I" do the same ("… that I sample …"); else undefined.
 */
function urgedSpeaker(s: Stream, at: number, people: readonly Person[]): Person | undefined {
  const m = URGED_TO.exec(sentenceBefore(s, at));
  if (!m?.[1] || !m[2]) return undefined;
  const quote = s.text.slice(at, at + 300).split('\n')[0] ?? '';
  if (!enRegExp(String.raw`\bI\s+(?:\p{Ll}+\s+)?${escapeRegExp(m[2])}\b`, 'u').test(quote))
    return undefined;
  const person = resolvePerson(people, m[1]);
  return person?.name.includes(' ') || person?.name === m[1] ? person : undefined;
}
const URGED_TO = en`\b(?:encouraged|urged|persuaded|convinced|inspired|taught|helped|allowed|pushed|advised|challenged|dared|begged)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+to\s+(\p{Ll}{3,})\b`;

/**
 * Whether the sentence before the one `at` is in opens on `person` (by any word of the name),
 * or on "he"/"she" with no one else named in it.
 */
function opensBefore(s: Stream, at: number, person: Person): boolean {
  const text = sentenceBefore(s, at);
  // (Its subject, the first words: "The Spaniard believed he was talking to … Emilio
  // Butragueno" is about the Spaniard, not the name after.)
  const opening = en`^\s*(?:(?:But|And|Yet)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)`.exec(
    text,
  )?.[1];
  if (opening && !NOT_NAME_START.has(opening.split(/\s+/)[0] ?? ''))
    return nameWords(person.name).some((w) => opening.split(/\s+/).includes(w));
  return (
    /^\s*(?:(?:But|And|Yet)\s+)?(?:[^,]{0,60},\s*)?(?:he|she)\s/i.test(text) &&
    !en`\s\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}`.test(text)
  );
}

/** Whether words in the first person have someone else, as `pronoun`, do something ("he wanted me"). */
function talksOf(text: string, pronoun: 'he' | 'she' | undefined): boolean {
  if (pronoun === undefined || !/\b(?:I|me|my|I'm|I’m)\b/.test(text)) return false;
  // (As the subject: "he wanted me"; "I have never paid him" speaks to him, and may go on.)
  return (pronoun === 'he' ? /\bhe\b/i : /\bshe\b/i).test(text);
}

function quoteOf(speaker: Person, span: QuoteSpan, s: Stream, attributionId: number): FoundQuote {
  const first = sentenceAt(s, span.open + 1);
  const last = sentenceAt(s, Math.max(span.open + 1, span.close - 1));
  // ("Ian MacDonald QC", "Tom McCabe MSP": the letters after a full name are a role, not a name.)
  const post = /^(?:the|The|a|A|an|An)\s/.test(speaker.name)
    ? null
    : POST_NOMINAL.exec(speaker.name);
  const name = post ? speaker.name.slice(0, post.index) : speaker.name;
  return {
    speaker: name,
    role: shownRole(speaker.role ?? post?.[1], name),
    text: finish(beforeAttribution(beforeNarration(span, s.text, speaker.name))),
    sentenceId: first,
    sentenceIds: range(first, last),
    attributionId,
  };
}

const POST_NOMINAL = enRegExp(
  String.raw`(?<=\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]+)\s+(${POST_NOMINALS})$`,
  'u',
);
const NOT_A_ROLE =
  /^(?:(?:like|unlike|including|such as|among|with|adding|saying|noting|insisting|explaining|arguing|warning|claiming)\b|(?:for example|for instance|however|meanwhile|too|also|though|in turn|in particular|of course)$)/i;
// ("Launching the Department for Constitutional Affairs' plan, Lord Falconer said": an object
// after it too.)
const FRONTED_PARTICIPLE =
  /^[A-Z][a-z]+ing\s+(?:to|at|out|up|on|about|over|from|into|through|back|with|the|a|an|his|her|their|its)\b/;
const FEELING = en`^\p{Ll}{3,}ly\s+\p{Ll}+(?:ed|ing)$`;
/**
 * ("The MP, who is consulting his lawyers, told BBC News": what they are doing, a participle
 * and its object, is no role; "managing director" is one.)
 */
const DOING = en`^(?!managing\b)\p{Ll}{3,}ing\s+(?:his|her|their|its|the|a|an|to|for|with|on|about)\b`;
/**
 * Where a role read from the text stops being one: a verb of saying, a clause joined on (not a
 * body's name whose last word "and" brings in: "at Boeing Defense, Space, and Security").
 */
// ("development director at Codemasters, which develops games …": what the organisation does
// is no part of who the speaker is.)
// ("deputy chairman of Highland Gold - a mining firm that has the motto", "a member of the
// committee and was part of the Butler inquiry": a dash's aside, a second predicate.)
const ROLE_ENDS = en`(?:^|,?\s+)(?:said|says|told|added)\b|,\s+(?:though|although|but|as|which|who|whose|where|adding|saying|noting|explaining|insisting)\s|,\s+and\s(?!\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*$)|\s[-–—]\s|\s+and\s+(?:was|is|has|had|will|would)\s|\s+(?:announcing|speaking|talking|writing|responding|commenting|reacting|launching|unveiling|presenting|accepting)\s|\s+quoted\s+(?:in|by)\s|,\s+also\s|,\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|interview|letter|speech|release|briefing|conference|e-?mail|message|note|article|column|blog|broadcast)\b`;
/** Words of a name that are a title, which a role may repeat: "Lord Woolf, Lord Chief Justice". */
const HONORIFIC_WORD =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Prince|Princess|King|Queen|General|President|Prof|Professor|Rev|Judge|Justice)$/;

const OCCUPATION_TITLE = new RegExp(`^(?:${OCCUPATION_TITLES})$`);
const CAPITALISED_JOB =
  /^(?:Boss|Director|Chairman|Chairwoman|Spokesman|Spokeswoman|Spokesperson|Manager|Coach|Editor|Analyst|Economist|Founder|Producer|Owner|Chief)$/;
const TITLE_ONLY_ROLE = /^(?:Dr|Sir|Dame|Rev|Mr|Mrs|Ms|Miss)\.?$/;
/** Words in title case: two capitalised words or more, and no lower-case word but "of", "for" and the like. */
function titleCase(words: string): boolean {
  const all = words.split(/[\s,]+/).filter(Boolean);
  return (
    all.filter((w) => en`^\p{Lu}\p{Ll}`.test(w)).length >= 2 &&
    all.every((w) => !en`^\p{Ll}`.test(w) || /^(?:of|for|and|the|at|in|on|to|a|an|&)$/.test(w))
  );
}
/** Adjectives that open a role before a name and are capitalised only as the sentence's first word. */
const SENTENCE_CAPITAL_ADJECTIVE =
  /^(Local|Former|Senior|Veteran|Junior|Retired|Fellow|Leading|Top|Independent|Acting|Interim|Outgoing|Incoming|Long-serving|Longtime)(?=\s+\S)/;
/**
 * A common noun or office word opening the sentence before an office in lower case: "Chief
 * executive Priya Nair said", "Committee chairman Alan Beith", "Zoo visitor Ann Lee" (not
 * "Foreign Secretary", "Police Federation chairman": a capital after it makes it a title).
 */
const SENTENCE_CAPITAL_NOUN =
  /^(Chief|Deputy|Assistant|Vice|Managing|Executive|Committee|Economy|Finance|Health|Education|Culture|Foreign|Home|Shadow|Zoo|Festival|Club|Company|Union|Council|Campaign|Team|Project|Research|Museum|School|Hospital|Airport|Police)(?=\s+\S)/;

/**
 * A role as shown after the name: "Majeed Memon, lawyer", not "…, Their lawyer" (whose, the
 * reader of the summary cannot tell, and the capital is the sentence's).
 */
function shownRole(role: string | undefined, name: string): string | undefined {
  // ("David Gillingwater, Dr": a title alone says no role; "Professor" says one.)
  if (role !== undefined && /^(?:Prof|Professor)\.?$/.test(role)) return 'professor';
  if (role === undefined || TITLE_ONLY_ROLE.test(role)) return undefined;
  // ("Jabarjung Singh, 24, from Punjab’s Bhatinda,": an age is no part of a role; what follows
  // it is read as one on its own.)
  // (Not a clause after it: "King, 30, who describes outgoing host Butters as …".)
  const aged = /^\d{1,3},\s+/.exec(role);
  if (aged) {
    const rest = role.slice(aged[0].length);
    return /^(?:who|which|whose|that)\b/i.test(rest) ? undefined : shownRole(rest, name);
  }
  // ("Prince Frederik, Prince": a title the name already holds says it twice.)
  if (name.split(/\s+/).includes(role.trim())) return undefined;
  // ("Belafonte, himself an ardent civil rights activist, …": "himself" points back to the
  // name; the role is what follows.)
  const reflexive = /^(?:himself|herself|themselves)\s+(?=\S)/i.exec(role);
  if (reflexive) return shownRole(role.slice(reflexive[0].length), name);
  // ("Boss Steve Bruce", "Director Stephen Daldry", "Goalscorer Jimmy Floyd Hasselbaink": a job
  // capitalised because it opens the sentence is shown as the common noun it is; "President",
  // "Judge" stay titles.)
  if (
    OCCUPATION_TITLE.test(role) ||
    CAPITALISED_JOB.test(role) ||
    (en`^\p{Lu}\p{Ll}+$`.test(role) && OCCUPATION_END.test(role))
  )
    return role.toLowerCase();
  // ("Local MP Simon Lightwood said", "Former Labour leader Neil Kinnock said": an adjective
  // capitalised because it opens the sentence is shown in lower case, the rest as it is.)
  // (Not a title written in capitals throughout: "Senior Vice President of Sales for Dräger".)
  const adjective = SENTENCE_CAPITAL_ADJECTIVE.exec(role)?.[1];
  const noun = SENTENCE_CAPITAL_NOUN.exec(role)?.[1];
  const opener =
    adjective !== undefined && !titleCase(role.slice(adjective.length))
      ? adjective
      : noun !== undefined && !en`\p{Lu}`.test(role.slice(noun.length))
        ? noun
        : undefined;
  if (opener !== undefined)
    return shownRole(`${opener.toLowerCase()}${role.slice(opener.length)}`, name);
  // ("Julia Church, Julia now lives", "Ms Rusoff-Hoen, said: 'Some of her …": words of the
  // text around a caption or a quotation, not who the speaker is.)
  // ("Nintendo Europe's general manager said at the recent press launch", "chief operating
  // officer of Sony, said last year": the role ends where the sentence goes on.)
  const cut = role.split(ROLE_ENDS)[0]?.trim() ?? '';
  // ("Mr Currington, like many of the UK's 70,000 BSL users", "including captain Jason
  // Robinson", "Ian Gibson, for example, urged …", "Jenson Button, naturally disappointed,
  // said": a comparison, a list, an aside of the sentence's or a feeling, not who they are.)
  // ("Pointing to Germany's trade interests …, Mr Nattrass said": a clause fronted before the
  // name, read as a role.)
  if (
    NOT_A_ROLE.test(cut) ||
    FEELING.test(cut) ||
    FRONTED_PARTICIPLE.test(cut) ||
    DOING.test(cut) ||
    !describesWho(cut)
  )
    return undefined;
  // ("Jason King, 30, who …": an age is no role.)
  // ("Rovers' assistant manager", "president of a breeders' association": a plural's
  // possessive apostrophe before its noun is no quotation mark; nor is one inside a word,
  // straight or curly, "Pama’s defence lawyer".)
  if (
    cut === '' ||
    /^\d{1,3}$/.test(cut) ||
    en`["“”‘]|(?:^|\s)['’]|(?<!\p{L}s)['’](?:\s|$)|['’]$`.test(cut)
  )
    return undefined;
  if (cut !== role) return shownRole(cut, name);
  // ("a PhD student in psychology at the Karolinska Institute who created the graph": a role
  // whole before a relative clause ends there; the clause says what they did.)
  // (Not one that says what they became: "a senior KGB officer who became a secret agent for
  // the British" is not a KGB officer now.)
  const who =
    en`\s(?:who|which)\s(?!(?:\p{L}+\s+)?(?:became|become|becomes|turned|defected|switched|later|now|then|went)\b)`.exec(
      role,
    );
  const before = who ? role.slice(0, who.index) : '';
  if (who && before.split(/\s+/).length >= 3 && looksLikeRole(before))
    return shownRole(before, name);
  const own = new Set(
    name.split(/\s+/).filter((w) => en`^\p{Lu}\p{Ll}`.test(w) && !HONORIFIC_WORD.test(w)),
  );
  if (role.split(/\s+/).some((w) => own.has(w))) return undefined;
  const possessive = /^(?:his|her|their|its)\s+/i.exec(role);
  if (!possessive) return role;
  // ("his row with manager", "his strong mix of leadership skills …": what the sentence said of
  // him, not who he is.)
  const shown = role.slice(possessive[0].length).trim();
  // ("his owners and trainer Michael Scudamore": which of them he is, the phrase does not say.)
  const words = shown.split(/\s+/);
  return shown === '' ||
    words.length > 3 ||
    words.some((w) => /^(?:of|with|for|in|on|to|from|at|and|or)$/i.test(w))
    ? undefined
    : shown;
}

/** A clause longer than this after the name is what the sentence goes on to say, not who they are. */
const MAX_CLAUSE_ROLE_WORDS = 12;

/**
 * Whether a role read after a name says who the person is: not a verb's clause ("Stewart
 * O'Nan, carried around a note …", "Richard Gere, presenting the best film award"), not a
 * "whose" clause ("whose wife, Kelly Preston, is also a member"), not a death or a long tale
 * ("who has died at the age of 84", "who along with the rest of the Cabinet"); "who teaches at
 * Peel Common Infants School" says it.
 */
function describesWho(role: string): boolean {
  const words = role.split(/\s+/);
  const first = words[0] ?? '';
  if (/^whose$/i.test(first)) return false;
  if (/^who$/i.test(first)) {
    const verb = lexiconTags((words[1] ?? '').toLowerCase());
    return (
      words.length <= MAX_CLAUSE_ROLE_WORDS &&
      verb.some((t) => /^(?:VB|MD)/.test(t)) &&
      !/^who\s+(?:has\s+|had\s+)?died\b/i.test(role) &&
      // ("who had also made a point of visiting Evans' shop": what they had done, the story's
      // event; "who had been …" still says who they were.)
      !/^who\s+had\s+(?!been\b)/i.test(role)
    );
  }
  // ("Carragher would start", "the Hansard Society and the Department for Education …": a
  // clause with its own verb, a list of bodies.)
  if (
    /\b(?:would|will|could|should|might|must)\b/i.test(role) &&
    !/\b(?:who|which|that)\b/i.test(role)
  )
    return false;
  if (/^(?:the|a|an)\s[^,]*\band\s+the\s/i.test(role)) return false;
  // ("the BBC News website Ford did not deserve any credit for his plea": a clause of its own,
  // outside any relative clause of the role's.)
  const main = role.split(/\b(?:who|which|that|whose|where)\b/i)[0] ?? role;
  if (/\b(?:did|does|do|was|were|is|are|has|have|had)\b/i.test(main)) return false;
  const readings = lexiconTags(first.toLowerCase());
  // (A capital opens a title or a body's name, "Prosecuting attorney", "Stop Stansted Expansion
  // chairman": no verb of the sentence's.)
  const verbFirst = en`^\p{Ll}`.test(first) && /^VB[DGNZ]?$/.test(readings[0] ?? '');
  // ("agreed the 1701 Act of Settlement", "runs a forensic science course", "elected in 1997": a
  // verb with its object or its time; "retired teacher" is a description.)
  if (
    verbFirst &&
    en`^(?:the|a|an|in|on|at|to|for|by|with|his|her|their|its|\p{Lu})`.test(words[1] ?? '')
  )
    return false;
  return !(verbFirst && !readings.some((t) => /^(?:JJ|NN)/.test(t)));
}

function extend(q: FoundQuote, span: QuoteSpan, s: Stream): FoundQuote {
  const last = sentenceAt(s, Math.max(span.open + 1, span.close - 1));
  const ids = new Set([...q.sentenceIds, ...range(sentenceAt(s, span.open + 1), last)]);
  const more = finish(beforeNarration(span, s.text, q.speaker));
  // ("'We’re no heroes, just tourists,' Makrus Åsberg … told the New York Post. 'We're no
  // heroes, just tourists': The Swedish cops (pictured) …": a caption that repeats words the
  // quotation already holds adds nothing to it.)
  if (wordsOnly(q.text).includes(wordsOnly(more))) return { ...q, sentenceIds: [...ids] };
  return { ...q, text: `${q.text} ${more}`, sentenceIds: [...ids] };
}

/**
 * Between the two halves of a quotation split by its attribution: the closing mark, '" he
 * says, "', "' said Ms Lee, '" (the opening mark of the second half is the span's own).
 */
const SPLIT_BY_ATTRIBUTION = en`^["”’']?,?\s+(?:(?:he|she|they|we|I|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:said|says|added|adds|explained|explains|insisted|insists|continued|argued|argues|warned|warns)|(?:said|says|added|adds|explained|explains|insisted|insists|continued|argued|argues|warned|warns)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s*,\s*$`;

/** A verb contracted onto its subject: "It's", "we're", "I've", "they'll", "she'd", "I'm". */
const CONTRACTED_VERB = /\b\p{L}+['’](?:s|re|ve|ll|d|m)\b/u;

/**
 * The first half of a split quotation and its second: one sentence again, with the first half's
 * comma when it is a clause of its own ("… in the evening, they get access only …"), without it
 * when it is the subject the second half goes on from ("The underlying problem is how …").
 */
function joinSplit(q: FoundQuote, span: QuoteSpan, s: Stream): FoundQuote {
  const last = sentenceAt(s, Math.max(span.open + 1, span.close - 1));
  const ids = new Set([...q.sentenceIds, ...range(sentenceAt(s, span.open + 1), last)]);
  const first = q.text.replace(/[.,;:]$/, '');
  // ("A literate and qualified Turkish population," insisted Mr Sener, "will make …": a
  // participle is no verb of a clause; the subject goes on without its comma.)
  const joint =
    first !== q.text &&
    mayHaveVerb(first) &&
    (CONTRACTED_VERB.test(first) || tagSentence(first).some((t) => FINITE_TAG.test(t.tag)))
      ? ', '
      : ' ';
  return {
    ...q,
    text: `${first}${joint}${finish(beforeNarration(span, s.text, q.speaker))}`,
    sentenceIds: [...ids],
  };
}

/** A quotation's words alone, lower case, for telling whether one holds another. */
export function wordsOnly(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(en.g`[^\p{L}\p{N}']+`, ' ').trim();
}

/**
 * Whether one of `lines` (each as wordsOnly gives it) shows the quotation: holds its first
 * words (a line may show the first sentence of a longer quotation).
 */
export function quotationShownIn(lines: readonly string[], quotation: string): boolean {
  const opening = wordsOnly(quotation).split(' ').slice(0, QUOTE_OPENING_WORDS).join(' ');
  return lines.some((line) => line.includes(opening));
}
const QUOTE_OPENING_WORDS = 8;

function identify(
  a: Attribution,
  s: Stream,
  at: number,
  people: readonly Person[],
  previous: FoundQuote | undefined,
  goesOn = false,
  addsTo: string | undefined = undefined,
): Person | undefined {
  if (/^it$/i.test(a.ref)) {
    // ("Mr Crosby's statement said: '…' It added: '…'": "it" goes on for the paper quoted just
    // before, not for a body or a name said further back.)
    if (
      previous &&
      PAPER_SPEAKER.test(previous.speaker) &&
      Math.max(...previous.sentenceIds, previous.attributionId) >= sentenceAt(s, at) - 1
    )
      return { name: previous.speaker, role: previous.role, firstSeen: -1 };
    // ("The school issued an apology late last month. It said: '…'": the body the sentence
    // before is about, before any name said further back.)
    const body = bodySubject(s, at);
    if (body) return { name: body, role: a.role, firstSeen: -1 };
    const org = recentOrganisation(s, at, people);
    return org ? { name: org, role: a.role, firstSeen: -1 } : undefined;
  }
  // ("However, the researchers, who also included Choa Zhao …, warned … They said: '…'": "they"
  // are a group, never one person named among them.)
  if (/^they$/i.test(a.ref)) return groupSubject(s, at);
  if (a.pronoun || isPronoun(a.ref)) {
    // ("Hip-hop producer No ID encouraged West to sample old soul … '… those old records that I
    // sample …,' he said.": who was urged to do what the speaker says "I" do is who speaks.)
    const urged = urgedSpeaker(s, at, people);
    if (urged) return { ...urged, role: a.role ?? roleOf(urged, people) };
    const found = recentSubject(s, at, people, previous);
    // ("Tony Macklin, spokesman for Ask Jeeves, … Under My Ask Jeeves users can search … 'It's
    // about finding again what you found before,' he said.": whom someone works for is no "he".)
    const subject = found && employer(found.name, people) ? undefined : found;
    // ("'I just wish I'd never got involved …,' she said." after a sentence about Rojo, "Rojo
    // invited her to his friend's flat": "she" is not someone the article calls "his".)
    const pronoun = a.ref.toLowerCase();
    let said = subject ? genderOf(subject.name, s.text, people) : undefined;
    if (subject && said === undefined) {
      said = calledInSentence(subject, s, at);
      // (What the story has called them it calls them after: "She then reportedly wrote; '…'"
      // is not Poodle's either.)
      if (said !== undefined) GENDERS.get(people)?.of.set(subject.name, said);
    }
    const speaker =
      (pronoun === 'he' || pronoun === 'she') && subject && said !== undefined && said !== pronoun
        ? (otherNamedWith(subject, pronoun, s, at, people) ??
          agreeingSpeaker(pronoun, s, at, people))
        : found !== subject && (pronoun === 'he' || pronoun === 'she')
          ? agreeingSpeaker(pronoun, s, at, people)
          : subject;
    return speaker ? { ...speaker, role: a.role ?? roleOf(speaker, people) } : undefined;
  }
  // ("said the 28-year-old Morientes": an age before a name describes it; the name speaks.)
  // ("the 24-year-old Swiss" is no name: only one the article gives a person.)
  const aged = en`^the\s+\d+-year-old\s+(?=\p{Lu})`.exec(a.ref);
  const agedName = aged ? resolvePerson(people, a.ref.slice(aged[0].length)) : undefined;
  if (agedName) return { ...agedName, role: a.role ?? roleOf(agedName, people) };
  // ("A UKIP spokesman said Mr Betts-Green's resignation followed … '…,' the spokesman added.":
  // the spokesman is the one the sentence before, or this one, introduced.)
  const spokes = /^the\s+(spokes(?:man|woman|person))$/i.exec(a.ref)?.[1];
  if (spokes) {
    for (const from of [sentenceStart(s, at), previousSentenceStart(s, at)]) {
      const who = SPOKESPERSON_SAYS.exec(s.masked.slice(from, at))?.[1];
      if (
        who?.toLowerCase().split(/\s+/).includes(spokes.toLowerCase()) &&
        !/^(?:an?|the)\s+spokes\S+$/i.test(who)
      )
        return { name: capitalize(who), role: a.role, firstSeen: -1 };
    }
  }
  // ("The Justice Department refused to say if it would appeal. '…,' a spokeswoman said": the
  // body the sentence before opens on is whom an unnamed spokesperson speaks for.)
  if (/^an?\s+spokes(?:man|woman|person)$/i.test(a.ref)) {
    const body = openingSubject(s, at, BODY_SUBJECT) ?? openingSubject(s, at, NAMED_BODY_SUBJECT);
    if (body)
      return {
        name: `${a.ref} for ${body.text.replace(/^The\b/, 'the')}`,
        role: a.role,
        firstSeen: -1,
      };
  }
  // ("'…,' the American said", "the Dutchman told …": someone the sentences before name, and
  // the one the story is about; left as written when the two differ.)
  // ("The 55-year-old Frenchman told …": a nationality alone is a description read as a name.)
  // ("But Alli insists the player is worth more … '…,' the agent added.": a description that
  // adds to what the sentence before had someone say is that one.)
  if (addsTo !== undefined && ADDING_DESCRIPTION.test(a.ref)) {
    const near = recentSubject(s, at, people, undefined);
    if (near?.name.includes(' ') && surnameOf(near.name) === addsTo)
      return { ...near, role: a.role ?? roleOf(near, people) };
  }
  const nationality = LONE_NATIONALITY.test(a.ref) ? `the ${a.ref}` : undefined;
  // ("'…,' the Salford MP told the committee": a seat's member, described as one, read without
  // the article.)
  if (nationality !== undefined || DESCRIBED_PERSON.test(a.ref) || SEAT_MEMBER.test(a.ref)) {
    if (goesOn && previous)
      return (
        people.find((p) => p.name === previous.speaker) ?? {
          name: previous.speaker,
          role: previous.role,
          firstSeen: -1,
        }
      );
    // Each guess alone errs ("The Spaniard believed he was talking to … Emilio Butragueno":
    // the name before is whom he spoke of; the most named may be a club): only both agreeing.
    const near = recentSubject(s, at, people, undefined);
    const main = protagonist(s.masked, people);
    // (Or the sentences before lead back to the one the story opens on: "Kelly Holmes has been
    // forced out of … The double Olympic champion said: '…'".)
    if (near?.name.includes(' ') && (near.name === main?.name || opensOn(s.sentences, near.name)))
      return { ...near, role: a.role ?? roleOf(near, people) };
    // ("Minar, ranked 158th in the world, was forced to pull out … 'For me, this was a big
    // success,' said the 20-year-old.": an age describes the person the sentence before opens
    // on, or the one its "she" or "he" goes on with.)
    // ("Henry will captain the side … And the striker said:": so does what someone is, a
    // position or a trade; not an office, which another may hold: "Rooney scored twice. The
    // manager said:".)
    const age = /^the\s+\d+-year-old$/i.test(a.ref);
    if (
      (age || (POSITION_OR_TRADE.test(a.ref) && !OFFICE_DESCRIPTION.test(a.ref))) &&
      near?.name.includes(' ') &&
      opensBefore(s, at, near)
    )
      return { ...near, role: a.role ?? roleOf(near, people) };
    // ("Arsenal's Sol Campbell has called … Last October, Arsenal lost 2-0 … '…,' added the
    // 30-year-old": with no one named before it, the person the story opens on.)
    if (age && near === undefined && main && opensOn(s.sentences, main.name))
      return { ...main, role: a.role ?? roleOf(main, people) };
    if (nationality !== undefined) return { name: nationality, role: a.role, firstSeen: -1 };
  }
  // "Deutsche Bank's Simon Champion": the person, with the organisation as their role.
  const owned = OWNED_NAME.exec(a.ref);
  // "Tory MP Michael Mates", "Virgin Radio DJ Pete Mitchell": the role before the name.
  const titled = owned ? undefined : roleBeforeName(a.ref);
  const ref = owned?.[2] ?? titled?.name ?? a.ref;
  const role = a.role ?? owned?.[1] ?? titled?.role;
  let known =
    namesakeNear(people, ref, s, at) ?? resolvePerson(people, ref) ?? titleHolder(people, ref);
  // ("… on the set of Fall of an Empire: The Story of Katherine of Alexandria Redwood said:": a
  // caption glued on ran a title into the name; the surname before the verb is someone known.)
  if (!known && /\sof\s/.test(ref)) {
    const surname = SURNAME_BEFORE_VERB.exec(s.text.slice(sentenceStart(s, at), at))?.[1];
    const person = surname === undefined ? undefined : resolvePerson(people, surname);
    if (person?.name.includes(' ')) known = person;
  }
  // ("said General Musharraf" of "President Musharraf of Pakistan": a title alone is the
  // office the article gave him where it has one.)
  // ("says Prof Reddy" of "Carnegie Mellon Professor Raj Reddy": likewise an academic title.)
  if (known)
    return {
      ...known,
      role:
        role !== undefined && (RANK_ONLY.test(role) || /^professor$/i.test(role))
          ? (roleOf(known, people) ?? role)
          : (role ?? roleOf(known, people)),
    };
  // An organisation or unnamed source ("the ministry", "a spokesman") is still a speaker.
  return { name: ref, role, firstSeen: -1 };
}

/**
 * For a bare surname that several people of the article share: the one whose full name is in
 * the quotation's sentence or the one before it ('Louis Jordan, 37, took his … sailboat out …
 * "I was utterly thankful …," Jordan told CNN.' is Louis, not Frank Jordan, named first); else
 * undefined, and the people index decides.
 */
function namesakeNear(
  people: readonly Person[],
  ref: string,
  s: Stream,
  at: number,
): Person | undefined {
  if (!en`^\p{Lu}[\p{L}'’-]+$`.test(ref)) return undefined;
  const namesakes = people.filter((p) => {
    const words = p.name.split(/\s+/);
    return words.length > 1 && words.at(-1) === ref && !TITLE_WORD.test(words[0] ?? '');
  });
  if (new Set(namesakes.map((p) => p.name)).size < 2) return undefined;
  const window = s.text.slice(previousSentenceStart(s, at), at);
  const near = namesakes.filter((p) => window.includes(p.name));
  return near.length === 1 ? near[0] : undefined;
}

/**
 * `people` with the person a story calls by a surname they share with someone else
 * (bareNamesake) moved, with the longer forms of their name ("Sir Alex Ferguson"), before the
 * others: resolvePerson gives a bare surname to the first it finds.
 */
function bareNamesakesFirst(people: Person[], text: string): Person[] {
  const bySurname = new Map<string, string[]>();
  for (const p of people) {
    const words = p.name.split(/\s+/);
    if (words.length < 2 || TITLE_WORD.test(words[0] ?? '')) continue;
    const surname = words.at(-1) as string;
    const names = bySurname.get(surname) ?? [];
    // (One person by two forms of their name, "Alex Ferguson" in "Sir Alex Ferguson", is one.)
    if (!names.some((n) => n === p.name || n.endsWith(` ${p.name}`) || p.name.endsWith(` ${n}`)))
      names.push(p.name);
    bySurname.set(surname, names);
  }
  let ordered = people;
  for (const [surname, names] of bySurname) {
    if (names.length < 2) continue;
    const bare = bareNamesake(names, surname, text);
    if (bare === undefined) continue;
    const theirs = (p: Person) => p.name === bare || p.name.endsWith(` ${bare}`);
    ordered = [...ordered.filter(theirs), ...ordered.filter((p) => !theirs(p))];
  }
  return ordered;
}

/**
 * Of two people who share a surname, the one a story calls by the surname alone ("'…,' Jordan
 * told CNN" after "Louis Jordan, 37, took his 35-foot sailboat out …", in a story that names his
 * father "Frank Jordan" each time): the one a sentence opens on by their full name just before
 * the story first says the surname alone (not after a title: "Mr Blair" may be either).
 */
function bareNamesake(names: readonly string[], surname: string, text: string): string | undefined {
  const bare = wordsAt(text, surname, true).find(
    (at) =>
      !names.some((n) => text.startsWith(n, at + surname.length - n.length)) &&
      !TITLE_BEFORE.test(text.slice(Math.max(0, at - 20), at)),
  );
  if (bare === undefined) return undefined;
  let last: string | undefined;
  let lastAt = -1;
  for (const n of names) {
    const named = text.lastIndexOf(n, bare);
    if (named > lastAt) {
      lastAt = named;
      last = n;
    }
  }
  // (Named at a sentence's opening, in that sentence or the one before.)
  const opening =
    lastAt === 0 || /(?:[.!?]["”’']?\s+|\n)$/.test(text.slice(Math.max(0, lastAt - 4), lastAt));
  const between = text.slice(lastAt, bare);
  return opening && (between.match(/[.!?]["”’']?\s/g) ?? []).length <= 1 ? last : undefined;
}
/** A title, or words that tell two namesakes apart ("the younger Jordan"), before a surname. */
const TITLE_BEFORE =
  /\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame|Prof)\.?|the (?:younger|elder|older|senior|junior))\s+$/i;

/**
 * What the article says a person is, by its own evidence: a title ("Mr", "Ms", "Sir", "Dame"
 * before the surname), "his" or "herself" within a few words after it, "'s wife" or "'s
 * husband". Only for a surname no one else in the article has ("Katherine Jackson" and "his"
 * of Michael Jackson), and only when the evidence points one way; else undefined.
 */
function genderOf(name: string, text: string, people: readonly Person[]): 'he' | 'she' | undefined {
  // Asked again and again of the same names in one article: each answer is read once.
  let known = GENDERS.get(people);
  if (known?.text !== text) {
    known = { text, of: new Map() };
    GENDERS.set(people, known);
  }
  if (known.of.has(name)) return known.of.get(name);
  const gender = readGender(name, text, people, known);
  known.of.set(name, gender);
  return gender;
}

/** What one article's text says of its people's gender, read once. */
interface GenderReading {
  readonly text: string;
  readonly of: Map<string, 'he' | 'she' | undefined>;
  /** The sentences that open on "She added", "He said", found on the first name asked about. */
  openings?: readonly PronounOpening[];
}
const GENDERS = new WeakMap<readonly Person[], GenderReading>();

function readGender(
  name: string,
  text: string,
  people: readonly Person[],
  reading: GenderReading,
): 'he' | 'she' | undefined {
  const surname = surnameOf(name);
  if (!en`^\p{Lu}\p{Ll}`.test(surname) || !text.includes(surname)) return undefined;
  if (people.some((p) => p.name !== name && surnameOf(p.name) === surname)) return undefined;
  let male = false;
  let female = false;
  // A title before the surname ("Mr Rojo", "Ms Sarah Watson").
  for (const at of wordsAt(text, surname)) {
    const before = text.slice(Math.max(0, at - TITLE_REACH), at);
    male ||= MALE_TITLE.test(before);
    female ||= FEMALE_TITLE.test(before);
  }
  // ("actress - Imelda Staunton", "his wife Sharon Osbourne": a noun of one sex before the name.)
  const first = name.split(/\s+/)[0] ?? '';
  if (first !== surname && en`^\p{Lu}\p{Ll}`.test(first))
    for (const at of wordsAt(text, `${first} ${surname}`)) {
      const before = text.slice(Math.max(0, at - 24), at);
      male ||= MALE_NOUN_BEFORE.test(before);
      female ||= FEMALE_NOUN_BEFORE.test(before);
    }
  // (The name's own words, first name too: "Julia's husband" of Julia Louis-Dreyfus.)
  for (const word of nameWords(name))
    for (const at of wordsAt(text, word, true)) {
      male ||=
        matchesAt(HIS_AFTER, text, at + word.length) || matchesAt(WIFE, text, at + word.length);
      female ||=
        matchesAt(HERSELF_AFTER, text, at + word.length) ||
        matchesAt(HUSBAND, text, at + word.length) ||
        matchesAt(IS_A_WOMAN, text, at + word.length);
      male ||= matchesAt(IS_A_MAN, text, at + word.length);
    }
  // ("But Brady told The Sun the bid was … . She added: …": a sentence that opens on the
  // surname, and the next one, going on with its subject, opens on the pronoun.)
  if (!male && !female) {
    // (Each sentence that opens on "She added" is found once an article; for each name only
    // the opening of the sentence before it is read.)
    reading.openings ??= pronounOpenings(text);
    const next = reading.openings.find((o) => opensOnSurname(o.before, surname))?.pronoun;
    male = next === 'He';
    female = next === 'She';
  }
  if (male === female) return undefined;
  return male ? 'he' : 'she';
}

/** "She added", "He said" opening a sentence, with the sentence before it. */
interface PronounOpening {
  readonly pronoun: 'She' | 'He';
  readonly before: string;
}
function pronounOpenings(text: string): PronounOpening[] {
  const found: PronounOpening[] = [];
  for (const m of text.matchAll(PRONOUN_OPENS)) {
    const start = Math.max(
      text.lastIndexOf('. ', m.index - 1),
      text.lastIndexOf('! ', m.index - 1),
      text.lastIndexOf('? ', m.index - 1),
    );
    found.push({
      pronoun: m[1] === 'She' ? 'She' : 'He',
      before: text.slice(start < 0 ? 0 : start + 2, m.index + 1),
    });
  }
  return found;
}
const PRONOUN_OPENS =
  /[.!?]["”’']?\s+(She|He)\s+(?:added|said|says|told|continued|insisted|explained|went\s+on)\b/g;

/** Whether a sentence opens on `surname` as its subject ("But Brady told …", "Karen Brady said …"). */
function opensOnSurname(sentence: string, surname: string): boolean {
  const rest = sentence.replace(en`^["”’'\s]*(?:But\s+|And\s+)?(?:\p{Lu}\p{Ll}+\s+)?`, '');
  const alone = sentence.replace(/^["”’'\s]*(?:But\s+|And\s+)?/u, '');
  return [rest, alone].some(
    (t) => t.startsWith(`${surname} `) && en`^\s+\p{Ll}`.test(t.slice(surname.length)),
  );
}

/** How far before a surname its title is looked for, in characters. */
const TITLE_REACH = 80;
const MALE_TITLE = en`\b(?:Mr|Sir|Lord|Prince|King)\.?\s+(?:\p{Lu}\S*\s+)?$`;
const FEMALE_TITLE = en`\b(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess)\.?\s+(?:\p{Lu}\S*\s+)?$`;
// ("UKIP chairman Petrina Holdsworth": "chairman", "spokesman" name the office, of either sex.)
const FEMALE_NOUN_BEFORE =
  /\b(?:actress|spokeswoman|chairwoman|businesswoman|sportswoman|policewoman|mother|wife|daughter|sister|girlfriend|grandmother|widow|queen|princess|duchess|heroine|waitress|headmistress|schoolgirl)\s*[-–:,]?\s*$/i;
const MALE_NOUN_BEFORE =
  /\b(?:businessman|sportsman|policeman|father|husband|son|brother|boyfriend|grandfather|widower|king|prince|duke|schoolboy)\s*[-–:,]?\s*$/i;
const HIS_AFTER = en.y`(?:['’]s)?,?\s+(?:[\p{Ll}\d,'’-]+\s+){0,5}?his\b`;
const HERSELF_AFTER = en.y`(?:['’]s)?,?\s+(?:[\p{Ll}\d,'’-]+\s+){0,5}?herself\b`;
/** "Omar is one of the first two Muslim women elected …": what the name is, a noun of one sex. */
const isA = (nouns: string): RegExp =>
  enRegExp(
    String.raw`\s+(?:is|was)\s+(?:one\s+of\s+)?(?:the|a|an)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:${nouns})\b`,
    'uy',
  );
const IS_A_WOMAN = isA(
  'woman|women|mother|wife|daughter|girl|grandmother|sister|actress|businesswoman|sportswoman',
);
const IS_A_MAN = isA('man|men|father|husband|son|boy|grandfather|brother|businessman|sportsman');
const WIFE = /['’]s\s+wife\b/y;
const HUSBAND = /['’]s\s+husband\b/y;

const WORD_CHAR = /[A-Za-z0-9_]/;

/**
 * Where `word` stands in `text` as a word: no word character after it, and with `start`, none
 * before it either (a regular expression's \b, by its ASCII word characters).
 */
function wordsAt(text: string, word: string, start = false): number[] {
  return occurrences(text, word).filter(
    (at) =>
      !WORD_CHAR.test(text[at + word.length] ?? ' ') &&
      !(start && WORD_CHAR.test(text[at - 1] ?? ' ')),
  );
}

/**
 * A verb of saying, feeling or thinking, or a noun of speech ("He finished with a personal
 * appeal to party activists"): the sentence has its subject speak or think.
 */
const SPEAKS_OR_THINKS =
  /\b(?:said|says|say|told|tells|added|adds|pledged|pledges|promised|promises|believes|believe|believed|thinks|think|thought|argued|argues|warned|warns|insisted|insists|admitted|admits|revealed|reveals|explained|explains|claimed|claims|stressed|stresses|urged|urges|wrote|writes|recalled|recalls|feels|felt|hopes|hoped|wants|wanted|knows|knew|expects|expected|described|describes|accused|accuses|questioned|asked|asks|replied|replies|continued|went on|agreed|agrees|denied|denies|according|appeal|speech|statement|message|interview)\b/;

/** A person's name, two capitalised words or more: not "The Beijing News", "The school". */
const PERSON_NAME = en`^(?!(?:The|A|An)\s)\p{Lu}\p{Ll}+\s+\p{Lu}`;

/** Whether a quotation from `span` to the end of its paragraph names the person `name` by surname. */
function namedAhead(
  spans: readonly QuoteSpan[],
  span: QuoteSpan,
  text: string,
  name: string,
): boolean {
  const end = text.indexOf('\n\n', span.open);
  // (A person's name: "the minutes of the meeting" is no one a quotation names.)
  if (!PERSON_NAME.test(name)) return false;
  const surname = surnameOf(name);
  return spans.some(
    (sp) =>
      sp.open >= span.open && (end < 0 || sp.open < end) && wordsAt(sp.text, surname).length > 0,
  );
}

/** The capitalised words of a name, of three letters or more ("Julia", "Louis-Dreyfus", "McConnell"). */
function nameWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => en`^\p{Lu}\p{Ll}[\p{L}'’-]+`.test(w));
}

/**
 * What the sentence of the attribution calls its subject after naming them: "Poodle posted a
 * text message exchange he had with June in which she reportedly told him; '…'" calls Poodle
 * "he", so the "she" who told him is someone else. Only one way: a sentence with pronouns of
 * both says nothing of whose is whose.
 */
function calledInSentence(subject: Person, s: Stream, at: number): 'he' | 'she' | undefined {
  const sentence = s.masked.slice(sentenceStart(s, at), at);
  const named = sentence.indexOf(surnameOf(subject.name));
  if (named < 0) return undefined;
  // (Up to the attribution's own pronoun, the last word before the opening mark's verb.)
  const after = sentence.slice(named).replace(/\b(?:he|she)\b(?!.*\b(?:he|she)\b).*$/is, '');
  const he = /\b(?:he|him|his|himself)\b/i.test(after);
  const she = /\b(?:she|her|hers|herself)\b/i.test(after);
  return he === she ? undefined : he ? 'he' : 'she';
}

/**
 * For "he" or "she" whose nearest subject the article calls the other: the one other person
 * named in full in the last sentence before the quotation's that names the subject, if the
 * article does not call them the other too ("Staunton is also the personal choice of Steven
 * Gaydos, … But while he tipped Swank to win, … '…,' he told …": Gaydos); else none.
 */
function otherNamedWith(
  subject: Person,
  pronoun: 'he' | 'she',
  s: Stream,
  at: number,
  people: readonly Person[],
): Person | undefined {
  const surname = surnameOf(subject.name);
  for (let id = sentenceAt(s, at) - 1; id >= Math.max(0, sentenceAt(s, at) - 2); id--) {
    const text = sentenceMasked(s, id);
    if (!text.includes(surname)) continue;
    const others = people.filter(
      (p) =>
        p.name !== subject.name &&
        p.name.includes(' ') &&
        !ORGANISATION_WORDS.test(p.name) &&
        text.includes(p.name),
    );
    const other = others.length === 1 ? others[0] : undefined;
    if (!other) return undefined;
    // (Unless the article calls them what the pronoun says, a given name must be no common
    // word: "Page Six", the column, is no one.)
    const gender = genderOf(other.name, s.text, people);
    const given = (other.name.split(/\s+/)[0] ?? '').toLowerCase();
    return gender === pronoun || (gender === undefined && lexiconTags(given).length === 0)
      ? other
      : undefined;
  }
  return undefined;
}

/** How far back a speaker who agrees with "he" or "she" is looked for, in characters. */
const AGREEING_REACH = 800;

/**
 * Whether `name` is whom someone of the article works for: the end of a role ("spokesman for
 * Ask Jeeves", "director of product at Ask Jeeves"), so an organisation, not a person.
 */
function employer(name: string, people: readonly Person[]): boolean {
  return people.some(
    (p) =>
      p.name !== name &&
      p.role?.endsWith(name) === true &&
      EMPLOYED_BY.test(p.role.slice(0, p.role.length - name.length)),
  );
}
const EMPLOYED_BY = /\b(?:for|at|of)\s+(?:the\s+)?$/;

/**
 * For "he" or "she" whose nearest subject the article calls the other: the person named
 * nearest before the quotation, within AGREEING_REACH, whom the article calls what the pronoun
 * says ("'…,' she said" after "… Ms Watson who claims Rojo … his …": Sarah Watson); else none.
 */
function agreeingSpeaker(
  pronoun: 'he' | 'she',
  s: Stream,
  at: number,
  people: readonly Person[],
): Person | undefined {
  const from = Math.max(0, at - AGREEING_REACH);
  const window = s.text.slice(from, at);
  let best: Person | undefined;
  let bestAt = -1;
  for (const p of people) {
    // (Named by any word of the name: "Julia" for Julia Louis-Dreyfus.)
    const i = Math.max(...nameWords(p.name).map((w) => window.lastIndexOf(w)), -1);
    if (i <= bestAt || genderOf(p.name, s.text, people) !== pronoun) continue;
    best = p;
    bestAt = i;
  }
  return best;
}

/**
 * What "it" stands for: the body that opens the sentence before ("The school issued an apology
 * … It said:"), or in the attribution's own sentence before it; else none.
 */
function bodySubject(s: Stream, at: number): string | undefined {
  const body = openingSubject(s, at, BODY_SUBJECT);
  return body && capitalize(body.text);
}

/**
 * The subject `pattern` finds (its first group) at the start of the attribution's sentence, up
 * to `at`, or of the sentence before; with the id of the sentence it opens.
 */
function openingSubject(
  s: Stream,
  at: number,
  pattern: RegExp,
): { text: string; id: number } | undefined {
  const current = sentenceAt(s, at);
  for (let id = current; id >= Math.max(0, current - 1); id--) {
    const start = s.starts[id] ?? 0;
    const end = id === current ? at : (s.starts[id + 1] ?? s.text.length);
    const text = pattern.exec(s.masked.slice(start, end))?.[1];
    if (text) return { text, id };
  }
  return undefined;
}

const BODY_SUBJECT = en`^\s*(?:(?:But|And|However|Meanwhile),?\s+)?((?:[Tt]he)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:school|company|firm|group|club|council|government|ministry|department|report|study|survey|institute|university|college|hospital|bank|agency|association|union|party|board|committee|commission|court|website|paper|newspaper|magazine|network|channel|broadcaster|station|band|team|organisation|organization|charity|airline|retailer|regulator|watchdog|authority|police|force|army|church|museum|zoo|studio|publisher|label|manufacturer|carmaker|insurer|lender|operator|supermarket|chain|store|campaign|foundation|trust))\s+(?:has\s+|had\s+)?\p{Ll}+(?:ed|s)\b`;

/** A body by its name, opening the sentence: "The Justice Department refused …". */
const NAMED_BODY_SUBJECT = en`^\s*(?:(?:But|And|However|Meanwhile),?\s+)?([Tt]he\s+(?:\p{Lu}[\p{L}'’&-]*\s+){1,3}(?:Department|Ministry|Office|Agency|Commission|Council|Association|Federation|Committee|Board|Authority|Service|Union|Party|Bank|Company|Corporation|Foundation|Trust|Institute|University|Court|Police))\s+(?:has\s+|had\s+)?\p{Ll}+(?:ed|s)\b`;

/**
 * Whom "they" speaks for: the plural subject that opens the sentence before ("the researchers",
 * "Police", "Campaigners"), or no one.
 */
function groupSubject(s: Stream, at: number): Person | undefined {
  const group = openingSubject(s, at, GROUP_SUBJECT);
  return group && { name: capitalize(group.text), firstSeen: group.id };
}

const GROUP_SUBJECT = en`^\s*(?:(?:But|And|However|Meanwhile),?\s+)?((?:[Tt]he\s+)?(?:[\p{L}-]+\s+){0,2}?(?:researchers|scientists|officials|police|campaigners|analysts|experts|critics|protesters|residents|authorities|organisers|investigators|doctors|activists|economists|judges|ministers|teachers|unions|parents|fans|players|workers|staff|lawyers|prosecutors|MPs|councillors))\b`;

/**
 * An organisation's person: "ABN Amro's Paul Mackel", "Ladbrokes' Warren Lush", "the Observer's
 * Philip French" (the owner, then a name of two or three words).
 */
const OWNED_NAME = en`^((?:the\s+)?\p{Lu}[\p{L}&.'’ -]{0,40}?)(?:['’]s|(?<=s)['’])\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$`;

/**
 * "The MP, who is consulting his lawyers, told BBC News": a title alone is the person the
 * article gave it ("Tory MP Howard Flight"), the last so named.
 */
function titleHolder(people: readonly Person[], ref: string): Person | undefined {
  // ("said the French coach" after "France coach Bernard Laporte": a described office is its
  // holder when the article gives that office to one person only.)
  const alone = !/\s/.test(ref);
  const described = alone ? undefined : DESCRIBED_OFFICE.exec(ref);
  const office = alone ? (ROLE_BEFORE.test(ref) ? ref : undefined) : described?.[2];
  if (office === undefined) return undefined;
  const title = new RegExp(String.raw`\b${escapeRegExp(office)}\b`, 'i');
  // ("Sheriff Derek O'Carroll" and "Sheriff O'Carroll" are one holder; "Airdrie Sheriff Court"
  // is a place, none.)
  const all = people.filter(
    (p) => p.role !== undefined && title.test(p.role) && !ORGANISATION_WORDS.test(p.name),
  );
  const holders = all.filter(
    (p) => p.name.includes(' ') || !all.some((q) => q !== p && surnameOf(q.name) === p.name),
  );
  if (alone) return holders.at(-1);
  // ("The French president told reporters" after "French President Jacques Chirac" and
  // "President Bush": the one whose role is that office, named the same; not a deputy's, "the
  // prime minister" of "Deputy Prime Minister John Prescott".)
  const which = described?.[1];
  if (holders.length <= 1 || which === undefined)
    return holders.length === 1 ? holders[0] : undefined;
  const named = new RegExp(
    String.raw`(?<!\b(?:${SUBORDINATE_RANKS})\s+)\b${escapeRegExp(which)}\s+${escapeRegExp(office)}\b`,
    'i',
  );
  const whose = holders.filter((p) => named.test(p.role ?? ''));
  return whose.length === 1 ? whose[0] : undefined;
}

/** Words that make an office a lesser one, or a past one: "Deputy Prime Minister". */
const SUBORDINATE_RANKS = 'deputy|vice|assistant|acting|interim|junior|shadow|former|ex';

/** "the French coach", "the Liverpool manager": an office with one word of whose. */
const DESCRIBED_OFFICE = enRegExp(
  String.raw`^[Tt]he\s+(?:([\p{L}'’-]+)\s+)?(${ROLE_NOUNS}|MP|MEP|MSP)$`,
  'u',
);

/** Words that make what comes before a name a role: a role noun, a party, a member's title. */
const ROLE_BEFORE = new RegExp(
  String.raw`\b(?:${ROLE_NOUNS}|MP|MEP|MSP|DJ|Reverend|Rev|Democrat|Republican|Conservative|Tory|Labour)\b`,
  'i',
);

/**
 * "Tory MP Michael Mates" → Michael Mates, Tory MP: a name of two or three capitalised words
 * (not an acronym like "UKIP") after words that say a role.
 */
function roleBeforeName(ref: string): { name: string; role: string } | undefined {
  const words = ref.split(/\s+/);
  if (words.length < 3) return undefined;
  const isNamePart = (w: string) => en`^\p{Lu}\p{Ll}[\p{L}'’-]*$`.test(w) && !ROLE_BEFORE.test(w);
  let k = words.length;
  while (k > words.length - 3 && k > 1 && isNamePart(words[k - 1] ?? '')) k--;
  if (words.length - k < 2) return undefined;
  const role = words
    .slice(0, k)
    .join(' ')
    .replace(/^(?:but|and|so|the|a|an)\s+/i, '');
  // ("A spokesman for the UK | Film Council": the name is whom the speaker speaks for.)
  if (/\b(?:for|of|at|from)(?:\s+the)?(?:\s+\S+)?$/i.test(role)) return undefined;
  // ("Goalscorer Jimmy Floyd Hasselbaink added:": an occupation is a role too.)
  return ROLE_BEFORE.test(role) || OCCUPATION_END.test(role)
    ? { name: words.slice(k).join(' '), role }
    : undefined;
}
const OCCUPATION_END = new RegExp(`\\b(?:${OCCUPATIONS})$`, 'i');

/** Adds a speaker to the people index, or the role the attribution gave to one already there. */
function remember(people: Person[], speaker: Person): void {
  const i = people.findIndex((p) => p.name === speaker.name);
  const known = people[i];
  if (!known) people.push(speaker);
  else if (!known.role && speaker.role) people[i] = { ...known, role: speaker.role };
}

/** The role the article gives a person anywhere it names them. */
function roleOf(person: Person, people: readonly Person[]): string | undefined {
  // (Or the role the article gave them by title and surname: "Mr Prescott, deputy prime minister".)
  const surname = surnameOf(person.name);
  return (
    person.role ??
    people.find((p) => p.name === person.name && p.role)?.role ??
    // ("Colonel Bob Stewart" of "British Commander Colonel Bob Stewart": the rank is the name's.)
    (RANK_START.test(person.name)
      ? people.find((p) => p.role && p.name === person.name.replace(RANK_START, ''))?.role
      : undefined) ??
    // ("John Bourn" of "NAO head Sir John Bourn": the name without its honorific.)
    people.find(
      (p) =>
        p.role &&
        p.name.endsWith(` ${person.name}`) &&
        HONORIFIC_WORD.test(p.name.slice(0, -person.name.length - 1)),
    )?.role ??
    people.find(
      (p) => p.role !== undefined && p.name.endsWith(` ${surname}`) && HONORIFIC_NAME.test(p.name),
    )?.role
  );
}

/** ", and Sculthorpe said …": a clause's named subject saying something, after ", and". */
const AND_NAME_SAID = en.g`,\s+and\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:said|says|added|told|admitted|insisted|explained|revealed)\b`;

/** Sentence `id` of the stream, quotations masked. */
function sentenceMasked(s: Stream, id: number): string {
  return s.masked.slice(s.starts[id] ?? 0, s.starts[id + 1] ?? s.text.length);
}

/** How much further back than LOOK_BACK a pronoun's subject is looked for. */
const FURTHER_BACK = 4;

/**
 * The person a sentence names as its subject, in the sentences before the look-back of the
 * one at `current` (up to FURTHER_BACK more), after the last quote's: the first such sentence
 * found going back decides, named or not.
 */
function namedSinceQuote(
  s: Stream,
  current: number,
  people: readonly Person[],
  previous: FoundQuote | undefined,
): Person | undefined {
  const after = previous ? Math.max(...previous.sentenceIds, previous.attributionId) : -1;
  for (
    let id = current - LOOK_BACK - 1;
    id > after && id >= current - LOOK_BACK - FURTHER_BACK;
    id--
  ) {
    const text = sentenceMasked(s, id);
    if (PRONOUN_SUBJECT_START.test(text)) continue;
    const subject = SUBJECT_NAME_START.exec(text.replace(CONNECTIVE_FRONTED_CLAUSE, ''))?.[1];
    return subject === undefined || NOT_NAME_START.has(subject.split(/\s+/)[0] ?? '')
      ? undefined
      : resolvePerson(people, subject);
  }
  return undefined;
}
/** A full name opening a sentence as its subject: "But Dave Winer is doubtful." */
const SUBJECT_NAME_START = en`^\s*(?:(?:But|And|Yet|So|Now|Meanwhile|However),?\s+)?(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)\s+(?:\p{Ll}+ly\s+)?(?:is|was|has|had|says|said|believes|thinks|argues|\p{Ll}+ed|\p{Ll}+s)\b`;

/**
 * Who "he"/"she" (or a bare quotation) points to: the first person named in the nearest
 * sentence before that names one, outside quotations and not as a possessive ("Lane's");
 * else the last speaker.
 */
function recentSubject(
  s: Stream,
  at: number,
  people: readonly Person[],
  previous: FoundQuote | undefined,
): Person | undefined {
  const current = sentenceAt(s, at);
  /** Whether every sentence looked at went on the same subject ("she", "the triple threat"). */
  let chain = true;
  /** Whether one of them describes that subject ("The triple threat performed …"). */
  let described = false;
  /** Whether a sentence looked at has "the 22-year-old" say something ("said the 22-year-old"). */
  let describedSpeaker = false;
  for (let id = current; id >= Math.max(0, current - LOOK_BACK); id--) {
    const start = s.starts[id] ?? 0;
    const end = id === current ? at : (s.starts[id + 1] ?? s.text.length);
    const text = s.masked.slice(start, end);
    // ('For the Lib Dems David Laws said: "…," he said.': the name before the colon that opens the
    // quotation says who "he" is, whatever phrase the sentence opens on.)
    const colonSayer = id === current ? NAME_SAID_COLON.exec(text)?.[1] : undefined;
    if (colonSayer !== undefined && !NOT_NAME_START.has(colonSayer.split(' ')[0] ?? ''))
      return people.find((p) => p.name === colonSayer) ?? { name: colonSayer, firstSeen: id };
    // "Hewitt said …, but Tennis Australia's Geoff Pollard rejected his comments. '…,' he
    // said.": a clause after "but" with a subject of its own turns to who speaks next.
    const but = text.lastIndexOf(' but ');
    const turned = but > 0 ? firstNamed(text.slice(but + 5, but + 60), people) : undefined;
    if (turned && NAMED_SUBJECT.test(text.slice(but + 5))) return turned;
    // ("St Helens have been linked with a move for Sonny Bill Williams, and Sculthorpe said he
    // would love the 19-year-old to come … '…,' he said.": likewise a clause after ", and" whose
    // subject says something.)
    const andSaid =
      id < current && text.includes(', and ') ? lastMatch(AND_NAME_SAID, text)?.[1] : undefined;
    const andSayer = andSaid === undefined ? undefined : resolvePerson(people, andSaid);
    if (andSayer) return andSayer;
    // ("Sale host Bath in the Powergen Cup on Friday, but the Frenchman has endured a 'difficult
    // week' … '…,' he told BBC Sport.": a clause after "but" whose subject is an epithet turns
    // to the person the story is about, not to the team the clause before names.)
    // (The one the story opens on, when it says little more of anyone: "Sale Sharks director of
    // rugby Philippe Saint-Andre has re-opened …"; else no one this can tell.)
    if (but > 0 && EPITHET_SUBJECT.test(text.slice(but + 5)))
      return protagonist(s.masked, people) ?? openingPerson(s.sentences);
    // ("Club director Terry Brady held initial talks with Strachan on Saturday. The former
    // Scotland international added that … '…,' he said.": a sentence right before whose subject
    // is someone named only by what they were goes on with the story's person, not the last
    // name said.)
    if (id === current - 1 && FORMER_SUBJECT.test(text.trim()))
      return protagonist(s.masked, people) ?? openingPerson(s.sentences);
    // ("Mutu was sacked by Chelsea … - a move Wenger has backed. But he said: '…'": a move
    // someone backed, set after the sentence, has them as its last subject.)
    const backer = id < current ? MOVE_BACKED_BY.exec(text)?.[1] : undefined;
    if (backer && !NOT_NAME_START.has(backer)) {
      const named = resolvePerson(people, backer);
      if (named) return named;
    }
    // ("It was expected that Locke would have been appointed …, but he dismissed reports … '…,'
    // he said.": "he" after "but" is the one person the clause before it names.)
    if (but > 0 && en`^(?:he|she)\s+\p{Ll}`.test(text.slice(but + 5))) {
      const named = onlyPersonIn(text.slice(0, but), people);
      if (named) return named;
    }
    // "But a UKIP spokesman said Labour … '…,' he added.": an unnamed spokesperson speaks,
    // as themself; not a name said two sentences before.
    // (A bare "a spokesman" says not whose: the organisation named before is a better guess.)
    // ("The reason for this is …, Lord Butler said in his Spectator interview, which was
    // conducted by … Boris Johnson. He said: '…'": who the sentence reports speaks on.)
    // ("… since 2010 President Barack Obama is trying … from deportation Alabama Rep. Sen. Jeff
    // Sessions, who has been a leader in the immigration debate, said in a letter … He wrote:
    // '…'": a name whose relative clause leads to "said" is who the sentence reports.)
    // ("Raheem Sterling (right) was pictured smoking … Liverpool boss Brendan Rodgers (left)
    // hasn't disciplined Sterling (pictured) … semi Rodgers, who has …, spoke to Sterling … and
    // Rodgers now wants to draw a line under the matter. He said: '…'": photo captions glued
    // to the sentence name people it is not about; its own subject is the last name that does
    // something, and with none the pronoun is no one it can tell.)
    // (With no such name, the one person named after the last caption's position: "… Thierry
    // Henry (centre) was asked to present the award but Sky did not allow it Family commitments
    // will keep McCoy away from the Emirates on Sunday … He told Racemail: '…'".)
    if (id < current && POSITIONED_NAME.test(text)) {
      const last = lastMatch(NAME_DOES, text)?.[1];
      if (last !== undefined)
        return NOT_NAME_START.has(last) ? undefined : resolvePerson(people, last);
      const mark = lastMatch(POSITION_MARK, text);
      return onlyPersonIn(text.slice((mark?.index ?? 0) + (mark?.[0].length ?? 0)), people);
    }
    // ("The minutes of the meeting show how the chance of a coalition quickly evaporated. 'The
    // PM said he was bound to tell Mr Thorpe …'": a paper that shows or says something is who
    // the quotation after it quotes, not the people it names.)
    const paper = id < current ? PAPER_SHOWS.exec(text)?.[1] : undefined;
    if (paper) return { name: paper, firstSeen: id };
    const sayer =
      TRAILING_SAYER.exec(text)?.[1] ??
      (id < current ? TRAILING_SAID_NAME.exec(text)?.[1] : undefined) ??
      NAME_WHO_SAID.exec(text)?.[1];
    const reported = sayer === undefined ? undefined : resolvePerson(people, sayer);
    if (reported) return reported;
    const spokes = SPOKESPERSON_SAYS.exec(text)?.[1];
    if (spokes && !/^(?:an?|the)\s+spokes\S+$/i.test(spokes))
      return { name: capitalize(spokes), firstSeen: id };
    // ("Later, the prime minister's official spokesman urged people to put Ms Blears' comments
    // into context. The minister had been saying …, the spokesman said. '…,' he added.": a
    // spokesperson whom the sentence's trailing attribution has speak speaks on, as the
    // sentences before described them; not a name said further back.)
    if (id < current && TRAILING_SPOKESPERSON.test(text)) {
      const from = s.starts[Math.max(0, id - 2)] ?? 0;
      const described = [...s.masked.slice(from, end).matchAll(DESCRIBED_SPOKESPERSON)]
        .map((m) => (m[1] ?? '').trim())
        .find((d) => !/^(?:an?|the)\s+spokes\S+$/i.test(d));
      return { name: capitalize(described ?? 'the spokesperson'), firstSeen: id };
    }
    // ("Mr Brown liked to rattle off 'magical balances' …, the Tory leader said. '…'": someone
    // described, not named, said the sentence; the name in it is whom they spoke of.)
    if (id < current && TRAILING_DESCRIBED.test(text)) return undefined;
    // "One leading Karachi broker said …", "Lakhani's spokesman said …": the sentence's
    // speaker has no name; a name inside the description is not who speaks.
    if (unnamedSays(text)) return undefined;
    // "He portrayed Mr Ebbers … as obsessed with costs. '…'": a sentence whose subject is "he"
    // continues the speaker before; the names in it are whom he speaks of.
    // ("The Brazilian confirmed tempers had flared … at United boss Sir Alex Ferguson. '…,' he
    // told …": a subject that only describes someone named before, "the Brazilian", "the
    // 24-year-old", does the same.)
    // ("Mr Blair has failed to tackle these problems, he claimed, saying …": reported speech
    // whose speaker is "he"; the name in it is whom he speaks of.)
    // ("To do this, he wrote software to scrape … BBC, Google Art Project …": after a fronted
    // clause too.)
    const subjectText = text.replace(FRONTED_CLAUSE, '').replace(CONNECTIVE_FRONTED_CLAUSE, '');
    if (DESCRIBED_SUBJECT_START.test(text)) {
      described = true;
      continue;
    }
    if (PRONOUN_SUBJECT_START.test(subjectText) || PRONOUN_SAYS_INSIDE.test(text)) continue;
    // ("It is an issue he has taken up before, most notably … when Sale lost all three …": a
    // sentence whose only person is "he", before any name, goes on about the one before.)
    if (PRONOUN_ISSUE.test(text)) continue;
    // (The quotation's own sentence, before its opening mark, may have no words at all.)
    if (en`\p{L}`.test(text)) chain = false;
    // ("Mr Campbell's e-mail, which was …, suggested they should get Trevor Beattie, TBWA's
    // boss, to issue a statement. In it, he said: '…'": whose writing the sentence is about
    // writes it, not the person it names.)
    const writer = id < current ? WRITING_OF.exec(text)?.[1] : undefined;
    const wrote = writer === undefined ? undefined : resolvePerson(people, writer);
    if (wrote) return wrote;
    // ("But the Tory leader argued … Parkinson's and Motor Neurone disease. '…,' he said.": a
    // subject that is an office speaks, its holder if the article gives it to one person.)
    // ("The pressure prompted the prime minister to say the police would be consulted. He told
    // MPs: '…'": the office made to say it, not a name the sentence before gave.)
    // ("The Ofsted chief said his report would … '…'": an office that only said something and
    // that the article gives to no one: the sentences before may name them, "said Mr Bell".)
    const subjectOffice = OFFICE_SUBJECT_START.exec(text);
    const office =
      subjectOffice?.[1] ?? (id < current ? OFFICE_MADE_TO_SAY.exec(text)?.[1] : undefined);
    if (office) {
      const holder = holderOf(office, people);
      const onlySaid = /^(?:said|told)$/.test(subjectOffice?.[2] ?? '');
      if (holder || !onlySaid) return holder;
    }
    // "But Parry, speaking exclusively to BBC Sport, also admits …": the clause's subject, a
    // surname the article has speak elsewhere ("Parry said:"), comes before the names after it.
    const opener = SUBJECT_SURNAME.exec(text)?.[1];
    if (opener && !NOT_NAME_START.has(opener) && speaksAs(opener, s.sentences))
      return resolvePerson(people, opener) ?? { name: opener, firstSeen: id };
    // ("Navratilova will partner Nathalie Dechy … 'I might be playing …,' she added.": a
    // sentence whose subject is the surname of someone the article named in full is about them,
    // not about the names after its verb.)
    const surnameSubject = SURNAME_SUBJECT.exec(text)?.[1];
    if (surnameSubject && !NOT_NAME_START.has(surnameSubject)) {
      const named = resolvePerson(people, surnameSubject);
      if (named && hasSurname(named, surnameSubject)) return named;
    }
    // ("Barca midfielder Deco, formerly managed by Mourinho at Porto, agreed …": one name after
    // a job opens the sentence as its subject; the names in the aside are not who it is about.)
    const known = ONE_NAME_SUBJECT.exec(text)?.[1];
    if (known && !NOT_NAME_START.has(known))
      return resolvePerson(people, known) ?? { name: known, firstSeen: id };
    // ("Launching the Department for Constitutional Affairs' plan, Lord Falconer said:": a
    // fronted clause names no speaker; the subject after its comma does.)
    const named = firstNamed(subjectText, people);
    if (named) return named;
    // "Okafor, a nurse, said she had borrowed …": a surname that opens the sentence as the one
    // who says something names the speaker, though the article gave no full name for it.
    const surname = SURNAME_SAYS.exec(text)?.[1];
    if (surname && !NOT_NAME_START.has(surname) && !ORGANISATION_WORDS.test(surname))
      return resolvePerson(people, surname) ?? { name: surname, firstSeen: id };
    // ("But Ferguson insisted he sold the defender … The affair still rankles with the
    // Dutchman. '…,' he said.": a sentence that names no one but speaks of "the Dutchman", "the
    // 32-year-old", is about someone named before, as a story calls its protagonist; the name
    // further back is not who it turned to.)
    // (Who "said the 20-year-old" is, the sentences before say: "Minar, ranked 158th, …";
    // only when they name no one is it the protagonist.)
    const epithet = EPITHET.exec(text);
    if (
      epithet &&
      SAYS_AROUND.test(
        text.slice(Math.max(0, epithet.index - 12), epithet.index + epithet[0].length + 12),
      )
    )
      describedSpeaker = true;
    else if (epithet) {
      const main = protagonist(s.masked, people);
      if (main) return main;
    }
    // A sentence that opens on a pronoun continues the same subject: look further back.
  }
  const main = describedSpeaker ? protagonist(s.masked, people) : undefined;
  if (main) return main;
  // ('But Dave Winer is doubtful. He designed the format called RSS … Podcasts rely on his
  // technology … He is also writer of … He thinks its power lies in … "We're the sources …,"
  // he says.': "he" right before the quotation goes on about someone named further back than
  // the look-back, after the last speaker's words; not the last speaker.)
  const pronounBefore = current > 0 && PRONOUN_SUBJECT_START.test(sentenceMasked(s, current - 1));
  const further = pronounBefore ? namedSinceQuote(s, current, people, previous) : undefined;
  if (further) return further;
  if (previous)
    return (
      people.find((p) => p.name === previous.speaker) ?? {
        name: previous.speaker,
        role: previous.role,
        firstSeen: -1,
      }
    );
  // ("Ms Moon performs … This year, she auditioned … The triple threat performed in front of
  // judges Melanie C … '…,' she told NT News.": a run of sentences that all go on one subject,
  // one of them describing it, longer than the look-back, is about the person the story is
  // about. Not pronouns alone: in a Budget story "he" may be the Tory leader, not Mr Brown.)
  return chain && described ? protagonist(s.masked, people) : undefined;
}

/**
 * The person the story is about: the one whose surname the text (outside quotations) names
 * most, at least MIN_PROTAGONIST_MENTIONS times and more often than anyone else.
 */
function protagonist(text: string, people: readonly Person[]): Person | undefined {
  let best: Person | undefined;
  let most = 0;
  let tie = false;
  // (The people index holds those the article gives a role; "bubbly blonde Natalia Moon" has
  // none, so full names in the text count too.)
  const named = new Map<string, Person>(people.map((p) => [p.name, p]));
  for (const m of text.matchAll(FULL_NAME)) {
    const name = personNamed(m[0]);
    if (name && !named.has(name)) named.set(name, { name, firstSeen: -1 });
  }
  for (const p of named.values()) {
    const surname = surnameOf(p.name);
    if (surname.length < 3) continue;
    // ("AC Milan", "PSV Eindhoven": letters before a place, with no role said, name a club; they
    // would tie with the manager the story is about.)
    if (p.role === undefined && /^[A-Z]{2,}\s/.test(p.name)) continue;
    // (Names that share the surname, "Natalia Moon" and "Ms Moon", are one person: no tie.)
    if (best && surname === surnameOf(best.name)) continue;
    const n = countMatches(new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'g'), text, 50);
    if (n > most) [best, most, tie] = [p, n, false];
    else if (n === most) tie = true;
  }
  return most >= MIN_PROTAGONIST_MENTIONS && !tie ? best : undefined;
}

const MIN_PROTAGONIST_MENTIONS = 3;
const FULL_NAME = en.g`(?<![-\p{L}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\b`;

/** The one full name the story's opening sentence gives as its subject, if it gives one. */
function openingPerson(sentences: readonly Sentence[]): Person | undefined {
  const opening = sentences[0]?.text ?? '';
  const names = [...opening.matchAll(FULL_NAME)]
    .flatMap((m) => personNamed(m[0]) ?? [])
    .filter((name) => opensOn(sentences, name));
  return names.length === 1 ? { name: names[0] as string, firstSeen: 0 } : undefined;
}

/** Whether the story's first sentence opens on `name`, as its subject (a few words before it at most). */
function opensOn(sentences: readonly Sentence[], name: string): boolean {
  const opening = sentences[0]?.text ?? '';
  const at = opening.indexOf(name);
  return (
    at >= 0 &&
    opening.slice(0, at).split(/\s+/).filter(Boolean).length <= 6 &&
    // (Its verb right after it: "Kelly Holmes has been …", "Justine Henin-Hardenne lost …", not
    // "Former All Black | star …".)
    SUBJECT_VERB_AFTER.test(opening.slice(at + name.length))
  );
}
const SUBJECT_VERB_AFTER = en`^\s+(?:\p{Ll}+ly\s+)?(?:has|have|had|is|was|will|would|could|can|may|might|must|should|says|said|\p{Ll}{2,}ed|\p{Ll}{2,}s|lost|won|beat|took|made|gave|came|went|got|left|held|led|ran|saw|told|began|became|broke|fell|found|hit|kept|met|paid|put|quit|rose|set|shot|sold|spent|struck|swept|threw|wrote)\b`;

/**
 * The speaker of a quotation with no attribution: the name before it when the article quotes
 * that person by name or gives them a role, or is about them (its opening names them, or it
 * calls them by surname); else none ("Fostering Network", "Five Live" were such names).
 */
function bareSpeaker(
  named: Person | undefined,
  previous: FoundQuote | undefined,
  sentences: readonly Sentence[],
): Person | undefined {
  if (!named) return undefined;
  // (A paper that the sentence before has show or say something quotes itself: PAPER_SHOWS.)
  if (PAPER_NAME.test(named.name)) return named;
  if (named.role || named.name === previous?.speaker || quotedByName(named.name, sentences))
    return named;
  // (The person the story opens on is who it is about, as its subject: "Paula Radcliffe has
  // called …", not "… relief at Real Madrid's passage".)
  const opening = sentences[0]?.text ?? '';
  const at = opening.indexOf(named.name);
  const subject = at >= 0 && opening.slice(0, at).split(/\s+/).filter(Boolean).length <= 3;
  return subject || namedAlone(named.name, sentences) ? named : undefined;
}

/** "It said" points back to the organisation that last "said" something ("Microsoft said…"). */
function recentOrganisation(s: Stream, at: number, people: readonly Person[]): string | undefined {
  let found: string | undefined;
  for (const m of s.masked
    .slice(Math.max(0, at - 1500), at)
    .matchAll(
      en.g`(?<![\p{L}\p{N}_])(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s+(?:has\s+)?said\b`,
    )) {
    // ("But Mr Crosby said": the word that opens the sentence is not part of the name.)
    const words = (m[1] ?? '').split(/\s+/);
    if (
      words.length > 1 &&
      NOT_NAME_START.has(words[0] ?? '') &&
      !/^(?:The|An?)$/.test(words[0] ?? '')
    )
      words.shift();
    const run = words.join(' ');
    // ("Professor James Marshall said …" before "On the website it states:": "it" is never a
    // person the article names; nor is "Mr Crosby".)
    if (
      NOT_NAME_START.has(run) ||
      HONORIFIC_NAME.test(run) ||
      splitRoleFromName(run).role !== undefined
    )
      continue;
    if (run.includes(' ') && people.some((p) => p.name === run)) continue;
    found = run;
  }
  return found;
}

/**
 * A sentence whose speaker the article does not name or point back to: an indefinite subject
 * ("One leading Karachi broker said", "A City trader told", "Some analysts say") or a group
 * ("Analysts say"). A name inside the description is not who speaks. ("The mayor said" points
 * back to someone named before; "a spokesman" speaks for the organisation named before.)
 */
function unnamedSays(text: string): boolean {
  if (INVERTED_UNNAMED.test(text) || POSSESSED_SAYS.test(text)) return true;
  const m = UNNAMED_SAYS.exec(text) ?? GROUP_SAYS.exec(text);
  return m !== null && !/^spokes/i.test(m[1] ?? '');
}
/** ", he claimed,", ", she said.": a pronoun's attribution set inside or after the sentence. */
const PRONOUN_SAYS_INSIDE = en`,\s+(?:he|she|they)\s+(?:\p{Ll}+ly\s+)?(?:said|says|claimed|claims|added|adds|argued|argues|insisted|insists|warned|warns|told\s+\S+)(?:,|\.?\s*$)`;

/** "It is an issue he has …", "This is a game she has …": an opening that is about "he". */
const PRONOUN_ISSUE = en`^(?:It|This|That)\s+(?:is|was)\s+(?:an?|the)\s+\p{Ll}+\s+(?:that\s+)?(?:he|she)\s+(?:has|had|is|was|\p{Ll}+ed)\b`;

/** A paper named as a sentence's subject: "The minutes of the meeting", "His letter". */
const PAPER = String.raw`(?:The|A|An|His|Her|Their|Its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:minutes|report|letter|statement|document|e-?mail|memo|transcript|ruling|judgment|judgement|filing|lawsuit|indictment|affidavit|dossier|manifesto)(?:\s+of\s+(?:the\s+)?[\p{L}'’ -]{1,30}?)?`;
/** The paper and its verb of showing or saying: "The minutes of the meeting show". */
const PAPER_SHOWS = enRegExp(
  String.raw`^\s*(${PAPER})\s+(?:shows?|showed|says?|said|reads?|states?|stated|reveals?|revealed|notes?|noted|records?|recorded|concludes?|concluded)\b`,
  'u',
);
const PAPER_NAME = enRegExp(`^${PAPER}$`, 'u');
/** A speaker that is a paper, not a person: "Mr Crosby's statement", "The Kok report". */
const PAPER_SPEAKER =
  /\b(?:minutes|report|letter|statement|document|e-?mail|memo|transcript|ruling|judgment|judgement|filing|lawsuit|dossier|manifesto)$/i;
/**
 * A photo's position in parentheses: "(right)", "(pictured)". (Narrower than tighten.ts's
 * PHOTO_POSITION; read through that one here, one eval quotation moved to another speaker.)
 */
// ("Eugenia Lusardo (pictured with Rojo last month)": what the picture shows may follow.)
const POSITION = String.raw`\((?:left|right|centre|center|pictured(?:\s[^()]{1,60})?|above|below|top|bottom|far left|far right)\)`;
const POSITION_MARK = new RegExp(POSITION, 'g');
/** A name and a photo's position: "Raheem Sterling (right)", "Rodgers (left)". */
const POSITIONED_NAME = enRegExp(String.raw`\p{Lu}[\p{L}'’-]+\s+${POSITION}`, 'u');
/** A surname and its verb, an aside or an adverb between: "Rodgers, who has …, spoke", "Rodgers now wants". */
const NAME_DOES = en.g`(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]+)(?:,\s+(?:who|whose)\s[^,;:]{1,120},)?\s+(?:\p{Ll}+ly\s+|now\s+|also\s+|then\s+)?(?:\p{Ll}{2,}ed|spoke|said|told|wants|says|insists|admits|believes)\b`;
/** A name after a comma that says the sentence's words: "…, Lord Butler said in …". */
// ("A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said …": the name may
// stand between commas, after its role.)
const TRAILING_SAYER = en`,\s+((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),?\s+(?:has\s+)?(?:said|says|told|added|insisted|argued|warned|claimed)\b`;
/**
 * A sentence that ends on who reported it, verb first: "The barrister who had represented Mr
 * Martin had said the rules were …, said Mr Clarke." (Mr Clarke, not the barrister's client.)
 */
const TRAILING_SAID_NAME = en`,\s+(?:said|says|added|insisted|argued|warned|claimed)\s+((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*[.!?]?\s*$`;
/** "Jeff Sessions, who has been a leader in the immigration debate, said …" (the name's last two words). */
const NAME_WHO_SAID = en`(?<![\p{L}'’-])(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+),\s+who\s+[^,;:"“”]{3,120},\s+(?:has\s+)?(?:said|says|told|added|wrote|warned|claimed)\b`;
/**
 * "But a UKIP spokesman said", "A spokeswoman for the ICO has said": an unnamed spokesperson.
 * ("A Labour party spokesman played down differences with Mr Wyatt and said …": with what they
 * did first; the name after is whom they spoke of, not who speaks.)
 */
const SPOKESPERSON_SAYS = en.i`^\s*(?:(?:But|And|However,?)\s+)?((?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,5}?spokes(?:man|woman|person)(?:\s+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}\p{Lu}[\p{L}'’&.-]*)?)(?:\s+\([^()]{1,30}\))?\s+(?:(?:has\s+)?(?:said|says|told|tells|added|adds|insisted|insists|argued|argues|warned|warns|denied|denies|rejected|rejects|confirmed|confirms|replied|responded)\b|\p{Ll}+(?:ed|s)\b[^.;:"“”]{0,120}?\sand\s+(?:also\s+)?(?:said|says|added|adds|insisted|insists|argued|argues|warned|warns)\b)`;
/** A job, one name, an aside, a verb: "Barca midfielder Deco, formerly managed by …, agreed". */
const ONE_NAME_SUBJECT = enRegExp(
  String.raw`^\s*(?:(?:But|And|However|Meanwhile),?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:${ROLE_NOUNS}|${OCCUPATIONS})\s+(\p{Lu}\p{Ll}[\p{L}'’-]+)(?:,\s[^,]{1,80},)?\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b`,
  'u',
);
// ("The film 50 First Dates starring Adam Sandler and Drew Barrymore has inspired …": a film's
// credits name no one the sentence is about either.)
const AGAINST_OR_CREDITS_BEFORE =
  /\b(?:against|starring|featuring|(?:directed|written|produced|played)\s+by)\s+$/;
/** "… - a move Wenger has backed.": who backed (or opposed) what the sentence reports. */
const MOVE_BACKED_BY = en`\s[-–—,]\s+(?:a|the)\s+(?:move|decision|step|plan|deal|ruling|verdict|choice|call)\s+(?:that\s+|which\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:has\s+|had\s+|have\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b[^.;:]{0,40}[.!]?\s*$`;
/** "… claimed that Mr Brown told Mr Blair:": a saying that a claim reports, before its quotation. */
const CLAIMED_SAYING =
  /\b(?:claim(?:ed|s)?|alleg(?:ed|es)|allegedly|reportedly)\s+(?:that\s+)?[^.:;"“”]{1,60}\b(?:told|said\s+to|wrote\s+to)\b[^.;"“”]{0,40}:\s*$/;
/** A verb that goes on, ending the words before a quotation: "The tournament debutant added:". */
const ADDED_BEFORE = /\b(?:added|continued|went\s+on)\s*:\s*$/;
/** A verb of saying that a report hedges: "reportedly said", "is alleged to have told". */
const HEDGED_SAYING =
  /\b(reportedly|allegedly|alleged|reported|said)\s+(?:to\s+have\s+)?(?:said|says|told|tells|wrote|writes|added|stated|declared)\b/i;
/** "… alleges that … X told her": what the claim's maker says they were told. */
const CLAIMED_TOLD_ME =
  /\b(?:claim(?:ed|s)?|alleg(?:ed|es))\s+that\s+[^.:;"“”]{1,100}\b(?:told|said\s+to|wrote\s+to)\s+(?:her|him|them|me|us)\s*[:,]?\s*$/;
/** "Salford MP", "Ealing North MP": a constituency's member, never a name. */
const SEAT_MEMBER = en`^(?:\p{Lu}\p{Ll}+\s+){1,3}(?:MP|MEP|MSP)$`;
/** ", the Tory leader said." ending a sentence: a described speaker's trailing attribution. */
const TRAILING_DESCRIBED = en`,\s+the\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Ll}[\p{L}-]*\s+(?:said|says|added|argued|claimed|insisted|told\s+\S+)\s*[.!]?\s*$`;
/** ", the spokesman said." ending a sentence. */
const TRAILING_SPOKESPERSON =
  /,\s+the\s+spokes(?:man|woman|person)\s+(?:said|says|added|told\s+\S+)\s*[.!]?\s*$/i;
/** "the prime minister's official spokesman", "a spokesman for the Home Office". */
const DESCRIBED_SPOKESPERSON = en.gi`\b((?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?spokes(?:man|woman|person)(?:\s+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s*){1,4})?)`;
/** '"…," smiles one broker.', '…, says a City trader': the verb first, then an unnamed speaker. */
const INVERTED_UNNAMED = en`\b(?:said|says|added|adds|smiles|smiled|laughs|laughed|warns|warned|insists|insisted|explains|explained|argues|argued|admits|admitted)\s+(?:one|a|an|another)\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Ll}[\p{L}'’-]*\s*[.,!?]`;
const SAYING_VERB =
  '(?:has\\s+|have\\s+)?(?:said|says|say|told|tells|added|adds|believes|believe|thinks|think|argued|argues|argue|warned|warns|warn|insisted|insists|insist)\\b';
const UNNAMED_SAYS = enRegExp(
  `^\\s*(?:(?:But|And|However,?)\\s+)?(?:One|A|An|Another|Some|Many|Several|Other|Most|Two|Three|Four|Five|\\d+)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,4}?(\\p{Ll}[\\p{L}'’-]*)\\s+${SAYING_VERB}`,
  'u',
);
/**
 * ("His agent told the Times newspaper that Pullman was happy …": someone's agent, lawyer or
 * spokesman, whom the article does not name; not the names in what they said.)
 */
const POSSESSED_SAYS = enRegExp(
  `^\\s*(?:(?:But|And|However,?)\\s+)?(?:His|Her|Their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?\\p{Ll}[\\p{L}'’-]*\\s+${SAYING_VERB}`,
  'u',
);
const GROUP_SAYS = enRegExp(
  `^\\s*(?:(?:But|And|However,?)\\s+)?(Analysts|Critics|Officials|Experts|Economists|Observers|Sources|Insiders|Residents|Witnesses|Campaigners|Opponents|Supporters|Traders|Dealers|Brokers|Commentators)\\s+(?:\\p{Ll}+\\s+)?${SAYING_VERB}`,
  'u',
);

/**
 * A clause opening on a surname (after a connective), an aside and an adverb allowed before
 * its verb: "But Parry, speaking exclusively to BBC Sport, also admits …".
 */
const SUBJECT_SURNAME = en`^\s*(?:(?:But|And|However|Meanwhile|Now|Still),?\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]+)(?:,\s[^,]{1,80},)?\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?(?:said|says|told|tells|added|adds|explained|admitted|admits|insisted|insists|revealed|reveals|claimed|claims|believes|warned|warns|argued|argues)\b`;

/** A sentence that opens on a surname and its verb: "Navratilova will partner …", "Bell, 30, had set …". */
const SURNAME_SUBJECT = en`^\s*(?:(?:But|And|However|Meanwhile|Now|Still|Then),?\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]+)(?:,\s[^,]{1,80},)?\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?(?:will|would|has|had|have|is|was|can|could|may|might|\p{Ll}+ed|\p{Ll}+s)\b`;

/** Whether the article has `surname` alone speak somewhere: "Parry said:", "…, Parry explained". */
function speaksAs(surname: string, sentences: readonly Sentence[]): boolean {
  // Each place the surname stands is read where it stands: no pattern is built per surname
  // (compiling one costs more than reading every sentence that holds it).
  return sentences.some((x) =>
    occurrences(x.text, surname).some(
      (at) =>
        (!NAME_CHAR.test(codePointBefore(x.text, at)) &&
          matchesAt(SPEAKS_AFTER_NAME, x.text, at + surname.length)) ||
        (!NAME_CHAR.test(codePointAt(x.text, at + surname.length)) &&
          SPEAKS_BEFORE_NAME.test(x.text.slice(0, at))),
    ),
  );
}

/** Verbs after a name ("Parry said"), and before one ("said Parry"), that make it a speaker. */
const SPEAKS_AFTER_NAME =
  /,?\s+(?:has\s+)?(?:said|says|told|added|admitted|insisted|explained|warned|claimed|believes|argued|revealed)\b/uy;
const SPEAKS_BEFORE_NAME = en`\b(?:said|says|added|told|explained|insisted|admitted)\s+(?:[\p{L}'’-]+\s+){0,4}$`;
/** A character of a name: a name that runs on past it, or into it, is another word. */
const NAME_CHAR = en`^[\p{L}'’-]$`;

/** Where `word` starts in `text`, every place. */
function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}

/** Whether the sticky pattern `re` matches `text` at `at`. */
function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** The character (a whole code point) that ends just before `at`; '' at the start. */
function codePointBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff;
  return text.slice(pair ? at - 2 : at - 1, at);
}

/** The character (a whole code point) that starts at `at`; '' at the end. */
function codePointAt(text: string, at: number): string {
  const c = text.codePointAt(at);
  return c === undefined ? '' : String.fromCodePoint(c);
}

const PRONOUN_SUBJECT_START = en.i`^\s*(?:(?:But|And|So|Yet|Then|Now|Still|Meanwhile|However|Instead|Later|Earlier|Today),?\s+)?(?:he|she)\s+(?:(?:\p{Ll}+ly|also|then|later|again|even|still|never|once)\s+)?(?:\p{Ll}+(?:ed|s)|wrote|told|said|made|took|gave|went|came|saw|thought|felt|found|left|kept|won|lost|became|began|spoke|knew|met|ran|sold|bought|brought|led|held|had|hit|put|set|cut|struck|stood|sat|got|paid|sent|spent|built|fought|taught|sought|threw|drew|chose|broke|fell|rose|shot|would|could|will|can|may|might|should|must)\b`;
/**
 * A participle or time clause before the subject, and its comma ("According to X," names who
 * says; "This year, she …" is a time).
 */
// ("Of Hepburn, she said:": whom she spoke of is no speaker.)
const FRONTED_CLAUSE = en`^\s*(?!According\b)(?:\p{Lu}\p{Ll}+ing|To\s+\p{Ll}+|Of|About|Regarding|After|Before|During|Following|Speaking|Asked|Earlier|Later|Since|Until|Although|Though|Because|While|When|Once|If|Unless|Despite|Unlike|In|On|At|Amid|Under|With|Without|From|Throughout|(?:This|Last|Next)\s+(?:year|week|month|season|summer|spring|autumn|winter|time))\b[^,"“]{0,120},\s+`;
/** The same after a connective: "And, while we are on the subject of Mr Kilroy-Silk, Mr Morris …". */
const CONNECTIVE_FRONTED_CLAUSE =
  /^\s*(?:And|But|So|Yet|Now),?\s+(?:while|when|as|after|before|although|though|because|since|if|once|despite|unlike|in|on|at|with|without|from|speaking|asked)\b[^,"“]{0,120},\s+/u;
/**
 * A description of a person that is no office ("the triple threat", "the mother-of-two", "the
 * former model"): one to three lower-case words, none a role or a body's.
 */
const DESCRIPTION = String.raw`(?:(?!(?:${ROLE_NOUNS}|company|firm|group|club|team|government|party|council|court|board|police|report|study|survey|bank|agency|band|show|film|book|game|deal|move|plan|bill|law)\b)[\p{Ll}-]+\s+){0,2}(?:threat|star|mother|father|mum|dad|woman|man|girl|boy|youngster|teenager|actress|actor|singer|model|blonde|brunette|beauty|mother-of-\w+|father-of-\w+|grandmother|grandfather|pensioner|wife|husband|daughter|son|sister|brother|veteran|newcomer)`;
/** Someone named before, described: "the Dutchman", "the 32-year-old", "the Brazilian". */
const EPITHET = enRegExp(
  String.raw`\bthe\s+(?:\d+-year-old|(?:\d+-year-old\s+)?(?:${DEMONYM}|[A-Z]\p{Ll}+(?:man|woman)))\b(?!\s+\p{L})`,
  'u',
);
/** An epithet as a clause's subject: "the Frenchman has endured …", "the 32-year-old will …". */
const EPITHET_SUBJECT = enRegExp(
  String.raw`^the\s+(?:\d+-year-old|(?:\d+-year-old\s+)?(?:${DEMONYM}|[A-Z]\p{Ll}+(?:man|woman)))\s+(?:\p{Ll}+ly\s+)?(?:has|had|is|was|will|would|could|\p{Ll}+ed)\b`,
  'u',
);
/** "The former Scotland international added …", "The ex-Arsenal striker said …": what they were, no name. */
const FORMER_SUBJECT = en`^The (?:former|ex-|one-time)\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Ll}+\s+(?:\p{Ll}+ly\s+)?(?:has|had|is|was|said|says|added|told|admitted|insisted|\p{Ll}+ed)\b`;
/** A nationality or a region's adjective alone: "European", "British", "Chinese", "French". */
const LONE_DEMONYM =
  /^(?:European|African|American|Asian|British|English|French|German|Italian|Spanish|Chinese|Japanese|Russian|Irish|Scottish|Welsh|Dutch|Greek|Turkish|Indian|Arab|Israeli|Iraqi|Iranian|Australian|Canadian|Mexican|Brazilian|Western|Eastern|Northern|Southern|Muslim|Christian|Jewish|Catholic|Protestant)$/;
/** A nationality alone, never a surname ("Frenchman", not "Jordan" or "Sullivan"). */
const LONE_NATIONALITY = /^(?:French|Dutch|English|Irish|Welsh|Scots|Manx|Cornish)(?:man|woman)$/;
/** A speaker described, not named: "the Dutchman", "the Barcelona defender" (not "the Observer's …"). */
const DESCRIBED_PERSON = enRegExp(
  String.raw`^[Tt]he\s+(?:(?![\p{L}-]+['’]s\s)[\p{L}\d'’-]+\s+){0,3}?(?:${DEMONYM}|\p{Lu}\p{Ll}+-born\s+\p{Ll}+|(?:New\s+)?\p{Lu}\p{Ll}+lander|[A-Z]\p{Ll}+(?:man|woman)|${OCCUPATIONS}|player|captain|champion|seed|forward|full-back|fly-half|lock|prop|centre|hooker|scrum-half|winner|medallist|finalist|debutant|teenager|youngster|veteran|newcomer|rookie|boss|manager|coach|skipper|DJ|host|researcher|scientist|academic|director|leader|chancellor|premier|MP|MEP|MSP|\d+-year-old)$`,
  'u',
);
/**
 * A description that ends on what someone is, a position or a trade ("the striker", "the British
 * actor"); not a nationality alone ("the American": the two guesses must agree for that).
 */
const POSITION_OR_TRADE = new RegExp(
  String.raw`\b(?:${OCCUPATIONS}|player|champion|seed|winner|medallist|finalist|debutant|teenager|youngster|veteran|newcomer|rookie)$`,
  'i',
);
/** A description that names an office, which someone other than the last person named may hold. */
const OFFICE_DESCRIPTION = new RegExp(
  String.raw`\b(?:${ROLE_NOUNS}|boss|skipper|DJ|host|chancellor|premier|MP|MEP|MSP)$`,
  'i',
);
/** ", added the …", ", the agent added": the attribution of a quotation that adds to what was said. */
const ADDED = en`^[\s,]*(?:[Tt]he\s+(?:[\p{L}\d'’-]+\s+){1,4})?(?:added|continued|went\s+on)\b`;
/** "the agent", "the Bath player", "the 26-year-old": someone described, ending on a common noun. */
const ADDING_DESCRIPTION = en`^[Tt]he\s+(?:[\p{L}\d'’-]+\s+){0,3}?[\p{Ll}\d][\p{L}\d-]*$`;
/** A first name and a surname right before "said:" and the opening mark: "… David Laws said: ". */
const NAME_SAID_COLON = en`(?<![\p{L}'’-])(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:said|says|added|adds):\s*$`;

/** A verb of saying next to an epithet: "said the 22-year-old", "the Dutchman told". */
const SAYS_AROUND =
  /\b(?:said|says|added|adds|told|tells|explained|insisted|admitted|continued|went on)\b/;
/**
 * A subject that only describes someone named before: "The Brazilian", "The 21-year-old", "The
 * attacking midfielder also claims", "The 24-year-old Reds skipper spoke out", with what they
 * did set off by commas ("The 27-year-old, who captained St Helens to Challenge Cup success last
 * year, claimed …": the club the clause names is not who it is about).
 */
const DESCRIBED_SUBJECT_START = enRegExp(
  String.raw`^\s*(?:(?:But|And|So|Yet|Then)\s+the|The)\s+(?:\d+-year-old(?:\s+${DEMONYM})?|${DEMONYM}|${DESCRIPTION}|(?:\d+-year-old\s+)?(?:${DEMONYM}\s+|\p{Lu}\p{Ll}+\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:${OCCUPATIONS}|captain|skipper)|world\s+number\s+(?:one|two|three|\d+)|(?:top|second|third|fourth)\s+seed)(?:,\s+(?:who|whose)\s[^,;"“”]{1,150},)?\s+(?:(?:\p{Ll}+ly|also|still|now|later|then|again|even)\s+)?(?:\p{Ll}+(?:ed|s)|said|told|spoke|was|is|has|had|gave|took|made|came|went|felt|knew|thought|won|lost)\b`,
  'u',
);

/** A subject that is someone's writing or words: "Mr Campbell's e-mail", "Ms Lee's letter". */
const WRITING_OF = en`^\s*(?:(?:But|And|Yet)\s+)?((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)['’]s\s+(?:\p{Ll}+\s+){0,2}?(?:e-mail|email|letter|statement|message|memo|book|report|article|speech|blog|note|column|remarks|comments|tweet|post|autobiography|memoir|diary)\b`;
/** The role nouns that name an office someone holds (not "spokesman" or "source"). */
const OFFICES = ROLE_NOUNS.split('|')
  .filter((w) => !/^(?:spokes|source)/.test(w))
  .join('|');
/**
 * A subject that is someone's office: "The Tory leader argued", "The prime minister shrugged
 * off …", "The Ofsted chief said" (not "The spokesman", "The source": who speaks for a body is
 * often never named). Group 1 the office, 2 the verb.
 */
const OFFICE_SUBJECT_START = enRegExp(
  String.raw`^\s*(?:(?:But|And|So|Yet|Then)\s+the|The)\s+((?:\p{L}[\p{L}-]*\s+){0,2}(?:${OFFICES}))\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+(?:ed|s)|said|told)\b`,
  'u',
);
/** An office that something made say a thing: "prompted the prime minister to say". */
const OFFICE_MADE_TO_SAY = enRegExp(
  String.raw`\b(?:prompted|led|forced|urged|pushed|persuaded|pressed)\s+the\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}(?:${OFFICES}))\s+to\s+(?:say|announce|promise|pledge|admit|insist|declare|concede|reveal)\b`,
  'u',
);

/**
 * The one person the article gives the office `office` ("prime minister": "Prime Minister Tony
 * Blair"), by the whole office or else its last word; none when that is no one or several.
 */
function holderOf(office: string, people: readonly Person[]): Person | undefined {
  const holders = (ending: string) =>
    people.filter((p) => p.role?.toLowerCase().endsWith(ending) === true);
  const whole = holders(office.toLowerCase());
  const found = whole.length > 0 ? whole : holders(office.split(/\s+/).at(-1)?.toLowerCase() ?? '');
  return found.length === 1 ? found[0] : undefined;
}

/** A sentence opening on a surname that says something: "Okafor, a nurse, said …", "Okafor told …". */
const SURNAME_SAYS = en`^\s*(\p{Lu}\p{Ll}[\p{L}'’-]+)(?:,\s+(?:a|an|the)\s[^,]{1,60},)?\s+(?:said|says|told|tells|added|explained|admitted|insisted)\b`;

/**
 * A clause opening on its named subject and its verb: "Tennis Australia's Geoff Pollard
 * rejected …", "Reidar Wasenius, a senior project manager at Nokia, was adamant …".
 */
const NAMED_SUBJECT = en`^(?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*(?:,\s[^,]{1,80},)?\s+(?:has\s+|had\s+)?\p{Ll}+(?:ed|s)\b`;

/** A possessive and a relative right before a name: "his son ", "her daughter ". */
const RELATIVE_BEFORE =
  /\b(?:his|her|their)\s+(?:son|daughter|wife|husband|father|mother|brother|sister|nephew|niece|grandson|granddaughter|partner|girlfriend|boyfriend)\s+$/i;
/** "the son of ", "the wife of the late ": what a name after it is to the person described. */
const RELATIVE_OF =
  /\b(?:sons?|daughters?|wife|husband|father|mother|brother|sister|widow|widower|nephew|niece|grandson|granddaughter|grandchildren|children|parents|family|girlfriend|boyfriend|fianc[ée]e?)\s+of\s+(?:the\s+)?(?:then-|former\s+|late\s+)?\s?$/i;

const CAPITALISED = en.g`\b(?:Mr|Mrs|Ms|Dr|Sir)?\.?\s?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}`;

/** "…, he said Labour would…": the sentence's speaker is a pronoun, named further back. */
const PRONOUN_SPEAKS = /\b(?:he|she)\s+(?:said|says|told|added|warned|claimed|announced)\b/i;

/** The one person of `people` whose surname `text` holds as a word (the full name if known); else none. */
function onlyPersonIn(text: string, people: readonly Person[]): Person | undefined {
  const named = people.filter((p) => wordsAt(text, surnameOf(p.name), true).length > 0);
  if (new Set(named.map((p) => surnameOf(p.name))).size !== 1) return undefined;
  return named.find((p) => p.name.includes(' ')) ?? named[0];
}

function firstNamed(text: string, people: readonly Person[]): Person | undefined {
  // (The same for every run of the text: found once.)
  let said: RegExpExecArray | null | undefined;
  /** Where the last run naming a relative ("son of …") ended, or -1. */
  let relativeEnd = -1;
  /** Where the last run after "against" ended, or -1. */
  let againstEnd = -1;
  for (const m of text.matchAll(CAPITALISED)) {
    if (said === undefined) said = PRONOUN_SPEAKS.exec(text);
    if (said && said.index < (m.index ?? 0)) return undefined;
    const end = (m.index ?? 0) + m[0].length;
    if (/['’]s$/.test(m[0]) || /^['’]s\b/.test(text.slice(end, end + 3))) continue;
    if (inParentheses(text, (m.index ?? 0) + m[0].length - m[0].trimStart().length, end)) continue;
    // "said Final Wars producer Shogo Tomiyama": a name before a role noun and another name
    // says whose the role is; the person is the name after.
    if (ROLE_THEN_NAME.test(text.slice(end, end + 60))) continue;
    // ("people coming from eastern European countries": a nationality before its noun is an
    // adjective, no one; the article's "European Constitution" is not named by it.)
    if (LONE_DEMONYM.test(m[0].trim()) && en`^\s+\p{Ll}`.test(text.slice(end, end + 3))) continue;
    // ("One such individual, the eldest son of then-Chiapas Attorney General Raciel Lopez
    // Salazar, jumped …": whose son he is; the relative named is not who the sentence is about.)
    // (A long name is read as two runs: the one right after a skipped run is skipped too.)
    const start = (m.index ?? 0) + m[0].length - m[0].trimStart().length;
    if (
      RELATIVE_OF.test(text.slice(Math.max(0, start - 40), start)) ||
      (relativeEnd >= 0 && text.slice(relativeEnd, start).trim() === '')
    ) {
      relativeEnd = end;
      continue;
    }
    // ("good displays against West Brom and Aston Villa", "The film … starring Adam Sandler and
    // Drew Barrymore": whom something was against, or who stars in it, and what is joined to
    // it, are not who the sentence is about.)
    if (
      AGAINST_OR_CREDITS_BEFORE.test(text.slice(Math.max(0, start - 14), start)) ||
      (againstEnd >= 0 && /^\s*(?:,|and|or|&)\s*$/.test(text.slice(againstEnd, start)))
    ) {
      againstEnd = end;
      continue;
    }
    // "their Grand Slam hopes", "at the Volvo Women's Open": a name after a determiner is a
    // thing, unless a title says it is a person ("the Rt Rev Dr Tom Wright").
    if (
      (/^\s*(?:The|A|An)\s/.test(m[0]) ||
        // ("The film, A Different Story, chronicles …": a capitalised article too.)
        /\b(?:[Tt]he|[Aa]n?|their|his|her|its|our|my|your|this|that|of|at|in)\s+$/.test(
          text.slice(0, (m.index ?? 0) + m[0].length - m[0].trimStart().length).slice(-8),
        )) &&
      !/\b(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Rev|President|Minister|Secretary|Chancellor|Senator|Governor|Judge|Professor|Prof|General|Chief|Captain|Coach|King|Queen|Prince|Princess|Bishop|Archbishop|Pope)\b/.test(
        m[0],
      )
    )
      continue;
    const words = m[0]
      .trim()
      .replace(/['’]s$/, '')
      .split(/\s+/);
    // ("introduced by his son Nick, a trainee vicar, who praised …": a relative named by a
    // first name alone is no other person of that first name, unless one of the family: "His
    // wife Sharon" is Sharon Osbourne where Ozzy Osbourne is named too.)
    if (words.length === 1 && RELATIVE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) {
      const known = resolvePerson(people, words[0] as string);
      const family =
        known !== undefined &&
        people.some((p) => p.name !== known.name && surnameOf(p.name) === surnameOf(known.name));
      return family ? known : { name: words[0] as string, firstSeen: -1 };
    }
    // "Arsenal's Patrick Vieira", "Wenger's Bayern": the name, if any, follows the possessor.
    const owned = words.findLastIndex((w, k) => k < words.length - 1 && /['’]s$/.test(w)) + 1;
    // ("Wenger's Bayern counterpart": one word after a possessor modifies what follows.)
    if (owned > 0 && words.length - owned < 2) continue;
    for (let i = owned; i < words.length; i++) {
      const ref = words
        .slice(i)
        .join(' ')
        .replace(/^(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+/, '');
      if (ref === '' || /^(?:Mr|Mrs|Ms|Dr|Sir)$/.test(ref)) continue;
      // ("Mr Howard criticised …" where only Howard Flight is named: "Mr" says a surname, which
      // no given name matches; the person is "Mr Howard" as the article calls him.)
      const titled = words.slice(i).join(' ');
      if (HONORIFIC_NAME.test(titled))
        return resolvePerson(people, titled) ?? { name: titled, firstSeen: -1 };
      const p = resolvePerson(people, ref);
      if (p) return p;
    }
  }
  return undefined;
}

/**
 * People named in the article, in order of mention: capitalised runs of two or three
 * name-like words (titles and sentence openers dropped), not organisations or places.
 */
function namesIn(sentences: readonly Sentence[]): Person[] {
  const out = new Map<string, Person>();
  // (A middle initial inside a name: "Sonya A. Zoghlin".)
  const run = en.g`\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]*)+`;
  // An article names the same people again and again: each run is read once.
  const read = new Map<string, string | undefined>();
  for (const s of sentences)
    for (const m of s.text.matchAll(run)) {
      if (inParentheses(s.text, m.index, m.index + m[0].length)) continue;
      // ("the 2004 Adam Sandler film 50 First Dates": a number opens a title, not a name.)
      if (/\d\s+$/.test(s.text.slice(Math.max(0, m.index - 6), m.index))) continue;
      // ("for Scott's company Scott Free to develop", "the band Pink Floyd": a kind of body
      // before the run says it names one, not a person.)
      if (BODY_NOUN_BEFORE.test(s.text.slice(Math.max(0, m.index - 14), m.index))) continue;
      let n = read.get(m[0]);
      if (n === undefined && !read.has(m[0])) {
        // ("Gordon Brown's Budget": with no name after the possessive, the possessor is one.)
        const possessor = /^(.+?['’]s)\s+\S+$/u.exec(m[0])?.[1];
        n = personNamed(m[0]) ?? (possessor === undefined ? undefined : personNamed(possessor));
        read.set(m[0], n);
      }
      // ("Clint Eastwood's Million Dollar Baby beat …": a full name before a possessive is a
      // person too, whatever follows it.)
      const owner = en`^(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)['’]s\s+\S+\s+\S`.exec(m[0])?.[1];
      if (owner !== undefined) {
        let o = read.get(owner);
        if (o === undefined && !read.has(owner)) {
          o = personNamed(owner);
          read.set(owner, o);
        }
        if (o !== undefined && !out.has(o)) out.set(o, { name: o, firstSeen: s.id });
      }
      if (n !== undefined && !out.has(n)) out.set(n, { name: n, firstSeen: s.id });
    }
  // ('Jimmy "the Whirlwind" White', 'Ronnie "The Rocket" O\'Sullivan': a nickname in quotation
  // marks between a given name and a surname; the person is the two names.)
  for (const s of sentences)
    if (s.text.includes('"') || s.text.includes('“'))
      for (const m of s.text.matchAll(NICKNAMED)) {
        const name = personNamed(`${m[1]} ${m[2]}`);
        if (name !== undefined && !out.has(name)) out.set(name, { name, firstSeen: s.id });
      }
  return [...out.values()];
}

const NICKNAMED = en.g`\b(\p{Lu}\p{Ll}+)\s+["“][^"“”]{1,30}["”]\s+(\p{Lu}[\p{L}'’-]+)`;

/** A kind of body, in lower case, right before a name: "company ", "the band ". */
const BODY_NOUN_BEFORE =
  /\b(?:company|firm|studio|label|band|group|agency|brand|charity|club|bank|airline|chain|newspaper|magazine|website|channel|network|retailer|carrier)\s+$/;

/**
 * Whether text[start, end) is all a parenthesis holds: "artists such as Ludacris (Stand Up)",
 * "(Labour)": a title or an aside, not a person in the sentence.
 */
function inParentheses(text: string, start: number, end: number): boolean {
  return text.charAt(start - 1) === '(' && text.charAt(end) === ')';
}

/** The person's name a capitalised run gives, if any. */
function personNamed(run: string): string | undefined {
  // ("Scientologist John Travolta": a believer's or a trade's word before a full name is no
  // part of it.)
  // ("Ricky Gervais' new sitcom": a possessive that ends the run is the name's own.)
  const all = run
    .replace(en`^\p{Lu}\p{Ll}+ist\s+(?=\S+\s+\S)`, '')
    // ("Model Caprice": an occupation before a single name, too.)
    .replace(OCCUPATION_BEFORE_MONONYM, '')
    .replace(/['’]s$|(?<=s)['’]$/, '')
    .split(/\s+/);
  // ("Arsenal's Patrick Vieira" is Patrick Vieira; "Wenger's Bayern" no one.)
  // ("Stats via ESPNcricinfo But Stewart, who …": a conjunction ends whatever came before.)
  // ("Robbie Williams' Angels": a plural's or a name's apostrophe is a possessive too.)
  const words = all.slice(
    all.findLastIndex(
      (w, i) => /['’]s$|s['’]$/.test(w) || (i > 0 && /^(?:But|And|However|Yet)$/.test(w)),
    ) + 1,
  );
  // ("Under My Ask Jeeves users can search …": a possessive inside a run names a brand or a
  // title, "My Ask Jeeves", never a person.)
  if (words.some((w, i) => i > 0 && /^(?:My|Our|Your|Their|His|Her|Its)$/.test(w)))
    return undefined;
  while (words.length > 0 && NOT_NAME_START.has(words[0] ?? '')) words.shift();
  // ("Top-seeded Americans Andy Roddick", "Scottish National Party Justice Minister Kenny
  // MacAskill": a nationality before a title or a full name is not part of it.)
  while (words.length > 2 && NATIONALITY.test(words[0] ?? '')) words.shift();
  // ("Lib Dem Norman Baker", "Tory Dominic Grieve": a party before a full name is not part of it.)
  const party = PARTY_BEFORE_NAME.exec(words.join(' '))?.[0];
  if (party) words.splice(0, party.trim().split(/\s+/).length);
  // ("Founder Gordon Renton launched …": a role opening the sentence, capitalised, is no name.)
  while (words.length > 2 && ROLE_WORD_ALONE.test((words[0] ?? '').toLowerCase())) words.shift();
  // ("Defiant Matt Williams says …": an adjective before a full name describes it.)
  if (words.length > 2 && describesName(words[0] ?? '')) words.shift();
  // A title needs a name after it ("Industry Minister Sebastien Morand"): three words or more.
  // (A full name has three words at most, four with an initial or a suffix: "Walter M
  // Phillips Jr", not "M Phillips Jr".)
  const whole = words.length > 2 ? splitRoleFromName(words.join(' ')).name.split(/\s+/) : words;
  const name = whole.slice(
    whole.length > 3 && whole.slice(-4).some((w) => en`^(?:\p{Lu}\.?|Jr\.?|Sr\.?|II|III)$`.test(w))
      ? -4
      : -3,
  );
  while (name.length > 2 && NATIONALITY.test(name[0] ?? '')) name.shift();
  // ("criticised British TV for being too safe": a nationality's adjective and a noun name a
  // thing, not a person.)
  if (name.length === 2 && NATIONAL_ADJECTIVE.test(name[0] ?? '')) return undefined;
  // ("Fly-half Jonny Wilkinson", "Full-back Jason Robinson": a position before the name.)
  while (name.length > 2 && en`^\p{Lu}\p{Ll}+-\p{Ll}`.test(name[0] ?? '')) name.shift();
  // ("the Treasury Paul Boateng": an organisation's word before a full name is not part of it.)
  if (name.length > 2 && ORGANISATION_WORDS.test(name[0] ?? '')) name.shift();
  // ("Guitarist Brian May", "Theresa May": "May" is a surname after a given name.)
  const surnameMonth =
    name.length === 2 && name[1] === 'May' && !ORGANISATION_WORDS.test(name[0] ?? '');
  // ("Kanye West", "Adam North": a point of the compass after a given name is a surname; "the
  // Middle East", "Far East", "Wild West" are places.)
  const surnameCompass =
    name.length === 2 &&
    /^(?:North|South|East|West)$/.test(name[1] ?? '') &&
    !ORGANISATION_WORDS.test(name[0] ?? '') &&
    !/^(?:Far|Near|Mid|Wild|Deep|Upper|Lower|Old|New|Great|Greater)$/.test(name[0] ?? '');
  if (
    name.length < 2 ||
    (!surnameMonth && !surnameCompass && ORGANISATION_WORDS.test(name.join(' ')))
  )
    return undefined;
  // ("Tom McCabe MSP": the letters after a name come with it, as quoteOf shows them.)
  if (!name.every((w, i) => NAME_PART.test(w) || (i === name.length - 1 && isPostNominal(w))))
    return undefined;
  // ("sitcom Ismol Family The Darwin woman moved …": a caption run into the text; an article
  // or a demonstrative inside a run ends one name, it is never part of one.)
  if (name.some((w, i) => i > 0 && /^(?:The|A|An|This|That|These|Those)$/.test(w)))
    return undefined;
  return name.join(' ');
}

// ("Judges Simon Cowell, Louis Walsh and …": a plural too.)
const ROLE_WORD_ALONE = new RegExp(`^(?:${ROLE_NOUNS}|${OCCUPATIONS})s?$`);

const NATIONALITY =
  /^(?:[A-Z][a-z]+(?:ans|ians)|Yorkers?|Londoners?|Berliners?|Islanders?|Highlanders?|Northerners?|Southerners?|[A-Z][a-z]+(?:man|woman|men|women)|American|British|French|German|Spanish|Italian|Australian|Russian|Swiss|Dutch|Irish|Scottish|Welsh|English|Belgian|Swedish|Scot|Briton|Dane|Swede|Brazilian|Argentine|Chinese|Japanese|Spaniard|Norwegian|Austrian|Portuguese|Czech|Croatian|Serbian|Romanian|Hungarian|Ukrainian|Canadian|Mexican|Colombian|Chilean|Kenyan|Ethiopian|Nigerian|Israeli|Iranian|Egyptian)$/;

/**
 * A nationality's adjective before a noun, "British TV". (Not LONE_DEMONYM, which also holds
 * "Christian", "Western" …: "Christian Jasperneite" is a name.)
 */
const NATIONAL_ADJECTIVE =
  /^(?:American|British|French|German|Spanish|Italian|Australian|Russian|Swiss|Dutch|Irish|Scottish|Welsh|English|Belgian|Swedish|Brazilian|Chinese|Japanese|Norwegian|Austrian|Portuguese|Canadian|Mexican|European|African|Asian)$/;

/** "Louis-Dreyfus", "O'Neill", "McCoy", initials ("AP"); not "Grandmother-of-three", not "SNP". */
const NAME_PART = en`^(?:\p{Lu}{1,2}|\p{Lu}\.|\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*)$`;

function buildStream(sentences: readonly Sentence[]): Omit<Stream, 'masked'> {
  let text = '';
  const starts: number[] = [];
  let paragraph = sentences[0]?.paragraph ?? 0;
  for (const s of sentences) {
    if (text !== '') text += s.paragraph === paragraph ? ' ' : '\n\n';
    paragraph = s.paragraph;
    starts.push(text.length);
    text += s.text;
  }
  return { text, starts, sentences };
}

function mask(text: string, spans: readonly QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const sp of spans) {
    const inside = text.slice(sp.open, sp.close);
    parts.push(
      text.slice(at, sp.open),
      inside.includes('\n') ? inside.replace(/[^\n]/g, '#') : '#'.repeat(inside.length),
    );
    at = sp.close;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** No sentence is longer than this; a boundary is looked for only this far back. */
const LONGEST_SENTENCE = 800;

/** The start of the sentence holding `at`: after the last sentence end before it (quotations blanked). */
function sentenceStart(s: Stream, at: number): number {
  const from = Math.max(0, at - LONGEST_SENTENCE);
  const head = s.masked.slice(from, at);
  let start = 0;
  for (const m of head.matchAll(/[.!?](?:["”’'])?\s+|\n/g)) start = (m.index ?? 0) + m[0].length;
  return from + start;
}

/** Where the sentence before the one `at` is in starts. */
function previousSentenceStart(s: Stream, at: number): number {
  return sentenceStart(s, Math.max(0, sentenceStart(s, at) - 2));
}

/** The masked text of the sentence before the one `at` is in (each start found once). */
function sentenceBefore(s: Stream, at: number): string {
  const start = sentenceStart(s, at);
  return s.masked.slice(sentenceStart(s, Math.max(0, start - 2)), start);
}

/**
 * Where the sentence around `at` ends: at a stop before a space (not one after an initial, "said
 * U.S. Attorney Nealy Cox"), or before a quotation or a line break.
 */
/**
 * After a quotation, speakers named by a common noun alone and a verb of saying: "officers
 * announced on their radios", "police said", "witnesses told reporters" (not a pronoun, whom
 * the sentence before may name, nor a name).
 */
const NOUN_SAYS_AFTER =
  /^[\s,]*(?!(?:he|she|they|it|we|i)\b)(?:[a-z-]+\s+){1,3}(?:said|say|says|announced|told|added|shouted|yelled|replied|asked|explained|declared|insisted|cried|screamed|radioed|tweeted|posted|wrote)\b/;

function sentenceEnd(s: Stream, at: number): number {
  const tail = s.masked.slice(at, at + 300);
  const m = SENTENCE_END.exec(tail);
  if (!m) return Math.min(s.text.length, at + 300);
  return at + m.index + (m[0] === '#' || m[0] === '\n' ? 0 : 1);
}
// (Not an initial's stop, nor a title's before a name: "said Rep. Brian Babin (R-TX), …".)
const SENTENCE_END = en`[!?](?=\s|$)|(?<!\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|Rev))\.(?=\s|$)|\n|#`;

/** A quotation that opens on what "he" or "she" did to the speaker: "He asked me …", "She told us …". */
const ACTS_ON_SPEAKER = en`^(?:He|She)\s+(?:\p{Ll}+\s+){1,2}(?:me|us)\b`;
/** What may come before a quotation that is a whole utterance, in its sentence: nothing, or a colon. */
const OPENS_AT = /^\s*$|[:;]\s*$/;
/** A verb of saying in the third person: narration, not the quotation's words ("I said" may be). */
const REPORTS_SAYING =
  /(?<!\b(?:I|we)\s)\b(?:says|said|tells|told|adds|added|recalls|recalled|explains|explained|admits|admitted)\b/;
/** Adds to `ids` every sentence of the stream that lies wholly inside the span. */
function markInside(s: Stream, span: QuoteSpan, ids: Set<number>): void {
  // (The first sentence that starts at the span's opening or after it.)
  const at = sentenceIndexAt(s, span.open);
  const first = (s.starts[at] ?? 0) < span.open ? at + 1 : at;
  for (let k = first; k < s.starts.length && (s.starts[k] ?? 0) < span.close; k++) {
    const sentence = s.sentences[k] as Sentence;
    // ("Initially she lived in student accommodation … but says that …": a sentence that
    // reports someone's saying is the writer's, whatever span the marks around it make.)
    if (REPORTS_SAYING.test(sentence.text)) continue;
    if ((s.starts[k] ?? 0) + sentence.text.length <= span.close) ids.add(sentence.id);
  }
}

function sentenceAt(s: Stream, offset: number): number {
  return s.sentences[sentenceIndexAt(s, offset)]?.id ?? 0;
}

/** The stream index of the last sentence starting at or before `offset` (0 when none does). */
function sentenceIndexAt(s: Stream, offset: number): number {
  let lo = 0;
  let hi = s.starts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((s.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/** After a name: a verb of saying that opens a quotation ("said: 'My agenda was simple …"). */
const SAYS_THEN_QUOTES = en`^\s+(?:\p{Ll}+\s+){0,2}?(?:said|says|told|tells|added|adds|explained|continued|admitted|insisted|wrote)\b[^.!?"“‘']{0,60}?[:,]?\s*["“‘']\p{Lu}`;

/**
 * A quotation whose closing mark the text lost runs on into the story ("'It was terrible. I was
 * being a slob to be honest. Lizzi piled on the pounds thanks to …'", a caption; "… he's
 * flying! Lawrence said his goal is …"): it ends before a sentence that opens on the speaker's
 * own name and a verb, said of them, not by them. (A paragraph the quotation goes on in opens
 * on a mark: '"Campbell swears shock.' in his own e-mail stays.)
 */
function beforeNarration(span: QuoteSpan, text: string, speaker: string): string {
  // (A name, not a description: "The statement", "The prop" are no one's name.)
  if (
    !en`^(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]+$`.test(speaker) ||
    /^(?:The|A|An)\s/.test(speaker)
  )
    return span.text;
  // Read in the text itself, where a paragraph's reopening mark is still there.
  const raw = text.slice(span.open + 1, span.close);
  for (const word of nameWords(speaker))
    for (const found of wordsAt(raw, word, true)) {
      // ("… for Ukraine to be allowed into the WTO. Mr Yushchenko was careful …": with a title.)
      const title = /(?<=[.!?]['’"”]?\s+)(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+$/.exec(
        raw.slice(Math.max(0, found - 10), found),
      );
      // ("… new homes. Ed Miliband, speaking at the rally, said …": or the whole name.)
      const given = speaker.slice(0, Math.max(0, speaker.lastIndexOf(' ') + 1));
      const whole =
        given !== '' && word === surnameOf(speaker) && raw.slice(0, found).endsWith(given)
          ? given.length
          : 0;
      const at = found - (title?.[0].length ?? whole);
      // (After a quotation inside it too: "'We all said, 'Look, he's flying!' Lawrence said …".)
      if (!/[.!?]['’"”]?\s+$/.test(raw.slice(Math.max(0, at - 4), at))) continue;
      // ("McClaren's only criticism of his side was …": what is theirs, said of them, too;
      // "Ed Miliband, speaking at the rally, said …": an aside after the name.)
      if (!en`^(?:['’]s)?,?\s+\p{Ll}`.test(raw.slice(found + word.length))) continue;
      // ("Redwood said: 'My agenda was simple …'": a new quotation of theirs, which the span
      // ran on into; cut here, it would be lost.)
      if (SAYS_THEN_QUOTES.test(raw.slice(found + word.length))) continue;
      const cut = inSpanText(span, raw, at);
      if (cut > 0) return span.text.slice(0, cut).trimEnd();
    }
  return span.text;
}

/**
 * ('"I just wish I\'d never got involved," she said after the court case. "This has been a
 * total nightmare. Now pictures have emerged … Later that evening Rojo invited her to his
 * friend\'s flat … He then sent a text at 2am. "My love, where are you?" he asked.': a quotation
 * whose closing mark was lost ran on, over narration, into the next one, which a mark reopening
 * it at a new sentence starts. Who speaks after the close says the words after that last
 * reopening mark; when the words before it name them, they are not theirs: no one names
 * themself so, and the speaker gets only their own piece.)
 */
function ownPiece(span: QuoteSpan, text: string, speaker: string): QuoteSpan {
  const last = span.reopens?.at(-1);
  if (last === undefined) return span;
  const before = text.slice(span.open + 1, last);
  if (!nameWords(speaker).some((word) => wordsAt(before, word, true).length > 0)) return span;
  const piece = spanAt(text, last);
  return piece && piece.close === span.close && span.text.endsWith(piece.text) ? piece : span;
}

/**
 * The span up to the sentence inside it that names `ref` (any word of the name), when one does
 * after a first sentence; else undefined.
 */
function beforeMention(span: QuoteSpan, text: string, ref: string): QuoteSpan | undefined {
  const raw = text.slice(span.open + 1, span.close);
  let at = -1;
  for (const word of nameWords(ref)) {
    const i = wordsAt(raw, word, true)[0];
    if (i !== undefined && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return undefined;
  let end = -1;
  for (const m of raw.slice(0, at).matchAll(/[.!?]["”’']?\s+/g)) end = m.index + m[0].length;
  if (end <= 0) return undefined;
  const cut = inSpanText(span, raw, end);
  if (cut <= 0) return undefined;
  return {
    open: span.open,
    close: span.open + 1 + raw.slice(0, end).trimEnd().length,
    text: span.text.slice(0, cut).trimEnd(),
    closed: false,
  };
}

/**
 * Where the words at `at` of `raw` (the text between the span's marks) stand in the span's
 * text, whose spaces are collapsed and reopening marks removed; -1 when they are not there.
 */
function inSpanText(span: QuoteSpan, raw: string, at: number): number {
  return span.text.indexOf(
    raw
      .slice(at, at + 40)
      .replace(/\s+/g, ' ')
      .trimEnd(),
  );
}

/**
 * A quotation whose closing mark the copy lost runs on into the writer's sentence that
 * attributes it and on past it: "… likely to continue to 'wait and see', the organisation said
 * in its report. Global economic growth is expected to …". It ends before the attribution.
 */
function beforeAttribution(text: string): string {
  const m = ATTRIBUTION_INSIDE.exec(text);
  if (m) return text.slice(0, m.index);
  // ('"It would be totally unacceptable … to say, 'I'm very sorry'. He said that police should
  // make sure …': a sentence that reports what "he" said, not in his words, is the writer's;
  // the quotation's closing mark was lost before it.)
  const reported = PRONOUN_REPORTS.exec(text);
  return reported ? text.slice(0, reported.index).trimEnd() : text;
}
const PRONOUN_REPORTS =
  /(?<=[.!?]['’"”]?\s+)(?:He|She)\s+(?:also\s+)?(?:said|added|told|explained|insisted|warned|argued)\s+(?:that\s+)?(?!["“‘']|[^\s]*:)/;
const ATTRIBUTION_INSIDE = en`,\s+(?:the\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?|he|she|it|they|(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+(?:said|says|added|adds|told|tells|warned|argued)\b[^.!?"“”]{0,60}[.!?]\s+(?=\p{Lu})`;

/** A sentence's end and a double closing mark, then the writer's next sentence. */
const UNOPENED_CLOSE = en`[.!?…]["”](?=\s+\p{Lu})`;

/** Restores the quote's own closing punctuation: a comma before `he said` becomes a period. */
function finish(text: string): string {
  // ("… not all of it helpful attention,’ ” Hege said.": a comma before a closing mark inside
  // it is the same comma.)
  let t = text
    .trim()
    .replace(/[,;:]$/, '')
    .replace(/,(['’"”])$/, '.$1');
  // ('… they include 'top-notch people with impressive skills." Germany's Spiegel Online
  // quoted …': a double mark that closes after a sentence's end, with none before it to open
  // it, ended the quotation; what runs on after it is the writer's.)
  const close = UNOPENED_CLOSE.exec(t);
  if (close && !/["“]/.test(t.slice(0, close.index))) t = t.slice(0, close.index + 1);
  // ('said: "\'We are hoping …"': a single mark that opens it and that nothing closes is the
  // copy's slip, not a quotation inside it.)
  if (/^['‘]\p{L}/u.test(t) && !/['’](?!\p{L})/u.test(t.slice(1))) t = t.slice(1);
  // ("We all said, 'Look, he's flying!'": a quotation inside it may end it.)
  return /[.!?…]['’"”]?$/.test(t) ? t : `${t}.`;
}

/**
 * Whether the article calls a person by surname alone ("Andy Roddick" … "Roddick") and quotes
 * them by it ("Roddick said", "said Roddick"): evidence that a name is someone who speaks, not a
 * band, a club or a title that a pronoun or a bare quotation was matched to by mistake.
 */
export function quotedByName(name: string, sentences: readonly Sentence[]): boolean {
  return (
    (namedAlone(name, sentences) && speaksAs(surnameOf(name), sentences)) ||
    // ("The economy minister, Salma Dabbashi, said …": the full name speaks, after its role.)
    speaksAs(name, sentences) ||
    // ("said Singh Jabarjung, 24, from Punjab": a name with an age is a person's.)
    sentences.some((x) => agedAfter(x.text, name))
  );
}

/** Whether `name` is followed in `text` by an age set off by commas ("Singh Jabarjung, 24,"). */
function agedAfter(text: string, name: string): boolean {
  const at = text.indexOf(`${name}, `);
  return at >= 0 && /^, \d{1,3}(?:,|\s+from\b)/.test(text.slice(at + name.length));
}

/** Whether the article calls someone by the last word of their name alone ("Roddick"). */
function namedAlone(name: string, sentences: readonly Sentence[]): boolean {
  // ("Guy Mansfield QC" is called "Mansfield".)
  const words = name.replace(/\s+(?:QC|MP|MEP|Jr|Sr|OBE|MBE|CBE)\.?$/, '').split(/\s+/);
  const surname = words.at(-1) ?? '';
  if (words.length < 2 || surname.length < 3) return false;
  // (Not "Guy Mansfield" again, nor "Mansfield Town".)
  const given = `${words.at(-2) ?? ''}`;
  return sentences.some((x) =>
    occurrences(x.text, surname).some((at) => {
      const end = at + surname.length;
      const afterGiven =
        at > given.length &&
        /^\s$/.test(x.text.charAt(at - 1)) &&
        x.text.startsWith(given, at - 1 - given.length);
      return (
        !afterGiven &&
        !NAME_CHAR.test(codePointBefore(x.text, at)) &&
        !NAME_CHAR.test(codePointAt(x.text, end)) &&
        !matchesAt(CAPITAL_NEXT, x.text, end)
      );
    }),
  );
}

/** Another capitalised word next: the name goes on ("Mansfield Town"). */
const CAPITAL_NEXT = en.y`\s+\p{Lu}`;
