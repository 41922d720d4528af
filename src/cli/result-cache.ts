import { createHash, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isRecord } from '../validate/describe-value.ts';
import type { PostSite } from './site-for.ts';
import type { FileResult } from './types.ts';

/** Where `--cache` keeps its file when `--cache-location` is not given, below the working folder. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/article-kit/';

/** The file name used when the cache location is a folder. */
const CACHE_FILE_NAME = 'cache.json';

/** The cache file's format; another version is discarded. */
const FORMAT = 1;

/** What a file was found to hold, the last time it was checked. */
export interface CacheEntry {
  /** sha256 of the file's bytes, as checked. */
  sha256: string;
  /** {@link siteKey} of the site it was read with (`''` for none). */
  site: string;
  result: FileResult;
}

interface CacheFile {
  format: typeof FORMAT;
  /** {@link globalKey} of the run that wrote it. */
  key: string;
  /** By path relative to the working folder. */
  files: Record<string, CacheEntry>;
}

/** sha256 of bytes or text, in hex. */
export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * The key every entry of a cache shares: sha256 of what changes results for every file (the
 * version, the rule settings, the configuration file's text, the flags that change findings).
 * A cache written under another key is discarded whole.
 */
export const globalKey = (parts: Record<string, unknown>): string => sha256(JSON.stringify(parts));

/** By the site's data, which `siteFor` reads once per process (its `PostSite` wrapper is made anew each call). */
const SITE_KEYS = new WeakMap<PostSite['site'], string | undefined>();

/**
 * The site's other files (`site.files`) as the key counts them: each by its size and
 * modification time, as ESLint's cache counts files by default. Their texts are read only when a
 * post asks for one, and hashing them would read all of a big site's files on every run (on the
 * corpus's site, 1,164 files: more than the rest of a warm run).
 */
function filesStamp(root: string, files: Record<string, string | null>): Record<string, string> {
  const stamp: Record<string, string> = {};
  for (const rel of Object.keys(files)) {
    try {
      const stats = statSync(path.join(root, ...rel.split('/')));
      stamp[rel] = `${stats.size} ${stats.mtimeMs}`;
    } catch {
      stamp[rel] = 'gone';
    }
  }
  return stamp;
}

/**
 * sha256 of everything a site gives the posts read with it (configuration, includes, data,
 * other posts, and its other files by size and time), but `site.time`, which is the time it was
 * read; `''` for no site; undefined when the site cannot be written as JSON (its posts are then
 * not cached).
 */
export function siteKey(site: PostSite | undefined): string | undefined {
  if (site === undefined) return '';
  if (!SITE_KEYS.has(site.site)) {
    let key: string | undefined;
    try {
      const { files } = site.site;
      key = sha256(JSON.stringify({ root: site.root, site: { ...site.site, time: undefined, files: files && filesStamp(site.root, files) } }));
    } catch {
      key = undefined; // a cycle (YAML aliases) or a BigInt
    }
    SITE_KEYS.set(site.site, key);
  }
  return SITE_KEYS.get(site.site);
}

/** The cache file `--cache-location` names: in it when it is a folder (or ends with `/`), else itself. */
export async function cacheFilePath(cwd: string, location: string = DEFAULT_CACHE_LOCATION): Promise<string> {
  const resolved = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(resolved, CACHE_FILE_NAME);
  const isDirectory = await stat(resolved).then((s) => s.isDirectory(), () => false);
  return isDirectory ? path.join(resolved, CACHE_FILE_NAME) : resolved;
}

/**
 * The entries of the cache file written under `key`, by path. A missing, unreadable or corrupt
 * file, or one written under another key or format, gives none: it is rebuilt.
 */
export async function readCache(file: string, key: string): Promise<Map<string, CacheEntry>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return new Map();
  }
  if (!isRecord(parsed) || parsed['format'] !== FORMAT || parsed['key'] !== key || !isRecord(parsed['files'])) return new Map();
  const entries = new Map<string, CacheEntry>();
  for (const [filePath, entry] of Object.entries(parsed['files'])) {
    if (isRecord(entry) && typeof entry['sha256'] === 'string' && typeof entry['site'] === 'string' && isRecord(entry['result']) && Array.isArray(entry['result']['messages'])) {
      entries.set(filePath, entry as unknown as CacheEntry);
    }
  }
  return entries;
}

/** Writes the cache file atomically (a temporary file beside it, then a rename), creating its folders. */
export async function writeCache(file: string, key: string, entries: ReadonlyMap<string, CacheEntry>): Promise<void> {
  const content: CacheFile = { format: FORMAT, key, files: Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(content)}\n`);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
