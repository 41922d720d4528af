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
  /**
   * Globs (the configuration's `ignores`) relative to `ignoresBase`; a glob that names a folder
   * ignores what is below it, and `!glob` takes back what it matches.
   */
  ignores?: readonly string[];
  /** The folder `ignores` are relative to: the configuration file's (default: the working directory). */
  ignoresBase?: string;
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
  // `!glob` takes back what the others leave out, as in ESLint's `ignores`.
  const positive = globs.filter((glob) => !glob.startsWith('!'));
  const negative = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
  const byGlob = positive.length > 0 ? globMatcher(positive, { dot: true }) : undefined;
  const takenBack = negative.length > 0 ? globMatcher(negative, { dot: true }) : undefined;
  const base = path.resolve(cwd, options.ignoresBase ?? '.');
  /** A path relative to the working directory as a path relative to `base`, when it lies inside it. */
  const fromBase =
    base === path.resolve(cwd)
      ? (relative: string): string => relative
      : (relative: string): string => path.relative(base, path.resolve(cwd, relative)).split(path.sep).join('/');
  return {
    ignores(relative) {
      if (!isInside(relative)) return false;
      if (gitignore.ignores(relative)) return true;
      // A folder is not passed over when a negated glob may take back something below it.
      if (byGlob === undefined || (takenBack !== undefined && relative.endsWith('/'))) return false;
      const inBase = fromBase(relative.endsWith('/') ? relative.slice(0, -1) : relative);
      return isInside(inBase) && matchesOrUnder(byGlob, inBase) && !(takenBack !== undefined && matchesOrUnder(takenBack, inBase));
    },
  };
}
