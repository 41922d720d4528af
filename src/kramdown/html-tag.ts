// Hand-written readers for raw HTML start and end tags, exact replacements for the `HTML_TAG`
// and `HTML_TAG_CLOSE` patterns of syntax.ts (and for `parseAttributes` over the `attrs` group).
//
// What the patterns mean once their backtracking is worked out:
//
// - NAME is `(?:X:)?Y` with X and Y both `[Alphabetic _][Alphabetic Nd . _ -]*`. Its runs are
//   maximal (`:` is not in the class), so a name is `X:Y` when a `:` and a valid Y follow the first
//   run, else the first run alone. A shorter name is never part of a match: the character after it
//   would be a name character, and nothing after the name may start with one.
// - After the name, `WS*` first takes every white-space character. At that point the attribute
//   lookahead (which needs white space first) captures nothing, so the tag matches there only if
//   `>` or `/>` follows. Otherwise `WS*` gives back one character and the lookahead reads the
//   attributes from the last white-space character before the first attribute name; giving back
//   more would only add leading white space to the same (atomic) attribute list, so the tag
//   matches there or not at all. The `attrs` group therefore starts with exactly one white-space
//   character.
// - Each attribute is `WS+ NAME (WS* = WS* VALUE)?`. The value part is all or nothing: `b=` or
//   `b= -x` leave the `=` unread, and then the tag fails, since only `WS* /? >` may follow the list.
//   An unquoted value is a maximal run of `[\p{L}\p{M}\p{N}\p{Pc}]`; whatever follows it that is not
//   white space, `/>` or `>` (`-`, `.`, `/x`, a quote…) makes the whole tag fail.
// - `parseAttributes` then reads the same attributes back from the `attrs` string, one per list item,
//   later duplicates overwriting the value but keeping the first key's position.
//
// Classes are tested on code points, as under the `u` flag: an astral letter is one character, a
// lone surrogate matches no class (and `[^"]` takes it like any other character).
//
// Unlike the regexes, these take linear time: after `<a` and k white-space characters, a failing
// attribute list is re-read for each of the k characters `WS*` gives back (k² steps).
// Positions: a sticky regex reads `lastIndex` -1 or NaN as 0 and 1.5 as 1; here any `pos` that is
// not an index of the text gives null.

import { work } from './work.ts';

/** A start tag read at a position. */
export interface StartTag {
  /** Index just past the tag's `>`. */
  end: number;
  /** The tag name as written (the `name` group). */
  name: string;
  /** Exactly what `parseAttributes(match.groups.attrs, lowerCaseNames)` returns (an Object.create(null) record, same keys, same order, same values). */
  attrs: Record<string, string>;
  selfClosing: boolean;
}

/** A start tag with its attribute list as written (the `attrs` group). */
export interface StartTagSource {
  end: number;
  name: string;
  /** The `attrs` group: '' or the list with exactly one white-space character before it. */
  attrs: string;
  selfClosing: boolean;
}

/** An end tag read at a position. */
export interface EndTag {
  /** Index just past the tag's `>`. */
  end: number;
  /** The tag name as written (group 1). */
  name: string;
}

// ---------------------------------------------------------------------------------------------
// Character classes

const NAME_START = 1; // [\p{Alphabetic}_]
const NAME_CHAR = 2; // [\p{Alphabetic}\p{Nd}._\-]
const BARE = 4; // [\p{L}\p{M}\p{N}\p{Pc}]

const ALPHABETIC = /^\p{Alphabetic}$/u;
const DECIMAL = /^\p{Nd}$/u;
const BARE_CHAR = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;

function classify(char: string): number {
  let bits = 0;
  if (ALPHABETIC.test(char)) bits |= NAME_START | NAME_CHAR;
  else if (DECIMAL.test(char)) bits |= NAME_CHAR;
  if (BARE_CHAR.test(char)) bits |= BARE;
  return bits;
}

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const digit = c >= 48 && c <= 57;
  let bits = 0;
  if (letter || c === 95) bits |= NAME_START | NAME_CHAR | BARE;
  if (digit) bits |= NAME_CHAR | BARE;
  if (c === 45 || c === 46) bits |= NAME_CHAR;
  ASCII[c] = bits;
}

/** Hangul syllables, the non-ASCII letters posts use most, are letters of every class. */
const HANGUL_SYLLABLES = NAME_START | NAME_CHAR | BARE;

/**
 * The width (1 or 2 code units) of the code point at `i` when it is in the class `bit`, else 0.
 * Surrogate pairs are one code point; lone surrogates are in no class.
 */
function width(text: string, i: number, bit: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII[c]! & bit ? 1 : 0;
  if (!(c >= 0x80)) return 0; // NaN: past the end
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c > 0xdbff) return 0;
    const d = text.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
    return classify(text.slice(i, i + 2)) & bit ? 2 : 0;
  }
  const bits = c >= 0xac00 && c <= 0xd7a3 ? HANGUL_SYLLABLES : classify(String.fromCharCode(c));
  return bits & bit ? 1 : 0;
}

/** `[ \t\n\v\f\r]` (NaN past the end is not). */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

function skipSpace(text: string, i: number): number {
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The end of NAME read at `i`, or -1. */
function scanName(text: string, i: number): number {
  let w = width(text, i, NAME_START);
  if (w === 0) return -1;
  let j = i + w;
  while ((w = width(text, j, NAME_CHAR)) !== 0) j += w;
  if (text.charCodeAt(j) === 58 /* : */) {
    w = width(text, j + 1, NAME_START);
    if (w !== 0) {
      let k = j + 1 + w;
      while ((w = width(text, k, NAME_CHAR)) !== 0) k += w;
      return k;
    }
  }
  return j;
}

const validPos = (text: string, pos: number): boolean => Number.isInteger(pos) && pos >= 0 && pos < text.length;

// ---------------------------------------------------------------------------------------------
// Start tags

// What scanStartTag leaves in its `out` array, then four numbers per attribute: name start and
// end, value start and end (-1, -1 for an attribute without a value).
const NAME_END = 0;
const LIST_START = 1;
const LIST_END = 2;
const SELF_CLOSING = 3;
const FIRST_ATTRIBUTE = 4;

/** Reads a start tag at `pos`, filling `out` (see above). Returns the index past its `>`, or -1. */
function scanStartTag(text: string, pos: number, out: number[]): number {
  if (!validPos(text, pos) || text.charCodeAt(pos) !== 60 /* < */) return -1;
  const nameEnd = scanName(text, pos + 1);
  if (nameEnd < 0) return -1;
  const p = skipSpace(text, nameEnd);
  let c = text.charCodeAt(p);
  out.push(nameEnd, p, p, 0);
  // `WS*` took all the white space: the attribute list is empty here.
  if (c === 62 /* > */) return p + 1;
  if (c === 47 /* / */ && text.charCodeAt(p + 1) === 62) {
    out[SELF_CLOSING] = 1;
    return p + 2;
  }
  if (p === nameEnd) return -1;
  // `WS*` gives one character back; the list is read from there, atomically.
  let listEnd = p - 1;
  out[LIST_START] = listEnd;
  let q = p;
  for (;;) {
    const ne = scanName(text, q);
    if (ne < 0) break;
    let vs = -1;
    let ve = -1;
    let v = skipSpace(text, ne);
    if (text.charCodeAt(v) === 61 /* = */) {
      v = skipSpace(text, v + 1);
      c = text.charCodeAt(v);
      if (c === 34 /* " */ || c === 39 /* ' */) {
        const close = text.indexOf(c === 34 ? '"' : "'", v + 1);
        work.count += (close < 0 ? text.length : close) - v;
        if (close >= 0) {
          vs = v + 1;
          ve = close;
          listEnd = close + 1;
        }
      } else {
        let w = width(text, v, BARE);
        if (w !== 0) {
          let z = v + w;
          while ((w = width(text, z, BARE)) !== 0) z += w;
          vs = v;
          ve = z;
          listEnd = z;
        }
      }
    }
    if (vs < 0) listEnd = ne;
    out.push(q, ne, vs, ve);
    const next = skipSpace(text, listEnd);
    if (next === listEnd) break;
    q = next;
  }
  out[LIST_END] = listEnd;
  let t = skipSpace(text, listEnd);
  work.count += t + 1 - pos;
  c = text.charCodeAt(t);
  if (c === 47 && text.charCodeAt(t + 1) === 62) {
    out[SELF_CLOSING] = 1;
    return t + 2;
  }
  return c === 62 ? t + 1 : -1;
}

/**
 * Matches what `HTML_TAG` matches at `pos` (sticky), or null. `lowerCaseNames` gets the name as
 * written and says whether attribute names are lower-cased; it is called at most once, and only
 * when the tag matches and has attributes. Returns null for any `pos` that is not an index of `text`.
 */
export function matchStartTag(text: string, pos: number, lowerCaseNames: (name: string) => boolean): StartTag | null {
  const out: number[] = [];
  const end = scanStartTag(text, pos, out);
  if (end < 0) return null;
  const name = text.slice(pos + 1, out[NAME_END]);
  const attrs = Object.create(null) as Record<string, string>;
  if (out.length > FIRST_ATTRIBUTE) {
    const lower = lowerCaseNames(name);
    for (let i = FIRST_ATTRIBUTE; i < out.length; i += 4) {
      const key = text.slice(out[i], out[i + 1]);
      const vs = out[i + 2]!;
      attrs[lower ? key.toLowerCase() : key] = vs < 0 ? '' : text.slice(vs, out[i + 3]);
    }
  }
  return { end, name, attrs, selfClosing: out[SELF_CLOSING] === 1 };
}

/** Like matchStartTag, with the attribute list as written: the `attrs` group of `HTML_TAG`. */
export function matchStartTagSource(text: string, pos: number): StartTagSource | null {
  const out: number[] = [];
  const end = scanStartTag(text, pos, out);
  if (end < 0) return null;
  return {
    end,
    name: text.slice(pos + 1, out[NAME_END]),
    attrs: text.slice(out[LIST_START], out[LIST_END]),
    selfClosing: out[SELF_CLOSING] === 1,
  };
}

// ---------------------------------------------------------------------------------------------
// End tags

/** Matches what `HTML_TAG_CLOSE` matches at `pos`: returns { end, name } or null. */
export function matchEndTag(text: string, pos: number): EndTag | null {
  if (!validPos(text, pos) || text.charCodeAt(pos) !== 60 || text.charCodeAt(pos + 1) !== 47) return null;
  const nameEnd = scanName(text, pos + 2);
  if (nameEnd < 0) return null;
  const t = skipSpace(text, nameEnd);
  if (text.charCodeAt(t) !== 62) return null;
  return { end: t + 1, name: text.slice(pos + 2, nameEnd) };
}

// ---------------------------------------------------------------------------------------------
// Tags after up to three spaces (html-block.ts's ` {0,3}` + pattern)

/** Where ` {0,3}` leaves the cursor: the pattern after it can only match there. */
function skipIndent(text: string, pos: number): number {
  let s = pos;
  while (s < pos + 3 && text.charCodeAt(s) === 32) s++;
  return s;
}

/**
 * Matches what `new RegExp(' {0,3}' + HTML_TAG.source, 'ymu')` matches at `pos`; `start` is where
 * its `<` is.
 */
export function matchLineStartTag(
  text: string,
  pos: number,
  lowerCaseNames: (name: string) => boolean,
): (StartTag & { start: number }) | null {
  if (!validPos(text, pos)) return null;
  const start = skipIndent(text, pos);
  const tag = matchStartTag(text, start, lowerCaseNames);
  // A literal, not a spread: the copy was most of the cost of reading a block tag.
  return tag === null ? null : { end: tag.end, name: tag.name, attrs: tag.attrs, selfClosing: tag.selfClosing, start };
}

/**
 * Matches what `new RegExp(' {0,3}' + HTML_TAG_CLOSE.source, 'ymu')` matches at `pos`; `start` is
 * where its `<` is.
 */
export function matchLineEndTag(text: string, pos: number): (EndTag & { start: number }) | null {
  if (!validPos(text, pos)) return null;
  const start = skipIndent(text, pos);
  const tag = matchEndTag(text, start);
  return tag === null ? null : { end: tag.end, name: tag.name, start };
}
