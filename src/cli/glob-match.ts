import picomatch from 'picomatch';

/** What a file argument is, as a glob: whether it has glob syntax, and the folder a walk starts from. */
export interface GlobParts {
  /** Whether the pattern has glob syntax (`*`, `?`, `[…]`, `{…}`, extglobs such as `+(a|b)`). */
  isGlob: boolean;
  /** The leading segments without glob syntax, unescaped: `_posts/**\/*.md` → `_posts`, `*.md` → `.`. */
  base: string;
}

/** Splits a `/`-separated pattern into its literal base and the rest, as picomatch scans it. */
export function globParts(pattern: string): GlobParts {
  const scanned = picomatch.scan(pattern);
  const base = scanned.base.replace(/\\(.)/g, '$1');
  return { isGlob: scanned.isGlob, base: base === '' ? (pattern.startsWith('/') ? '/' : '.') : base };
}

/**
 * `[!abc]` as `[^abc]`: picomatch 4 reads a `!` after `[` as a member (its regexp matches `!`,
 * `a`, `b` and `c`), where shells, git and the glob this replaced negate the class.
 */
const negatedClasses = (pattern: string): string => pattern.replace(/(^|[^\\])\[!/g, '$1[^');

/**
 * A test of `/`-separated paths against globs (picomatch's syntax: `**`, `*`, `?`, classes,
 * braces, extglobs). `dot: false` is Jekyll's reading of names: `*` and `**` never match a name
 * that starts with `.` unless the pattern writes the dot (default: false).
 */
export function globMatcher(patterns: string | readonly string[], options: { dot?: boolean } = {}): (posixPath: string) => boolean {
  const list = (typeof patterns === 'string' ? [patterns] : [...patterns]).map(negatedClasses);
  if (options.dot === true) return picomatch(list, { dot: true });
  const tests = list.map((pattern) => ({ match: picomatch(pattern), dotNames: dotNameTests(pattern) }));
  // picomatch lets an extglob such as `!(*-c).md` match `.x.md`: a name with a leading dot must
  // also match a segment of the pattern that writes that dot.
  return (posixPath) => tests.some(({ match, dotNames }) => match(posixPath) && posixPath.split('/').every((name) => !name.startsWith('.') || dotNames.some((test) => test(name))));
}

/** Tests for the segments of a pattern that write a leading dot (`.github`, `.*.md`, `{.a,b}`). */
function dotNameTests(pattern: string): Array<(name: string) => boolean> {
  return pattern
    .split('/')
    .filter((segment) => /(?:^|[{,(|])\./.test(segment))
    .map((segment) => picomatch(segment, { dot: true }));
}

/**
 * Whether `posixPath` or one of the folders above it matches: a glob that names a folder
 * (`drafts`, `drafts/`, `**\/old`) takes what is below it too.
 */
export function matchesOrUnder(match: (posixPath: string) => boolean, posixPath: string): boolean {
  if (match(posixPath)) return true;
  let end = posixPath.lastIndexOf('/');
  while (end > 0) {
    const folder = posixPath.slice(0, end);
    if (match(folder) || match(`${folder}/`)) return true;
    end = posixPath.lastIndexOf('/', end - 1);
  }
  return false;
}
