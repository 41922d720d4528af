/**
 * Ruby's regex meanings, spelled for JavaScript. kramdown's patterns are Ruby's, and three of
 * their atoms mean less in Ruby than in JavaScript with the `u` flag: `.` is any character but
 * `\n` (JavaScript's also stops at `\r`, U+2028 and U+2029), `\s` is ASCII white space
 * (`[ \t\n\v\f\r]`: no U+00A0, U+2028, U+3000 or U+FEFF) and `^`/`$` are line anchors at `\n`
 * only (JavaScript's `m` flag also anchors at `\r`, U+2028 and U+2029). `rubySource` rewrites a
 * pattern written in Ruby's terms so that JavaScript reads it the same way; the `m` flag is then
 * not needed (nor wanted).
 */

const SPACE = ' \\t\\n\\v\\f\\r';

/** `source` with `.`, `\s`, `\S`, `^` and `$` meaning what they mean in Ruby. */
export function rubySource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 's') out += inClass ? SPACE : `[${SPACE}]`;
      else if (next === 'S') {
        if (inClass) throw new Error(`rubySource: \\S inside a class other than [\\s\\S] in /${source}/`);
        out += `[^${SPACE}]`;
      } else out += c + next;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (source.startsWith('[\\s\\S]', i) || source.startsWith('[\\S\\s]', i)) {
      out += '[\\s\\S]'; // any character, in Ruby as in JavaScript
      i += 5;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    if (c === '.') out += '[^\\n]';
    else if (c === '^') out += '(?<![^\\n])';
    else if (c === '$') out += '(?![^\\n])';
    else out += c;
  }
  return out;
}

/** A RegExp with Ruby's meanings of `source` (see `rubySource`); `flags` must not hold `m`. */
export function rubyRegExp(source: string, flags = ''): RegExp {
  if (flags.includes('m')) throw new Error('rubyRegExp: Ruby line anchors need no m flag');
  return new RegExp(rubySource(source), flags);
}
