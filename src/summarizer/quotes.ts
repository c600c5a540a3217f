import { findPeople, type Person, resolvePerson, splitTitle } from './people.js';
import type { Sentence } from './prepare.js';
import type { Quote } from './types.js';

/**
 * Stage 5: direct quotes with their speaker and role. Handles `"…," X said`,
 * `"…," said X, role`, `X said: "…"`, `"…," X told AFP`, pronoun speakers ("she said")
 * resolved to the last named speaker, and a quote that continues in the next sentence of
 * the same paragraph.
 */
export interface FoundQuote extends Quote {
  readonly sentenceId: number;
  /** True for a quote that continues the speaker's previous one (no attribution of its own). */
  readonly continued: boolean;
}

const SPEECH =
  '(?:said|says|told|added|explained|warned|wrote|insisted|argued|noted|stressed|claimed|declared|continued|asked|tweeted|posted)';
const NAME_TOKEN = "(?:[A-Z][\\w'’.-]*|(?:van|von|de|der|da|di|le|la|bin|al)(?=\\s+[A-Z]))";
const SPEAKER = `(?:${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,4}|(?:[Tt]he|[Aa]n?)\\s+[a-z][\\w'’-]*(?:\\s+[a-z][\\w'’-]*){0,2})`;
const QUOTE = '["“]([^"“”]{12,}?)[,.!?]?["”]';
const QUOTE_THEN_ATTRIBUTION = new RegExp(
  String.raw`^${QUOTE},?\s+(?:(?<pron>he|she|they|we)\s+${SPEECH}|${SPEECH}\s+(?<afterPre>(?:[A-Za-z][\w'’-]*\s+){0,6}?)(?<after>${SPEAKER})(?:,\s+(?<afterRole>[^"“”]{3,160}?))?(?=[.!?]?$)|(?<beforePre>(?:[a-z][\w'’-]*\s+){1,3}?)?(?<before>${SPEAKER})(?:,\s+(?<beforeRole>[^"“”]{3,160}?),)?\s+${SPEECH})\b`,
);
const ATTRIBUTION_THEN_QUOTE = new RegExp(
  `^(?<speaker>${SPEAKER})(?:,\\s+(?<role>[^"“”]{3,160}?),)?\\s+${SPEECH}(?:\\s+[\\w ]{1,30}?)?:\\s*${QUOTE}\\s*$`,
);
const WHOLE_QUOTE = new RegExp(`^${QUOTE}$`);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'He', 'She', 'They', 'We', 'It']);

/**
 * `people` is the article's people index (findPeople); left out, it is built from `sentences`
 * only once a speaker needs looking up: many articles have quotation marks but no quote.
 */
export function findQuotes(
  sentences: readonly Sentence[],
  people?: readonly Person[],
): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  let known: Person[] | undefined;
  const knownPeople = (): Person[] => {
    known ??= [...(people ?? findPeople(sentences))];
    return known;
  };
  let lastSpeaker: Person | undefined;
  let lastQuote: { paragraph: number; speaker: Person } | undefined;
  for (const s of sentences) {
    const text = s.text.trim();
    const a = QUOTE_THEN_ATTRIBUTION.exec(text);
    const b = a ? null : ATTRIBUTION_THEN_QUOTE.exec(text);
    let quoteText: string | undefined;
    let speakerRef: string | undefined;
    let role: string | undefined;
    if (a) {
      quoteText = a[1];
      speakerRef = a.groups?.pron ?? a.groups?.after ?? a.groups?.before;
      role =
        a.groups?.afterRole ?? a.groups?.beforeRole ?? (a.groups?.afterPre?.trim() || undefined);
    } else if (b) {
      quoteText = b[2] ?? b[1];
      speakerRef = b.groups?.speaker;
      role = b.groups?.role;
      quoteText = /["“]([^"“”]+)["”]/.exec(text)?.[1];
    } else if (lastQuote && lastQuote.paragraph === s.paragraph) {
      const w = WHOLE_QUOTE.exec(text);
      if (w?.[1]) {
        quotes.push({
          speaker: lastQuote.speaker.name,
          role: lastQuote.speaker.role,
          text: finish(w[1]),
          sentenceId: s.id,
          continued: true,
        });
      }
      continue;
    }
    if (!quoteText || !speakerRef || quoteText.split(/\s+/).length < 5) {
      lastQuote = undefined;
      continue;
    }
    const speaker = identify(speakerRef, role, knownPeople, lastSpeaker);
    if (!speaker) continue;
    const k = knownPeople();
    if (!k.some((p) => p.name === speaker.name)) k.push(speaker);
    quotes.push({
      speaker: speaker.name,
      role: speaker.role,
      text: finish(quoteText),
      sentenceId: s.id,
      continued: false,
    });
    lastSpeaker = speaker;
    lastQuote = { paragraph: s.paragraph, speaker };
  }
  return quotes;
}

function identify(
  rawRef: string,
  rawRole: string | undefined,
  people: () => readonly Person[],
  last: Person | undefined,
): Person | undefined {
  if (PRONOUNS.has(rawRef)) return last;
  const titled = splitTitle(rawRef);
  const ref = titled.name;
  const role = rawRole ?? titled.title;
  const cleanRole =
    role && !/\b(?:told|said)\b/.test(role)
      ? role.replace(/\s+(?:in|on) (?:a |an )?(?:statement|interview).*$/, '').trim()
      : undefined;
  const known = resolvePerson(people(), ref);
  if (known) return { ...known, role: known.role ?? cleanRole };
  // An organisation or unnamed source ("The ministry", "Police") is still a speaker.
  return { name: ref, role: cleanRole, firstSeen: -1 };
}

/** Restores the quote's own closing punctuation: a comma before `he said` becomes a period. */
function finish(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}
