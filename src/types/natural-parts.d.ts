// Types for the parts of `natural` we import directly. The package root is never imported:
// it loads database clients and runs dotenv (see ../shared/notes/platform-facts.md).
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: readonly string[];
}
declare module 'natural/lib/natural/tokenizers/sentence_tokenizer.js' {
  class SentenceTokenizer {
    constructor(abbreviations?: readonly string[]);
    tokenize(text: string): string[];
  }
  export default SentenceTokenizer;
}
declare module 'natural/lib/natural/util/abbreviations_en.js' {
  export const knownAbbreviations: readonly string[];
}
declare module 'natural/lib/natural/brill_pos_tagger/lib/RuleSet.js' {
  class RuleSet {
    constructor(language: 'EN' | 'DU');
    getRules(): unknown[];
  }
  export default RuleSet;
}
declare module 'natural/lib/natural/brill_pos_tagger/lib/Brill_POS_Tagger.js' {
  interface TaggedWord {
    token: string;
    tag: string;
  }
  class BrillPOSTagger {
    constructor(lexicon: { tagWord(word: string): string[] }, ruleSet: unknown);
    tag(words: readonly string[]): { taggedWords: TaggedWord[] };
  }
  export default BrillPOSTagger;
}
