/**
 * Liquid 5.4's string and HTML filters, as Ruby runs them: every input through Ruby's `to_s`
 * (an array prints `["a", "b"]`, a Float `5.0`, a time `2024-06-12 09:30:00 +0900`, where
 * liquidjs joins, prints `5` and JavaScript's date), lengths in characters, Ruby's white space
 * (ASCII, and NUL for `strip`), `replace`'s backslash sequences, `capitalize`'s title case.
 */
import { base64Decode, base64Encode, decodeUtf8, percent, utf8Bytes } from './_bytes.ts';
import { type Call, defineFilter, type FilterDefinition } from './_filter.ts';
import { rubyDowncase } from '../../ruby/values.ts';

export { rubyDowncase };
import { RubyError, chars, isNil, rubyLstrip, rubyRstrip, rubyStrip, splitString, toInteger, toS } from './_ruby.ts';
import { fromCharCodes } from '../../util/push-all.ts';

const str = (call: Call, v: unknown): string => toS(v, call.zone);

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** CGI.escapeHTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** CGI.escape: all but `a-zA-Z0-9_.-~` percent-encoded (UTF-8), a space as `+`. */
export function cgiEscape(text: string): string {
  let out = '';
  for (const char of text) {
    if (/^[a-zA-Z0-9_.~-]$/.test(char)) out += char;
    else if (char === ' ') out += '+';
    else out += utf8Bytes(char).map(percent).join('');
  }
  return out;
}

/** CGI.unescape: `+` a space, each `%XX` a byte. */
function cgiUnescape(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text[i] as string;
    if (c === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    for (const b of utf8Bytes(char === '+' ? ' ' : char)) bytes.push(b);
    i += char.length;
  }
  const decoded = decodeUtf8(bytes);
  if (decoded === undefined) throw new RubyError('invalid byte sequence in UTF-8');
  return decoded;
}

// Ruby's title case for the first character, where it differs from upper case.
const TITLE_CASE: Record<string, string> = {
  Ǆ: 'ǅ', ǅ: 'ǅ', ǆ: 'ǅ', Ǉ: 'ǈ', ǈ: 'ǈ', ǉ: 'ǈ', Ǌ: 'ǋ', ǋ: 'ǋ', ǌ: 'ǋ', Ǳ: 'ǲ', ǲ: 'ǲ', ǳ: 'ǲ',
  ß: 'Ss', ﬀ: 'Ff', ﬁ: 'Fi', ﬂ: 'Fl', ﬃ: 'Ffi', ﬄ: 'Ffl', ﬅ: 'St', ﬆ: 'St', և: 'Եւ',
};

/** Ruby's `downcase`: no final-sigma rule. */

function capitalize(text: string): string {
  const [first = '', ...rest] = chars(text);
  return (TITLE_CASE[first] ?? first.toUpperCase()) + rubyDowncase(rest.join(''));
}

/** Ruby's `gsub`/`sub` replacement string: `\&` and `\0` the match, `` \` `` and `\'` around it, `\\` one backslash. */
function expandReplacement(replacement: string, match: string, before: string, after: string): string {
  if (!replacement.includes('\\')) return replacement;
  return replacement.replace(/\\(\\|&|`|'|\d|k<[^>]*>)?/g, (all, what: string | undefined) => {
    if (what === undefined) return '\\';
    if (what === '\\') return '\\';
    if (what === '&' || what === '0') return match;
    if (what === '`') return before;
    if (what === "'") return after;
    if (/^\d$/.test(what)) return '';
    return all;
  });
}

/** `text.gsub(pattern, replacement)` (or `sub`, once) with a string pattern. */
export function rubyReplace(text: string, pattern: string, replacement: string, once: boolean): string {
  let out = '';
  let from = 0;
  for (;;) {
    const at = text.indexOf(pattern, from);
    if (at < 0 || at > text.length) break;
    out += text.slice(from, at) + expandReplacement(replacement, pattern, text.slice(0, at), text.slice(at + pattern.length));
    if (pattern === '') {
      // An empty pattern matches before every character and at the end.
      const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
      if (at >= text.length) {
        from = at;
        break;
      }
      out += char;
      from = at + char.length;
    } else {
      from = at + pattern.length;
    }
    if (once) break;
  }
  return out + text.slice(from);
}

function replaceLast(text: string, pattern: string, replacement: string): string {
  const at = text.lastIndexOf(pattern);
  return at < 0 ? text : text.slice(0, at) + replacement + text.slice(at + pattern.length);
}

/** Liquid's strip_html: scripts, comments and styles with their content, then every tag. */
function stripHtml(text: string): string {
  const blocks: Array<[string, string]> = [['<script', '</script>'], ['<!--', '-->'], ['<style', '</style>']];
  const closed = new Set<string>();
  let out = '';
  let i = 0;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    let end = -1;
    for (const [open, close] of blocks) {
      if (closed.has(open) || !text.startsWith(open, lt)) continue;
      const at = text.indexOf(close, lt + open.length);
      if (at < 0) closed.add(open);
      else {
        end = at + close.length;
        break;
      }
    }
    if (end < 0) {
      out += text.slice(i, lt + 1);
      i = lt + 1;
    } else {
      out += text.slice(i, lt);
      i = end;
    }
  }
  out += text.slice(i);
  // Then `<.*?>`: once no `>` follows a `<`, none follows any later one.
  let result = '';
  let j = 0;
  for (;;) {
    const lt = out.indexOf('<', j);
    if (lt < 0) break;
    const gt = out.indexOf('>', lt + 1);
    if (gt < 0) break;
    result += out.slice(j, lt);
    j = gt + 1;
  }
  return result + out.slice(j);
}

/** `input.split(" ", limit)`: at most `limit` words, the last one the rest of the text. */
function splitWordsLimit(text: string, limit: number): string[] {
  const words: string[] = [];
  let i = text.search(/[^ \t\n\v\f\r]/);
  if (i < 0) return words;
  while (i < text.length) {
    if (words.length === limit - 1) {
      words.push(text.slice(i));
      return words;
    }
    const m = /[ \t\n\v\f\r]+/g;
    m.lastIndex = i;
    const space = m.exec(text);
    if (space === null) {
      words.push(text.slice(i));
      return words;
    }
    words.push(text.slice(i, space.index));
    i = space.index + space[0].length;
  }
  return words;
}

/** Ruby's `slice(offset, length)` of characters or items: undefined where Ruby gives nil. */
export function rubySlice<T>(items: readonly T[], offset: number, length: number): T[] | undefined {
  const start = offset < 0 ? items.length + offset : offset;
  if (start < 0 || start > items.length || length < 0) return undefined;
  return items.slice(start, start + length);
}

const toBase64 = (call: Call, v: unknown): string => base64Encode(utf8Bytes(str(call, v)));

function fromBase64(text: string, urlSafe: boolean): string {
  let written = text;
  if (urlSafe) {
    written = written.replace(/-/g, '+').replace(/_/g, '/');
    // urlsafe_decode64 accepts Base64 without its padding.
    if (written.length % 4 !== 0 && !written.endsWith('=')) written = written.padEnd(written.length + ((4 - (written.length % 4)) % 4), '=');
  }
  const bytes = base64Decode(written);
  if (bytes === undefined) throw new RubyError(`invalid base64 provided to base64${urlSafe ? '_url_safe' : ''}_decode`);
  // Ruby decodes to a binary (ASCII-8BIT) string, which a UTF-8 page cannot take in once it holds
  // a byte past ASCII: Jekyll stops with an Encoding::CompatibilityError.
  if (bytes.some((b) => b >= 0x80)) throw new RubyError('incompatible character encodings: UTF-8 and ASCII-8BIT');
  return fromCharCodes(bytes);
}

export const stringFilters: FilterDefinition[] = [
  defineFilter('downcase', [0, 0], (call, input) => rubyDowncase(str(call, input))),
  defineFilter('upcase', [0, 0], (call, input) => str(call, input).toUpperCase()),
  defineFilter('capitalize', [0, 0], (call, input) => capitalize(str(call, input))),
  defineFilter('escape', [0, 0], (call, input) => (isNil(input) ? input : escapeHtml(str(call, input)))),
  defineFilter('h', [0, 0], (call, input) => (isNil(input) ? input : escapeHtml(str(call, input)))),
  defineFilter('escape_once', [0, 0], (call, input) => str(call, input).replace(/["><']|&(?!(?:[a-zA-Z]+|#\d+);)/g, (c) => HTML_ESCAPES[c] ?? c)),
  defineFilter('url_encode', [0, 0], (call, input) => (isNil(input) ? input : cgiEscape(str(call, input)))),
  defineFilter('url_decode', [0, 0], (call, input) => (isNil(input) ? input : cgiUnescape(str(call, input)))),
  defineFilter('base64_encode', [0, 0], (call, input) => toBase64(call, input)),
  defineFilter('base64_decode', [0, 0], (call, input) => fromBase64(str(call, input), false)),
  defineFilter('base64_url_safe_encode', [0, 0], (call, input) => toBase64(call, input).replace(/\+/g, '-').replace(/\//g, '_')),
  defineFilter('base64_url_safe_decode', [0, 0], (call, input) => fromBase64(str(call, input), true)),
  defineFilter('slice', [1, 2], (call, input, offset, length) => {
    const start = toInteger(offset);
    const count = isNil(length) || length === false ? 1 : toInteger(length);
    if (Array.isArray(input)) return rubySlice(input, start, count) ?? [];
    return rubySlice(chars(str(call, input)), start, count)?.join('') ?? '';
  }),
  defineFilter('truncate', [0, 2], (call, input, length = 50, ellipsis = '...') => {
    if (isNil(input)) return input;
    const text = chars(str(call, input));
    const max = toInteger(length);
    const tail = str(call, ellipsis);
    const keep = Math.max(0, max - chars(tail).length);
    return text.length > max ? text.slice(0, keep).join('') + tail : text.join('');
  }),
  defineFilter('truncatewords', [0, 2], (call, input, words = 15, ellipsis = '...') => {
    if (isNil(input)) return input;
    const text = str(call, input);
    let count = toInteger(words);
    if (count <= 0) count = 1;
    const list = splitWordsLimit(text, count + 1);
    if (list.length <= count) return text;
    list.pop();
    return list.join(' ') + str(call, ellipsis);
  }),
  defineFilter('split', [1, 1], (call, input, pattern) => splitString(str(call, input), str(call, pattern))),
  defineFilter('strip', [0, 0], (call, input) => rubyStrip(str(call, input))),
  defineFilter('lstrip', [0, 0], (call, input) => rubyLstrip(str(call, input))),
  defineFilter('rstrip', [0, 0], (call, input) => rubyRstrip(str(call, input))),
  defineFilter('strip_html', [0, 0], (call, input) => stripHtml(str(call, input))),
  defineFilter('strip_newlines', [0, 0], (call, input) => str(call, input).replace(/\r?\n/g, '')),
  defineFilter('newline_to_br', [0, 0], (call, input) => str(call, input).replace(/\r?\n/g, '<br />\n')),
  defineFilter('replace', [1, 2], (call, input, pattern, replacement = '') => rubyReplace(str(call, input), str(call, pattern), str(call, replacement), false)),
  defineFilter('replace_first', [1, 2], (call, input, pattern, replacement = '') => rubyReplace(str(call, input), str(call, pattern), str(call, replacement), true)),
  defineFilter('replace_last', [2, 2], (call, input, pattern, replacement) => replaceLast(str(call, input), str(call, pattern), str(call, replacement))),
  defineFilter('remove', [1, 1], (call, input, pattern) => rubyReplace(str(call, input), str(call, pattern), '', false)),
  defineFilter('remove_first', [1, 1], (call, input, pattern) => rubyReplace(str(call, input), str(call, pattern), '', true)),
  defineFilter('remove_last', [1, 1], (call, input, pattern) => replaceLast(str(call, input), str(call, pattern), '')),
  defineFilter('append', [1, 1], (call, input, suffix) => str(call, input) + str(call, suffix)),
  defineFilter('prepend', [1, 1], (call, input, prefix) => str(call, prefix) + str(call, input)),
];
