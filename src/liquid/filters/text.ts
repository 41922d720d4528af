/**
 * Jekyll's text filters (jekyll/filters.rb, Utils.slugify): escaping for XML, CGI and URIs,
 * slugs in every mode, Markdown and SmartyPants through this package's kramdown with the site's
 * options, word counts with the CJK modes, sentences, JSON as Ruby's generator writes it,
 * `inspect` as Ruby writes it, and `to_integer`. `sassify` and `scssify` need Sass, which is
 * not reproduced: they report a problem.
 */
import { kramdownOptionsOf } from '../../jekyll/kramdown-options.ts';
import { parseKramdown } from '../../kramdown/parse.ts';
import { type Call, defineFilter, type FilterDefinition } from './_filter.ts';
import {
  RubyError,
  RubyFloat,
  floatToS,
  inspect,
  integerToS,
  isFloat,
  isHash,
  isInteger,
  isNil,
  joinArray,
  numberOf,
  rubyClassOf,
  rubyStrip,
  splitWords,
  stringToI,
  toLiquid,
  toS,
} from './_ruby.ts';
import { smartypants } from './_smartypants.ts';
import { normalizeComponent } from './_uri.ts';
import { cgiEscape, rubyDowncase } from './string.ts';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `to_s.encode(xml: :attr)` without its quotes. */
const xmlEscape = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

/** The String a Ruby method that takes only strings needs, or the TypeError it raises. */
function stringArgument(v: unknown): string {
  if (typeof v === 'string') return v;
  throw new RubyError(`no implicit conversion of ${isNil(v) ? 'nil' : rubyClassOf(v)} into String`);
}

function noMethod(method: string, v: unknown, call: Call): RubyError {
  return new RubyError(`undefined method \`${method}' for ${isNil(v) ? 'nil' : inspect(v, call.zone)}:${rubyClassOf(v)}`);
}

const SLUG_MODES = new Set(['raw', 'default', 'pretty', 'ascii', 'latin']);
const SLUG_PATTERNS: Record<string, RegExp> = {
  raw: /[ \t\n\v\f\r]+/g,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g,
};

// I18n.transliterate's letters that do not decompose into a letter and marks.
const LATIN_SPECIAL: Record<string, string> = {
  Æ: 'AE', Ð: 'D', '×': 'x', Ø: 'O', Þ: 'Th', ß: 'ss', æ: 'ae', ð: 'd', ø: 'o', þ: 'th', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i',
  Ĳ: 'IJ', ĳ: 'ij', ĸ: 'k', Ŀ: 'L', ŀ: 'l', Ł: 'L', ł: 'l', ŉ: "'n", Ŋ: 'NG', ŋ: 'ng', Œ: 'OE', œ: 'oe', Ŧ: 'T', ŧ: 't',
};

/** I18n.transliterate: Latin-1 and Latin Extended-A letters without their accents, anything else not ASCII `?`. */
function transliterate(text: string): string {
  return text.replace(/[^\0-\x7f]/gu, (char) => {
    const special = LATIN_SPECIAL[char];
    if (special !== undefined) return special;
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xc0 && code <= 0x17e) {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      if (/^[A-Za-z]+$/.test(base)) return base;
    }
    return '?';
  });
}

/** Jekyll's Utils.slugify(string, mode:). */
export function slugify(input: unknown, mode: unknown, call: Call): unknown {
  if (isNil(input)) return undefined;
  const chosen = isNil(mode) ? 'default' : mode;
  if (typeof chosen !== 'string' || !SLUG_MODES.has(chosen)) {
    if (typeof input !== 'string') throw noMethod('downcase', input, call);
    return rubyDowncase(input);
  }
  if (typeof input !== 'string') throw noMethod('gsub', input, call);
  const text = chosen === 'latin' ? transliterate(input) : input;
  const slug = text.replace(SLUG_PATTERNS[chosen] ?? (SLUG_PATTERNS['default'] as RegExp), '-').replace(/(?<![^\n])-|-(?![^\n])/g, ''); // Ruby's `^-|-$`: at `\n` only
  return rubyDowncase(slug);
}

const CJK = '\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}\\p{Script=Hangul}';
const CJK_CHAR = new RegExp(`[${CJK}]`, 'gu');
const NON_CJK_WORD = new RegExp(`[^${CJK} \\t\\n\\v\\f\\r]+`, 'gu');

function numberOfWords(input: unknown, mode: unknown, call: Call): number {
  if (typeof input !== 'string') throw noMethod(mode === 'cjk' || mode === 'auto' ? 'scan' : 'split', input, call);
  const cjk = (): number => input.match(CJK_CHAR)?.length ?? 0;
  const words = (): number => input.match(NON_CJK_WORD)?.length ?? 0;
  if (mode === 'cjk') return cjk() + words();
  if (mode === 'auto') {
    const count = cjk();
    return count === 0 ? splitWords(input).length : count + words();
  }
  return splitWords(input).length;
}

function sentence(input: unknown, connector: unknown, call: Call): string {
  const v = toLiquid(input);
  if (!Array.isArray(v) && typeof v !== 'string') throw noMethod('length', v, call);
  // A string has a length and `[]` too: its characters stand in for the items, until `join`.
  const items: unknown[] = Array.isArray(v) ? v : Array.from(v);
  const c = toS(connector, call.zone);
  switch (items.length) {
    case 0:
      return '';
    case 1:
      return toS(items[0], call.zone);
    case 2:
      return `${toS(items[0], call.zone)} ${c} ${toS(items[1], call.zone)}`;
    default:
      if (!Array.isArray(v)) throw noMethod('join', (v as string).slice(0, -1), call);
      return `${joinArray(items.slice(0, -1), ', ', call.zone)}, ${c} ${toS(items.at(-1), call.zone)}`;
  }
}

/** A JSON string as Ruby's generator writes it: only `"`, `\` and control characters escaped. */
function jsonString(text: string): string {
  const short: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return `"${text.replace(/["\\\0-\x1f]/g, (c) => short[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** `as_liquid(input).to_json` (json 2.6). */
export function toJson(input: unknown, call: Call, depth = 0): string {
  if (depth > 100) throw new RubyError('nesting of 101 is too deep');
  const v = toLiquid(input);
  if (isNil(v)) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return jsonString(v);
  if (v instanceof RubyFloat || isFloat(v)) {
    const n = numberOf(v);
    if (!Number.isFinite(n)) throw new RubyError(`${floatToS(n)} not allowed in JSON`);
    return floatToS(n);
  }
  if (isInteger(v)) return integerToS(v);
  if (Array.isArray(v)) return `[${v.map((item) => toJson(item, call, depth + 1)).join(',')}]`;
  if (isHash(v)) return `{${Object.entries(v).map(([k, item]) => `${jsonString(k)}:${toJson(item, call, depth + 1)}`).join(',')}}`;
  return jsonString(toS(v, call.zone));
}

/** Ruby's `to_i` of what `to_integer` is given. */
function toInteger(input: unknown, call: Call): number {
  const v = toLiquid(input);
  if (v === true) return 1;
  if (v === false) return 0;
  if (isNil(v)) return 0;
  if (typeof v === 'string') return stringToI(v);
  if (v instanceof RubyFloat || typeof v === 'number') {
    const n = numberOf(v);
    if (!Number.isFinite(n)) throw new RubyError(Number.isNaN(n) ? 'NaN' : floatToS(n));
    return Math.trunc(n);
  }
  if (v instanceof Date) return Math.floor(v.getTime() / 1000);
  throw noMethod('to_i', v, call);
}

export const textFilters: FilterDefinition[] = [
  defineFilter('xml_escape', [0, 0], (call, input) => xmlEscape(toS(input, call.zone))),
  defineFilter('cgi_escape', [0, 0], (_call, input) => cgiEscape(stringArgument(input))),
  defineFilter('uri_escape', [0, 0], (_call, input) => {
    if (isNil(input)) return undefined;
    if (typeof input !== 'string') throw new RubyError(`Can't convert ${rubyClassOf(input)} into String.`);
    return normalizeComponent(input);
  }),
  defineFilter('slugify', [0, 1], (call, input, mode) => slugify(input, mode, call)),
  defineFilter('markdownify', [0, 0], (call, input) => parseKramdown(toS(input, call.zone), 0, { kramdown: kramdownOptionsOf(call.site) }).html),
  defineFilter('smartify', [0, 0], (call, input) => smartypants(toS(input, call.zone), kramdownOptionsOf(call.site))),
  defineFilter('sassify', [0, 0], () => {
    throw new RubyError('sassify needs Sass, which article-kit does not run');
  }),
  defineFilter('scssify', [0, 0], () => {
    throw new RubyError('scssify needs Sass, which article-kit does not run');
  }),
  defineFilter('number_of_words', [0, 1], (call, input, mode) => numberOfWords(input, mode, call)),
  defineFilter('normalize_whitespace', [0, 0], (call, input) => rubyStrip(toS(input, call.zone).replace(/[ \t\n\v\f\r]+/g, ' '))),
  defineFilter('array_to_sentence_string', [0, 1], (call, input, connector = 'and') => sentence(input, connector, call)),
  defineFilter('jsonify', [0, 0], (call, input) => toJson(input, call)),
  defineFilter('inspect', [0, 0], (call, input) => xmlEscape(inspect(input, call.zone))),
  defineFilter('to_integer', [0, 0], (call, input) => toInteger(input, call)),
];
