/// <reference types="node" />
import { lstat, realpath, readdir, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import { globMatcher, globParts, matchesOrUnder } from './glob-match.ts';
import { type IgnoreRules, loadIgnoreRules } from './ignore-rules.ts';

/** The posts checked when no file arguments are given. */
export const DEFAULT_PATTERN = '_posts/**/*.{md,markdown,html}';

/** The files a directory argument contributes. */
const POST_EXTENSION = /\.(?:md|markdown|html)$/;

/** How deep a walk descends below its starting directory. */
const MAX_DEPTH = 64;

export interface FoundFiles {
  /** Absolute paths, de-duplicated, sorted by their path relative to the working directory. */
  files: string[];
  /** Arguments that named nothing: a path that does not exist, or a glob that matched no file. */
  missing: string[];
  /** What was found but not taken, and why: special files, links out of the tree, names that are not UTF-8. */
  skipped: SkippedFile[];
  /** Arguments (as given) that name a file or folder the ignore rules ignore: not checked, and not missing. */
  ignored: string[];
}

export interface SkippedFile {
  /** The path as given, or found below one (relative to the working directory, `/`-separated; a name that is not UTF-8 with its bytes as `\xNN`). */
  path: string;
  /** Why, in a few words: `not a regular file (a FIFO)`. */
  reason: string;
  /** Named on the command line (or by a glob there): the run should say it did not do what it was asked. */
  explicit: boolean;
}

export interface FindOptions {
  /** Follow symbolic links that lead out of the folder they are found in (default: false). */
  allowOutsideLinks?: boolean;
  /**
   * Globs of files not taken (the configuration's `ignores`), relative to `ignoresBase`; a glob
   * that names a folder takes what is below it too. Dot names match (default: none).
   */
  ignores?: readonly string[];
  /** The folder `ignores` are relative to: the configuration file's (default: `cwd`). */
  ignoresBase?: string;
  /** Read `.article-kitignore` (gitignore syntax) from `cwd` (default: true). */
  ignoreFile?: boolean;
}

const toPosix = (p: string): string => (path.sep === '/' ? p : p.split(path.sep).join('/'));

async function statOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    return await stat(p);
  } catch {
    return undefined;
  }
}

interface WalkOptions {
  /** Descend into `node_modules`. */
  nodeModules: boolean;
  /** Descend into directories whose name starts with a dot. */
  dotDirectories: boolean;
  /** Whether a directory (absolute) is ignored, so not entered. */
  ignoredDirectory?: (dir: string) => boolean;
}

/** What kind of file a non-regular, non-directory entry is, for the report. */
export function kindOf(st: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isDirectory'>): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isDirectory()) return 'a directory';
  return 'not a file';
}

/** Whether `real` is `rootReal` or below it. */
export const inside = (real: string, rootReal: string): boolean => real === rootReal || real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep);

/** A file name's bytes as text: valid UTF-8 as it reads, every other byte as `\xNN`; undefined when all of it is valid. */
function invalidName(bytes: Buffer): string | undefined {
  const text = bytes.toString('utf8');
  if (Buffer.from(text, 'utf8').equals(bytes)) return undefined;
  let shown = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const piece = length === 0 ? undefined : bytes.subarray(i, i + length);
    const decoded = piece && piece.length === length ? piece.toString('utf8') : undefined;
    if (decoded !== undefined && !decoded.includes('\uFFFD') && Buffer.from(decoded, 'utf8').equals(piece!)) {
      shown += decoded;
      i += length;
    } else {
      shown += `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
      i += 1;
    }
  }
  return shown;
}

/**
 * The tree a path's symbolic links must stay in: the working directory `cwd` when the path lies
 * in it (as written), else the directory named, or the file's folder.
 */
export function treeOf(abs: string, cwd: string, isDirectory = false): string {
  const root = path.resolve(cwd);
  return inside(abs, root) ? root : isDirectory ? abs : path.dirname(abs);
}

/** A file a walk takes. */
type Visit = (file: string) => void;
/** What a walk meets besides: the caller reports it when it would have been taken. */
type Skip = (shown: string, reason: string, isDirectory: boolean) => void;

/**
 * Every regular file below `root`, as absolute paths built on `root`. Symbolic links are followed
 * while they stay inside `boundary` (or anywhere, with `allowOutsideLinks`), never into a directory
 * already walked, so link cycles end. FIFOs, sockets and devices, links out of the tree and
 * names that are not UTF-8 go to `skip`; unreadable entries are passed over.
 */
async function walk(root: string, boundary: string, options: WalkOptions & FindOptions, visit: Visit, skip: Skip): Promise<void> {
  const seen = new Set<string>();
  const rootReal = await realpath(boundary).catch(() => boundary);
  const pending: { dir: string; depth: number }[] = [{ dir: root, depth: 0 }];
  while (pending.length > 0) {
    const { dir, depth } = pending.pop() as { dir: string; depth: number };
    let real: string;
    try {
      real = await realpath(dir);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const name = entry.name.toString('utf8');
      const full = path.join(dir, name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let special: string | undefined = isDirectory || isFile || entry.isSymbolicLink() ? undefined : kindOf(entry);
      const badName = invalidName(entry.name);
      if (badName !== undefined) {
        skip(path.join(dir, badName), 'the file name is not valid UTF-8', isDirectory);
        continue;
      }
      if (entry.isSymbolicLink()) {
        const target = await statOrUndefined(full);
        if (!target) continue; // dangling link
        isDirectory = target.isDirectory();
        isFile = target.isFile();
        if (!isDirectory && !isFile) special = kindOf(target);
        else if (!options.allowOutsideLinks) {
          const targetReal = await realpath(full).catch(() => undefined);
          if (targetReal === undefined) continue;
          if (!inside(targetReal, rootReal)) {
            if (isDirectory && skippedDirectory(name, depth, options)) continue;
            skip(full, `a symbolic link out of ${boundary} (to ${targetReal}): not followed`, isDirectory);
            continue;
          }
        }
      }
      if (special !== undefined) skip(full, `not a regular file (${special})`, false);
      else if (isFile) visit(full);
      else if (isDirectory && !skippedDirectory(name, depth, options) && options.ignoredDirectory?.(full) !== true) pending.push({ dir: full, depth: depth + 1 });
    }
  }
}

function skippedDirectory(name: string, depth: number, options: WalkOptions): boolean {
  return depth + 1 > MAX_DEPTH || (name === 'node_modules' && !options.nodeModules) || (name.startsWith('.') && !options.dotDirectories);
}

/** Whether a pattern names `node_modules` or a dot-directory, so a walk may enter them. */
function walkOptionsFor(pattern: string): WalkOptions {
  const segments = pattern.split('/');
  return {
    nodeModules: segments.some((s) => s.includes('node_modules')),
    dotDirectories: segments.some((s, i) => i < segments.length - 1 && s.startsWith('.') && s !== '.' && s !== '..'),
  };
}

/** Whether a file argument removes files (`!drafts/**`) rather than adding them. */
const isNegation = (pattern: string): boolean => pattern.startsWith('!') && pattern.length > 1;

/** Strips `./` prefixes and repeated slashes, keeping the glob syntax untouched. */
function normalizePattern(pattern: string): string {
  let p = pattern.replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p === '' || p === '.' ? '.' : p;
}

/**
 * Resolves the CLI's file arguments to the posts to check.
 *
 * - no patterns (or only negations): {@link DEFAULT_PATTERN} (which may match nothing);
 * - an existing file: that file, whatever its extension;
 * - an existing directory: every `.md`, `.markdown` and `.html` file below it;
 * - a glob (picomatch's syntax: `**`, `*`, `?`, classes, braces, extglobs): the files below its
 *   base directory whose path relative to `cwd` (with `/`; absolute for an absolute pattern)
 *   matches it. As Jekyll reads a site, `*` and `**` never match a name that starts with `.`
 *   (a pattern that writes the dot does); `node_modules` and dot-directories are not entered
 *   unless the pattern names them;
 * - `!glob`: removes the files it matches (or that lie in a folder it matches) from what the
 *   others found, wherever it stands; one that removes nothing is not an error.
 *
 * Files the ignore rules ignore (`.article-kitignore` in `cwd`, gitignore syntax, and
 * `ignores`) are not taken; a file or folder named as such that is ignored is listed in
 * `ignored`. Only regular files are taken: FIFOs, sockets and devices are listed in `skipped`,
 * and so are symbolic links that lead out of the tree unless `allowOutsideLinks` (the tree: the
 * working directory, or for an argument outside it the directory, the glob's base or the file's
 * folder named), and names that are not valid UTF-8. A path that does not exist, or a glob
 * (other than the default) that matches nothing, is listed in `missing`. Throws when
 * `.article-kitignore` exists but cannot be read.
 */
export async function findPostFiles(patterns: readonly string[], cwd: string, options: FindOptions = {}): Promise<FoundFiles> {
  const root = path.resolve(cwd);
  const negations = patterns.filter(isNegation).map((p) => normalizePattern(toPosix(p.slice(1))));
  const positives = patterns.filter((p) => !isNegation(p));
  const usingDefault = positives.length === 0;
  const list = usingDefault ? [DEFAULT_PATTERN] : positives;
  const rules: IgnoreRules | undefined = await loadIgnoreRules(root, {
    ignoreFile: options.ignoreFile !== false,
    ...(options.ignores ? { ignores: options.ignores } : {}),
    ...(options.ignoresBase ? { ignoresBase: options.ignoresBase } : {}),
  });
  const found = new Map<string, string>(); // absolute path → relative path
  const missing: string[] = [];
  const ignored: string[] = [];
  const skipped = new Map<string, SkippedFile>();
  /** Arguments as given, by their absolute path: an argument skipped is reported as it was written. */
  const given = new Map<string, string>();
  const relativeOf = (abs: string): string => toPosix(path.relative(root, abs));
  const isIgnored = (abs: string, isDirectory: boolean): boolean => rules !== undefined && rules.ignores(relativeOf(abs) + (isDirectory ? '/' : ''));
  const add = (abs: string): void => {
    if (!found.has(abs) && !isIgnored(abs, false)) found.set(abs, relativeOf(abs));
  };
  /** The tree an argument's links must stay in. */
  const boundaryOf = (abs: string, isDirectory: boolean): string => treeOf(abs, root, isDirectory);
  /** Whether `abs` (a directory or file argument, or a glob's base) is itself a link out of its tree; reported. */
  const leadsOut = async (abs: string, boundary: string): Promise<boolean> => {
    if (options.allowOutsideLinks) return false;
    const [real, boundaryReal] = await Promise.all([realpath(abs).catch(() => abs), realpath(boundary).catch(() => boundary)]);
    if (inside(real, boundaryReal)) return false;
    skip(abs, `a symbolic link out of ${boundary} (to ${real}): not followed`, true);
    return true;
  };
  const skip = (abs: string, reason: string, explicit: boolean): void => {
    const shown = (explicit ? given.get(abs) : undefined) ?? relativeOf(abs);
    if (!skipped.has(shown)) skipped.set(shown, { path: shown, reason, explicit });
  };
  const walkOptions = { ...options, ...(rules ? { ignoredDirectory: (dir: string) => isIgnored(dir, true) } : {}) };

  for (const pattern of list) {
    const abs = path.resolve(root, pattern);
    given.set(abs, pattern);
    const linkStats = await lstat(abs).catch(() => undefined);
    const stats = linkStats && (await statOrUndefined(abs));
    if (stats && (stats.isFile() || stats.isDirectory()) && isIgnored(abs, stats.isDirectory())) {
      ignored.push(pattern);
      continue;
    }
    if (stats && !stats.isFile() && !stats.isDirectory()) {
      skip(abs, `not a regular file (${kindOf(stats)})`, true);
      continue;
    }
    if (stats?.isFile()) {
      if (!(await leadsOut(abs, boundaryOf(abs, false)))) add(abs);
      continue;
    }
    if (stats?.isDirectory()) {
      const boundary = boundaryOf(abs, true);
      if (await leadsOut(abs, boundary)) continue;
      // Skipping node_modules and dot-directories below it; the directory itself was named.
      await walk(
        abs,
        boundary,
        { nodeModules: false, dotDirectories: false, ...walkOptions },
        (file) => {
          if (POST_EXTENSION.test(file)) add(file);
        },
        (file, reason, isDirectory) => {
          if (isDirectory || POST_EXTENSION.test(file)) skip(file, reason, false);
        },
      );
      continue;
    }
    const normalized = normalizePattern(toPosix(pattern));
    const parts = globParts(normalized);
    if (!parts.isGlob) {
      missing.push(pattern.includes('\uFFFD') ? `${pattern} (a name that is not valid UTF-8 cannot be given as an argument: name its folder)` : pattern);
      continue;
    }
    const absolute = path.isAbsolute(pattern);
    const matcher = globMatcher(normalized);
    const base = path.resolve(root, parts.base);
    const candidate = (file: string): string => (absolute ? toPosix(file) : relativeOf(file));
    let matched = false;
    const boundary = boundaryOf(base, true);
    if ((await statOrUndefined(base))?.isDirectory() && (await leadsOut(base, boundary))) continue;
    await walk(
      base,
      boundary,
      { ...walkOptionsFor(normalized), ...walkOptions },
      (file) => {
        if (!matcher(candidate(file))) return;
        matched = true;
        add(file);
      },
      (file, reason, isDirectory) => {
        if (isDirectory || matcher(candidate(file))) skip(file, reason, false);
      },
    );
    if (!matched && !usingDefault) missing.push(pattern);
  }

  if (negations.length > 0) {
    const removes = negations.map((n) => ({ absolute: path.isAbsolute(n), match: globMatcher(n, { dot: true }) }));
    for (const [abs, rel] of found) {
      if (removes.some((r) => matchesOrUnder(r.match, r.absolute ? toPosix(abs) : rel))) found.delete(abs);
    }
  }
  const files = [...found].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([abs]) => abs);
  return { files, missing, ignored, skipped: [...skipped.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
