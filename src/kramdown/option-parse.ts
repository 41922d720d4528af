/**
 * kramdown 2.4's `Options.parse` (kramdown/options.rb), one function per option type
 * and one per validator, for values as YAML gives them. Where kramdown raises, these return
 * `{ error }` with kramdown's message; the caller keeps the default and reports it.
 */
import { loadYaml } from '../ruby/psych-yaml.ts';
import { isHash, rubyClass, rubyInteger, rubySplitCommas, rubyStrip, rubyStringToI, rubyToS, setOwn, truthy } from '../ruby/values.ts';

export type Parsed<T> = { value: T } | { error: string };

/** `Boolean`: true and false as they are; anything else true unless its text is empty or `false`. */
export function parseBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  const text = rubyToS(value);
  return rubyStrip(text.toLowerCase()) !== 'false' && text !== '';
}

/** `String`: `to_s`, so `nil` is `''`. */
export const parseString = (value: unknown): string => (typeof value === 'string' ? value : rubyToS(value));

/** `Integer`: an integer as it is, else `Integer(to_s)` (`'0x10'` is 16, `'1.5'` fails). */
export function parseInteger(name: string, value: unknown): Parsed<number> {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { value };
  const text = rubyToS(value);
  const parsed = rubyInteger(text);
  return parsed === undefined ? { error: `Invalid integer value for option '${name}': '${text}'` } : { value: parsed };
}

/** `Options.str_to_sym`: stripped, a leading colon dropped; empty or `nil` is nil. */
export function strToSym(text: string): string | null {
  let name = rubyStrip(text);
  if (name.startsWith(':')) name = name.slice(1);
  return name === '' || name === 'nil' ? null : name;
}

/** `Symbol`: `str_to_sym(to_s)`. */
export const parseSymbol = (value: unknown): string | null => strToSym(rubyToS(value));

/** `simple_array_validator`: a comma-separated string split, or an array; of `size` values if given. */
export function simpleArray(name: string, value: unknown, size?: number): Parsed<unknown[]> {
  const list = typeof value === 'string' ? rubySplitCommas(value) : value;
  if (!Array.isArray(list)) return { error: `Invalid type ${rubyClass(value)} for option ${name}` };
  if (size !== undefined && list.length !== size) return { error: `Option ${name} needs exactly ${size} values` };
  return { value: list };
}

/** `simple_hash_validator`: a mapping, or a string of YAML holding one. */
export function simpleHash(name: string, value: unknown): Parsed<Record<string, unknown>> {
  let hash = value;
  if (typeof value === 'string') {
    const loaded = loadYaml(value);
    if (loaded.problems.length > 0 || loaded.value === undefined) return { error: `Invalid YAML value for option ${name}` };
    hash = loaded.value;
  }
  if (!isHash(hash)) return { error: `Invalid type ${rubyClass(hash)} for option ${name}` };
  return { value: hash };
}

/** The keys of a hash through `str_to_sym`, as kramdown's validators and Rouge rewrite them; a later key wins, a nil key is dropped. */
export function symbolizeKeys(hash: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(hash)) {
    const name = strToSym(key);
    if (name !== null) setOwn(out, name, value);
  }
  return out;
}

/** `toc_levels`: `'1..3'`, `'1,2,3'` (any line of the string), or an array; levels 1 to 6. */
export function parseTocLevels(value: unknown): Parsed<number[]> {
  let levels: number[];
  if (typeof value === 'string') {
    // Ruby's ^ and $ hold at every line: a matching line anywhere decides.
    const lines = value.split('\n');
    const range = lines.map((line) => /^(\d)\.\.(\d)$/.exec(line)).find((m) => m !== null);
    if (range) {
      levels = [];
      for (let level = Number(range[1]); level <= Number(range[2]); level++) levels.push(level);
    } else if (lines.some((line) => /^\d(?:,\d)*$/.test(line))) {
      levels = [...new Set(rubySplitCommas(value).map(rubyStringToI))];
    } else return { error: 'Invalid syntax for option toc_levels' };
  } else if (Array.isArray(value)) {
    const numbers: number[] = [];
    for (const item of value) {
      // `to_i`: Integer and Float truncate, String reads its leading digits, nil is 0; others have none.
      if (typeof item === 'number' && Number.isFinite(item)) numbers.push(Math.trunc(item));
      else if (typeof item === 'string') numbers.push(rubyStringToI(item));
      else if (item === null || item === undefined) numbers.push(0);
      else return { error: `Invalid value ${rubyToS(item)} (${rubyClass(item)}) in option toc_levels` };
    }
    levels = [...new Set(numbers)];
  } else return { error: `Invalid type ${rubyClass(value)} for option toc_levels` };
  if (levels.some((level) => level < 1 || level > 6)) return { error: 'Level numbers for option toc_levels have to be integers from 1 to 6' };
  return { value: levels };
}

/** `Integer(value) rescue value`, as `smart_quotes` applies it to each entry. */
function integerOrSelf(value: unknown): unknown {
  if (typeof value === 'string') return rubyInteger(value) ?? value;
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  return value;
}

const SMART_QUOTES = ['lsquo', 'rsquo', 'ldquo', 'rdquo'];

/** `smart_quotes`: four entity names or code points, as `'a,b,c,d'` or an array. */
export function parseSmartQuotes(value: unknown): Parsed<unknown[]> {
  if (value === SMART_QUOTES.join(',') || (Array.isArray(value) && value.length === 4 && value.every((v, i) => v === SMART_QUOTES[i]))) {
    return { value: [...SMART_QUOTES] };
  }
  const list = simpleArray('smart_quotes', value, 4);
  return 'error' in list ? list : { value: list.value.map(integerOrSelf) };
}

/** `link_defs`: id → `[url]` or `[url, title]`, a mapping or YAML text. */
export function parseLinkDefs(value: unknown): Parsed<Record<string, [string, string?]>> {
  const hash = simpleHash('link_defs', value);
  if ('error' in hash) return hash;
  const defs: Record<string, [string, string?]> = {};
  for (const [id, def] of Object.entries(hash.value)) {
    if (!Array.isArray(def) || def.length === 0 || def.length > 2) return { error: `Invalid structure for hash value of option link_defs (\`${id}\`)` };
    // kramdown writes them with to_s; a nil title is no title.
    setOwn(defs, id, truthy(def[1]) ? [rubyToS(def[0]), rubyToS(def[1])] : [rubyToS(def[0])]);
  }
  return { value: defs };
}

/** `typographic_symbols`: names through `str_to_sym`, replacements through `to_s`. */
export function parseTypographicSymbols(value: unknown): Parsed<Record<string, string>> {
  const hash = simpleHash('typographic_symbols', value);
  if ('error' in hash) return hash;
  const symbols: Record<string, string> = {};
  for (const [name, text] of Object.entries(symbolizeKeys(hash.value))) setOwn(symbols, name, rubyToS(text));
  return { value: symbols };
}

/** `syntax_highlighter_opts` and `math_engine_opts`: a mapping, keys through `str_to_sym`. */
export function parseOptionHash(name: string, value: unknown): Parsed<Record<string, unknown>> {
  const hash = simpleHash(name, value);
  return 'error' in hash ? hash : { value: symbolizeKeys(hash.value) };
}

/** `forbidden_inline_options`: an array (kramdown maps over it first), names through `str_to_sym`. */
export function parseForbiddenInlineOptions(value: unknown): Parsed<string[]> {
  if (!Array.isArray(value)) return { error: `Invalid type ${rubyClass(value)} for option forbidden_inline_options` };
  return { value: value.map((item) => (typeof item === 'string' ? strToSym(item) : null)).filter((item): item is string => item !== null) };
}

/** kramdown-parser-gfm's `gfm_quirks`: a list, each through `str_to_sym(to_s)`. */
export function parseGfmQuirks(value: unknown): Parsed<string[]> {
  const list = simpleArray('gfm_quirks', value);
  if ('error' in list) return list;
  return { value: list.value.map((item) => strToSym(rubyToS(item))).filter((item): item is string => item !== null) };
}
