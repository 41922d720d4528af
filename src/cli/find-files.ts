/// <reference types="node" />
import { realpath, readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { globBase, globToRegExp, isGlob } from './glob.ts';

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
}

/**
 * Every file below `root` (following symbolic links, but never into a directory already walked,
 * so link cycles end), as absolute paths built on `root`. Unreadable entries are skipped.
 */
async function walk(root: string, options: WalkOptions, visit: (file: string) => void): Promise<void> {
  const seen = new Set<string>();
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
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await statOrUndefined(full);
        if (!target) continue; // dangling link
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      }
      if (isFile) visit(full);
      else if (isDirectory) {
        if (depth + 1 > MAX_DEPTH) continue;
        if (entry.name === 'node_modules' && !options.nodeModules) continue;
        if (entry.name.startsWith('.') && !options.dotDirectories) continue;
        pending.push({ dir: full, depth: depth + 1 });
      }
    }
  }
}

/** Whether a pattern names `node_modules` or a dot-directory, so a walk may enter them. */
function walkOptionsFor(pattern: string): WalkOptions {
  const segments = pattern.split('/');
  return {
    nodeModules: segments.some((s) => s.includes('node_modules')),
    dotDirectories: segments.some((s, i) => i < segments.length - 1 && s.startsWith('.') && s !== '.' && s !== '..'),
  };
}

/** Strips `./` prefixes and repeated slashes, keeping the glob syntax untouched. */
function normalizePattern(pattern: string): string {
  let p = pattern.replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p === '' || p === '.' ? '.' : p;
}

/**
 * Resolves the CLI's file arguments to the posts to check.
 *
 * - no patterns: {@link DEFAULT_PATTERN} (which may match nothing);
 * - an existing file: that file, whatever its extension;
 * - an existing directory: every `.md`, `.markdown` and `.html` file below it;
 * - a glob: the files below its base directory whose path relative to `cwd` (with `/`; absolute
 *   for an absolute pattern) matches it. `node_modules` and dot-directories are skipped unless
 *   the pattern names them.
 *
 * A path that does not exist, or a glob (other than the default) that matches nothing, is
 * listed in `missing`.
 */
export async function findPostFiles(patterns: readonly string[], cwd: string): Promise<FoundFiles> {
  const root = path.resolve(cwd);
  const usingDefault = patterns.length === 0;
  const list = usingDefault ? [DEFAULT_PATTERN] : patterns;
  const found = new Map<string, string>(); // absolute path → relative path
  const missing: string[] = [];
  const relativeOf = (abs: string): string => toPosix(path.relative(root, abs));
  const add = (abs: string): void => {
    if (!found.has(abs)) found.set(abs, relativeOf(abs));
  };

  for (const pattern of list) {
    const abs = path.resolve(root, pattern);
    const stats = await statOrUndefined(abs);
    if (stats?.isFile()) {
      add(abs);
      continue;
    }
    if (stats?.isDirectory()) {
      // Skipping node_modules and dot-directories below it; the directory itself was named.
      await walk(abs, { nodeModules: false, dotDirectories: false }, (file) => {
        if (POST_EXTENSION.test(file)) add(file);
      });
      continue;
    }
    const normalized = normalizePattern(toPosix(pattern));
    if (!isGlob(normalized)) {
      missing.push(pattern);
      continue;
    }
    const absolute = path.isAbsolute(pattern);
    const matcher = globToRegExp(normalized);
    const base = path.resolve(root, globBase(normalized));
    let matched = false;
    await walk(base, walkOptionsFor(normalized), (file) => {
      const candidate = absolute ? toPosix(file) : relativeOf(file);
      if (!matcher.test(candidate)) return;
      matched = true;
      add(file);
    });
    if (!matched && !usingDefault) missing.push(pattern);
  }

  const files = [...found].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([abs]) => abs);
  return { files, missing };
}
