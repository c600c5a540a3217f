import { err, ok, type Result } from '../core/result.js';

/** Picks n sentences of an article's text, in article order. */
export type SentencePicker = (text: string, n: number) => string[];

/**
 * The peer: wink-nlp's `sentenceWiseImportance` (part-of-speech n-gram salience) with
 * wink-eng-lite-web-model, on the raw article text with wink's own sentence splitting (the
 * peer as a user of it would run it). Top n by importance, ties to the earlier sentence,
 * returned in article order. Both packages are dev dependencies, hence the dynamic import.
 */
export async function loadWinkPeer(): Promise<Result<SentencePicker>> {
  let winkNLP: typeof import('wink-nlp').default;
  let model: typeof import('wink-eng-lite-web-model').default;
  try {
    winkNLP = (await import('wink-nlp')).default;
    model = (await import('wink-eng-lite-web-model')).default;
  } catch (e) {
    return err(
      'not_configured',
      `The wink-nlp peer needs the dev dependencies wink-nlp and wink-eng-lite-web-model; run \`npm install\` (with dev dependencies). (${(e as Error).message})`,
    );
  }
  const nlp = winkNLP(model);
  const its = nlp.its;
  return ok((text: string, n: number) => {
    const doc = nlp.readDoc(text);
    const sentences = doc.sentences().out();
    const importance = doc.out(its.sentenceWiseImportance) as unknown as {
      index: number;
      importance: number;
    }[];
    return importance
      .sort((a, b) => b.importance - a.importance || a.index - b.index)
      .slice(0, n)
      .map((s) => s.index)
      .sort((a, b) => a - b)
      .map((i) => sentences[i] ?? '');
  });
}
