/**
 * The oldest Node.js newsbrief runs on: its runtime dependencies need 20.19 (css-select,
 * domhandler and entities under the article extractor; undici needs 20.18.1), and `.env`
 * loading needs 20.12. package.json's `engines` says the same.
 */
export const MIN_NODE = [20, 19, 0] as const;

/** Why this Node version cannot run newsbrief, or undefined when it can. */
export function nodeVersionProblem(version: string): string | undefined {
  const have = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < MIN_NODE.length; i++) {
    const a = have[i] ?? 0;
    const b = MIN_NODE[i] ?? 0;
    if (a > b) return undefined;
    if (a < b)
      return `newsbrief needs Node.js ${MIN_NODE.join('.')} or later; this is ${version}. Install a current Node 20, 22 or 24 (for example \`nvm install 22\`) and run it again.`;
  }
  return undefined;
}
