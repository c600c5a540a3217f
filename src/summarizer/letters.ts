// Letter classes for the English rules' patterns, cheap to compile.
//
// The rules say "a capital letter" as \p{Lu}, "a letter" as \p{L}. V8 builds each such class
// from ICU's Unicode tables, and emits code for its ~650 ranges, every time a pattern holding
// one is compiled: about 60 µs per class (the pattern itself, without them, takes 5). The
// English rules hold ~670 of them, so `newsbrief summarize FILE`, a process for one article,
// spent about 45 ms of its start-up building letter classes: most of what it took over bare
// Node. `en()` compiles a rule's pattern with these classes read over the alphabets English
// news writes names in: Latin (with Latin-1 and Latin Extended-A: "Émile Zola", "Łukasz
// Özdemir", "Šefčovič"), Greek and Cyrillic, exactly as Unicode classes them there (Latin
// Extended-B and Additional, "Nguyễn", and the rest of the Greek and Cyrillic blocks count as
// letters of either case). The tokenizer, the validator and the sentence splitter's checks
// that serve every script keep \p{…}; the splitter's capitalisation rules use `en`.

/** Exactly as Unicode classes them: Basic Latin to Latin Extended-A, Greek, basic Cyrillic. */
const EXACT: readonly (readonly [number, number])[] = [
  [0x0000, 0x017f],
  [0x0370, 0x03ff],
  [0x0400, 0x045f],
];
/** Letters of either case here: Latin Extended-B, the rest of Cyrillic, Latin Extended Additional. */
const EITHER_CASE: readonly (readonly [number, number])[] = [
  [0x0180, 0x024f],
  [0x0460, 0x052f],
  [0x1e00, 0x1eff],
];

/**
 * The members of `property` (a /gu pattern of one class) within `blocks`, as the inside of a
 * character class: runs as ranges, the characters as themselves ("A-ZÀ-ÖØ-Þ").
 */
function rangesOf(property: RegExp, blocks: readonly (readonly [number, number])[]): string {
  let all = '';
  for (const [lo, hi] of blocks) for (let c = lo; c <= hi; c++) all += String.fromCharCode(c);
  const codes = (all.match(property) ?? []).map((ch) => ch.charCodeAt(0));
  let out = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === (codes[j] as number) + 1) j++;
    const from = String.fromCharCode(codes[i] as number);
    const to = String.fromCharCode(codes[j] as number);
    out += j === i ? from : j === i + 1 ? from + to : `${from}-${to}`;
    i = j + 1;
  }
  return out;
}

const letters = rangesOf(/\p{L}/gu, EITHER_CASE);
const CLASSES: Readonly<Record<string, string>> = {
  L: rangesOf(/\p{L}/gu, EXACT) + letters,
  Lu: rangesOf(/\p{Lu}/gu, EXACT) + letters,
  Ll: rangesOf(/\p{Ll}/gu, EXACT) + letters,
  N: rangesOf(/\p{N}/gu, EXACT),
};

/** \p{L}, \p{Lu}, \p{Ll} or \p{N} at the start. */
const PROPERTY = /^\\p\{(Lu|Ll|L|N)\}/;

/** `source` with each letter class replaced by its ranges (bracketed outside a class). */
function narrowed(source: string): string {
  let out = '';
  let from = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) {
      const name = source.charCodeAt(i + 1) === P ? PROPERTY.exec(source.slice(i, i + 7)) : null;
      if (name?.[1] !== undefined) {
        const ranges = CLASSES[name[1]] ?? '';
        out += source.slice(from, i) + (inClass ? ranges : `[${ranges}]`);
        from = i + name[0].length;
        i = from - 1;
      } else i++; // an escape: the next character is taken as it stands
    } else if (c === OPEN) inClass = true;
    else if (c === CLOSE) inClass = false;
  }
  return out + source.slice(from);
}

const BACKSLASH = 0x5c;
const P = 0x70;
const OPEN = 0x5b;
const CLOSE = 0x5d;

type Pattern = (strings: TemplateStringsArray, ...parts: readonly unknown[]) => RegExp;

/**
 * A tag for patterns with `flags`: en`^\p{Lu}\p{Ll}+` is /^\p{Lu}\p{Ll}+/u with its letter
 * classes narrowed. The pattern is template text, not a regular expression literal, because
 * creating a literal that holds \p{…} already makes V8 build the class. It is read raw, as a
 * literal's pattern is (\s, \b and \p stay as written), and compiled once per place it is
 * written: a pattern inside a function costs a map lookup per call. One with `${…}` parts is
 * compiled each time. A global or sticky pattern comes back with lastIndex 0 each time, as a
 * literal would (replace, match and matchAll leave it there; a loop of exec over one that
 * calls the same code again before it ends would need its own copy: none does).
 */
function tag(flags: string): Pattern {
  const bySite = new Map<TemplateStringsArray, RegExp>();
  return (strings, ...parts) => {
    if (parts.length > 0) return new RegExp(narrowed(String.raw(strings, ...parts)), flags);
    let re = bySite.get(strings);
    if (re === undefined) {
      re = new RegExp(narrowed(strings.raw.join('')), flags);
      bySite.set(strings, re);
    }
    re.lastIndex = 0;
    return re;
  };
}

/** Patterns (flag u; `en.g`, `en.i`, `en.y`, `en.gi` add those flags) over the narrowed classes. */
export const en = Object.assign(tag('u'), {
  g: tag('gu'),
  i: tag('iu'),
  y: tag('uy'),
  gi: tag('giu'),
});

/** new RegExp(source, flags) with the narrowed classes, for a pattern built as a string. */
export function enRegExp(source: string, flags = 'u'): RegExp {
  return new RegExp(narrowed(source), flags);
}
