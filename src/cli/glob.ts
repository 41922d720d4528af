/**
 * Minimal glob matching for the CLI's file arguments (forward-slash paths only).
 *
 * Supported: `**` (any number of whole path segments, including none), `*` (within a segment),
 * `?` (one character other than `/`), `{a,b,c}` alternatives (may nest and contain other glob
 * syntax), `[abc]` / `[a-z]` / `[!abc]` / `[^abc]` character classes, and `\x` to match `x`
 * literally. Everything else matches itself.
 */

const REGEX_META = /[\\^$.*+?()[\]{}|/]/g;

const escapeRegExp = (s: string): string => s.replace(REGEX_META, '\\$&');

/** Whether `s` contains glob syntax (`*`, `?`, `[` or `{`). */
export function isGlob(s: string): boolean {
  return /[*?[{]/.test(s);
}

/** The index of the `]` closing a class opened at `open`, or -1 when the `[` is literal. */
function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++; // a leading `]` is a member
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '/') return -1; // a class never spans segments
    else if (c === ']') return i;
  }
  return -1;
}

function classToRegExp(body: string): string {
  let negated = false;
  let i = 0;
  if (body[0] === '!' || body[0] === '^') {
    negated = true;
    i = 1;
  }
  let out = '';
  for (; i < body.length; i++) {
    let c = body[i] as string;
    if (c === '\\' && i + 1 < body.length) c = body[++i] as string;
    // Inside a class only these are special; `-` keeps its range meaning.
    out += c === '\\' || c === ']' || c === '[' || c === '^' ? `\\${c}` : c;
  }
  return negated ? `[^/${out}]` : `(?!/)[${out}]`;
}

/** The index of the `}` closing a group opened at `open` (counting nested groups), or -1. */
function braceEnd(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Converts a glob to an anchored regular expression matched against a whole path. */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  /** Open `{` groups: the stack holds nothing but their count matters for `,` and `}`. */
  let groups = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    switch (c) {
      case '\\': {
        const next = pattern[i + 1];
        if (next === undefined) out += '\\\\';
        else {
          out += escapeRegExp(next);
          i++;
        }
        break;
      }
      case '*': {
        let end = i;
        while (pattern[end + 1] === '*') end++;
        const prev = pattern[i - 1];
        const after = pattern[end + 1];
        const segmentStart = i === 0 || prev === '/' || (groups > 0 && (prev === '{' || prev === ','));
        const segmentEnd = after === undefined || after === '/' || (groups > 0 && (after === '}' || after === ','));
        if (end > i && segmentStart && segmentEnd) {
          if (after === '/') {
            // `**/`: any number of leading segments, including none.
            out += '(?:[^/]*/)*';
            i = end + 1;
          } else {
            out += '.*';
            i = end;
          }
        } else {
          out += '[^/]*';
          i = end;
        }
        break;
      }
      case '?':
        out += '[^/]';
        break;
      case '[': {
        const close = classEnd(pattern, i);
        if (close < 0) out += '\\[';
        else {
          out += classToRegExp(pattern.slice(i + 1, close));
          i = close;
        }
        break;
      }
      case '{': {
        if (braceEnd(pattern, i) < 0) out += '\\{';
        else {
          groups++;
          out += '(?:';
        }
        break;
      }
      case '}':
        if (groups > 0) {
          groups--;
          out += ')';
        } else out += '\\}';
        break;
      case ',':
        out += groups > 0 ? '|' : ',';
        break;
      default:
        out += escapeRegExp(c);
    }
  }
  return new RegExp(`^${out}$`);
}

/**
 * The leading segments of a glob that contain no glob syntax: the directory a walk can start
 * from. `_posts/**\/*.md` → `_posts`, `*.md` → `.`, `/srv/site/*.md` → `/srv/site`. The last
 * segment is never part of the base (for a pattern without glob syntax, that is its dirname).
 */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const base: string[] = [];
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i] as string;
    if (isGlob(segment) || segment.includes('\\')) break;
    base.push(segment);
  }
  while (base.length > 1 && base[base.length - 1] === '') base.pop(); // `a//*.md`
  if (base.length === 0) return '.';
  if (base.length === 1 && base[0] === '') return '/';
  const joined = base.join('/');
  return joined === '' ? '.' : joined;
}
