import { TIME_BEFORE_NAME } from './dates.js';
import { en, enRegExp } from './letters.js';
import {
  looksLikeRole,
  MODIFIER,
  NAME_PARTICLES,
  ORGANISATION_WORDS,
  PAST_VERB_OPENING,
  PLACE_OPENING,
  ROLE_NOUN_WORD,
  ROLE_NOUNS,
  roleWithBody,
  SENTENCE_OPENERS,
  splitTitle,
  statedRole,
  WHO_CLAUSE,
  withModifiers,
} from './people.js';
import { lexiconTags } from './pos/tag.js';

/**
 * Who a quotation is attributed to, read from the words around it: `"…," X said`,
 * `"…," said X, role`, `X, role, told reporters: "…"`, `role X said: "…"`, `"…," he said`,
 * `according to X`, `…, adding: "…"`. Returns the speaker as written (a name, a pronoun,
 * "a spokesman") and the role the same sentence gives; resolving it is quotes.ts's job.
 */
export interface Attribution {
  readonly ref: string;
  readonly role?: string | undefined;
  readonly pronoun: boolean;
}

const VERBS =
  'said|says|say|told|tells|added|adds|explained|explains|warned|warns|wrote|writes|insisted|argued|noted|stressed|claimed|claims|declared|continued|asked|tweeted|posted|replied|responded|revealed|admitted|admits|recalled|commented|remarked|reads|read|confirmed|announced|joked|urged|agreed|conceded|acknowledged|suggested|predicted|promised|concluded|states|stated|observed|added|insists|reflected|mused|quipped|boasted|vowed|pointed out|went on|countered|retorted|confided|complained|jokes';
const PARTICIPLES = 'adding|saying|explaining|writing|telling|noting|insisting|warning|stating';
/**
 * An adverb between a speaker and the verb ("he quickly added", "The mayor then says"): no
 * part of who speaks.
 */
const ADVERB = String.raw`(?:\b(?:[a-z]+ly|then|later|earlier|previously|already|meanwhile|now|again|still|also|once|even|too)\s+){0,2}`;
/** A verb of saying, as a whole word. */
const VERB = new RegExp(String.raw`\b(?:${VERBS})\b`);
const PRONOUN = /^(?:he|she|they|it|we)$/i;
const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const CONNECTOR = `(?:${NAME_PARTICLES}|and)`;
/** A run of capitalised words, with the particles names carry ("Ruud van Nistelrooy"). */
// ("Mr de Vabres": a particle may follow the title.)
// ("50 Cent said": a stage name may open on a number, before one word; "50 First Dates" is a
// title.)
const NAME_RUN = String.raw`(?:${HONORIFIC}\s+(?:(?:${NAME_PARTICLES})\s+)?|\d{1,2}\s+(?=\p{Lu}\p{Ll}+(?![\p{L}'’-])(?!\s+\p{Lu})))?${NAME_WORD}(?:\s+(?:${CONNECTOR}\s+)?${NAME_WORD}){0,5}`;
// ("said the 23-year-old", "the 2003 champion": an age or a year is a description's word too.)
const DETERMINED = String.raw`(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\p{L}\d'’&-]+\s+){0,3}?(?:[\p{L}'’-]+|\d+-year-old)`;
/** Words that start a capitalised run but are not part of a name ("But Greene", "Mr Brown"). */
export const NOT_NAME_START: ReadonlySet<string> = new Set([
  ...SENTENCE_OPENERS,
  ...['However', 'Meanwhile', 'Speaking', 'Asked', 'Then', 'So', 'Yet', 'According', 'Still'],
  // ("Later John Smith said:": when, not part of the name.)
  ...['Later', 'Earlier', 'Afterwards', 'Today', 'Yesterday', 'Tonight', 'Again', 'Also'],
  // ("Some Citigroup operations … came under criticism": a quantifier before a name.)
  ...['Some', 'Many', 'Most', 'Several', 'All', 'Few', 'Other', 'Another', 'Any', 'Each', 'Every'],
  // ("Called Speegle, it has …": a participle that names, not part of the name.)
  ...['Called', 'Named', 'Dubbed', 'Known', 'Nicknamed', 'Titled', 'Entitled'],
  // ("For Rick Dean, director of …": a preposition opening the sentence.)
  ...['For', 'With', 'From', 'To', 'By', 'Like', 'Unlike', 'Including', 'Among', 'Against'],
  ...['Now', 'Former', 'Another', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'Last', 'Next'],
  ...['Both', 'Ex', 'Scroll', 'Read', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir'],
  // ("Only Fools and Horses star David Jason": an adverb opens a title, never a name.)
  ...['Only', 'Even', 'Just'],
  // ('Said Williams: "…"': the verb before its speaker.)
  ...['Said', 'Says', 'Added', 'Adds'],
  // ("Since Blinkx launched it has faced …": a subordinating word opens the clause.)
  ...['Since', 'Until', 'Although', 'Though', 'Because', 'Once', 'Unless', 'Whereas', 'Despite'],
  ...['I', 'We', 'It', 'He', 'She', 'They', 'You', 'A', 'An'],
  // ("On Wednesday Lord Woolf said": a day opens the run, not the name.)
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
]);

const AFTER_PRONOUN = enRegExp(String.raw`^(he|she|they|it|we)\s+${ADVERB}(?:${VERBS})\b`, 'iu');
const ADDING_CLAUSE = enRegExp(String.raw`,\s*(?:${PARTICIPLES})\b.*$`, 'u');
const AFTER_VERB_FIRST = enRegExp(String.raw`^${ADVERB}(?!told\b)(?:${VERBS})\s+(.{2,240})$`, 'u');
const AFTER_NP_FIRST = enRegExp(
  String.raw`^(.{1,200}?)\s+${ADVERB}(?:also\s+)?(?:${VERBS})\b`,
  'u',
);
const ACCORDING = enRegExp(String.raw`\baccording to\s+(${NAME_RUN}|${DETERMINED})`, 'u');

// (Case-sensitive but for "According": with the i flag a name's capitals match any word,
// and "According to Mr Peston the prime minister said" gave the speaker "Mr Peston the prime
// minister said".)
const ACCORDING_END = enRegExp(String.raw`\b[Aa]ccording to\s+(${NAME_RUN}|${DETERMINED})$`, 'u');
const PARTICIPLE_END = new RegExp(String.raw`(?:,\s+|\s)(?:${PARTICIPLES})$`);
const VERBS_GLOBAL = new RegExp(VERB.source, 'g');
const ADVERB_END = new RegExp(`${ADVERB}$`);
const NAME_RUN_END = enRegExp(String.raw`(?:^|\s)(${NAME_RUN})$`, 'u');
const DETERMINED_END = enRegExp(String.raw`(?:^|\s)(${DETERMINED})$`, 'u');
const NAME_RUNS = enRegExp(NAME_RUN, 'gu');
const BARE_NAME = enRegExp(`^${NAME_RUN}$`, 'u');
const HONORIFIC_START = new RegExp(`^${HONORIFIC}\\s+`);
const PEER = en`^(?:Lord|Lady|Baroness|Baron|Earl|Countess|Viscount|Duke|Duchess|Bishop|Archbishop)\s+\p{Lu}[\p{L}'’-]+\s+of\s`;
const NAME_OF_ORG = enRegExp(
  String.raw`^(.*?${NAME_WORD}(?:\s+${NAME_WORD})*)\s+((?:of|from|at)\s+(?:the\s+)?${NAME_WORD}(?:\s+${NAME_WORD})*)$`,
  'u',
);
// ("said a Department of Homeland Security spokeswoman": "of" before a capital goes on
// into a name; the speaker is the whole phrase.)
const DETERMINED_START = enRegExp(
  String.raw`^(${DETERMINED}|(?:[Tt]he|[Aa]n?)\s+\p{Lu}[\p{L}'’-]*\s+of\s+(?:\p{Lu}[\p{L}'’&-]*\s+){1,4}\p{Ll}[\p{L}-]*)(?=$|[,.;]|\s+(?:who|in|at|on|for|from|of(?!\s+\p{Lu})|with)\b)`,
  'u',
);
const NAME_AT_START = enRegExp(
  String.raw`^((?:[\p{L}'’-]+\s+){0,6}?)(${NAME_RUN})(?=$|[,.;(]|\s+\(|\s+(?:who|while|during|in|at|on|for|from|of|with|after|before|as|when|to)\b)`,
  'u',
);

const TITLE_OR_BODY_END =
  /(?:^|\s)(?:Archbishop|Bishop|Duke|Duchess|Earl|Mayor|Prince|Princess|Secretary|Council|Society|Association|Commission|Committee|Board|Authority|Institute|Federation|Union|League|Department|Ministry|Office|Bank)$/;
const ROLE_CUT_AT_PREPOSITION = /\s(?:for|of|at|from|in)$/i;
const BARE_PREPOSITION = /^(?:in|on|at|by|for|from|of|to|with|since|until|during)$/i;
const FUNCTION_WORD_END =
  /\s(?:and|or|but|nor|of|to|in|on|at|by|for|with|from|the|a|an|been|have|has|had|was|were|is|are|be)$/i;

/**
 * One word that says how someone was ("tearful", "delighted", "emotional"), not what they are:
 * the lexicon has it as an adjective or participle and never as a noun, or does not have it and
 * it ends as only adjectives do.
 */
function mannerWord(role: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(role)) return false;
  const tags = lexiconTags(role);
  if (tags.length === 0) return MANNER_SUFFIX.test(role);
  return !tags.some((t) => t.startsWith('NN')) && tags.some((t) => /^(?:JJ|VBN|VBD)$/.test(t));
}
/** Endings of adjectives only ("tearful", "emotionless"): "-ant", "-ent", "-ic" end nouns too ("medic"). */
const MANNER_SUFFIX = /(?:ful|ous|ive|ed|less)$/;
/** "a delighted Smith": an article and one word before a capitalised name. */
const MANNER_BEFORE_NAME =
  /^(?:a|an)\s+(\p{Ll}[\p{Ll}-]+)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)$/u;

/**
 * What was read from text whose quotations are blanked ('#'): a speaker made of blanks is
 * none, and a role that runs across one keeps only its words after the quotation.
 */
function unmasked(a: Attribution | undefined): Attribution | undefined {
  // ("… when he sported a drawn-on pencil moustache and asked: '…'": a speaker read off a
  // phrase that ends on a joining or function word is a piece of the sentence, no one.)
  if (a && FUNCTION_WORD_END.test(a.ref)) return undefined;
  // ('"I'm so happy," a tearful Claxton told BBC Sport': how they spoke is no role.)
  if (a?.role !== undefined && mannerWord(a.role)) return unmasked({ ...a, role: undefined });
  // (Nor as part of the name, after a verb that comes first: "said a delighted Smith".)
  const described = a ? MANNER_BEFORE_NAME.exec(a.ref) : null;
  if (a && described && mannerWord(described[1] ?? ''))
    return unmasked({ ...a, ref: described[2] ?? a.ref });
  // ('"… Bigger than just the little deal" announced in October, said Derek Scissors': a
  // "role" that is a preposition alone read a time or a place as the speaker, "October".)
  if (a?.role !== undefined && BARE_PREPOSITION.test(a.role)) return undefined;
  // ("the Labour MP for Birkenhead asked", "the Department for Transport said": a role cut
  // before its "for" left the place or the body as the speaker's name; the phrase is whole.)
  if (a?.role !== undefined && ROLE_CUT_AT_PREPOSITION.test(a.role))
    return unmasked({ ...a, ref: `${a.role} ${a.ref}`, role: undefined });
  // ("The Archbishop of Canterbury said": "of Canterbury" is no role but the title's own.)
  // (Only of a title or a body: "David Williams of Ladbrokes" is a person and where he works.)
  if (a?.role !== undefined && en`^of\s+\p{Lu}`.test(a.role) && TITLE_OR_BODY_END.test(a.ref))
    return unmasked({ ...a, ref: `${a.ref} ${a.role}`, role: undefined });
  if (!a || (!a.ref.includes('#') && !a.role?.includes('#'))) return a;
  if (a.ref.includes('#')) return undefined;
  // ("deputy chairman of Highland Gold - a mining firm that has the motto '…' -": a dash's
  // aside holds the quotation; the role is what comes before the aside.)
  const beforeAside = a.role?.split(/\s[-–—]\s/)[0];
  const role =
    beforeAside !== undefined && !beforeAside.includes('#')
      ? beforeAside.trim()
      : a.role
          ?.replace(/^.*#/, '')
          .replace(/^[\s,.;:]+/, '')
          .trim();
  return { ...a, role: role && en`\p{L}`.test(role) ? role : undefined };
}

/**
 * '"…," he once said', '"…," he later said': a pronoun quoting someone at another time, in a
 * profile, whose subject is named further back than the names just before it (an actor of the
 * film, a song's title), which the pronoun's resolution would take. No speaker beats a wrong one.
 */
const PRONOUN_AT_ANOTHER_TIME = /^(?:he|she|they)\s+(?:once|later)\s/i;

const INTRODUCES_NEXT = new RegExp(String.raw`^[^"“#]{0,200}?\b(?:${VERBS})\b[^"“#.,;]{0,40}:`);

const JOINED_CLAUSE = en`^(?:while|whereas|and|but)\s+\S+(?:\s+\S+){0,3}?\s+(?:\p{Ll}+ly\s+)?(?:added|adds|said|says|wrote|writes|replied|commented|argued|insisted)\s*:`;

/** The attribution in the words that follow a closing mark, up to the sentence's end. */
export function attributionAfter(after: string): Attribution | undefined {
  return unmasked(readAfter(after));
}

function readAfter(after: string): Attribution | undefined {
  // ("'We're no heroes, just tourists': The Swedish cops (pictured) … said they were …": a colon
  // after the closing mark opens what the quotation heads, a caption; who speaks is not there.)
  if (/^\s*:/.test(after)) return undefined;
  const text = after.replace(/^[\s,—–-]+/, '').replace(/[.!?]\s*$/, '');
  if (text === '') return undefined;
  // ("'Some people really are just stupid,' while Sarah Edwards added: 'Only in Oldham.'": a
  // clause joined after the quotation has a speaker of its own, for the next one.)
  if (JOINED_CLAUSE.test(text)) return undefined;
  if (PRONOUN_AT_ANOTHER_TIME.test(text)) return undefined;
  // ('"… what am I doing there?'" LTA chief executive, John Crowther, added: "…"': a verb of
  // saying that ends on a colon introduces the quotation after it, not the one before.)
  if (INTRODUCES_NEXT.test(text)) return undefined;
  const p = AFTER_PRONOUN.exec(text);
  // "she said" ends the sentence or takes a short tail ("he told reporters on Tuesday"), never
  // a clause of its own ("she said new mothers were…": reported speech, not an attribution).
  if (p?.[1]) {
    // ('"…," he said, adding that "it's an issue we have in common".': what he went on to say
    // is a clause of its own, after a comma; the attribution ends before it.)
    const tail = text.slice(p[0].length).replace(ADDING_CLAUSE, '').trim();
    return tail.split(/\s+/).length <= 10 && !/\bthat\b/.test(tail)
      ? { ref: p[1], pronoun: true }
      : undefined;
  }
  const v = AFTER_VERB_FIRST.exec(text);
  if (v?.[1]) {
    const np = speakerAtStart(v[1]);
    if (np) return np;
  }
  const n = AFTER_NP_FIRST.exec(text);
  if (n?.[1] && !/["“”]/.test(n[1])) {
    const np = speakerBefore(n[1], true);
    if (np) return np;
  }
  const a = ACCORDING.exec(text);
  if (a?.[1] && a.index < 3) return { ref: a[1], pronoun: false };
  return undefined;
}

/**
 * The attribution in the words before an opening mark, from the sentence's start: it must
 * end on the verb of saying (and its object: "told reporters:"), or on "according to X,".
 */
export function attributionBefore(before: string): Attribution | undefined {
  return unmasked(readBefore(before));
}

function readBefore(before: string): Attribution | undefined {
  const text = before.replace(/[\s:;,—–-]+$/, '');
  if (text === '') return undefined;
  const a = ACCORDING_END.exec(text);
  if (a?.[1]) return { ref: a[1], pronoun: false };
  const participle = PARTICIPLE_END.exec(text);
  if (participle) return subjectOf(text.slice(0, participle.index));
  // ('Said Wales assistant coach Scott Johnson: "…"': the verb opens the sentence and who speaks
  // comes after it, up to the colon.)
  const inverted = en`^(?:Said|Says|Added|Adds)\s+(?=\p{Lu})`.exec(text);
  if (inverted && /:\s*$/.test(before)) return speakerBefore(text.slice(inverted[0].length), false);
  const last = lastMatch(VERBS_GLOBAL, text);
  if (!last) return undefined;
  const object = text.slice(last.index + last[0].length).trim();
  // "told reporters", "told the New York Post", "said in a statement": a short tail only.
  // Before a colon the object may run on ("posted the image on Thursday with the message:");
  // straight before the quotation it is who was told ("told her", "told the New York Post").
  const colon = /[:,]\s*$/.test(before);
  if (
    object.split(/\s+/).length > (colon ? 10 : 4) ||
    (!colon && /\d/.test(object)) ||
    /\b(?:that|if|whether|how|why)\b/.test(object)
  )
    return undefined;
  // ("David Rose, Chief Executive of Hereford Hospitals NHS Trust, had said:": the helper
  // before the verb is no part of the role.)
  const head = afterQuotation(text.slice(0, last.index))
    .replace(ADVERB_END, '')
    .replace(/,?\s+(?:had|has|have|would|will|also)\s*$/, '');
  return speakerBefore(head.trim(), false);
}

const ROLE_OF_BODY_THEN_NAME = en`^((?:[Tt]he\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of|for|at)\s+(?:the\s+)?(?:[A-Z][\p{L}'’&.-]*\s+){0,5}(?:Committee|Council|Commission|Association|Party|Office|Department|Agency|Union|Federation|Institute|Bank|Society|Board|Authority|Trust|Foundation|Confederation|Chamber|Exchequer|Treasury))\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,2})(?:\s+(?:MP|MEP|MSP|QC|AM))?$`;

/**
 * "Chairman of the Environmental Audit Committee Peter Ainsworth MP": the body's name ends on
 * its kind of body; the name after it is who speaks, the rest the role.
 */
function officeThenName(text: string): Attribution | undefined {
  const titled = ROLE_OF_BODY_THEN_NAME.exec(text);
  return titled?.[1] && titled[2]
    ? { ref: titled[2], role: withoutArticle(titled[1]), pronoun: false }
    : undefined;
}

/** The speaker that ends `text` ("…Prudential pensions specialist Clare Moffat"). */
function speakerBefore(raw: string, wholeClause: boolean): Attribution | undefined {
  const pron = /(?:^|[\s,])(he|she|they|it|we)\s*,?$/i.exec(raw);
  if (pron?.[1]) return { ref: pron[1], pronoun: true };
  // Ages and home towns are not roles: "His mother Lucy, 32, of Upminster, east London,".
  let text = raw
    .replace(/,\s*$/, '')
    .replace(/,\s+\d{1,3}(?=,|$)/g, '')
    .replace(/,\s+(?:of|from)\s+[A-Z][^,]*(?:,\s+[a-z]+\s+[A-Z][^,]*)?(?=,|$)/g, '')
    .trim();
  const titled = officeThenName(text);
  if (titled) return titled;
  // "David Williams of Ladbrokes": the organisation is the role.
  // ("Lord Faulkner of Worcester": a peer's place is part of the title, not whom they work for.)
  const of = PEER.test(text) ? null : NAME_OF_ORG.exec(text);
  let ofRole: string | undefined;
  if (of?.[1] && of[2]) {
    text = of[1];
    ofRole = of[2];
  }
  const found = speakerBeforeClause(text, wholeClause);
  if (!found || !ofRole) return found;
  // ("David Rose, Chief Executive of Hereford Hospitals NHS Trust": the title's organisation.)
  // ("Ian Taylor, of the Alliance of British Drivers": a role that ends on a name's word goes on
  // with the "of" phrase, the rest of that name.)
  if (found.role && (TITLE_ONLY_WORDS.test(found.role) || en`\p{Lu}[\p{L}'’-]*$`.test(found.role)))
    return { ...found, role: `${found.role} ${ofRole}` };
  return found.role ? found : { ...found, role: ofRole };
}

/** A seat and where it is: "MP for Witney", "the Labour MP for Birkenhead" (a role, no name). */
const SEAT_FOR_PLACE = en`^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:MP|MEP|MSP|AM|TD|Senator|Congressman|Congresswoman)\s+for\s+\p{Lu}`;
/** A capitalised run that ends on an office is a title, not a name: "US Trade Representative". */
const OFFICE_END =
  /\b(?:Representative|Secretary|Minister|Chancellor|Commissioner|Ambassador|Envoy|Governor|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman)$/;
/** A title alone, of capitalised words: "Chief Executive", "Deputy Prime Minister". */
const TITLE_ONLY_WORDS =
  /^(?:(?:Deputy|Acting|Shadow|Former|Vice|Assistant|Senior|Managing|Executive|General|Chief|Prime|Foreign|Home|Finance|Health|Education|Culture|Trade|Defence|Interior)\s+){0,3}(?:Executive|Director|Chairman|Chairwoman|Chair|President|Minister|Secretary|Officer|Manager|Editor|Chancellor|Governor|Commissioner|Spokesman|Spokeswoman|Coach|Captain|Leader|Treasurer|Founder|Partner|Economist|Analyst)$/;

/** A title, then the body it is of: "President Ascom North America", "Chief Executive of Acme". */
const TITLE_THEN_BODY =
  /^(?:(?:Deputy|Vice|Executive|Senior|Managing|Acting|Interim)\s+)?(?:President|Chairman|Chairwoman|Chair|Director|Chief Executive|Chief Operating Officer|CEO|COO|CFO|Head|Founder|Editor|Manager|Professor)\s+(?:of\s+(?:the\s+)?|at\s+(?:the\s+)?)?[A-Z]/;

/** A clause's opening adverbial, not its subject: "Speaking to Le Matin, the 24-year-old …". */
const FRONTED =
  /^(?:Speaking|Asked|Writing|Talking|Responding|Commenting|Reacting|Interviewed|Later|Earlier|Afterwards|Meanwhile|However|In|On|At|After|Before|During)\b/;
/** A fronted phrase run into a full name: "After the ruling | Carla Ferstman". */
// (Not a name after a preposition or an article: "Writing … in the Northern Echo, the Bishop
// said", "Speaking to Le Matin, the 24-year-old said" name where, not who.)
const FRONTED_THEN_NAME = en`\s(?!(?:the|a|an|to|in|on|at|of|for|from|with|by|about|into|as|during|after|before)\s)\p{Ll}+\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$`;
/** "…for the second leg, but Wenger said": a new clause, whose subject is the speaker. */
const NEW_CLAUSE = /^(?:but|and|yet|so|while|as|when|although|though|because|since|then)\s+(.+)$/;

function speakerBeforeClause(text: string, wholeClause: boolean): Attribution | undefined {
  const parts = text.split(/,\s+/);
  if (parts.length > 1 && FRONTED.test(parts[0] ?? '')) {
    // ("After the ruling Carla Ferstman, legal director of … Redress, said": a fronted phrase
    // that lost its comma ends on the name, whose role follows.)
    // (Only before a role: "Reacting to a comment by chairman Tim Phillips, the American
    // said" and "… by chief executive Tom Harrison, who confirmed …" name others.)
    const rest = parts.slice(1).join(', ');
    const named =
      looksLikeRole(rest) && !/^(?:the|who|which|that|whose)\b/i.test(rest)
        ? FRONTED_THEN_NAME.exec(parts[0] ?? '')?.[1]
        : undefined;
    return speakerBeforeClause(named ? `${named}, ${rest}` : rest, wholeClause);
  }
  const lastPart = parts.at(-1) ?? '';
  const prevPart = parts.at(-2);
  // ("Mr Strauss doubted whether Rock would make an impact, but added:": the verb shares the
  // clause's subject; the words before "but" are what he said, not who.)
  if (prevPart !== undefined && /^(?:but|and|yet)$/.test(lastPart.trim()))
    return subjectOf(parts.slice(0, -1).join(', '));
  const clause = prevPart !== undefined ? NEW_CLAUSE.exec(lastPart) : null;
  // ("Jim Chilton, senior vice president … at Boeing Defense, Space, and Security,": a list's
  // last item, after a name and its role, is no new clause's subject.)
  const listEnd =
    clause?.[1] !== undefined &&
    /^(?:and|&)\s/.test(lastPart) &&
    parts.length >= 3 &&
    isBareName(parts[0] ?? '') &&
    en`^\p{Lu}[\p{L}'’-]*$`.test(clause[1].trim());
  if (clause?.[1] && !listEnd) return trailingSpeaker(clause[1], wholeClause);
  // "David Rose, Chief Executive": a name, then a title of capitalised words.
  // ("Rob Goldman, President Ascom North America, says:": or a title and the body it heads,
  // which is no speaker.)
  if (
    prevPart !== undefined &&
    parts.length === 2 &&
    isBareName(prevPart) &&
    !looksLikeRole(prevPart) &&
    (TITLE_ONLY_WORDS.test(lastPart.trim()) || TITLE_THEN_BODY.test(lastPart.trim()))
  )
    return { ref: stripHonorific(prevPart.trim()), role: lastPart.trim(), pronoun: false };
  // "The Shadow Secretary, Theresa May," (role, then name) or "Ms Prior, who has…," (name, role).
  // ("Makrus Åsberg, a 25-year-old officer with the police Uppsala, Sweden,": one word after a
  // name and its role is the place the role is in, not who speaks.)
  // ("Dr John E. Kelly, IBM senior vice president, Technology and Intellectual Property,": a
  // run of capitals joined by "and" after a name and its role is the role's department.)
  const placeAfterRole =
    parts.length >= 3 &&
    isBareName(parts[0] ?? '') &&
    (!/\s/.test(lastPart.trim()) ||
      (/\s(?:and|&)\s/.test(lastPart) && looksLikeRole(parts.slice(1, -1).join(', '))));
  // ("a statement issued on behalf of Robert Zoellick, US Trade Representative,": an office in
  // capitals after a name is the name's role, no name of its own.)
  // ("Conservative policy co-ordinator David Cameron, MP for Witney, added:": a seat likewise.)
  if (
    prevPart !== undefined &&
    ((isBareName(lastPart) && OFFICE_END.test(lastPart.trim())) ||
      SEAT_FOR_PLACE.test(lastPart.trim()))
  ) {
    const np = trailingSpeaker(parts.slice(0, -1).join(', '), wholeClause);
    if (np && !np.pronoun) return { ...np, role: np.role ?? lastPart.trim() };
  }
  if (prevPart !== undefined && isBareName(lastPart) && !placeAfterRole) {
    // "The Shadow Secretary of State, Theresa May," but not "When questioned, Nigalidze".
    // ("Mr Moore's wife, Sharon, said": whose kin they are says who they are.)
    const role =
      looksLikeRole(prevPart) || KIN_OF_NAMED.test(prevPart.trim())
        ? withoutArticle(prevPart.trim()) || undefined
        : undefined;
    return { ref: stripHonorific(lastPart), role, pronoun: false };
  }
  // "Bonnie Glaser, China expert at the Center…," (name, then a role of any case).
  const firstPart = parts[0] ?? '';
  if (prevPart !== undefined && isBareName(firstPart)) {
    const split = splitRoleFromName(trimRun(firstPart) ?? firstPart);
    const role = appositiveRole(parts.slice(1).join(', ')) ?? split.role;
    return { ref: stripHonorific(split.name), role, pronoun: false };
  }
  // "The Oscar-nominated actor, whose films include … The Phantom Menace, said": a name inside
  // the relative clause is not who speaks; the subject before it is.
  const aside = parts.findIndex((p, i) => i > 0 && /^(?:who|whose|which)\b/.test(p));
  if (aside > 0) {
    const np = speakerBefore(parts.slice(0, aside).join(', '), wholeClause);
    const who = parts[aside] ?? '';
    return np && { ...np, role: np.role ?? (/^who\b/.test(who) ? appositiveRole(who) : undefined) };
  }
  // ("The hand-written, four-page lawsuit said:": two modifiers of one noun, not a name and
  // its role.)
  if (
    prevPart !== undefined &&
    en`^(?:The|A|An)\s+[\p{Ll}-]+$`.test(firstPart) &&
    parts.length === 2 &&
    en`^(?!\S+(?:ed|en|ing)\b)[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?$`.test(lastPart)
  )
    return { ref: text, pronoun: false };
  if (prevPart !== undefined && looksLikeAppositive(lastPart)) {
    const np = trailingSpeaker(parts.slice(0, -1).join(', '), wholeClause);
    if (np) return { ...np, role: np.role ?? appositiveRole(lastPart) };
  }
  return trailingSpeaker(text, wholeClause);
}

/** A nationality as a noun for a person: "Brazilian", "Swiss", "Iraqi". */
export const DEMONYM = String.raw`(?:[A-Z]\p{Ll}+(?:an|ian|ese|ish|ch|ss|i)|Scot|Swede|Dane|Finn|Pole|Turk|Greek|Kiwi|Aussie|Brit|Briton|Spaniard|Argentine|Filipino|Cypriot)`;

/**
 * "the American", "the 24-year-old Swiss": a nationality after "the" describes the speaker;
 * it is not a name (a reader is told "the American", not "American").
 */
const DESCRIBED_END = enRegExp(String.raw`(?:^|\s)(the\s+(?:\d+-year-old\s+)?${DEMONYM})$`, 'u');

const PEER_OF = en`(?:^|\s)((?:Lord|Lady|Baroness|Baron|Earl|Duke|Duchess|Viscount|Marquess|Bishop|Archbishop)\s+[A-Z][\p{L}'’-]+\s+of)$`;
const OWNED_SOURCE_END = en`(?:^|\s)((?:[A-Z][\p{L}.-]*\s+){0,3}[A-Z][\p{L}.-]*['’]s?\s+(?:message|statement|letter|post|tweet|blog|website|report|e-?mail|note|agent|lawyer|lawyers|spokesman|spokeswoman|spokesperson|solicitor|representative|publicist))$`;

function trailingSpeaker(text: string, wholeClause: boolean): Attribution | undefined {
  const pron = /(?:^|\s)(he|she|they|it|we)$/i.exec(text);
  if (pron?.[1]) return { ref: pron[1], pronoun: true };
  const described = DESCRIBED_END.exec(text);
  if (described?.[1]) return { ref: described[1], pronoun: false };
  // ("the Labour MP for Birkenhead asked": a seat after "the" describes who speaks, as the
  // article does; no name of its own.)
  if (/^the\s/i.test(text) && SEAT_FOR_PLACE.test(text) && /^(?:\S+\s+){2,5}\S+$/.test(text))
    return { ref: text, pronoun: false };
  // "Morquendi's message read", "Drogba's agent said": someone's message or someone who speaks
  // for them; the whole phrase is the source, not the name in it.
  const owned = OWNED_SOURCE_END.exec(text);
  if (owned?.[1]) {
    // ("As Mr Kok's report put it": the sentence's opening word is not part of the name.)
    const ref = owned[1].replace(
      /^(?:As|But|And|So|Yet|However|Meanwhile|Then|Still|Now|In|On|At|If|When|While|After|Before)\s+/,
      '',
    );
    return { ref, pronoun: false };
  }
  const name = NAME_RUN_END.exec(text);
  if (name?.[1]) {
    let run = trimRun(name[1]);
    if (run) {
      // ("Shadow leader of the Commons Oliver Heald": a body's word after "of the" ends the
      // office, not the name, when a full name is left after it.)
      const body = /^(\S+)\s+(?=\S+\s+\S)/.exec(run);
      if (
        body &&
        ORGANISATION_WORDS.test(body[1] ?? '') &&
        /\b(?:of|for) the$/i.test(text.slice(0, text.length - run.length).trim())
      )
        run = run.slice(body[0].length);
      const split = splitRoleFromName(run);
      const prefix = text.slice(0, text.length - run.length).trim();
      // ("The Smiths told MailOnline Travel:": a family or a band, named with its article.)
      // ("the Commission said", "the Bishop said:": one capitalised word after "the" is a body
      // or an office, named as the article names it; "Bishop" alone reads as a surname.)
      if (en`^\p{Lu}\p{Ll}+$`.test(run) && /(?:^|\s)[Tt]he$/.test(prefix))
        return { ref: `the ${run}`, pronoun: false };
      // "speaking in Thailand Hingis", "sources close to President Bush": a name after a
      // preposition is where or whom, not who speaks.
      // ("spokesman for Dell", "MP for Witney" are roles: "for" and "of" stay.)
      if (/(?:^|\s)(?:in|at|on|to|with|by|near|outside|inside|into)$/.test(prefix)) {
        // ("… after a 0-0 tie at Old Trafford and Ancelotti said:": a run joined by "and" after
        // the place opens a new clause on its last name, whose subject speaks.)
        const joined = / and (\S+(?:\s+\S+){0,2})$/.exec(run)?.[1];
        return joined === undefined ? undefined : trailingSpeaker(joined, wholeClause);
      }
      // "Lord Nicholls of | Birkenhead": a peer's title runs across "of"; the whole is the name.
      const peer = PEER_OF.exec(prefix);
      if (peer?.[1]) return { ref: `${peer[1]} ${run}`, pronoun: false };
      // ("a statement issued on behalf of Robert Zoellick said": words issued on someone's
      // behalf are theirs.)
      if (/\bon\s+behalf\s+of$/.test(prefix) && /\s/.test(split.name))
        return { ref: stripHonorific(split.name), role: split.role, pronoun: false };
      // "A spokeswoman for the RAD said": the name is whom the speaker speaks for; the whole
      // description is who speaks (not "RAD, spokeswoman for the").
      if (
        en`^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:for|of|at|from)\s`.test(
          text.trim(),
        )
      ) {
        const whole = text.trim();
        return whole.split(/\s+/).length <= 8 ? { ref: whole, pronoun: false } : undefined;
      }
      if (wholeClause && prefix.split(/\s+/).length > 8) return undefined;
      const role = withModifiers(split.role, prefix) ?? prefixRole(prefix);
      return { ref: stripHonorific(split.name), role, pronoun: false };
    }
  }
  const det = DETERMINED_END.exec(text);
  if (det?.[1] && !(wholeClause && text.length - det[1].length > 60)) {
    // "A senior source at | the club told the BBC": the phrase is the object of a preposition
    // inside the description of who speaks, not the speaker; the whole description is.
    const before = text.slice(0, det.index + det[0].length - det[1].length).trim();
    if (/(?:^|\s)(?:at|of|for|from|in|on|with|to|near|within|inside|close to)$/i.test(before)) {
      const whole = /^(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s.+$/.exec(text.trim())?.[0];
      return whole && whole.split(/\s+/).length <= 8 ? { ref: whole, pronoun: false } : undefined;
    }
    // ("when asked whether he would do the same again replied: …": "the same" is what he would
    // do, no one who speaks.)
    if (NO_ONE.test(det[1])) return undefined;
    return { ref: det[1], pronoun: false };
  }
  return undefined;
}

/** "from the discount phone firm." ending the sentence after a speaker described. */
const WHOSE_END = en`^\s+((?:from|for|of)\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*[.!]?\s*$`;

/** A determined phrase that names no one: "the same", "the rest", "the following". */
const NO_ONE = /^(?:the|a|an|one|another)\s+(?:same|rest|following)\b/i;

/** The speaker right after a verb: `said Ann Park, the transit director`, `said an IAAF spokesman`. */
function speakerAtStart(text: string): Attribution | undefined {
  // ("said its travel editor, Rory Boland": whose role, then the name; the role is shown as
  // the job, "travel editor". Without a name after it, "said his lawyer" names no one.)
  const owned = OWNED_ROLE_THEN_NAME.exec(text) ?? BODY_ROLE_THEN_NAME.exec(text);
  if (owned?.[1] && owned[2] && isBareName(owned[2]))
    return { ref: stripHonorific(owned[2].trim()), role: owned[1], pronoun: false };
  const det = DETERMINED_START.exec(text);
  if (det?.[1]) {
    // ("said the festival's executive director, Craig Prater": the name after the role speaks.)
    const given = /^,\s+([^,]+?)\s*(?:,|$)/.exec(text.slice(det[0].length))?.[1];
    // ("said the group's chair, councillor Priya Nandakumar": a role noun may open the name.)
    const roleNoun = given ? ROLE_THEN_NAME.exec(` ${given}`) : null;
    const named = roleNoun ? given?.slice(roleNoun[0].length - 1) : given;
    if (named && isBareName(named) && !looksLikeRole(named))
      return {
        ref: stripHonorific(named.trim()),
        role: withoutArticle(det[1]),
        pronoun: false,
      };
    // ("read a statement from the discount phone firm.": whose, in the words that end the
    // sentence, belongs to who speaks.)
    const whose = WHOSE_END.exec(text.slice(det[0].length))?.[1];
    return { ref: whose ? `${det[1]} ${whose}` : det[1], pronoun: false };
  }
  // ("said UK Chancellor of the Exchequer Gordon Brown": the office runs across "of the" to
  // its body; the name is after it.)
  const titled = officeThenName(text);
  if (titled) return titled;
  // The name is the capitalised run that ends the phrase, not one inside the role
  // ("Moscow-based US lawyer Jamie Firestone, who…").
  const m = NAME_AT_START.exec(text);
  if (!m?.[2]) return undefined;
  const run = trimRun(m[2]);
  if (!run) return undefined;
  const split = splitRoleFromName(run);
  const rest = text.slice((m[1] ?? '').length + m[2].length);
  const appositive = /^,\s+(.{3,160})$/.exec(rest)?.[1];
  const role =
    withModifiers(split.role, m[1] ?? '') ??
    prefixRole(m[1] ?? '') ??
    (appositive ? appositiveRole(appositive) : undefined);
  // ("said Prof Laura Kreidberg of the Max Planck Institute for Astronomy, who …": the body
  // they are of is their role, after a title that says one; "said Lord Smith of Finsbury": a
  // peer's place is part of the title.)
  const of = OF_BODY_AFTER_NAME.exec(rest)?.[1];
  if (of && !PEER.test(`${run}${rest}`))
    return { ref: stripHonorific(split.name), role: roleWithBody(role, of), pronoun: false };
  return { ref: stripHonorific(split.name), role, pronoun: false };
}

/** Someone named, and whose kin: "Mr Moore's wife", "the Smiths' daughter". */
const KIN_OF_NAMED = en`^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:['’]s|s['’])\s+(?:wife|husband|widow|widower|partner|mother|father|son|daughter|brother|sister|fianc[eé]e?|girlfriend|boyfriend|grandmother|grandfather|aunt|uncle|niece|nephew|cousin|parents|family)$`;
/** "its travel editor, Rory Boland": a possessive, a role noun, then a name. */
const OWNED_ROLE_THEN_NAME = enRegExp(
  String.raw`^(?:its|his|her|their)\s+((?:[\p{Ll}-]+\s+){0,3}?(?:${ROLE_NOUNS})),\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*(?:,|$)`,
  'u',
);
/** "Opera spokeswoman, Berit Hanson": a body's name, a role noun, a comma, then the name. */
const BODY_ROLE_THEN_NAME = enRegExp(
  String.raw`^((?:\p{Lu}[\p{L}'’&.-]*\s+){1,3}(?:[\p{Ll}-]+\s+){0,2}?(?:${ROLE_NOUNS})),\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*(?:,|$)`,
  'u',
);

/**
 * "of the Max Planck Institute", "at Shore Capital": up to a comma or the end, ending on the
 * body's name ("of Novo's punishment" is what they spoke of; "from Leeds" is a home town).
 */
const OF_BODY_AFTER_NAME = en`^\s+((?:of|at)\s+[^,;"“”]{0,80}?\p{Lu}[\p{L}\d&.'’-]*)\s*(?:,|$)`;

/** The subject of a clause that ends in a participle ("Julia admitted …, adding:"). */
/**
 * After a name, a role noun and another name: the first name says whose the role is ("Lib Dem |
 * chairman Matthew Taylor", "Final Wars | producer Shogo Tomiyama"); the person is the second.
 */
// ("Double Olympic champion Kelly Holmes": what she is champion of is no person either.)
export const ROLE_THEN_NAME = enRegExp(
  String.raw`^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${ROLE_NOUNS}|champion|winner|medallist|medalist|record-holder|holder|finalist|runner-up)\s+(?=\p{Lu})`,
  'u',
);
/**
 * The words after the last quotation (blanked, '#') that a new sentence follows: '…, insisting:
 * "He did not say it." The statement added:' → "The statement added:".
 */
function afterQuotation(text: string): string {
  return afterLastMatch(text, QUOTATION_THEN_SENTENCE);
}

/** The text after the last match of a global pattern, or all of it when there is none. */
function afterLastMatch(text: string, pattern: RegExp): string {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index + m[0].length;
  return at >= 0 ? text.slice(at) : text;
}

const QUOTATION_THEN_SENTENCE = en.g`#[#\s]*\s(?=\p{Lu})`;
const WHILE_CLAUSE = en.g`\b(?:while|whereas)\s+(?=\p{Lu})`;
const UNNAMED_SOURCE_START = enRegExp(
  String.raw`^\W*((?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:${ROLE_NOUNS}))\s+(?!(?:for|of|at|to|from)\b)\p{Ll}`,
  'u',
);

const DASH_ASIDE = /\s[-–—]\s(?:who|whose|which|where)\b(?:(?!\s[-–—]\s).){1,160}?\s[-–—]\s/g;

function subjectOf(whole: string): Attribution | undefined {
  // ('… That's insulting." An All England club spokesperson denied …, insisting:': words
  // before a quotation (blanked, '#') that a new sentence follows belong to another sentence.)
  // ("'The mind boggles,' commented Tracy Ayre while Suzi Force believes …, saying:": a
  // clause after "while" has a subject of its own, who goes on to say it.)
  // ("The band - whose self-titled LP was 2004's biggest-selling album - thanked …, adding:":
  // an aside between dashes describes the subject; a name in it is not who speaks.)
  // ("As he arrived at Spain's High Court earlier on Wednesday, Mr Botin greeted the waiting
  // media, saying:": a clause fronted before the subject names where or when, not who.)
  const clause = afterLastMatch(afterQuotation(whole), WHILE_CLAUSE)
    .replace(DASH_ASIDE, ' ')
    .replace(FRONTED_CLAUSE, '');
  // "An All England club spokesperson denied …, insisting:": an unnamed source is the subject,
  // not the capitalised words inside its description.
  const source = UNNAMED_SOURCE_START.exec(clause)?.[1];
  if (source) return { ref: source, pronoun: false };
  // ("The poster shows Mr Howard hypnotising people with a pocket watch, saying:": a thing that
  // opens the clause as its subject says the words; the name after its verb is whom it shows.)
  const thing = THING_SUBJECT_START.exec(clause)?.[1];
  if (thing) return { ref: thing, pronoun: false };
  const pron = /^(?:\W*)(he|she|they|it|we)\b/i.exec(clause);
  if (pron?.[1]) return { ref: pron[1], pronoun: true };
  for (const m of clause.matchAll(NAME_RUNS)) {
    // ("Lib Dem chairman Matthew Taylor has written …": a name before a role noun is whose
    // role it is; the person is the name after it.)
    if (ROLE_THEN_NAME.test(clause.slice(m.index + m[0].length))) continue;
    // ("Amanda's uncle, Lewis Champion, told …": whose uncle is no subject; the name after is.)
    if (/['’]s$/.test(m[0]) || /^['’]s?\s/.test(clause.slice(m.index + m[0].length))) continue;
    const run = trimRun(m[0]);
    if (run) return { ref: stripHonorific(splitRoleFromName(run).name), pronoun: false };
  }
  return undefined;
}

/**
 * A made thing that says something, as a clause's subject before its verb: "The poster shows",
 * "The letter criticised".
 */
const THING_SUBJECT_START =
  /^\W*((?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){0,2}?(?:poster|advert|advertisement|billboard|leaflet|banner|sign|letter|note|message|statement|report|document|video|film|clip|cartoon|picture|image|photo|photograph|campaign|website|page|post|tweet|e-mail|email|book|article|survey|study))\s+(?:[a-z]+ed|shows?|depicts?|features?|pictures?|portrays?|includes?|carries|has|had|bears?|bore|criticises|criticizes|attacks|accuses|urges|warns|tells|told|calls|praises|quotes)\b/;

/** A subordinate clause or a phrase opening the sentence, up to its comma, before more words. */
const FRONTED_CLAUSE =
  /^(?:As|When|While|After|Before|Although|Though|If|Since|Because|Once|Until|Despite|Having|Upon)\b[^,]{0,120},\s+(?=\S+\s+\S)/;

/** Drops sentence-opening words that are not part of a name ("But Greene" -> "Greene"). */
function trimRun(run: string): string | undefined {
  const all = run.split(/\s+/);
  // ("… told ESPNcricinfo But Stewart said": a sentence that lost its full stop; the name
  // starts after the conjunction.)
  // ("In a speech to the Foreign Policy Centre Mr Straw said": a title opens the name; the
  // words before it are another name's.)
  const after = all.findLastIndex((w, i) => i > 0 && /^(?:But|And|However|Yet)$/.test(w)) + 1;
  const title = all.findLastIndex((w, i) => i > 0 && SURNAME_TITLE.test(w));
  const words = all.slice(Math.max(after, title));
  // ("Defiant Matt Williams says he will not quit": an adjective that opens the sentence
  // describes the name after it.)
  if (words.length >= 3 && describesName(words[0] ?? '')) words.shift();
  let titled = false;
  while (words.length > 0 && NOT_NAME_START.has(words[0] ?? '')) {
    titled = SURNAME_TITLE.test(words[0] ?? '');
    words.shift();
  }
  const out = words.join(' ');
  // ("The MP told BBC News:": a seat's title alone after "the" describes someone; it is no name.)
  if (/^(?:MP|MEP|MSP|AM)$/.test(out) && /^the$/i.test(all[all.length - 2] ?? ''))
    return `the ${out}`;
  // ("Mr de Vabres": after a title a particle opens the surname; else it is no name's start.)
  return out === '' || (/^(?:and|de|van|von)$/.test(words[0] ?? '') && !titled) ? undefined : out;
}

/**
 * Whether a capitalised word is an adjective, not a name's first word: "Defiant", "Delighted"
 * (an adjective or a participle, and no proper noun first as written; "Frank", "Rose" are).
 */
export function describesName(word: string): boolean {
  const plain = lexiconTags(word.toLowerCase());
  return (
    plain.includes('JJ') &&
    plain.every((t) => /^(?:JJ|VBN|VBD)$/.test(t)) &&
    !/^NNPS?$/.test(lexiconTags(word)[0] ?? '')
  );
}

/** A title said before a surname alone: "Mr Straw", "Dr Cumberbatch". */
const SURNAME_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/;

/** "Scotland's Deputy First Minister John Swinney" -> role up to the title word, then the name. */
export function splitRoleFromName(run: string): { name: string; role?: string | undefined } {
  const t = splitTitle(run);
  return { name: t.name, role: t.title };
}

/**
 * A role without its article ("the festival's executive director" → "festival's executive
 * director" would read as a name's): kept, in lower case, before a common noun's possessive
 * ("The charity's head of HIV/Aids" → "the charity's head of HIV/Aids").
 */
function withoutArticle(role: string): string {
  if (en`^[Tt]he\s+\p{Ll}[\p{L}-]*['’]s?\s`.test(role)) return role.replace(/^The\b/, 'the');
  return role.replace(/^(?:the|a|an)(?:\s+|$)/i, '');
}

/** The role words just before a name ("NASA chief scientist" Ellen Stofan). */
function prefixRole(prefix: string): string | undefined {
  const words = prefix.split(/\s+/).filter(Boolean);
  let start = Math.max(0, words.length - 6);
  for (let i = words.length - 1; i >= start; i--) {
    if (
      /^(?:that|but|then|when|where|which|while|after|before|because|and|as|by|from|with|to|said|says|told|,)$/i.test(
        words[i] ?? '',
      ) ||
      /[,;:.]$/.test(words[i] ?? '')
    ) {
      // ("Richard and | Judy executive producer Amanda Ross": a name of two joined by "and",
      // whose the role after it is, goes whole.)
      const joined =
        /^and$/i.test(words[i] ?? '') &&
        en`^\p{Lu}\p{Ll}+$`.test(words[i - 1] ?? '') &&
        en`^\p{Lu}`.test(words[i + 1] ?? '') &&
        words.slice(i + 1).some((w) => en`^\p{Ll}`.test(w));
      // ("said chairman and chief executive officer Bill Ford": two offices joined by "and" are
      // one role; the scan goes on before the first.)
      if (/^and$/i.test(words[i] ?? '') && ROLE_NOUN_WORD.test(words[i - 1] ?? '')) {
        start = Math.max(0, i - 3);
        continue;
      }
      start = joined ? i - 1 : i + 1;
      // ("After the game Ancelotti said:": what a fronted preposition opens is when or where,
      // no role, unless it names one.)
      if (
        i === 0 &&
        /^(?:after|before|by|from|with|to)$/i.test(words[0] ?? '') &&
        !looksLikeRole(words.slice(1).join(' '))
      )
        return undefined;
      break;
    }
  }
  // ("the IAAF said": an article alone is no role; "Last week Lord Goldsmith said": nor is
  // when.)
  const role = withoutArticle(words.slice(start).join(' ').replace(TIME_BEFORE_NAME, ''));
  const last = words.at(-1) ?? '';
  // ("according to research Prudential pensions specialist Clare Moffat": a noun of the
  // sentence before, its full stop lost, is no part of the role that a name after it opens.)
  const lead = en`^(\p{Ll}+)\s+\p{Lu}`.exec(role)?.[1];
  if (lead !== undefined && strayNoun(lead)) return prefixRole(role.slice(lead.length));
  // ("… was fined after he returned 56 minutes late Richard Lloyd, executive director of …": a
  // caption glued before the name; words with a subject pronoun are a clause, not a role.)
  if (/\b(?:he|she|they|we|it)\b|\bI\b/.test(role)) return undefined;
  return role !== '' && /^[a-z]/.test(last) && !/'s$|’s$/.test(last) ? role : undefined;
}

/** A common noun that is no modifier of a role: "research", not "former", "shadow", "top". */
function strayNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return (
    tags[0] === 'NN' &&
    !tags.includes('JJ') &&
    !MODIFIER_WORD.test(word) &&
    !ROLE_WORD_NOUN.test(word)
  );
}
const ROLE_WORD_NOUN = new RegExp(`^(?:${ROLE_NOUNS})$`);
const MODIFIER_WORD = new RegExp(`^${MODIFIER}$`);

function isBareName(part: string): boolean {
  return BARE_NAME.test(part.trim()) && !!trimRun(part.trim());
}

function looksLikeAppositive(part: string): boolean {
  return /^(?:who|a|an|the|[a-z])/.test(part.trim());
}

function appositiveRole(part: string): string | undefined {
  const whole = part.trim().replace(/[.,]$/, '');
  // ("Serena Williams, who is also in Dubai,": where they are is no role.)
  // ("Councilmember Tom Brandt, who represents much of the corridor and voted against the
  // plan,": what he does there, where the title before the name says who he is.)
  // ("Passenger Maria Lopez, who was stranded at Gatwick,": what befell them is no role.)
  if (
    /^who\b/.test(whole) &&
    (!WHO_CLAUSE.test(whole) ||
      /^who represents\b/.test(whole) ||
      PLACE_OPENING.test(statedRole(whole)) ||
      PAST_VERB_OPENING.test(statedRole(whole)))
  )
    return undefined;
  const t = statedRole(whole);
  // ("Lord Nicholls of Birkenhead, in his ruling, said": where or how he said it, no role.)
  if (
    /^(?:in|on|at|during|after|before|with|to|by|speaking|writing|talking|as|when|while|if)\b/.test(
      t,
    )
  )
    return undefined;
  return t.split(/\s+/).length <= 20 ? t : undefined;
}

export function stripHonorific(name: string): string {
  return name.replace(HONORIFIC_START, '').trim();
}

export function isPronoun(ref: string): boolean {
  return PRONOUN.test(ref);
}

/** The last match of a global pattern in `text`, if any. */
export function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(pattern)) last = m;
  return last;
}
