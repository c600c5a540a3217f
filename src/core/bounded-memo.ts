/**
 * `compute` remembered per key, for pure functions of a string called again and again with the
 * same keys (stems of repeating words). The memory is bounded: past `max` keys it starts over.
 */
export function boundedMemo<V>(compute: (key: string) => V, max: number): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
