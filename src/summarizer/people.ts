import { TIME_BEFORE_NAME, WEEKDAYS } from './dates.js';
import { en, enRegExp } from './letters.js';
import { lexiconTags } from './pos/tag.js';
import type { Sentence } from './prepare.js';

/**
 * Who is who in an article: named people with the role the article gives them
 * ("Jane Roe, an economist at …", "finance ministry spokesman John Doe").
 * Used to name and describe the speakers of quotes.
 */
export interface Person {
  readonly name: string;
  readonly role?: string | undefined;
  /** Sentence id of the first mention. */
  readonly firstSeen: number;
}

/** The last word of a name: "Roddick" of "Andy Roddick" ('' for none). */
export function surnameOf(name: string): string {
  return name.split(/\s+/).at(-1) ?? '';
}

/**
 * A name of two to four words. Letters of any alphabet's case ("Makrus Åsberg", "José Müller"),
 * so the patterns that use it carry the u flag.
 */
// ("Renaud Donnedieu de Vabres": four words with a particle, never ending on one.)
// (A middle initial may lack its full stop, "Walter M Phillips Jr", when a name word follows.)
/**
 * A capitalised word of a name: "Smith", "Louis-Dreyfus", and a surname's prefix before a
 * second capital, "McGeough", "MacArthur", "DiCaprio", "LeBron", "O'Neill", "D'Arcy". (The
 * prefixes by name: any short run of letters before a capital cost findPeople, whose patterns
 * read names at every capital of every sentence, about a seventh more time.)
 */
const NAME_WORD = String.raw`(?:(?:Mc|Mac|Di|De|Le|La|[OD]['’])\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+)(?:[-'’]\p{Lu}?\p{Ll}+)?`;
const NAME = String.raw`(?:${NAME_WORD}|\p{Lu}\.)(?:\s+(?:${NAME_WORD}|\p{Lu}\.|(?![AI]\s)\p{Lu}(?=\s+\p{Lu}\p{Ll})|(?:de|van|von|bin)\s+\p{Lu}\p{Ll}+|al-\p{Lu}\p{Ll}+)){1,3}`;
/** Parties named before a role or a name: "Tory leader", "Lib Dem Norman Baker". */
const PARTIES =
  'Tory|Labour|Conservative|Liberal Democrat|Lib Dem|Republican|Democratic|Democrat|SNP|UKIP|Green|Plaid';
/** Lower-case role nouns that can precede a name: "spokesman Geng Shuang". */
export const ROLE_NOUNS =
  'spokesman|spokeswoman|spokesperson|minister|secretary|director|president|chairman|chairwoman|chief|head|leader|professor|analyst|expert|economist|researcher|official|envoy|ambassador|diplomat|commissioner|governor|senator|mayor|archbishop|bishop|lawyer|attorney|coach|manager|captain|judge|general|officer|founder|executive|editor|correspondent|specialist|strategist|adviser|advisor|negotiator|deputy|partner|councillor|councilmember|superintendent|producer|author|trainer|jockey|visitor|source|sheriff|coroner|prosecutor|magistrate|detective|inspector|sergeant|frontman|frontwoman|guitarist|drummer|bassist|vocalist';
/** Occupations that open a sentence before a full name: "Singer George Michael has said …". */
export const OCCUPATIONS =
  'singer|actor|host|actress|star|musician|rapper|comedian|presenter|broadcaster|model|designer|writer|novelist|poet|artist|painter|photographer|chef|striker|midfielder|defender|goalkeeper|winger|wing|forward|goalscorer|playmaker|keeper|flanker|hooker|prop|batsman|spinner|hurdler|bowler|driver|rider|boxer|golfer|athlete|sprinter|runner|cyclist|skier|swimmer|dancer|composer|songwriter|guitarist|drummer|producer|conductor|film-maker|filmmaker|businessman|businesswoman|entrepreneur|tycoon|billionaire|millionaire';
/**
 * The offices read before a name ("QPR boss Chris Ramsey"): ROLE_NOUNS and "boss", which is a
 * role there but no office that "the boss" finds a person by (the story's own manager is "the
 * boss" of a story that names another club's); and occupations, "Utah photographer Alan
 * Lawrence", "YouTube star Promise Tamang" (not "host", a verb there: "Arsenal host Manchester
 * United").
 */
const NAME_ROLE_NOUNS = `${ROLE_NOUNS}|boss|${OCCUPATIONS.replace('|host', '')}`;
/**
 * Singular nouns of a person: a pronoun can stand for one ("Child was rescued by his parents"),
 * and a name after one is theirs ("Mama June's daughter Jessica").
 */
export const PERSON_NOUN =
  /^(?:man|woman|boy|girl|child|baby|teenager|father|mother|son|daughter|husband|wife|brother|sister|widow|star|singer|actor|actress|player|boss|striker|midfielder|defender|goalkeeper|keeper|winger|forward|batsman|bowler|rider|driver|jockey|boxer|fighter|golfer|athlete|sprinter|runner|swimmer|cyclist|skier|veteran|youngster|pupil|musician|comedian|model|dancer|chef|pilot|passenger|resident|soldier|prisoner|inmate|defendant|artist|author|writer|rapper|presenter|host|victim|suspect|owner|pensioner|student|teacher|doctor|nurse|worker|fan|customer|patient|mum|dad|grandmother|grandfather)$/i;
/** One word of an office, in any case: "chairman", "President". */
export const ROLE_NOUN_WORD = new RegExp(`^(?:${ROLE_NOUNS})$`, 'i');
/** An office in a role's first six words: "Halifax chief economist", "Labour MP for …". */
const BODY_OFFICE = new RegExp(
  String.raw`^(?:\S+\s+){0,5}?(?:[a-z]+-)?(?:${ROLE_NOUNS}|boss|co-?ordinator|MP|MEP|MSP|CEO)\b`,
  'i',
);
// (Or a body's capitalised name before a lower-case role: "Martin Ellis, Halifax chief
// economist, said".)
const APPOSITIVE = enRegExp(
  String.raw`(?<![\p{L}\p{N}_])(${NAME}),\s+((?:a|an|the|who is|[a-z]|(?:\p{Lu}[\p{L}&'’.-]*\s+){1,3}(?=\p{Ll}))[^,;"“”]{3,140}?),`,
  'gu',
);
/**
 * A role, whose it is or "the", then the name set off by commas: "Northsound's chief executive,
 * Peter Dunmore, apologised", "The club's manager, Jo Reyes, said", "The economy minister,
 * Salma Dabbashi, said", "The country's new president, Mikhail Saakashvili,", "The G8's
 * chairman, …", "The Scottish Conservative Party leader, David McLetchie,", "Rangers' manager,
 * …". Group 1 the role, 2 the name.
 */
const ROLE_COMMA_NAME = enRegExp(
  String.raw`(?<![\p{L}\p{N}_'’-])((?:(?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}?\p{Lu}[\p{L}\p{N}&.-]*['’]s?|[Tt]he(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\s+(?:[\p{Ll}-]+(?:['’]s)?\s+){0,2}?(?:${ROLE_NOUNS})),\s+(${NAME}),`,
  'gu',
);
/** "… said Sarah Pennells, a director at …", "says", "according to": the name and its role. */
const SAYING_WORD = /\b(?:said|says|according to)\s/;
const AFTER_SAID = enRegExp(
  String.raw`\b(?:said|says|according\s+to)\s+(${NAME}),\s+((?:a|an|the|[a-z]|(?:\p{Lu}[\p{L}&'’.-]*\s+){1,4}(?=\p{Ll}))[^;"“”]{3,160}?)\.?$`,
  'u',
);
/**
 * "… said Sarah Pennells of the charity Fair Energy.": whom they are of, without a comma, up to
 * the first comma ("said Jamie Graham of Total Film, a position shared by …" is of Total Film),
 * ending on the body's name; not what they spoke of ("said Alex McLeish of Novo's punishment").
 */
const OF_AFTER_SAID = enRegExp(
  String.raw`\bsaid\s+(${NAME})\s+(of\s+[^,;"“”]{0,80}?\p{Lu}[\p{L}\d&.'’-]*?)(?:,|\.?$)`,
  'u',
);
/** The verbs OF_BEFORE_SAID ends on; tested alone first, as a cheap test. */
const OF_SAYING_VERBS = 'said|says|told|added|warned|argued';
const SAID_OF_BEFORE = new RegExp(`\\b(?:${OF_SAYING_VERBS})\\b`);
/**
 * "Peter Saunders of the CMF said", "Brett Lock of gay group OutRage! said": whom they are of,
 * between the name and its verb of saying.
 */
const OF_BEFORE_SAID = enRegExp(
  String.raw`(?<![\p{L}\p{N}_'’-])(${NAME})\s+(of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}[\p{L}\d&.'’!-]*(?:\s+\p{Lu}[\p{L}\d&.'’!-]*){0,4})\s+(?:has\s+)?(?:${OF_SAYING_VERBS})\b`,
  'u',
);
/**
 * A role before a name: "Tory co-chairman Liam Fox", "Ex-foreign secretary Robin Cook",
 * "actor-director Terry Palmer" (never the end of a hyphened word alone: "co-|chairman" is
 * another office; and no preposition or article inside it: "win favour with new chairman Jim
 * Mann" gives "new chairman"; "and" only between offices, "president and chief executive"; no
 * helper or modal: "Navratilova will partner Nathalie Dechy" gives no role).
 */
const PRE_ROLE = enRegExp(
  String.raw`(?<![\w'’-])((?:(?:Shadow|Former|Acting|Interim|Deputy|Assistant|Junior|Senior|Chief|Managing|Vice|Executive)\s+|[Ee]x-)?(?:(?:${PARTIES})\s+)?(?:(?:${ROLE_NOUNS})\s+and\s+|(?!(?:with|to|in|on|at|by|from|for|of|and|or|as|than|the|a|an|against|about|over|after|before|into|during|under|between|without|through|will|would|can|could|shall|should|may|might|must|has|have|had|is|are|was|were|be|been|do|does|did|when|while|where|if|because|since|until|whose|who|which|that|his|her|their|its|our|my|your)\s)[a-z][\w-]*\s+){0,3}(?:[a-z]+-)?(?:${NAME_ROLE_NOUNS}))\s+(${NAME})(?![\p{L}\p{N}_])`,
  'gu',
);
/** "Former Labour", "Shadow Tory": what makes the role after it another, with a party's name. */
const FORMER_BEFORE = en`\b((?:Former|former|Shadow|shadow|Acting|acting|Ex-|ex-)\s*(?:\p{Lu}[\p{L}'’-]+\s+){1,2})$`;
/**
 * A body's capitalised name just before a role, after a lower-case word, a comma, a dash ("…
 * matches - Ireland coach Eddie O'Sullivan") or a sentence's start.
 */
// (Not the end of a longer name: "Bank of | England", "British and | Irish Lions", "The Passion of
// the | Christ", "Transport & General Worker's | Union"; nor an opener, "Earlier", "Said"; but a
// sentence's connective may come first: "But Fair Trials Abroad director Stephen Jakobi"; and
// the name may hold "of": "Association of Chief Police Officers president Chris Fox"; after
// "on", "by" or "from" the body is whose the role is: "the pressure is on Scotland coach Matt
// Williams", "stern words from Fed chief Alan Greenspan".)
const BODY_BEFORE = en`(?:^|(?<=(?:^|\s)\p{Ll}[\p{Ll}-]*|[,;–—-]|^(?:But|And|Yet|So|Now|Meanwhile|Also))(?<!\b(?:of|and|the|for|at|de|du|la|le|von|van|to|in|with))\s+)(?!(?:The|But|And|In|On|At|As|If|When|While|After|Before|This|That|Yesterday|Today|Meanwhile|However|Now|Then|Earlier|Later|Said|Says|Also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s)((?:\p{Lu}[\p{L}&.-]*(?:['’]s?)?\s+(?:of\s+(?:the\s+)?)?){0,3}\p{Lu}[\p{L}&.-]*(?:['’]s?)?\s+)$`;
const LEADING_VERBS =
  /^(?:(?:said|says|told|replied|added|warned|wrote|explained|insisted|argued|noted|according|and|but|with|by|to|for|from|as)\s+)+/;
const BODY_SPOKEN_FOR = en`^(?:for|from)\s+(?:the\s+)?\p{Lu}`;
const ROLE_BEFORE_NAME = enRegExp(`(?:${NAME_ROLE_NOUNS})\\s+\\p{Lu}`, 'u');
const ROLE_COMMA_BEFORE_NAME = enRegExp(`(?:${ROLE_NOUNS}),\\s+\\p{Lu}`, 'u');
/** Lower-case words inside a name: "Jurgen den Hartog", "Ludwig van Beethoven". */
export const NAME_PARTICLES = 'van|von|de|der|den|ten|ter|du|da|dos|del|di|le|la|bin|al';
/** A particle that ends a run: "Renaud Donnedieu | de". */
const PARTICLE_END = new RegExp(`\\s+(?:${NAME_PARTICLES})$`);
const CAPITALISED_RUN = enRegExp(
  String.raw`(?<![\p{L}\p{N}_])\p{Lu}[\p{L}\p{N}_.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}_'’.-]*|${NAME_PARTICLES})){1,6}`,
  'gu',
);
/** Capitalised words that open sentences, not names. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'The',
  'But',
  'And',
  'In',
  'On',
  'At',
  'As',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'This',
  'That',
]);

/**
 * A connective, adverb or preposition run into a name from the sentence's start: "Yet Evan
 * Mann", "For Rick Dean, director of business development …".
 */
const CONNECTIVE_BEFORE_NAME =
  /^(?:But|And|Yet|So|Now|Still|Meanwhile|However|Then|Also|Later|Earlier|Instead|Indeed|Nevertheless|For|With|From|To|By|Like|Unlike|Including|Against|Among)\s+(?=\S+\s+\S)/;

const PAIRING_WORD = /^(?:Both|Either|Neither)\s+/;

/** An occupation opening a run before a full name of two words or more: "Actor Keanu Reeves". */
const OCCUPATION_BEFORE_NAME = new RegExp(`^(?:${OCCUPATIONS})\\s+(?=\\S+\\s+\\S)`, 'i');
/**
 * An occupation that no name of two words opens on, before a single name: "Model Caprice",
 * "Rapper Eminem" (not "Star Wars", "Forward Planning": positions and "star" are left out).
 */
export const OCCUPATION_BEFORE_MONONYM = en`^(?:Singer|Actor|Actress|Musician|Rapper|Comedian|Presenter|Model|Designer|Novelist|Poet|Painter|Photographer|Chef|Dancer|Composer|Songwriter|Guitarist|Drummer|Businessman|Businesswoman|Entrepreneur|Tycoon)\s+(?=\p{Lu}\p{Ll}+$)`;

/**
 * A party's name before a full name of two words or more: "Lib Dem Norman Baker", with a word
 * before it that qualifies it: "Fellow Lib Dem Norman Baker".
 */
export const PARTY_BEFORE_NAME = new RegExp(
  `^(?:[A-Z][a-z]+\\s+)?(?:${PARTIES})\\s+(?=\\S+\\s+\\S)`,
);

/** A role of one lower-case word, which says no one's: "chief", "boss", "spokesman". */
const BARE_ROLE = /^[a-z][\w-]*$/;
/**
 * A role that says whose it is: a capitalised body, then a lower-case office ("Federal Reserve
 * chairman").
 */
const WHOSE_ROLE = /^(?:[A-Z][\w&'’.-]*\s+){1,4}[a-z][\w-]*(?:\s+[a-z][\w-]*)?$/;

export function findPeople(sentences: readonly Sentence[]): Person[] {
  const people = new Map<string, Person>();
  const add = (rawName: string, rawRole: string | undefined, id: number) => {
    // ("Yet Evan Mann, a senior bond analyst, said …": the connective opens the sentence.)
    // ("Lib Dem Norman Baker, the party's environment spokesman,": the party is no part of the name.)
    // ("Actor Keanu Reeves, best known for …,": the occupation is no part of the name either.)
    const titled = splitTitle(
      rawName
        .replace(CONNECTIVE_BEFORE_NAME, '')
        .replace(PARTY_BEFORE_NAME, '')
        .replace(OCCUPATION_BEFORE_NAME, '')
        .replace(OCCUPATION_BEFORE_MONONYM, ''),
    );
    // ("Renaud Donnedieu de": a run cut after a particle ends before it.)
    const clean = titled.name.replace(PARTICLE_END, '');
    // "replied opposition leader Sam Kerr": the verb before the role is not part of it.
    // ("Vincent Cable, for the Liberal Democrats,": whom they speak for or come from keeps its
    // preposition; "the Liberal Democrats" alone would make him the party.)
    // ("said Trooper James Schmidt of the Colorado State Patrol": the title and whom they are of.)
    const raw = rawRole?.startsWith('of ')
      ? roleWithBody(titled.title, rawRole)
      : (rawRole ?? titled.title);
    // ("Both Culture Secretary Tessa Jowell and …": a word that pairs two people is no role.)
    const paired = raw?.replace(PAIRING_WORD, '');
    const role =
      paired && BODY_SPOKEN_FOR.test(paired) ? paired : paired?.replace(LEADING_VERBS, '');
    if (SENTENCE_OPENERS.has(clean.split(/\s+/)[0] ?? '')) return;
    const existing = people.get(clean);
    if (!existing) people.set(clean, { name: clean, role: role?.trim(), firstSeen: id });
    // ("from Fed chief Alan Greenspan", then "Federal Reserve chairman Alan Greenspan": a bare
    // role noun gives way to a role that says whose.)
    else if (
      role &&
      (!existing.role || (BARE_ROLE.test(existing.role) && WHOSE_ROLE.test(role.trim())))
    )
      people.set(clean, { ...existing, role: role.trim() });
  };
  for (const s of sentences) {
    // Cheap tests first, each passed by every match of the pattern after it: an appositive
    // needs a comma, "said Name, …" its "said", and a capitalised run gives a person only
    // with a title before a name.
    if (s.text.includes(','))
      for (const m of s.text.matchAll(APPOSITIVE)) {
        const role = m[2] ?? '';
        const stated = statedRole(role);
        // ("Arsene Wenger, who was fined £15,000 in December …": what befell them is no role.)
        // ("Serena Williams, who is also in Dubai,": where they are is none either.)
        // ("John Nelms, who was accompanied in court by players including captain James
        // McPake,": a role noun inside what befell them makes it no role.)
        // ("Last October, Arsenal lost 2-0 at Old Trafford,": a role that opens on a capital is
        // a body's name before an office, "Halifax chief economist", or no role.)
        if (
          WHO_CLAUSE.test(role)
            ? !PAST_VERB_OPENING.test(stated) && !PLACE_OPENING.test(stated)
            : looksLikeRole(role) && (!/^[A-Z]/.test(role) || BODY_OFFICE.test(role))
        ) {
          add(m[1] ?? '', stated, s.id);
        }
      }
    // (Cheap tests first, passed by every match: whose the role is, then the role noun and its
    // comma before a name.)
    if (ROLE_COMMA_BEFORE_NAME.test(s.text))
      // ("Yesterday Argentina's economy minister, Roberto Lavagna,": when is no part of it.)
      for (const m of s.text.matchAll(ROLE_COMMA_NAME))
        add(m[2] ?? '', m[1]?.replace(TIME_BEFORE_NAME, '').replace(/^The\s/, 'the '), s.id);
    const said = SAYING_WORD.test(s.text)
      ? (AFTER_SAID.exec(s.text) ?? OF_AFTER_SAID.exec(s.text))
      : null;
    if (said && looksLikeRole(said[2] ?? '')) add(said[1] ?? '', said[2], s.id);
    // (Not a body's name read as a person's: "Royal Bank of Scotland said".)
    const of =
      s.text.includes(' of ') && SAID_OF_BEFORE.test(s.text) ? OF_BEFORE_SAID.exec(s.text) : null;
    if (of && !ORGANISATION_WORDS.test(of[1] ?? '')) add(of[1] ?? '', of[2], s.id);
    // A cheap test first: the full pattern backtracks at every word.
    if (ROLE_BEFORE_NAME.test(s.text))
      for (const m of s.text.matchAll(PRE_ROLE)) {
        // ("Former Labour leader Lord Kinnock": "Former" and the party before the role.)
        const before = s.text.slice(Math.max(0, m.index - 40), m.index);
        // ("Police Federation chairman Jan Berry", "Tesco chief executive Terry Leahy": the body
        // named before the role is whose role it is.)
        const former = FORMER_BEFORE.exec(before) ?? BODY_BEFORE.exec(before);
        // ("said former Labour leader Neil Kinnock": lower-case words before the party qualify it.)
        add(
          m[2] ?? '',
          former ? `${former[1]?.trim()} ${m[1]}` : withModifiers(m[1], before),
          s.id,
        );
      }
    if (TITLE_BEFORE_NAME.test(s.text))
      for (const m of s.text.matchAll(CAPITALISED_RUN)) {
        const t = splitTitle(`${departmentBefore(s.text, m.index)}${m[0]}`);
        // ("Archbishop of Canterbury Dr Rowan Williams": the place before an honorific ends the
        // office that "of" opened before the run, which is the role, not "Canterbury Dr".)
        const office = t.title?.includes(' ')
          ? OFFICE_OF.exec(s.text.slice(Math.max(0, m.index - 40), m.index))
          : null;
        const honorific = /\s(?:Dr|Sir|Dame|Mr|Mrs|Ms)$/.exec(t.title ?? '');
        if (office && honorific && t.title)
          add(t.name, `${office[0]}${t.title.slice(0, honorific.index)}`, s.id);
        // ("former independent MP Martin Bell": the lower-case words before the run qualify it.)
        else if (t.title)
          add(
            t.name,
            withModifiers(t.title, s.text.slice(Math.max(0, m.index - 40), m.index)),
            s.id,
          );
      }
  }
  return [...people.values()];
}

/**
 * The words of a department joined by "and" that end right before `at`: "Work and " of "Work
 * and Pensions Secretary Alan Johnson", "Culture, Media and ". Each is a common noun, and they
 * open the capitalised words: "Tony Blair and | Foreign Secretary Jack Straw" are two people.
 */
function departmentBefore(text: string, at: number): string {
  const m = DEPARTMENT_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (!m?.[1]) return '';
  const words = m[1].match(en.g`\p{Lu}\p{Ll}+`) ?? [];
  return words.every((w) => lexiconTags(w.toLowerCase()).some((t) => /^NNS?$/.test(t))) ? m[1] : '';
}
const DEPARTMENT_BEFORE = en`(?:^|[^\p{L}\s]\s*|\s\p{Ll}+\s+)((?:\p{Lu}\p{Ll}+,\s+){0,2}\p{Lu}\p{Ll}+\s+and\s+)$`;

/** An office and its "of" before a capitalised run: "Archbishop of ", "Mayor of the ". */
const OFFICE_OF = en`\p{Lu}\p{Ll}+\s+of\s+(?:the\s+)?$`;

const ROLE_WORD = new RegExp(String.raw`\b(?:${ROLE_NOUNS}|at|of|for)\b`);

export function looksLikeRole(role: string): boolean {
  return (
    ROLE_WORD.test(role) &&
    role.split(/\s+/).length <= 25 &&
    !CLAUSE_OPENING.test(role) &&
    !CLAUSE_VERB.test(role) &&
    !PAST_VERB_OPENING.test(role) &&
    // ("Mr Khalil, for his part, says …": an aside of the sentence, not who they are.)
    !ASIDE.test(role) &&
    // ("Standard Trust, at separate meetings yesterday, approved …": when or where, not who;
    // "at Citigroup Global Markets" names whom they work for.)
    !en`^(?:at\s+(?!\p{Lu})|(?:in|on|during|from|by|with|without|under|over|into|after|before|since|until)\s)`.test(
      role,
    )
  );
}

/**
 * A title before a name and the body they are "of" or "at", as one role: "trooper of the
 * Colorado State Patrol", "professor of the Max Planck Institute"; "Dr", "Mr" say no role of
 * their own, so the body alone.
 */
export function roleWithBody(title: string | undefined, body: string): string {
  if (title === undefined || /^(?:Dr|Mr|Mrs|Ms|Miss)\.?$/.test(title)) return body;
  // (A title of one word is a common noun before the body; "ING analyst" keeps its capitals.)
  const shown = /^Prof\.?$/.test(title)
    ? 'professor'
    : /\s/.test(title)
      ? title
      : title.toLowerCase();
  return `${shown} ${body}`;
}

/** An aside set off by commas after a name: "for his part", "for example", "of course". */
const ASIDE =
  /^(?:for (?:(?:his|her|their|its|our|my|your) part|example|instance|now|once|sure|good measure)|of course)$/i;

/** A relative clause after a name that says who the person is: "who is …", "who chairs …". */
export const WHO_CLAUSE =
  /^who (?:is|was|has been|chairs|leads|heads|runs|directs|represents|founded|owns|coaches|manages)\b/;
/**
 * Where a "who is" role is: "in Dubai", "at the scene" (not "in charge of …"; "on Labour's
 * ruling NEC" is a seat).
 */
export const PLACE_OPENING = /^(?:in|at|from|among|near|inside|outside)\s(?!charge\b)/;
/** The office a verb of a relative clause names: "who chairs the committee", its chair. */
const OFFICE_OF_VERB: Readonly<Record<string, string>> = {
  chairs: 'chair',
  heads: 'head',
  leads: 'leader',
  directs: 'director',
  coaches: 'coach',
  manages: 'manager',
  owns: 'owner',
  founded: 'founder',
};

/**
 * The role a "who" clause states, as a phrase that can stand after the name: "who is also an
 * officer" -> "an officer", "who chairs the Transport Select Committee" -> "chair of the
 * Transport Select Committee" (not "chairs the …", a verb where a role belongs).
 */
export function statedRole(role: string): string {
  const office =
    en`^who (chairs|heads|leads|directs|coaches|manages|owns|founded) (?=the |a |an |\p{Lu})`.exec(
      role,
    );
  if (office) return `${OFFICE_OF_VERB[office[1] ?? '']} of ${role.slice(office[0].length)}`;
  // ("Jeff Sessions, who has been a leader in the immigration debate,": what he has been and
  // still is.)
  return role.replace(/^who (?:is|was|has been|have been) (?:also |now |still |long )?/, '');
}

/**
 * "…, jumped off a cruise ship off the coast of Brazil": a past tense and its preposition open
 * a predicate, not a role ("retired footballer", "elected mayor" are roles).
 */
export const PAST_VERB_OPENING = en`^\p{Ll}+ed\s+(?:(?:off|to|from|in|into|on|onto|at|out|up|down|away|back|over|with|by|for|through|across|after)\b|[£$€\d])`;

/**
 * Words next to a name that are a clause, not a role: "But when asked if Gerrard would be a
 * Liverpool player …, Parry said:", "Called Speegle, it has the look of …", "… one of the
 * founders has been into electronic music". A relative clause is a role's ("a professor …
 * who has studied bus lines").
 */
// ("A Different Story, which is being shown at the Berlin Film Festival,": "which" is a thing's.)
const CLAUSE_OPENING =
  /^(?:but|and|so|yet|when|while|as|after|before|if|asked|speaking|responding|although|though|since|because|it|he|she|they|we|is|are|was|were|has|have|had|would|could|will|should|which|where)\b/i;
const CLAUSE_VERB =
  /\b(?:if|whether|would|could|should|will)\b|(?<!\b(?:who|which|that|whose \S+)\s)\b(?:has|have|had|is|are|was|were)\b/i;

/** Words that make a capitalised run a place, an event or an organisation, not a person. */
export const ORGANISATION_WORDS =
  /\b(?:Open|Masters|Prix|Real|Programme|Network|Connection|Express|Live|Hour|Countdown|Rights|Zoo|Club|Council|University|Party|Democrats?|Republicans?|Conservatives?|Labour|Hospital|Court|Courts|Commerce|Office|Department|Ministry|Street|Road|Avenue|Boulevard|Drive|Plaza|Springs|Heights|Valley|Bay|Beach|Harbour|Harbor|Canyon|Mountains|Falls|Palace|Cathedral|Abbey|Arena|Theatre|Theater|Park|Centre|Center|Stadium|School|College|Institute|Group|Bank|Company|Corporation|Inc|Ltd|News|Times|Post|Mail|Telegraph|Guardian|Airport|Station|Hall|Square|Museum|Gallery|MPs|Cup|League|Championships?|Prize|Awards?|Festival|Series|Show|Games|Olympics|National|Kingdom|States|Republic|Union|Island|Islands|Ocean|Sea|River|County|City|Town|Village|State|Province|Service|Agency|Commission|Committee|Authority|Prosecutions?|Board|Force|Army|Navy|Police|Team|United|Rovers|Athletic|Albion|Association|Federation|Foundation|Society|Fund|North|South|East|West|America|Europe|Africa|Asia|Australia|Pacific|Atlantic|Middle|Britain|Zealand|Kong|Korea|Lanka|Arabia|Emirates|York|Jersey|Orleans|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Maid|Act|Parliament|Assembly|Senate|Congress|Government|Secretary|Minister|President|Prime|Deputy|Chief|Executive|Treasury|Exchequer|Studios?|Records|Pictures|Films|Entertainment|Media|Software|Labs|Systems|Technologies|Networks|Holdings|Partners|Airlines|Airways|Motors|Industries|Electronics|Communications|Telecom|Pharmaceuticals|Commons|Lords|Affairs|Families|Communities|Pensions|Securities|Investments|Insurance|Capital|Corp|plc|PLC)\b/;

/** Finds the person a short reference ("Roe", "Jane") points to. */
export function resolvePerson(people: readonly Person[], ref: string): Person | undefined {
  // ("Lady Boothroyd said …" after "Baroness Boothroyd, who was the first woman to be Commons
  // Speaker": a baroness is called Lady too; one person, named as the article first did.)
  const peeress = PEERESS.exec(ref)?.[1];
  if (peeress !== undefined) {
    const named = people
      .filter((p) => PEERESS.exec(p.name)?.[1] === peeress)
      .sort((a, b) => a.firstSeen - b.firstSeen)[0];
    if (named) return named;
  }
  // ("Mr Hardy, a close friend of Richard Burton," after "Veteran actor Robert Hardy": a title
  // and a surname are the person whose full name ends with it, where the article gives one.)
  // ("Professor Curtice" after "John Curtice"; "Gen Musharraf told the BBC" after "President
  // Musharraf of Pakistan", named by his surname alone: the title apart.)
  const surname = TITLE_AND_SURNAME.exec(ref)?.[1];
  if (surname !== undefined) {
    // ("Mr McCabe" after "Tom McCabe MSP": the letters after a name are no part of it; "Mr
    // Montieth" after "David Monteith": nor is a slip of the copy.)
    // (One pass: the first whose surname is the same, else the one name a slip away.)
    let same: Person | undefined;
    let slip: Person | undefined;
    const slips = new Set<string>();
    for (const p of people) {
      const tokens = p.name.split(/\s+/);
      while (tokens.length > 2 && POST_NOMINAL_WORD.test(tokens.at(-1) ?? '')) tokens.pop();
      const last = tokens.at(-1) ?? '';
      if (tokens.length < 2 || TITLE_AND_SURNAME.test(p.name)) continue;
      if (last === surname) {
        same = p;
        break;
      }
      if (misspells(surname, last)) {
        slip ??= p;
        slips.add(p.name);
      }
    }
    const bare =
      same ?? (slips.size === 1 ? slip : undefined) ?? people.find((p) => p.name === surname);
    if (bare) return bare;
  }
  const parts = ref.split(/\s+/);
  const exact = people.find((p) => p.name === ref);
  // A full name wins; a bare first name or surname ("Julia") is the full name given for it.
  if (exact && parts.length > 1) return exact;
  const fullers = people.filter((p) => {
    const tokens = p.name.split(/\s+/);
    return (
      tokens.length > parts.length &&
      parts.every((part) => tokens.includes(part)) &&
      // ("Apple said": not "Apple Developer Connection", an organisation the name is part of.)
      !tokens.some((t) => !parts.includes(t) && ORGANISATION_WORDS.test(t))
    );
  });
  // ("Hardy": "Robert Hardy" before "Mr Hardy", which only says the surname again; "Musharraf"
  // before "General Musharraf", which only adds a title.)
  const fuller = fullers.find(
    (p) => !p.name.split(/\s+/).every((t) => parts.includes(t) || TITLE_WORD.test(t)),
  );
  const found = fuller ?? exact ?? fullers[0];
  if (found || parts.length > 1 || ref.length < 6) return found;
  // ("Sonaptic's managing director David Monteith … said Montieth", "Agent Brian Hassell …
  // said Hassel. Hassall made it clear …": a typo of the copy; only one person's surname so
  // close, and a long one.)
  const near = new Set(
    people
      .filter((p) => p.name.includes(' ') && misspells(ref, surnameOf(p.name)))
      .map((p) => p.name),
  );
  return near.size === 1 ? people.find((p) => near.has(p.name)) : undefined;
}

/** Letters after a name: "Tom McCabe MSP", "Ian MacDonald QC". */
export const POST_NOMINALS = 'QC|MP|MEP|MSP|AM|KC';
const POST_NOMINAL_WORD = new RegExp(`^(?:${POST_NOMINALS})$`);

export function isPostNominal(word: string): boolean {
  return POST_NOMINAL_WORD.test(word);
}

/** Whether `name` is the surname of `person`'s name, as written or with a typo (misspells). */
export function hasSurname(person: Person, name: string): boolean {
  const surname = surnameOf(person.name);
  return person.name.includes(' ') && (surname === name || misspells(name, surname));
}

/**
 * Whether `typo` is `name` written with one slip, as copy has it: two adjacent letters swapped
 * ("Montieth"), one vowel for another ("Hassall" for "Hassell"), a doubled letter written once
 * ("Hassel") or a letter left out of a name of nine or more ("Daveport"). For long names only,
 * where a slip rarely makes another person's name.
 */
function misspells(typo: string, name: string): boolean {
  if (typo === name || typo.length < 6) return false;
  let i = 0;
  while (typo[i] === name[i]) i++;
  // (Any one letter left out of a long name, "Daveport" of "Davenport"; in a shorter one only
  // a doubled letter: "Johnson" is not "Johnston".)
  if (typo.length === name.length - 1)
    return (name[i] === name[i - 1] || typo.length >= 8) && typo.slice(i) === name.slice(i + 1);
  if (typo.length !== name.length) return false;
  if (typo[i] === name[i + 1] && typo[i + 1] === name[i] && typo.slice(i + 2) === name.slice(i + 2))
    return true;
  return (
    i > 0 &&
    /[aeiou]/.test(typo[i] ?? '') &&
    /[aeiou]/.test(name[i] ?? '') &&
    typo.slice(i + 1) === name.slice(i + 1)
  );
}

/** A baroness, by either of her titles: "Baroness Boothroyd", "Lady Boothroyd". */
const PEERESS = /^(?:Baroness|Lady)\s+(\S+)$/;

/** The titles said before a surname alone: "Mr Hardy", "Dr Venter". */
export const HONORIFICS = 'Mr|Mrs|Ms|Miss|Dr';
/** A title and a surname alone: "Mr Hardy", "Dr Venter". */
export const HONORIFIC_NAME = new RegExp(`^(?:${HONORIFICS})\\.?\\s+(\\S+)$`);

/** A title that says no office: the one an office the article gives may stand for. */
export const RANK_ONLY = /^(?:Gen\.?|General|Mr|Mrs|Ms|Miss|Dr)$/;

/**
 * Occupations written as a title before a name ("Agent Brian Hassell", "Journalist Guillem
 * Balague"): no part of the name; shown after it in lower case ("Brian Hassell, agent").
 */
export const OCCUPATION_TITLES = 'Agent|Journalist|Writer|Magistrate|Trooper|Keeper|Goalkeeper';
const TITLE_WORDS = `Mayor|Head|Leader|Manager|Boss|${OCCUPATION_TITLES}|Colonel|Lieutenant|Minister|President|Premier|Chancellor|Senator|Sen\\.|Rep\\.|Representative|Governor|Gov\\.|Councilmember|Councilman|Councilwoman|Councillor|Judge|Justice|Secretary|Professor|Prof\\.?|Dr\\.?|General|Gen\\.|Chairman|Chairwoman|Commissioner|Ambassador|Director|Sheriff|Prosecutor|Coroner|Magistrate|Chief|Inspector|Detective|Sergeant|Officer|Captain|Coach|Bishop|Archbishop|Pope|King|Queen|Prince|Princess|Spokesman|Spokeswoman|Executive|CEO|Attorney|MP|MEP|MSP|DJ|Reverend|Rev\\.?`;
const TITLED_NAME = enRegExp(
  `^((?:\\p{Lu}[\\p{L}\\p{N}_'’.-]*,?\\s+(?:and\\s+(?=\\p{Lu}))?){0,4}(?:${TITLE_WORDS}))\\s+(\\p{Lu}[\\p{L}\\p{N}_'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}_'’.-]*|${NAME_PARTICLES})){0,3})$`,
  'u',
);

const TITLE_ONLY = new RegExp(`^(?:${TITLE_WORDS}|Justice|Secretary)$`);
/** A word for who someone is in the story, then their full name: "Passenger Maria Lopez". */
const DESCRIBED_NAME = enRegExp(
  String.raw`^(Passenger|Resident|Shopper|Witness|Commuter|Motorist|Pensioner|Student|Customer|Voter|Neighbour|Neighbor|Nurse|Teacher|Farmer|Victim|Survivor|Volunteer|Campaigner|Activist|Protester|Worker|Tourist|Shopkeeper|Landlord|Tenant)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$`,
  'u',
);

/**
 * One word of an office or rank, honorifics included: "Gen", "General", "Dr", "Mr"; not a
 * royal's or a cleric's, which is how the article names them ("Prince Frederik").
 */
export const TITLE_WORD = new RegExp(
  `^(?!(?:King|Queen|Prince|Princess|Pope|Bishop)$)(?:${TITLE_WORDS}|Gen|Mr|Mrs|Ms|Miss)\\.?$`,
);

/** A title and a surname alone: "Gen Musharraf", "President Bush", "Dr Venter". */
export const TITLE_AND_SURNAME = enRegExp(
  `^(?:${TITLE_WORDS}|Gen|Mr|Mrs|Ms|Miss)\\.?\\s+(\\p{Lu}[\\p{L}'’-]+)$`,
  'u',
);

/** What every titled name (TITLED_NAME) holds: a title word, then a capital. */
const TITLE_BEFORE_NAME = enRegExp(`(?:${TITLE_WORDS})\\s+\\p{Lu}`, 'u');

/** A military rank, which goes with the name after it: "Colonel Bob Stewart". */
const RANK = String.raw`(?:Colonel|Col\.?|Lieutenant|Lt\.?|Major|Maj\.?|Captain|Capt\.?|Sergeant|Sgt\.?|Brigadier|Admiral|Corporal|Cpl\.?)`;
const RANK_END = new RegExp(String.raw`\s(${RANK})$`);
/** A rank that opens a name of two words more: "Colonel Bob Stewart". */
export const RANK_START = new RegExp(String.raw`^${RANK}\s+(?=\S+\s)`);

/** Words before a title that are no part of it: a conjunction, an article, when. */
const TITLE_OPENER = new RegExp(
  `^(?:But|And|So|Yet|Meanwhile|However|The|A|An|${WEEKDAYS}|Yesterday|Today|Tonight|Earlier|Later|Now|When|While|As|After|Before|If|Although|Though|Since|Because|Until|Once|Unless|Where|Whether)\\s+`,
);

/** "Industry Minister Sebastien Morand" -> title "Industry Minister", name "Sebastien Morand". */
export function splitTitle(ref: string): { name: string; title?: string | undefined } {
  // ("Passenger Maria Lopez", "Resident John Hale": who they are in the story, before a full
  // name of two words or more; "Student Union" is no one.)
  const described = DESCRIBED_NAME.exec(ref.trim());
  if (described?.[1] && described[2])
    return { name: described[2], title: described[1].toLowerCase() };
  const m = TITLED_NAME.exec(ref.trim());
  // ("Lord Chief Justice", "Chief Secretary": a title whose last word is a title too, no name.)
  if (!m?.[1] || !m[2] || TITLE_ONLY.test(m[2])) return { name: ref.trim() };
  // ("Scottish National Party Justice | Minister Kenny MacAskill": a title word that opens the
  // name is the title's last.)
  let title = m[1];
  let name = m[2];
  for (let w = /^(\S+)\s+(?=\S+\s+\S)/.exec(name); w && TITLE_ONLY.test(w[1] ?? ''); ) {
    title = `${title} ${w[1]}`;
    name = name.slice(w[0].length);
    w = /^(\S+)\s+(?=\S+\s+\S)/.exec(name);
  }
  // ("former British Commander Colonel Bob Stewart": a rank after an office is the name's own,
  // as "Colonel Bob Stewart"; the office before it is the role.)
  const rank = RANK_END.exec(title);
  if (rank?.[1] && /\s/.test(name)) {
    title = title.slice(0, rank.index);
    name = `${rank[1]} ${name}`;
  }
  // ("But Green MSP Mark Ballard", "Tory MP Howard Flight's …": the opener and the
  // possessive are neither title nor name.)
  return {
    name: name.replace(/\.$/, '').replace(/['’]s$/, ''),
    // ("On Wednesday Prime Minister Yulia Tymoshenko": the day before the title is when; "When
    // President Trump's advisers suggested …": the clause's conjunction is no part of it.)
    title: title.replace(TITLE_OPENER, ''),
  };
}

/**
 * A title read in a name's run with the lower-case words before it that qualify it: "former
 * independent | MP Martin Bell" is a former independent MP, not an MP.
 */
export function withModifiers(title: string | undefined, prefix: string): string | undefined {
  if (title === undefined) return undefined;
  const modifiers = ROLE_MODIFIERS.exec(prefix)?.[1];
  // ("ex-UKIP MEP": a prefix keeps its hyphen against the title.)
  if (!modifiers) return title;
  return /-$/.test(modifiers.trim())
    ? `${modifiers.trim()}${title}`
    : `${modifiers.trim()} ${title}`;
}
export const MODIFIER =
  '(?:former|ex-|then|independent|veteran|senior|junior|backbench|rebel|outgoing|retiring|retired|acting|interim|deputy|shadow|local)';
const ROLE_MODIFIERS = new RegExp(`(?:^|\\s)(${MODIFIER}(?:\\s+${MODIFIER}){0,2})\\s*$`);
