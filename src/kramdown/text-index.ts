/**
 * Indexes of a text, built once per text (Scanner#memo), so that a span that cannot close is
 * known not to in one look-up instead of by reading on to the end, once per attempt: the
 * patterns kramdown uses there are quadratic on text made of such attempts.
 */

const isWhiteSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/** The first of `sorted` at or after `from`, or -1. */
export function firstAtOrAfter(sorted: ArrayLike<number>, from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? (sorted[lo] ?? -1) : -1;
}

function positionsOf(text: string, char: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) out.push(at);
  return out;
}

export const greaterThans = (text: string): number[] => positionsOf(text, '>');
export const newlines = (text: string): number[] => positionsOf(text, '\n');

/** Each quote that white space and a `)` may follow (an inline link title's end), and that `)`. */
export interface TitleCloses {
  /** By quote character: the quotes' offsets, ascending, and the `)` after each. */
  '"': { quotes: number[]; parens: number[] };
  "'": { quotes: number[]; parens: number[] };
}

export function titleCloses(text: string): TitleCloses {
  const closes: TitleCloses = { '"': { quotes: [], parens: [] }, "'": { quotes: [], parens: [] } };
  for (let paren = text.indexOf(')'); paren >= 0; paren = text.indexOf(')', paren + 1)) {
    let at = paren - 1;
    while (at >= 0 && isWhiteSpace(text.charCodeAt(at))) at--;
    const quote = text[at];
    if (quote === '"' || quote === "'") {
      closes[quote].quotes.push(at);
      closes[quote].parens.push(paren);
    }
  }
  return closes;
}

/**
 * kramdown's LINK_INLINE_TITLE_RE, `\s*?(["'])(.+?)\1\s*?\)` (dot matching newlines), at `pos`:
 * white space, a quote, then the first same quote at least one character on that only white
 * space parts from a `)`. Returns the title and where the match ends.
 */
export function matchInlineTitle(text: string, pos: number, closes: TitleCloses): { title: string; end: number } | undefined {
  let open = pos;
  while (open < text.length && isWhiteSpace(text.charCodeAt(open))) open++;
  const quote = text[open];
  if (quote !== '"' && quote !== "'") return undefined;
  const { quotes, parens } = closes[quote];
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] ?? 0) < open + 2) lo = mid + 1;
    else hi = mid;
  }
  if (lo === quotes.length) return undefined;
  return { title: text.slice(open + 1, quotes[lo]), end: (parens[lo] ?? 0) + 1 };
}

/** The closing lines of one kind (see FenceCloses): where each starts and ends, the length of the run's last stretch of one character, and the longest from each on. */
interface FenceGroup {
  starts: number[];
  ends: number[];
  trails: number[];
  longestFrom: number[];
}

/**
 * The lines that may close a GFM code fence: ` {0,3}`, a run of `` ` `` and `~`, then only
 * white space but `\n` before the `\n`. kramdown's close is `\1\2*`, the opening run and more of
 * its last character, so a line closes an opening run when the two agree but for the last
 * stretch of one character, which may be longer in the close: the lines are grouped by that
 * head (the run before its last stretch) and character.
 */
export interface FenceCloses {
  groups: Map<string, FenceGroup>;
  /** The lengths of the heads, to skip at once a head no line has. */
  headLengths: Set<number>;
}

const isFenceChar = (code: number): boolean => code === 96 || code === 126;
const isSpaceNotNewline = (code: number): boolean => code === 32 || code === 9 || code === 11 || code === 12 || code === 13;

export function fenceCloses(text: string): FenceCloses {
  const closes: FenceCloses = { groups: new Map(), headLengths: new Set() };
  for (let line = 0; line < text.length; ) {
    const newline = text.indexOf('\n', line);
    if (newline < 0) break;
    let at = line;
    while (at < line + 3 && text.charCodeAt(at) === 32) at++;
    const runStart = at;
    while (isFenceChar(text.charCodeAt(at))) at++;
    const runEnd = at;
    if (runEnd - runStart >= 3) {
      while (at < newline && isSpaceNotNewline(text.charCodeAt(at))) at++;
      if (at === newline) {
        const last = text.charCodeAt(runEnd - 1);
        let headEnd = runEnd - 1;
        while (headEnd > runStart && text.charCodeAt(headEnd - 1) === last) headEnd--;
        const key = text.slice(runStart, headEnd) + text[runEnd - 1];
        let group = closes.groups.get(key);
        if (group === undefined) {
          group = { starts: [], ends: [], trails: [], longestFrom: [] };
          closes.groups.set(key, group);
          closes.headLengths.add(headEnd - runStart);
        }
        group.starts.push(line);
        group.ends.push(newline + 1);
        group.trails.push(runEnd - headEnd);
      }
    }
    line = newline + 1;
  }
  for (const group of closes.groups.values()) {
    let longest = 0;
    for (let i = group.trails.length - 1; i >= 0; i--) {
      longest = Math.max(longest, group.trails[i] ?? 0);
      group.longestFrom[i] = longest;
    }
  }
  return closes;
}

/**
 * The longest opening run `head` + `char` × u, u in [uMin, uMax], that a line at or after `from`
 * closes, and the first such line: kramdown's backtracking tries the longest opening first.
 */
export function findFenceClose(
  closes: FenceCloses,
  from: number,
  head: string,
  char: string,
  uMin: number,
  uMax: number,
): { length: number; start: number; end: number } | undefined {
  const group = closes.groups.get(head + char);
  if (group === undefined || uMax < uMin) return undefined;
  let lo = 0;
  let hi = group.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((group.starts[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const length = Math.min(uMax, group.longestFrom[lo] ?? 0);
  if (length < uMin) return undefined;
  // The shorter closes passed over lie inside the code block found.
  for (let i = lo; i < group.starts.length; i++) {
    if ((group.trails[i] ?? 0) >= length) return { length, start: group.starts[i] ?? 0, end: group.ends[i] ?? 0 };
  }
  return undefined;
}

/**
 * The last place in the text where a span read inside an attempt leaves a mark that outlives the
 * attempt when it fails (a footnote's marker or a note, a tag kramdown remembers, `{::options}`,
 * an image in an image, which nests without end and so may meet the nesting note): an attempt
 * may be cut short only after it.
 */
export function lastLastingSpan(text: string): number {
  return Math.max(text.lastIndexOf('[^'), text.lastIndexOf('<'), text.lastIndexOf('{:'), text.lastIndexOf('!['));
}

export const closingBrackets = (text: string): number[] => positionsOf(text, ']');
