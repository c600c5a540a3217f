/**
 * Questions that ask what changed in a story rather than about its content: "what's new?",
 * "what changed", "anything new", "any updates", "what's the latest". They are answered from
 * what the channel was shown before (developing stories), not from the article alone.
 */
const WHATS_NEW =
  /^\s*(?:so\s+|and\s+|ok\s+)?(?:what(?:'s|’s|\s+is|\s+are)?\s+(?:new|the\s+latest|the\s+news)|what(?:'s|’s)?\s+(?:has\s+|have\s+)?changed|what\s+changed|anything\s+new|something\s+new|any\s+(?:news|updates?|changes?)|(?:what\s+are\s+the\s+)?updates?)(?:\s+(?:here|since|about|on|in|with)\b.*)?\s*[?!.]*\s*$/i;

export function asksWhatsNew(question: string): boolean {
  return WHATS_NEW.test(question);
}
