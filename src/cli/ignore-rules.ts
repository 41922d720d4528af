import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ignore from 'ignore';
import { globMatcher, matchesOrUnder } from './glob-match.ts';

/** The ignore file read from the working directory, in gitignore's syntax. */
export const IGNORE_FILE = '.article-kitignore';

/** Which paths below the working directory are not checked. */
export interface IgnoreRules {
  /**
   * Whether a path relative to the working directory (`/`-separated; a folder written with a
   * trailing `/`) is ignored. Paths outside the working directory never are.
   */
  ignores(relative: string): boolean;
}

export interface IgnoreOptions {
  /** Globs relative to the working directory (the configuration's `ignores`); a glob that names a folder ignores what is below it. */
  ignores?: readonly string[];
  /** Read {@link IGNORE_FILE} from the working directory (default: true). */
  ignoreFile?: boolean;
}

/** Whether a relative path lies inside the working directory (not `..`, not absolute, not the directory itself). */
const isInside = (relative: string): boolean => relative !== '' && relative !== '.' && !relative.startsWith('../') && relative !== '..' && !path.isAbsolute(relative);

/**
 * The ignore rules of a run: `.article-kitignore` in `cwd` (gitignore semantics, through the
 * `ignore` package: `#` comments, `!` re-includes, a trailing `/` for folders, a leading `/`
 * anchors, a pattern without `/` matches at any depth, nothing below an ignored folder can be
 * re-included) and the `ignores` globs. Undefined when there are none. Throws when the ignore
 * file exists but cannot be read.
 */
export async function loadIgnoreRules(cwd: string, options: IgnoreOptions = {}): Promise<IgnoreRules | undefined> {
  let text: string | undefined;
  if (options.ignoreFile !== false) {
    try {
      text = await readFile(path.join(cwd, IGNORE_FILE), 'utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOENT') throw new Error(`cannot read ${IGNORE_FILE}: ${(error as Error).message.replace(/, open '.*'$/, '')}`);
    }
  }
  const globs = options.ignores ?? [];
  if (text === undefined && globs.length === 0) return undefined;
  const gitignore = ignore().add(text ?? '');
  const byGlob = globs.length > 0 ? globMatcher(globs, { dot: true }) : undefined;
  return {
    ignores(relative) {
      if (!isInside(relative)) return false;
      if (gitignore.ignores(relative)) return true;
      return byGlob !== undefined && matchesOrUnder(byGlob, relative.endsWith('/') ? relative.slice(0, -1) : relative);
    },
  };
}
