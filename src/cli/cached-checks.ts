import type { CheckOutcome } from './check-file.ts';
import { relativePath } from './relative-path.ts';
import { inLanes } from './in-lanes.ts';
import { readPost } from './read-post.ts';
import { type CacheEntry, readCache, sha256, siteKey, writeCache } from './result-cache.ts';
import type { RunOptions } from './run-checks.ts';
import { siteFor } from './site-for.ts';

export interface CachedRunOptions extends RunOptions {
  /** The cache file (see `cacheFilePath`). */
  cacheFile: string;
  /** The run's `globalKey`: a cache written under another is discarded. */
  key: string;
  /** Called when the cache cannot be written; the run's results stand. */
  onCacheError?: (error: unknown) => void;
}

/** Files read at once while fingerprinting: reading one overlaps hashing another. */
const LANES = 8;

/** What a file is now, for its cache entry: the sha256 of its bytes and the key of its site. */
async function fingerprint(file: string, options: RunOptions): Promise<{ sha256: string; site: string } | undefined> {
  try {
    const bytes = readPost(file).bytes;
    const site = siteKey(await siteFor(file, options.site ?? { kind: 'none' }));
    return site === undefined ? undefined : { sha256: sha256(bytes), site };
  } catch {
    return undefined; // checkFile reports it
  }
}

/**
 * `runChecks` with `--cache`: a file whose bytes and site are those of its entry, under the
 * same key, gets the stored result without being parsed; with `fix`, one whose stored result
 * has a fix is checked again. The others are checked, and their results stored, unless `--fix`
 * wrote them, a dry run changed them, or they could not be read. Entries of files not in this
 * run are kept. Outcomes come in the order of `files`.
 */
export async function runCachedChecks(files: readonly string[], options: CachedRunOptions): Promise<CheckOutcome[]> {
  const { cacheFile, key, onCacheError, onOutcome, ...run } = options;
  const entries = await readCache(cacheFile, key);
  const outcomes: CheckOutcome[] = new Array(files.length);
  const misses: { index: number; file: string; filePath: string; site: string | undefined }[] = [];
  const fingerprints = await inLanes(files, LANES, (file) => fingerprint(file, run));
  for (const [index, file] of files.entries()) {
    const filePath = relativePath(file, run.cwd);
    const now = fingerprints[index];
    const entry = entries.get(filePath);
    const fresh = now !== undefined && entry !== undefined && entry.sha256 === now.sha256 && entry.site === now.site;
    if (fresh && !(run.fix && entry.result.messages.some((m) => m.fix !== undefined))) {
      outcomes[index] = { kind: 'checked', result: entry.result };
      onOutcome?.(index, outcomes[index]);
    } else {
      misses.push({ index, file, filePath, site: now?.site });
    }
  }
  if (misses.length > 0) {
    // Loaded only for a miss: a run the cache answers whole never loads the parser.
    const { runChecks } = await import('./run-checks.ts');
    await runChecks(
      misses.map((m) => m.file),
      {
        ...run,
        hash: true,
        onOutcome: (i, checked) => {
          const miss = misses[i] as (typeof misses)[number];
          let outcome = checked;
          if (checked.kind === 'checked' && checked.sha256 !== undefined && miss.site !== undefined) {
            const { sha256: hash, ...rest } = checked;
            outcome = rest;
            entries.set(miss.filePath, { sha256: hash, site: miss.site, result: checked.result } satisfies CacheEntry);
          } else {
            entries.delete(miss.filePath);
          }
          outcomes[miss.index] = outcome;
          onOutcome?.(miss.index, outcome);
        },
      },
    );
  }
  await writeCache(cacheFile, key, entries).catch((error: unknown) => onCacheError?.(error));
  return outcomes;
}
