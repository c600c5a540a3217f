// The clean + split stages as one call, for baselines that need the same sentences as newsbrief.
// TEMPORARY body: replaced by clean-article.ts + split-sentences.ts.
export function prepareSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”’']?)\s+(?=["“‘']?[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
