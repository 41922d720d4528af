/**
 * A fast path for the plain front matter most posts carry. It reads a strict subset of YAML with
 * a hand-written line scanner and returns `undefined` for anything outside that subset, so the
 * caller falls back to the full loader. Whenever it does return a mapping, that mapping equals
 * what `loadYaml` (YAML 1.1, as Ruby's Psych loads it for Jekyll) gives, and Psych would load the
 * text without an error.
 *
 * The subset:
 * - a top-level block mapping at column 0; keys are plain `[A-Za-z_][A-Za-z0-9_.-]*` that resolve
 *   to strings (not `null`, `yes`, `on`, …), never `__proto__`, never repeated, followed by `:` and a
 *   space or the line end;
 * - values on the key's line: plain scalars (resolved by Psych's rules: `yes`/`on`/`no`/`off`
 *   booleans, `010` octal, `1_000`, `12:30:00` sexagesimal, dates and times, …; a Ruby symbol
 *   `:name` is declined), single-quoted and double-quoted scalars (all YAML escapes), flow
 *   sequences `[a, 'b', "c"]` of such scalars, each followed only by spaces and an optional
 *   ` #comment`;
 * - `|`, `|-`, `>`, `>-` block scalars whose lines all sit at one indentation (no more-indented
 *   lines, no tabs at the indentation, no over-indented blank lines);
 * - an empty value (null) or a block sequence of one-line scalars (`- item`, indented or not);
 * - an anchored one-line plain or quoted value (`key: &name value`) and an alias of one
 *   (`other: *name`), anchor names as libyaml reads them (`[A-Za-z0-9_-]+`), each defined once,
 *   before its aliases (a Map of them, so that 20k pairs cost what 20k keys cost);
 * - blank lines and full-line comments between entries; LF or CRLF line ends.
 * Everything else (anchors on collections or in sequences, tags, directives, document markers,
 * nested mappings, multi-line flow or plain scalars, tabs as indentation, control characters, …)
 * is declined. Linear time; never throws.
 */

import { psychPlainScalar } from '../ruby/psych-yaml.ts';

const BAIL: unique symbol = Symbol('bail');
type Bail = typeof BAIL;

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const SQUOTE = 0x27;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const PIPE = 0x7c;
const GT = 0x3e;
const AMPERSAND = 0x26;
const ASTERISK = 0x2a;

/** A plain scalar as Psych resolves it; a Ruby symbol (`:name`), which Jekyll refuses, is not for the fast path. */
function resolvePlain(s: string): unknown {
  const value = psychPlainScalar(s);
  return typeof value === 'symbol' ? BAIL : value;
}

/**
 * Whether a key (letters, digits, `_`, `-`, `.`; a letter or `_` first) loads as that string: for
 * Psych such a key is a string unless it is a boolean or null word, in any case.
 */
const isStringKey = (key: string): boolean => key.length > 5 || !/^(?:yes|no|true|false|on|off|null)$/i.test(key);

/**
 * Declines characters YAML does not allow or that parsers treat specially: C0 controls other than
 * tab and line feed, CR not before LF, DEL and C1 controls (incl. NEL), line/paragraph separators,
 * BOM, non-characters U+FFFE/U+FFFF and unpaired surrogates.
 */
function allPrintable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20) {
      if (c < 0x7f || (c >= 0xa0 && c < 0x2028) || (c > 0x2029 && c < 0xd800)) continue;
      if (c <= 0x9f || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff) return false;
      if (c <= 0xdfff) {
        // A surrogate: only a high one followed by a low one.
        if (c >= 0xdc00) return false;
        const d = text.charCodeAt(i + 1);
        if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
        i++;
      }
    } else if (c !== LF && c !== TAB && !(c === CR && text.charCodeAt(i + 1) === LF)) {
      return false;
    }
  }
  return true;
}

/** The yaml package's single-character escapes in double-quoted scalars. */
function simpleEscape(c: number): string | undefined {
  switch (c) {
    case 0x30: return '\0';
    case 0x61: return '\x07';
    case 0x62: return '\b';
    case 0x65: return '\x1b';
    case 0x66: return '\f';
    case 0x6e: return '\n';
    case 0x72: return '\r';
    case 0x74: return '\t';
    case 0x76: return '\v';
    case 0x4e: return '\u0085';
    case 0x5f: return '\u00a0';
    case 0x4c: return '\u2028';
    case 0x50: return '\u2029';
    case SPACE: return ' ';
    case DQUOTE: return '"';
    case 0x2f: return '/';
    case BACKSLASH: return '\\';
    case TAB: return '\t';
    default: return undefined;
  }
}

/** libyaml's anchor and alias name characters. */
const isAnchorChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === DASH;

const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

class Scanner {
  /** Position just past the last value read. */
  at = 0;
  /** Set by `line`: the start of the following line. */
  next = 0;
  constructor(readonly text: string) {}

  /** End of the line starting at `from`, before the CR of a CRLF; sets `next`. */
  line(from: number): number {
    const text = this.text;
    let eol = text.indexOf('\n', from);
    if (eol === -1) eol = text.length;
    this.next = eol + 1;
    return eol > from && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
  }

  /** After a scalar ends at `k`: only spaces, then the line end or a ` #comment`. */
  restOfLineIsEmpty(k: number, end: number): boolean {
    const text = this.text;
    const start = k;
    while (k < end && text.charCodeAt(k) === SPACE) k++;
    return k === end || (k > start && text.charCodeAt(k) === HASH);
  }

  /** A one-line plain scalar in block context, from `j` (not a space) to the line end. */
  blockPlain(j: number, end: number): string | Bail {
    const text = this.text;
    const c = text.charCodeAt(j);
    switch (c) {
      case DASH: {
        const d = text.charCodeAt(j + 1);
        if (j + 1 >= end || d === SPACE || d === TAB) return BAIL;
        break;
      }
      case 0x3f: // ?
      case COLON:
      case COMMA:
      case LBRACKET:
      case RBRACKET:
      case LBRACE:
      case RBRACE:
      case HASH:
      case 0x26: // &
      case 0x2a: // *
      case 0x21: // !
      case PIPE:
      case GT:
      case SQUOTE:
      case DQUOTE:
      case 0x25: // %
      case 0x40: // @
      case 0x60: // `
        return BAIL;
    }
    let last = j;
    let k = j;
    for (; k < end; k++) {
      const ch = text.charCodeAt(k);
      if (ch === SPACE) continue;
      if (ch === TAB) return BAIL;
      if (ch === COLON) {
        if (k + 1 === end || text.charCodeAt(k + 1) === SPACE) return BAIL;
      } else if (ch === HASH && text.charCodeAt(k - 1) === SPACE) break;
      last = k;
    }
    return text.slice(j, last + 1);
  }

  /** A single-quoted scalar closed on its line; sets `at` past the closing quote. */
  singleQuoted(j: number, end: number): string | Bail {
    const text = this.text;
    let out = '';
    let from = j + 1;
    for (let k = from; k < end; k++) {
      if (text.charCodeAt(k) !== SQUOTE) continue;
      if (text.charCodeAt(k + 1) === SQUOTE && k + 1 < end) {
        out += text.slice(from, k + 1);
        from = k + 2;
        k++;
        continue;
      }
      this.at = k + 1;
      return out + text.slice(from, k);
    }
    return BAIL;
  }

  /** A double-quoted scalar closed on its line; sets `at` past the closing quote. */
  doubleQuoted(j: number, end: number): string | Bail {
    const text = this.text;
    let out = '';
    let from = j + 1;
    for (let k = from; k < end; k++) {
      const ch = text.charCodeAt(k);
      if (ch === DQUOTE) {
        this.at = k + 1;
        return out + text.slice(from, k);
      }
      if (ch !== BACKSLASH) continue;
      out += text.slice(from, k);
      if (k + 1 >= end) return BAIL;
      const e = text.charCodeAt(k + 1);
      const simple = simpleEscape(e);
      if (simple !== undefined) {
        out += simple;
        k++;
      } else {
        const length = e === 0x78 ? 2 : e === 0x75 ? 4 : e === 0x55 ? 8 : 0;
        if (length === 0 || k + 2 + length > end) return BAIL;
        let code = 0;
        for (let h = k + 2; h < k + 2 + length; h++) {
          const hc = text.charCodeAt(h);
          if (!isHex(hc)) return BAIL;
          code = code * 16 + (hc <= 0x39 ? hc - 0x30 : (hc | 0x20) - 0x57);
        }
        if (code > 0x10ffff) return BAIL;
        out += String.fromCodePoint(code);
        k += 1 + length;
      }
      from = k + 1;
    }
    return BAIL;
  }

  /** A scalar on one line in block context (value or sequence item), `j` at its first character. */
  lineScalar(j: number, end: number): unknown {
    const c = this.text.charCodeAt(j);
    if (c === SQUOTE || c === DQUOTE) {
      const value = c === SQUOTE ? this.singleQuoted(j, end) : this.doubleQuoted(j, end);
      if (value === BAIL || !this.restOfLineIsEmpty(this.at, end)) return BAIL;
      return value;
    }
    const plain = this.blockPlain(j, end);
    return plain === BAIL ? BAIL : resolvePlain(plain);
  }

  /**
   * `&name value` (a one-line scalar on the line, the anchor defined for the first time) or
   * `*name` (an anchor defined above), `j` at the `&` or `*`; `anchors` takes the new one.
   */
  anchoredOrAlias(j: number, end: number, anchors: Map<string, unknown>): unknown {
    const text = this.text;
    let nameEnd = j + 1;
    while (nameEnd < end && isAnchorChar(text.charCodeAt(nameEnd))) nameEnd++;
    const name = text.slice(j + 1, nameEnd);
    if (name === '') return BAIL;
    if (text.charCodeAt(j) === ASTERISK) return this.restOfLineIsEmpty(nameEnd, end) && anchors.has(name) ? anchors.get(name) : BAIL;
    if (text.charCodeAt(nameEnd) !== SPACE || anchors.has(name)) return BAIL;
    let k = nameEnd;
    while (k < end && text.charCodeAt(k) === SPACE) k++;
    const c = k < end ? text.charCodeAt(k) : -1;
    // Not a null, a collection or a block scalar (which may run on below).
    if (c === -1 || c === TAB || c === HASH || c === LBRACKET || c === PIPE || c === GT) return BAIL;
    const value = this.lineScalar(k, end);
    if (value !== BAIL) anchors.set(name, value);
    return value;
  }

  /** A flow sequence of scalars closed on its line. */
  flowSequence(j: number, end: number): unknown[] | Bail {
    const text = this.text;
    const items: unknown[] = [];
    let k = j + 1;
    while (k < end && text.charCodeAt(k) === SPACE) k++;
    if (text.charCodeAt(k) === RBRACKET && k < end) return this.restOfLineIsEmpty(k + 1, end) ? items : BAIL;
    for (;;) {
      while (k < end && text.charCodeAt(k) === SPACE) k++;
      if (k >= end) return BAIL;
      const c = text.charCodeAt(k);
      if (c === SQUOTE || c === DQUOTE) {
        const value = c === SQUOTE ? this.singleQuoted(k, end) : this.doubleQuoted(k, end);
        if (value === BAIL) return BAIL;
        items.push(value);
        k = this.at;
        while (k < end && text.charCodeAt(k) === SPACE) k++;
      } else {
        if (c === DASH) {
          const d = text.charCodeAt(k + 1);
          if (k + 1 >= end || d === SPACE || d === TAB || d === COMMA || d === LBRACKET || d === RBRACKET || d === LBRACE || d === RBRACE) return BAIL;
        } else if (
          c === 0x3f ||
          c === COLON ||
          c === COMMA ||
          c === LBRACKET ||
          c === RBRACKET ||
          c === LBRACE ||
          c === RBRACE ||
          c === HASH ||
          c === 0x26 ||
          c === 0x2a ||
          c === 0x21 ||
          c === PIPE ||
          c === GT ||
          c === 0x25 ||
          c === 0x40 ||
          c === 0x60
        ) {
          return BAIL;
        }
        const start = k;
        let last = k;
        for (; k < end; k++) {
          const ch = text.charCodeAt(k);
          if (ch === COMMA || ch === RBRACKET) break;
          if (ch === SPACE) continue;
          if (ch === TAB || ch === COLON || ch === HASH || ch === LBRACKET || ch === LBRACE || ch === RBRACE) return BAIL;
          last = k;
        }
        const item = resolvePlain(text.slice(start, last + 1));
        if (item === BAIL) return BAIL;
        items.push(item);
      }
      if (k >= end) return BAIL;
      const sep = text.charCodeAt(k);
      if (sep === RBRACKET) return this.restOfLineIsEmpty(k + 1, end) ? items : BAIL;
      if (sep !== COMMA) return BAIL;
      k++;
      while (k < end && text.charCodeAt(k) === SPACE) k++;
      // A trailing comma or an empty entry: declined.
      if (k >= end || text.charCodeAt(k) === RBRACKET || text.charCodeAt(k) === COMMA) return BAIL;
    }
  }

  /**
   * A `|`, `|-`, `>` or `>-` block scalar under a key at column 0. `j` is at the indicator;
   * `next` is the start of the following line. Sets `at` to the first line after the scalar.
   */
  blockScalar(j: number, end: number, next: number): string | Bail {
    const text = this.text;
    const folded = text.charCodeAt(j) === GT;
    let k = j + 1;
    let strip = false;
    if (k < end && text.charCodeAt(k) === DASH) {
      strip = true;
      k++;
    }
    if (k < end && text.charCodeAt(k) !== SPACE) return BAIL;
    if (!this.restOfLineIsEmpty(k, end)) return BAIL;

    const length = text.length;
    let indent = 0; // 0 until the first content line fixes it
    let maxLeadingBlank = 0;
    let leadingBlanks = 0;
    let blanks = 0; // blank lines since the last content line
    let value = '';
    let hasContent = false;
    let pos = next;
    while (pos < length) {
      const lineEnd = this.line(pos);
      const lineNext = this.next;
      let s = pos;
      while (s < lineEnd && text.charCodeAt(s) === SPACE) s++;
      const spaces = s - pos;
      if (s === lineEnd) {
        // A blank line.
        if (indent === 0) {
          if (spaces > maxLeadingBlank) maxLeadingBlank = spaces;
          leadingBlanks++;
        } else {
          if (spaces > indent) return BAIL;
          blanks++;
        }
        pos = lineNext;
        continue;
      }
      if (text.charCodeAt(s) === TAB) return BAIL;
      if (spaces === 0) break;
      if (indent === 0) {
        if (maxLeadingBlank > spaces) return BAIL;
        indent = spaces;
      } else if (spaces !== indent) {
        return BAIL;
      }
      const content = text.slice(s, lineEnd);
      if (!hasContent) {
        value = '\n'.repeat(leadingBlanks) + content;
        hasContent = true;
      } else if (folded) {
        value += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + content;
      } else {
        value += '\n'.repeat(blanks + 1) + content;
      }
      blanks = 0;
      pos = lineNext;
    }
    this.at = pos;
    if (!hasContent) return '';
    return strip ? value : value + '\n';
  }

  /** A block sequence of one-line scalars whose `- ` sit at column `indent`, from the line at `pos`. */
  blockSequence(pos: number, indent: number): unknown[] | Bail {
    const text = this.text;
    const length = text.length;
    const items: unknown[] = [];
    while (pos < length) {
      const lineEnd = this.line(pos);
      const lineNext = this.next;
      let s = pos;
      while (s < lineEnd && text.charCodeAt(s) === SPACE) s++;
      if (s === lineEnd) {
        pos = lineNext;
        continue;
      }
      const c = text.charCodeAt(s);
      if (c === TAB) return BAIL;
      if (c === HASH) {
        pos = lineNext;
        continue;
      }
      const spaces = s - pos;
      if (spaces !== indent || c !== DASH) {
        if (spaces === 0) break;
        return BAIL;
      }
      let k = s + 1;
      if (k < lineEnd && text.charCodeAt(k) !== SPACE) {
        if (spaces === 0) break;
        return BAIL;
      }
      while (k < lineEnd && text.charCodeAt(k) === SPACE) k++;
      if (k === lineEnd || text.charCodeAt(k) === HASH) {
        items.push(null);
      } else {
        const c2 = text.charCodeAt(k);
        if (c2 === TAB) return BAIL;
        const value = this.lineScalar(k, lineEnd);
        if (value === BAIL) return BAIL;
        items.push(value);
      }
      pos = lineNext;
    }
    this.at = pos;
    return items;
  }
}

/**
 * Reads `text` if it is a plain mapping in the subset described above; `undefined` otherwise
 * (including an empty document), meaning: ask the `yaml` package.
 */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (!allPrintable(text)) return undefined;
  const scanner = new Scanner(text);
  const out: Record<string, unknown> = {};
  const anchors = new Map<string, unknown>();
  const length = text.length;
  let keys = 0;
  let pos = 0;
  while (pos < length) {
    const end = scanner.line(pos);
    const next = scanner.next;
    let s = pos;
    while (s < end && text.charCodeAt(s) === SPACE) s++;
    if (s === end) {
      pos = next;
      continue;
    }
    const first = text.charCodeAt(s);
    if (first === HASH) {
      pos = next;
      continue;
    }
    if (s !== pos) return undefined;

    // The key.
    const isLetter = (first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a) || first === 0x5f;
    if (!isLetter) return undefined;
    let k = s + 1;
    for (; k < end; k++) {
      const c = text.charCodeAt(k);
      const keyChar = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === DASH || c === 0x2e;
      if (!keyChar) break;
    }
    if (k >= end || text.charCodeAt(k) !== COLON || k - s > 1000) return undefined;
    const key = text.slice(s, k);
    if (key === '__proto__' || Object.hasOwn(out, key) || !isStringKey(key)) return undefined;
    k++;
    if (k < end && text.charCodeAt(k) !== SPACE) return undefined;
    while (k < end && text.charCodeAt(k) === SPACE) k++;

    let value: unknown;
    const c = k < end ? text.charCodeAt(k) : -1;
    if (c === TAB) return undefined;
    if (c === -1 || c === HASH) {
      // An empty value: null, or a block sequence on the following lines.
      let p = next;
      let seqIndent = -1;
      while (p < length) {
        const lEnd = scanner.line(p);
        const lNext = scanner.next;
        let q = p;
        while (q < lEnd && text.charCodeAt(q) === SPACE) q++;
        if (q === lEnd || text.charCodeAt(q) === HASH) {
          p = lNext;
          continue;
        }
        const d = text.charCodeAt(q);
        if (d === DASH && (q + 1 === lEnd || text.charCodeAt(q + 1) === SPACE)) seqIndent = q - p;
        else if (q !== p) return undefined;
        break;
      }
      if (seqIndent === -1) {
        value = null;
        pos = next;
      } else {
        const items = scanner.blockSequence(p, seqIndent);
        if (items === BAIL) return undefined;
        value = items;
        pos = scanner.at;
      }
    } else if (c === LBRACKET) {
      const items = scanner.flowSequence(k, end);
      if (items === BAIL) return undefined;
      value = items;
      pos = next;
    } else if (c === PIPE || c === GT) {
      const block = scanner.blockScalar(k, end, next);
      if (block === BAIL) return undefined;
      value = block;
      pos = scanner.at;
    } else if (c === AMPERSAND || c === ASTERISK) {
      value = scanner.anchoredOrAlias(k, end, anchors);
      if (value === BAIL) return undefined;
      pos = next;
    } else {
      value = scanner.lineScalar(k, end);
      if (value === BAIL) return undefined;
      pos = next;
    }
    out[key] = value;
    keys++;
  }
  return keys === 0 ? undefined : out;
}
