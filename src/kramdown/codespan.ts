import { work } from './work.ts';

/**
 * The runs of backticks of one text, to find a code span's closing run without rereading the
 * text: kramdown's `scan_until(/`{n}/)` reads to the end for every run it cannot close, which is
 * quadratic on ever shorter runs (`` `````a ````a … `a ``). Built once per text, when a backtick
 * is first met there.
 */
class BacktickRuns {
  readonly starts: number[] = [];
  readonly lengths: number[] = [];
  /** The longest run from each run on (suffix maxima), to say "none" at once. */
  readonly longestFrom: number[] = [];

  constructor(readonly text: string) {
    for (let at = text.indexOf('`'); at >= 0; at = text.indexOf('`', at)) {
      const start = at;
      while (text.charCodeAt(at) === 96) at++;
      this.starts.push(start);
      this.lengths.push(at - start);
    }
    work.count += text.length;
    let longest = 0;
    for (let i = this.lengths.length - 1; i >= 0; i--) {
      longest = Math.max(longest, this.lengths[i] ?? 0);
      this.longestFrom[i] = longest;
    }
  }

  /**
   * Where the first `length` backticks in a row start at or after `from` (which no run spans)
   * and end by `limit`: the start of the first run that long; -1 when there is none.
   */
  find(from: number, length: number, limit: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    if ((this.longestFrom[lo] ?? 0) < length) return -1;
    // The runs passed over lie inside the code span found: every caller moves past them.
    for (let i = lo; i < this.starts.length; i++) {
      work.count++;
      const start = this.starts[i] ?? 0;
      if (start + length > limit) return -1;
      if ((this.lengths[i] ?? 0) >= length) return start;
    }
    return -1;
  }
}

let lastRuns: BacktickRuns | undefined;

/**
 * Where a code span that starts at `start` (a run of backticks) ends, by kramdown's rule: the
 * same run of backticks closes it (the first that many in a row, even inside a longer run); a
 * single backtick between white space is literal. Only text before `limit` is read.
 * Returns the span's end and content, or undefined when the backticks are literal.
 */
export function matchCodespan(text: string, start: number, limit = text.length): { end: number; delimiter: string; content: string } | undefined {
  let after = start;
  while (text[after] === '`') after++;
  const delimiter = text.slice(start, after);
  if (delimiter.length === 1) {
    const before = start === 0 ? '' : text[start - 1];
    const next = after < limit ? (text[after] ?? '') : '';
    if ((before === '' || isAsciiSpace(before ?? '')) && isAsciiSpace(next)) return undefined;
  }
  if (lastRuns?.text !== text) lastRuns = new BacktickRuns(text);
  const close = lastRuns.find(after, delimiter.length, limit);
  if (close < 0) return undefined;
  let content = text.slice(after, close);
  if (delimiter.length > 1) {
    if (content.startsWith(' ')) content = content.slice(1);
    if (content.endsWith(' ')) content = content.slice(0, -1);
  }
  return { end: close + delimiter.length, delimiter, content };
}

export const isAsciiSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
