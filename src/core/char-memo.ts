/**
 * `compute` remembered per key, like boundedMemo, for keys looked up by their characters: a
 * word inside a longer text is found without cutting it out as a string of its own (a string
 * is made only the first time the word is seen). Open addressing on a hash of the characters
 * (hashStep from HASH_SEED), which the caller computes as it reads them.
 *
 * The table is large and each look-up lands at random in it, so a look-up is laid out to touch
 * as little memory as it can: a slot holds the key's hash, length and entry, and the characters
 * of a key of up to INLINE of them (most words), so comparing it reads no string. The memory is
 * bounded: past `max` keys it starts over.
 */
export class CharMemo<V> {
  private readonly mask: number;
  /** SLOT ints per slot: hash, length, entry + 1 (0: empty), then the characters, two an int. */
  private readonly slots: Int32Array;
  /** Per entry: the key (compared for keys longer than INLINE) and its value. */
  private keys: string[] = [];
  private values: V[] = [];

  constructor(
    private readonly compute: (key: string) => V,
    bits: number,
    private readonly max: number,
  ) {
    // An open-addressing table must keep empty slots, or a probe for a new key never ends.
    if (max >= 1 << (bits - 1)) throw new RangeError('CharMemo: max must be under half the slots');
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(SLOT << bits);
  }

  /** The value for text[start, end), whose hash is `h`. */
  find(text: string, start: number, end: number, h: number): V {
    const len = end - start;
    const { slots } = this;
    let slot = h & this.mask;
    for (; ; slot = (slot + 1) & this.mask) {
      const at = slot * SLOT;
      const entry = slots[at + 2] as number;
      if (entry === 0) break;
      if (slots[at] !== h || slots[at + 1] !== len) continue;
      if (
        len <= INLINE
          ? this.sameInline(at + 3, text, start, len)
          : sameChars(this.keys[entry - 1] as string, text, start)
      )
        return this.values[entry - 1] as V;
    }
    const key = text.slice(start, end);
    const value = this.compute(key);
    if (this.keys.length >= this.max) {
      slots.fill(0);
      this.keys = [];
      this.values = [];
      slot = h & this.mask;
    }
    this.keys.push(key);
    this.values.push(value);
    const at = slot * SLOT;
    slots[at] = h;
    slots[at + 1] = len;
    slots[at + 2] = this.keys.length;
    if (len <= INLINE)
      for (let k = 0; k < len; k += 2)
        slots[at + 3 + (k >> 1)] = twoChars(text, start + k, len - k);
    return value;
  }

  /** Whether the characters kept from slots[at] on are text[start, start + len). */
  private sameInline(at: number, text: string, start: number, len: number): boolean {
    for (let k = 0; k < len; k += 2)
      if (this.slots[at + (k >> 1)] !== twoChars(text, start + k, len - k)) return false;
    return true;
  }
}

/** FNV-1a over UTF-16 code units. */
export const HASH_SEED = 0x811c9dc5;
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Ints per slot: 3, and 5 for the characters of a key of up to INLINE. */
const SLOT = 8;
const INLINE = 10;

/** The characters at i and i + 1 as one int (the second 0 when only one is `left`). */
function twoChars(text: string, i: number, left: number): number {
  return text.charCodeAt(i) | (left > 1 ? text.charCodeAt(i + 1) << 16 : 0);
}

/** Whether `key` is the text from `start` on (key and text agree in length there). */
function sameChars(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++)
    if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
