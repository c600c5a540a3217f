/**
 * Which language an article is in, as far as the summarizer cares: English or not, and a
 * name to tell the reader. The summarizer's stemmer, stop words and sentence rules are
 * English; on other languages it would give a poor summary, so the reply says so instead.
 */

/** Function words frequent in any English prose and rare in other languages' text. */
const ENGLISH = new Set(
  'the of and to is that for it was with he she said by from his they have has are this not but will who were had been which would their its be an'.split(
    ' ',
  ),
);

/**
 * Function words of other languages written in Latin letters (French, Spanish, Portuguese,
 * Italian, German, Dutch, Indonesian, Scandinavian…): a text low in English function words
 * is foreign only when it has these instead (a team sheet is English with few of either).
 */
const OTHER_LATIN = new Set(
  'de la le les des du et est une un que qui dans pour pas sur el los las y en por con para del al o é um uma os não da do em se ao di il che per non gli della und der die das ist nicht mit sich auf ein eine zu het een van dat niet voor zijn ook yang dan di ini itu dengan untuk tidak dari och att som för inte og er på ikke'.split(
    ' ',
  ),
);

const SCRIPTS: readonly [RegExp, string][] = [
  [/[\u3040-\u30ff]/gu, 'ja'],
  [/[\uac00-\ud7af]/gu, 'ko'],
  [/[\u4e00-\u9fff]/gu, 'zh'],
  [/[\u0e00-\u0e7f]/gu, 'th'],
  [/[\u0400-\u04ff]/gu, 'ru'],
  [/[\u0600-\u06ff]/gu, 'ar'],
  [/[\u0590-\u05ff]/gu, 'he'],
  [/[\u0900-\u097f]/gu, 'hi'],
  [/[\u0370-\u03ff]/gu, 'el'],
];

export interface ArticleLanguage {
  /** ISO 639-1 code when known ("ja"), or "und" for a language not identified. */
  readonly code: string;
  /** English name for the reader ("Japanese"), or "a language other than English". */
  readonly name: string;
  readonly english: boolean;
}

/** Built on first use: loading the ICU names costs about 13 ms, on every English summary too. */
let displayNames: Intl.DisplayNames | undefined;

function named(code: string): ArticleLanguage {
  if (code === 'en') return { code, name: 'English', english: true };
  let name: string | undefined;
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    name = code === 'und' ? undefined : displayNames.of(code);
  } catch {
    name = undefined;
  }
  return {
    code,
    name: name && name !== code ? name : 'a language other than English',
    english: false,
  };
}

/**
 * The article's language from its text (the share of English function words among its
 * words, or the script of its letters), with the page's declared language as a tie-breaker:
 * the text wins, as pages often declare a template's default ("en") over foreign text.
 */
export function articleLanguage(text: string, declared?: string): ArticleLanguage {
  const sample = text.length > 50_000 ? text.slice(0, 50_000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return named(declared ?? 'en');
  const latin = sample.match(/[a-zA-Z\u00c0-\u024f]/g)?.length ?? 0;
  if (latin / letters < 0.5) {
    let best: [number, string] = [0, declared && declared !== 'en' ? declared : 'und'];
    for (const [re, code] of SCRIPTS) {
      const n = sample.match(re)?.length ?? 0;
      if (n > best[0]) best = [n, code];
    }
    // Kana next to Han characters is Japanese, not Chinese.
    if (best[1] === 'zh' && /[\u3040-\u30ff]/u.test(sample)) best = [best[0], 'ja'];
    return named(best[1]);
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH.has(w)).length;
  const other = words.filter((w) => OTHER_LATIN.has(w)).length;
  if (
    words.length >= 20
      ? english / words.length >= 0.12 || other <= english
      : english > 0 || !declared
  )
    return named('en');
  return named(declared && declared !== 'en' ? declared : 'und');
}
