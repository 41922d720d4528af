/**
 * Custom matchers for the few Rouge rules whose regexes backtrack badly (exponentially in
 * Ruby and JavaScript alike, or quadratically over a text): each returns exactly the match a
 * backtracking engine returns for Rouge's regex, in time linear in what it reads, and a search
 * that would be repeated from many positions is remembered per text.
 */
import type { Match, Matcher } from './engine.ts';
import { compilePattern } from './regex.ts';

const asMatch = (whole: string): Match => [whole] as unknown as Match;

/**
 * `Q(\\\\|\\Q|[^Q])*Q` for a quote Q, and its variant `Q(\\\\|\\Q|[^Q\n])*[Q\n]`
 * (`lineEnds`): a quoted string whose backslash may escape a backslash or the quote.
 * Backtracking takes, from the opening quote, `\\` and `\Q` as pairs and any other character
 * singly (the greedy path), and ends at the first Q (or newline) that path meets. When the path
 * runs out of text without one, it backs up to the last `\Q` pair taken, reads its backslash
 * singly and ends at that Q; with no such pair there is no match. (Later choices, a `\\` read
 * singly, lead to no Q: none is left after that pair.) Only the whole match is given.
 */
export function quoted(quote: string, lineEnds = false): Matcher {
  return (text, pos) => {
    if (text[pos] !== quote) return null;
    let lastPair = -1;
    for (let i = pos + 1; i < text.length; i++) {
      const c = text[i];
      if (c === quote || (lineEnds && c === '\n')) return asMatch(text.slice(pos, i + 1));
      if (c === '\\' && (text[i + 1] === '\\' || text[i + 1] === quote)) {
        if (text[i + 1] === quote) lastPair = i;
        i++;
      }
    }
    return lastPair < 0 ? null : asMatch(text.slice(pos, lastPair + 2));
  };
}

/**
 * `PREFIX.*?TERMINATOR` (with `dotAll`, `.` matching newlines too): the prefix at the scan
 * position, then the first place from there where `terminator` matches, the match ending with
 * it. The last search is remembered, so a text with many prefixes and no terminator is read once.
 */
export function lazyUntil(prefix: RegExp, terminator: RegExp, dotAll: boolean): Matcher {
  const start = compilePattern(prefix).re;
  const terminatorAt = firstFrom(compilePattern(terminator, '', true).re);
  const newlineAt = firstFrom(/\n/g);
  return (text, pos, memo) => {
    start.lastIndex = pos;
    const head = start.exec(text);
    if (!head) return null;
    const from = pos + head[0].length;
    const found = terminatorAt(text, from, memo);
    if (!found) return null;
    if (!dotAll) {
      const newline = newlineAt(text, from, memo);
      if (newline && newline.index < found.index) return null;
    }
    return asMatch(text.slice(pos, found.index + found[0].length));
  };
}

/**
 * The first match of the global `re` at or after `from`, remembered in `memo`: a later call from
 * a position up to that match (or, when there was none, from anywhere after) reads nothing.
 */
export function firstFrom(re: RegExp): (text: string, from: number, memo: Map<object, unknown>) => RegExpExecArray | null {
  const key = {};
  return (text, from, memo) => {
    const last = memo.get(key) as { from: number; found: RegExpExecArray | null } | undefined;
    if (last && from >= last.from && (last.found === null || from <= last.found.index)) return last.found;
    re.lastIndex = from;
    const found = re.exec(text);
    memo.set(key, { from, found });
    return found;
  };
}

/**
 * `A|B|…` at the top of a pattern: the first alternative that matches (nothing follows the
 * alternation, so backtracking into an earlier one cannot help). Regexes are compiled as rules are.
 */
export function anyOf(...alternatives: (RegExp | Matcher)[]): Matcher {
  const parts: Matcher[] = alternatives.map((a) => {
    if (typeof a === 'function') return a;
    const re = compilePattern(a).re;
    return (text, pos) => {
      re.lastIndex = pos;
      return re.exec(text) as Match | null;
    };
  });
  return (text, pos, memo) => {
    for (const part of parts) {
      const m = part(text, pos, memo);
      if (m) return m;
    }
    return null;
  };
}

/**
 * `PREFIX[^S]*?C` for a character C that `[^S]` does not leave out (`&\S*?;`): the prefix, then
 * the first character that is C or in S, which must be C. Remembered like `lazyUntil`.
 */
export function lazyUntilChar(prefix: RegExp, stops: RegExp, close: string): Matcher {
  const start = compilePattern(prefix).re;
  const stopAt = firstFrom(compilePattern(stops, '', true).re);
  return (text, pos, memo) => {
    start.lastIndex = pos;
    const head = start.exec(text);
    if (!head) return null;
    const found = stopAt(text, pos + head[0].length, memo);
    return found && found[0] === close ? asMatch(text.slice(pos, found.index + 1)) : null;
  };
}

/** The first character at or after a position that is not an (ASCII) space, remembered per lex: `\s*` read once over a run. */
export const nonSpaceFrom = firstFrom(/[^\t\n\v\f\r ]/g);

/** Where the run of spaces from `pos` ends. */
export function skipSpaces(text: string, pos: number, memo: Map<object, unknown>): number {
  return nonSpaceFrom(text, pos, memo)?.index ?? text.length;
}
