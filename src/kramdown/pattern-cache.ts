/**
 * Patterns built from what a text holds (tag names, list indentations), compiled once for the
 * program rather than once per body: compiling them was a good part of reading a short post.
 * Every user of a pattern sets `lastIndex` before matching, so one can be shared. A cache keyed
 * by strings is emptied when full, as hostile text can name any number of tags.
 */
const LIMIT = 4096;

export function cached<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** `cached` for a key that is itself a pattern: kept as long as the pattern is. */
export function derived<V>(cache: WeakMap<RegExp, V>, key: RegExp, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
