/**
 * Rouge's rules run in Ruby (Onigmo) on a StringScanner; ours run in JavaScript, sticky at the
 * scan position. The lexers write their rules as JavaScript regexes (`s` standing for Ruby's
 * `/m`), and `compileRule` rewrites the constructs that mean something else in Ruby, so that
 * each rule matches what Rouge's matches:
 *
 * - `.` is any character but `\n` (JavaScript's also leaves out `\r`, U+2028, U+2029);
 * - `\s`, `\w`, `\d`, `\h` are ASCII (JavaScript's `\s` has Unicode spaces; Ruby's `\h` is hex);
 * - `$` is before a `\n` or at the end (Ruby's `^`/`$` are always line anchors);
 * - `\b` and `\B` judge by Unicode word characters, as Onigmo's do; `\p{Word}`, `[[:alpha:]]`
 *   and their kin are Onigmo's Unicode classes;
 * - StringScanner (with `fixed_anchor: false`, its default) matches on the rest of the string
 *   only, so at the scan position a pattern sees no text before it: a lookbehind there never
 *   matches (`(?<=…)` fails, `(?<!…)` holds), `\b` holds before a word character, `\A` and `^`
 *   hold (RegexLexer skips a rule that *starts* with `^` off the beginning of a line, `bol`);
 * - `{,n}` is `{0,n}`; a `{` that starts no quantifier is a literal.
 *
 * Only the syntax the ported lexers use is accepted; anything else throws, at compile time.
 */

/** Onigmo's Unicode word characters (`\p{Word}`, `[[:word:]]`), Unicode 13 as Ruby 3.1 has it. */
const WORD = '\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}';
/** The characters `\b` treats as word characters: Onigmo counts ² ³ ¹ ¼ ½ ¾ among them too. */
const BOUNDARY_WORD = `${WORD}\\xb2\\xb3\\xb9\\xbc-\\xbe`;
const SPACE = '\\t\\n\\v\\f\\r ';

/** The contents of a character class for each escape, and of its complement. */
const CLASS_ESCAPES: Record<string, string> = {
  s: SPACE,
  S: '\\0-\\x08\\x0e-\\x1f\\x21-\\u{10ffff}',
  w: 'A-Za-z0-9_',
  W: '\\0-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\u{10ffff}',
  d: '0-9',
  D: '\\0-\\x2f\\x3a-\\u{10ffff}',
  h: '0-9A-Fa-f',
  H: '\\0-\\x2f\\x3a-\\x40\\x47-\\x60\\x67-\\u{10ffff}',
};

const POSIX: Record<string, string> = {
  alpha: '\\p{Alphabetic}',
  alnum: '\\p{Alphabetic}\\p{Nd}',
  upper: '\\p{Uppercase}',
  lower: '\\p{Lowercase}',
  digit: '\\p{Nd}',
  word: WORD,
  space: '\\p{White_Space}',
};

/** Escapes of one character that mean the same in both dialects. */
const SAME_ESCAPES = new Set(['n', 't', 'r', 'f', 'v', '0']);
/** Characters that stay escaped in a Unicode-mode JavaScript regex. */
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);

const BOUNDARY = `(?:(?<=[${BOUNDARY_WORD}])(?![${BOUNDARY_WORD}])|(?<![${BOUNDARY_WORD}])(?=[${BOUNDARY_WORD}]))`;
const NOT_BOUNDARY = `(?:(?<=[${BOUNDARY_WORD}])(?=[${BOUNDARY_WORD}])|(?<![${BOUNDARY_WORD}])(?![${BOUNDARY_WORD}]))`;

function unsupported(source: string, at: number, what: string): never {
  throw new SyntaxError(`rouge regex ${JSON.stringify(source)}: ${what} at ${at} is not supported`);
}

/** An escape `\x…` at `i` (the backslash) that is a plain character: its JavaScript spelling and length. */
function characterEscape(source: string, i: number, inClass: boolean): [string, number] {
  const c = source[i + 1];
  if (c === undefined) unsupported(source, i, 'a trailing backslash');
  if (SAME_ESCAPES.has(c)) return [`\\${c}`, 2];
  if (c === 'e') return ['\\x1b', 2];
  if (c === 'a') return ['\\x07', 2];
  if (c === 'x') {
    const hex = /^[0-9a-fA-F]{1,2}/.exec(source.slice(i + 2, i + 4))?.[0];
    if (!hex) unsupported(source, i, '\\x without digits');
    return [`\\x${hex.padStart(2, '0')}`, 2 + hex.length];
  }
  if (c === 'u') {
    const braced = /^\{[0-9a-fA-F]+\}/.exec(source.slice(i + 2));
    if (braced) return [`\\u${braced[0]}`, 2 + braced[0].length];
    if (/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) return [source.slice(i, i + 6), 6];
    unsupported(source, i, '\\u');
  }
  if (/[A-Za-z0-9]/.test(c)) unsupported(source, i, `\\${c}`);
  if (SYNTAX.has(c) || (inClass && c === '-')) return [`\\${c}`, 2];
  return [c, 2];
}

/** `\p{…}`/`\P{…}` at `i`: its JavaScript spelling inside a class (or `undefined` for a complement), and length. */
function property(source: string, i: number): [inside: string, negated: boolean, length: number] {
  const m = /^\\([pP])\{(\^?)([A-Za-z_]+)\}/.exec(source.slice(i));
  if (!m) unsupported(source, i, 'a property escape');
  const negated = (m[1] === 'P') !== (m[2] === '^');
  const name = m[3]!;
  const inside = name === 'Word' ? WORD : /^(?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?)$/.test(name) ? `\\p{${name}}` : undefined;
  if (inside === undefined) unsupported(source, i, `\\p{${name}}`);
  return [inside, negated, m[0].length];
}

/** The character class starting at `start` (its `[`): the JavaScript class and the index after it. */
function characterClass(source: string, start: number): [string, number] {
  let i = start + 1;
  let negated = false;
  if (source[i] === '^') {
    negated = true;
    i++;
  }
  let body = '';
  let first = true;
  while (i < source.length && (source[i] !== ']' || first)) {
    const c = source[i]!;
    first = false;
    if (c === '\\') {
      const e = source[i + 1]!;
      if (e in CLASS_ESCAPES) {
        body += CLASS_ESCAPES[e];
        i += 2;
      } else if (e === 'p' || e === 'P') {
        const [inside, neg, length] = property(source, i);
        if (neg) unsupported(source, i, 'a negated property inside a class');
        body += inside;
        i += length;
      } else if (e === 'b') {
        body += '\\x08';
        i += 2;
      } else {
        const [text, length] = characterEscape(source, i, true);
        body += text;
        i += length;
      }
    } else if (c === '[') {
      const m = /^\[:(\^?)([a-z]+):\]/.exec(source.slice(i));
      if (!m || m[1] === '^' || !(m[2]! in POSIX)) unsupported(source, i, 'a nested class');
      body += POSIX[m[2]!];
      i += m[0].length;
    } else if (c === '&' && source[i + 1] === '&') {
      unsupported(source, i, 'a class intersection');
    } else {
      body += c === ']' ? '\\]' : c;
      i++;
    }
  }
  if (i >= source.length) unsupported(source, start, 'an unterminated class');
  return [`[${negated ? '^' : ''}${body}]`, i + 1];
}

/** The index of the `)` closing the group opened at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = characterClass(source, i)[1] - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  unsupported(source, open, 'an unclosed group');
}

interface Group {
  /** The group began where nothing can have been consumed yet (at the scan position). */
  atStart: boolean;
  lookahead: boolean;
}

/** Ruby regex semantics, spelled in JavaScript (see the module's comment). */
export function translate(source: string, dotAll: boolean, midPattern = false): string {
  let out = '';
  let atStart = !midPattern;
  const groups: Group[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1]!;
      if (e in CLASS_ESCAPES) {
        const lower = e.toLowerCase();
        const inside = CLASS_ESCAPES[lower]!;
        out += e === lower ? `[${inside}]` : `[^${inside}]`;
        i += 2;
        atStart = false;
      } else if (e === 'p' || e === 'P') {
        const [inside, negated, length] = property(source, i);
        out += `[${negated ? '^' : ''}${inside}]`;
        i += length;
        atStart = false;
      } else if (e === 'b') {
        out += atStart ? `(?=[${BOUNDARY_WORD}])` : BOUNDARY;
        i += 2;
      } else if (e === 'B') {
        out += atStart ? `(?![${BOUNDARY_WORD}])` : NOT_BOUNDARY;
        i += 2;
      } else if (e === 'A') {
        if (!atStart) out += '(?!)';
        i += 2;
      } else if (e === 'z') {
        out += '(?![\\s\\S])';
        i += 2;
      } else if (e === 'Z') {
        out += '(?=\\n?(?![\\s\\S]))';
        i += 2;
      } else if (/[1-9]/.test(e)) {
        out += `\\${e}`;
        i += 2;
        atStart = false;
      } else if (e === 'k') {
        const m = /^\\k<[A-Za-z_]\w*>/.exec(source.slice(i));
        if (!m) unsupported(source, i, '\\k');
        out += m[0];
        i += m[0].length;
        atStart = false;
      } else {
        const [text, length] = characterEscape(source, i, false);
        out += text;
        i += length;
        atStart = false;
      }
    } else if (c === '[') {
      const [text, end] = characterClass(source, i);
      out += text;
      i = end;
      atStart = false;
    } else if (c === '(') {
      if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
        if (atStart) {
          // The scanner shows a pattern no text before the scan position.
          if (source[i + 3] === '=') out += '(?!)';
          i = closingParen(source, i) + 1;
          continue;
        }
        groups.push({ atStart: false, lookahead: true });
        out += source.slice(i, i + 4);
        i += 4;
      } else if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) {
        groups.push({ atStart, lookahead: true });
        out += source.slice(i, i + 3);
        i += 3;
      } else if (source.startsWith('(?:', i)) {
        groups.push({ atStart, lookahead: false });
        out += '(?:';
        i += 3;
      } else if (source.startsWith('(?<', i)) {
        const m = /^\(\?<[A-Za-z_]\w*>/.exec(source.slice(i));
        if (!m) unsupported(source, i, 'a group');
        groups.push({ atStart, lookahead: false });
        out += m[0];
        i += m[0].length;
      } else if (source[i + 1] === '?') {
        unsupported(source, i, 'a group');
      } else {
        groups.push({ atStart, lookahead: false });
        out += '(';
        i++;
      }
    } else if (c === ')') {
      const group = groups.pop();
      if (!group) unsupported(source, i, 'an unopened group');
      out += ')';
      i++;
      atStart = group.lookahead && group.atStart;
    } else if (c === '|') {
      out += '|';
      i++;
      atStart = groups.length === 0 ? !midPattern : groups[groups.length - 1]!.atStart;
    } else if (c === '.') {
      out += dotAll ? '[\\s\\S]' : '[^\\n]';
      i++;
      atStart = false;
    } else if (c === '^') {
      if (!atStart) out += '(?<=\\n)';
      i++;
    } else if (c === '$') {
      out += '(?![^\\n])';
      i++;
    } else if (c === '{') {
      const m = /^\{(\d*)(,\d*)?\}/.exec(source.slice(i));
      if (m && (m[1] !== '' || (m[2] !== undefined && m[2] !== ','))) {
        out += m[1] === '' ? `{0${m[2]}}` : m[0];
        i += m[0].length;
      } else {
        out += '\\{';
        i++;
        atStart = false;
      }
    } else if (c === '}' || c === ']') {
      out += `\\${c}`;
      i++;
      atStart = false;
    } else if (c === '*' || c === '+' || c === '?') {
      out += c;
      i++;
      if (source[i] === '?') {
        out += '?';
        i++;
      } else if (source[i] === '+' && c !== '?') {
        unsupported(source, i, 'a possessive quantifier');
      }
    } else {
      out += c;
      i++;
      atStart = false;
    }
  }
  if (groups.length > 0) unsupported(source, source.length, 'an unclosed group');
  return out;
}

/** A rule's compiled pattern: sticky, with `bol` when Rouge only tries it at the beginning of a line. */
export interface CompiledPattern {
  re: RegExp;
  bol: boolean;
}

/**
 * Compiles a rule's regex (written with JavaScript flags: `i`, `s` for Ruby's `/m`, and `u`,
 * which changes nothing: every rule is Unicode-aware; TypeScript wants it beside `\p{…}`), sticky;
 * `midPattern` for a part that follows others in Rouge's regex (no scan-position semantics),
 * and then global.
 */
export function compilePattern(re: RegExp | string, flags = '', midPattern = false): CompiledPattern {
  const source = typeof re === 'string' ? re : re.source;
  const all = typeof re === 'string' ? flags : re.flags + flags;
  for (const f of all) if (f !== 'i' && f !== 's' && f !== 'u') throw new SyntaxError(`rouge regex /${source}/: flag ${f} is not supported`);
  const translated = translate(source, all.includes('s'), midPattern);
  return { re: new RegExp(translated, `u${midPattern ? 'g' : 'y'}${all.includes('i') ? 'i' : ''}`), bol: source.startsWith('^') };
}

/** Ruby's `Regexp.escape`, in the dialect `compilePattern` reads. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*?+^$|\\()[\]{}\-#\s/]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : c === '\f' ? '\\f' : c === '\v' ? '\\v' : `\\${c}`,
  );
}
