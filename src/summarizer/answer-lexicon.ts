import { en } from './letters.js';
import { tagSentence } from './pos/tag.js';
import { contentStem, wordTokens } from './tokens.js';

/**
 * Words a question and its answer sentence use for the same thing: a question asks
 * "who was sent?", the article says "dispatched" or "was travelling"; "how much did prices
 * rise?" is answered by "rose 3.5 percent". Each group lists the forms a news article uses,
 * irregular past tenses included (the stemmer does not know "rose" is "rise").
 */
const GROUPS: readonly string[] = [
  'send sent dispatch dispatched travel travelling traveling',
  'rise rose risen rising jump jumped climb climbed gain gained increase increased surge soar soared higher hike boost',
  'fall fell fallen drop dropped decline declined slump slumped slash slashed plunge tumble tumbled lower shrink shrank lose lost',
  'cost costs price priced pricing bill worth spend spent budget value',
  'pay paid payment payments buy bought purchase purchased acquire acquired deal receive received',
  'open opened opening start started begin began begun launch launched introduce introduced production',
  'delay delayed postpone postponed push pushed late',
  'oppose opposed opposition against dissent dissenting reject rejected object objected critic dispute disputed deny denied disagree challenge contest',
  'decide decided decision vote voted approve approved agree agreed back backed pass passed choose chose',
  'run runs ran head heads lead leads led chief executive boss manage manages manager director chairman',
  'grow grew grown growth expand expanded expansion',
  'win won winner victory beat beaten',
  'replace replaced replacement recall recalled',
  'marry married marriage wed wedding husband wife bride',
  'present presented hand',
  'job jobs employ employed employment worker workers staff hire people',
  'confront confronted argue argument row fight fought clash',
  'miss missed late delayed',
  'kill killed die died dead death murder shot',
  'estimate estimates assessment forecast projection prediction',
  'spot spotted seen see saw sighted',
  'deport deported expel expelled',
  'worry worried concern concerned fear feared warn warned divided',
  'inspire inspired influence influenced',
  'stay stayed remain remained',
  'lose lost remove removed eliminate scrap',
  'build built building construct construction',
  'plant factory site',
  'fan fans supporter supporters',
  'call called hail hailed describe described dub dubbed label labelled name named brand branded',
  'match game fixture',
  'produce produced production producer output',
  'speak spoke speaking speech address',
  'refund refunds refunding',
  'say said tell told claim claimed state stated',
];

/** Words that carry no topic in a question ("what did … do"). */
const QUESTION_WORDS = new Set(
  'what who whom whose when where why how which much many far long did does do is are was were be been being will would can could should has have had tell about article story get got'.split(
    ' ',
  ),
);

const byStem = new Map<string, Set<string>>();
for (const group of GROUPS) {
  const stems = new Set(group.split(' ').map((w) => contentStem(w) || w));
  for (const s of stems) {
    const known = byStem.get(s);
    byStem.set(s, known ? new Set([...known, ...stems]) : stems);
  }
}

/** One word of the question: its own stem and the stems that may stand for it. */
export interface QuestionTerm {
  readonly stem: string;
  readonly alternatives: ReadonlySet<string>;
  /** True for the question's verbs: an article often says them another way. */
  readonly varies: boolean;
}

/** The question's content words, each with the words an answer may use instead. */
export function questionTerms(question: string): QuestionTerm[] {
  const verbs = questionVerbs(question);
  const out = new Map<string, QuestionTerm>();
  for (const w of wordTokens(question)) {
    if (QUESTION_WORDS.has(w)) continue;
    const stem = contentStem(w.replace(/['’]s$/, ''));
    if (stem === '' || out.has(stem)) continue;
    const group = byStem.get(stem);
    out.set(stem, {
      stem,
      alternatives: group ?? new Set([stem]),
      varies: verbs.has(w),
    });
  }
  return [...out.values()];
}

const DO_SUPPORT = /\b(?:did|does|do|will|would|can|could|should|may|might)\b/i;

/**
 * The question's verbs: words tagged as verbs, and the last word of a question with "did",
 * "will"… ("how much did Monbeg Dude cost?", where the tagger reads "cost" as a noun).
 */
function questionVerbs(question: string): Set<string> {
  const tokens = tagSentence(question).filter((t) => en`\p{L}`.test(t.text));
  const verbs = new Set(tokens.filter((t) => /^VB/.test(t.tag)).map((t) => t.text.toLowerCase()));
  const last = tokens.at(-1);
  if (last && DO_SUPPORT.test(question) && !/^NNP/.test(last.tag))
    verbs.add(last.text.toLowerCase());
  return verbs;
}
