import { hasOwn, isHash, setOwn } from '../ruby/values.ts';

/** A copy of a Hash, its nested Hashes copied too, so that no merge result shares them. */
function copyHash(hash: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(hash)) setOwn(copy, key, isHash(value) ? copyHash(value) : value);
  return copy;
}

/**
 * @internal Jekyll's `Utils.deep_merge_hashes(master, other)`: `other`'s keys over `master`'s;
 * a key both hold as Hashes merges recursively; a `nil` (null) in `other` keeps `master`'s value
 * but a key only `other` has is kept even when `nil`; anything else (arrays included) replaces.
 * Master's keys keep their order, new keys follow. Neither input is changed.
 */
export function deepMergeHashes(master: Record<string, unknown>, other: Record<string, unknown>): Record<string, unknown> {
  const target = copyHash(master);
  for (const [key, value] of Object.entries(other)) {
    if (!hasOwn(target, key)) setOwn(target, key, isHash(value) ? copyHash(value) : value);
    else if (value === null || value === undefined) continue;
    else {
      const old = target[key];
      setOwn(target, key, isHash(old) && isHash(value) ? deepMergeHashes(old, value) : isHash(value) ? copyHash(value) : value);
    }
  }
  return target;
}
