/** One part of a run split across machines: `index` of `total`, 1-based. */
export interface Shard {
  index: number;
  total: number;
}

/** Parses a `--shard` value `i/n` (1 ≤ i ≤ n). Throws a TypeError otherwise. */
export function parseShard(spec: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  const index = match ? Number(match[1]) : NaN;
  const total = match ? Number(match[2]) : NaN;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(total) || total < 1 || index < 1 || index > total) {
    throw new TypeError(
      `Invalid shard ${JSON.stringify(spec)}: expected i/n with whole numbers 1 ≤ i ≤ n, e.g. --shard 1/3`,
    );
  }
  return { index, total };
}

const encoder = new TextEncoder();

/** FNV-1a, 32-bit, over the UTF-8 bytes of `s`. */
export function fnv1a32(s: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(s)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The files belonging to `shard`: each file goes to shard `fnv1a32(key(file)) % total + 1`, so
 * the split depends only on the keys (use the path relative to the project, with `/`), not on
 * the order of `files` or the machine. Every file lands in exactly one shard; the input order is
 * kept.
 */
export function shardFiles<T>(files: readonly T[], shard: Shard, key: (f: T) => string): T[] {
  const { index, total } = shard;
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(index) || total < 1 || index < 1 || index > total) {
    throw new TypeError(`Invalid shard ${index}/${total}: expected whole numbers 1 ≤ index ≤ total`);
  }
  return files.filter((file) => fnv1a32(key(file)) % total === index - 1);
}
