/**
 * Words in any script. Chinese, Japanese, Thai, Lao, Khmer and Myanmar write words without
 * spaces: there Intl.Segmenter (ICU's dictionaries, built into Node) finds the words;
 * elsewhere the words are the runs of letters and digits.
 */
const UNSPACED =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

let segmenter: Intl.Segmenter | undefined;

export function countWordsAnyScript(text: string): number {
  if (!UNSPACED.test(text)) return text.match(WORD)?.length ?? 0;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}
