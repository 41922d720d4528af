/**
 * @internal Ruby's view of the values Liquid holds, for the filters: which class a value is,
 * `to_s`, `inspect`, `==` and `<=>`. Values are plain data: `null`/`undefined` are nil, a plain
 * object a Hash, a Date a Time, a number an Integer when it is integral and a Float otherwise;
 * an integral Float (what `10 | divided_by: 2.0` gives) is a RubyFloat.
 */
import { Drop } from 'liquidjs';
import { floatToS, isHash, rubyInteger, rubyStrip } from '../../ruby/values.ts';
import { type Zone, LOCAL_ZONE, timeToS } from './_time.ts';

export { floatToS, isHash, rubyStrip };

/**
 * A Ruby Float whose value is integral, which Ruby prints `5.0`. It compares as its number with
 * liquidjs's operators (`==`, `<`, … call its methods) and coerces to it in arithmetic.
 */
export class RubyFloat {
  constructor(readonly value: number) {}
  valueOf(): number {
    return this.value;
  }
  toString(): string {
    return floatToS(this.value);
  }
  toJSON(): number {
    return this.value;
  }
  equals(other: unknown): boolean {
    return rubyEquals(this, other);
  }
  gt(other: unknown): boolean {
    return this.value > Number(numberOrNaN(other));
  }
  geq(other: unknown): boolean {
    return this.value >= Number(numberOrNaN(other));
  }
  lt(other: unknown): boolean {
    return this.value < Number(numberOrNaN(other));
  }
  leq(other: unknown): boolean {
    return this.value <= Number(numberOrNaN(other));
  }
}

const numberOrNaN = (v: unknown): number => (typeof v === 'number' ? v : v instanceof RubyFloat ? v.value : Number.NaN);

/** A Float result: a RubyFloat when integral (and finite), else the number itself. */
export const toFloat = (n: number): number | RubyFloat => (Number.isInteger(n) ? new RubyFloat(n) : n);

export const isNil = (v: unknown): v is null | undefined => v === null || v === undefined;

/** Ruby truthiness: all but nil and false. */
export const truthy = (v: unknown): boolean => v !== null && v !== undefined && v !== false;

/** A Ruby Float: a RubyFloat, or a number that is not integral (NaN and the infinities included). */
export const isFloat = (v: unknown): v is number | RubyFloat => v instanceof RubyFloat || (typeof v === 'number' && !Number.isInteger(v));

/** A Ruby Integer. */
export const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

export const isNumeric = (v: unknown): v is number | RubyFloat => typeof v === 'number' || v instanceof RubyFloat;

/** The number of an Integer or Float. */
export const numberOf = (v: number | RubyFloat): number => (typeof v === 'number' ? v : v.value);

export const isTime = (v: unknown): v is Date => v instanceof Date;

/** Ruby's class name of a value, for error messages. */
export function rubyClassOf(v: unknown): string {
  if (isNil(v)) return 'NilClass';
  if (v === true) return 'TrueClass';
  if (v === false) return 'FalseClass';
  if (isFloat(v)) return 'Float';
  if (typeof v === 'number' || typeof v === 'bigint') return 'Integer';
  if (typeof v === 'string') return 'String';
  if (Array.isArray(v)) return 'Array';
  if (v instanceof Date) return 'Time';
  if (isHash(v)) return 'Hash';
  return 'Object';
}

/** An error as Ruby raises it: Jekyll stops the build, article-kit reports it as a problem. */
export class RubyError extends Error {}


/** An Integer's digits (a number past 2⁵³ has lost its last ones already). */
export const integerToS = (value: number): string => (Number.isSafeInteger(value) ? String(value) : BigInt(value).toString());

/** Ruby's `to_s`, for a time in `zone` (default: the local one). */
export function toS(v: unknown, zone: Zone = LOCAL_ZONE): string {
  if (isNil(v)) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof RubyFloat) return floatToS(v.value);
  if (typeof v === 'number') return Number.isInteger(v) ? integerToS(v) : floatToS(v);
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return timeToS(v, zone);
  if (Array.isArray(v) || isHash(v)) return inspect(v, zone);
  const liquid = toLiquid(v);
  if (liquid !== v) return toS(liquid, zone);
  return String(v);
}

/** What a drop stands for: its `toLiquid()`, or the value of liquidjs's `nil`, `empty` and `blank`. */
export function toLiquid(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (typeof (v as { toLiquid?: unknown }).toLiquid === 'function') return (v as { toLiquid: () => unknown }).toLiquid();
  if (v instanceof Drop) {
    const value: unknown = v.valueOf();
    if (value !== v) return value;
  }
  return v;
}

/** liquidjs's `nil` (a NullDrop) as nil. */
export const nilDropAsNil = (v: unknown): unknown => (v instanceof Drop && v.valueOf() === null ? null : v);

/** What liquidjs evaluates `empty` and `blank` to (Ruby's Liquid passes them to filters as such). */
export const isEmptyLiteral = (v: unknown): boolean => v instanceof Drop && v.valueOf() === '' && typeof (v as { equals?: unknown }).equals === 'function';

// What Ruby's String#inspect escapes in a UTF-8 string: controls, unassigned and surrogate code
// points, and the line and paragraph separators.
const NOT_PRINTABLE = /[\p{Cc}\p{Cn}\p{Cs}\p{Zl}\p{Zp}]/u;
const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
  '\f': '\\f',
  '\v': '\\v',
  '\u0007': '\\a',
  '\b': '\\b',
  '\u001b': '\\e',
};

/** Ruby's `String#inspect`. */
export function inspectString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(code);
    i += char.length;
    const short = SHORT_ESCAPES[char];
    if (short !== undefined) out += short;
    else if (char === '#' && /[{$@]/.test(text[i] ?? '')) out += '\\#';
    else if (NOT_PRINTABLE.test(char)) out += code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/** Ruby's `inspect` (Ruby 3.1): `{"a"=>1, "b"=>[nil, 2.0]}`. */
export function inspect(v: unknown, zone: Zone = LOCAL_ZONE): string {
  if (isNil(v)) return 'nil';
  if (typeof v === 'string') return inspectString(v);
  if (Array.isArray(v)) return `[${v.map((item) => inspect(item, zone)).join(', ')}]`;
  if (isHash(v)) return `{${Object.entries(v).map(([k, item]) => `${inspectString(k)}=>${inspect(item, zone)}`).join(', ')}}`;
  if (v instanceof Date) return timeToS(v, zone, true);
  const liquid = toLiquid(v);
  if (liquid !== v) return inspect(liquid, zone);
  return toS(v, zone);
}

/** Ruby's `==` between Liquid values (1 == 1.0; arrays and hashes by content). */
export function rubyEquals(a: unknown, b: unknown): boolean {
  if (isNil(a) || isNil(b)) return isNil(a) && isNil(b);
  if (isNumeric(a) || isNumeric(b)) return isNumeric(a) && isNumeric(b) && numberOf(a) === numberOf(b);
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => rubyEquals(x, b[i]));
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (isHash(a) || isHash(b)) {
    if (!isHash(a) || !isHash(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && rubyEquals(a[k], b[k]));
  }
  return a === b;
}

/** Ruby's `eql?` and `hash`, as Hash keys and `uniq` see values: 1 and 1.0 differ. */
export function hashKey(v: unknown): string {
  if (isNil(v)) return 'nil';
  if (isFloat(v)) return `f${floatToS(numberOf(v))}`;
  if (typeof v === 'number') return `i${v}`;
  if (typeof v === 'string') return `s${v}`;
  if (typeof v === 'boolean') return `b${v}`;
  if (v instanceof Date) return `t${v.getTime()}`;
  if (Array.isArray(v)) return `a[${v.map(hashKey).join(',')}]`;
  if (isHash(v)) return `h{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${hashKey(x)}`).join(',')}}`;
  return `o${String(v)}`;
}

/** Strings compare by bytes in Ruby: for UTF-8, by code point. */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (an astral code point) sorts after every BMP character.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** Ruby's `<=>`: undefined where Ruby gives nil (values that do not compare). */
export function rubyCompare(a: unknown, b: unknown): number | undefined {
  if (isNumeric(a) && isNumeric(b)) {
    const x = numberOf(a);
    const y = numberOf(b);
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : undefined;
  }
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (a instanceof Date && b instanceof Date) return Math.sign(a.getTime() - b.getTime());
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = rubyCompare(a[i], b[i]);
      if (c !== 0) return c;
    }
    return Math.sign(a.length - b.length);
  }
  if (isNil(a) && isNil(b)) return 0;
  if ((a === true && b === true) || (a === false && b === false)) return 0;
  if (isHash(a) && isHash(b) && rubyEquals(a, b)) return 0;
  return undefined;
}

/** Ruby's `String#split` with no pattern (or `" "`): on runs of white space, leading ones ignored. */
export function splitWords(text: string): string[] {
  return text.split(/[ \t\n\v\f\r]+/).filter((word) => word !== '');
}

/** Ruby's `String#split(pattern)` with a string pattern: trailing empty fields dropped. */
export function splitString(text: string, pattern: string): string[] {
  if (pattern === ' ') return splitWords(text);
  const parts = pattern === '' ? Array.from(text) : text.split(pattern);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Ruby's `lstrip` and `rstrip`: ASCII white space and NUL. */
export const rubyLstrip = (text: string): string => text.replace(/^[\0\t\n\v\f\r ]+/, '');
export function rubyRstrip(text: string): string {
  let end = text.length;
  while (end > 0 && /[\0\t\n\v\f\r ]/.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/** Ruby's `Array#flatten`. */
export function flatten(items: readonly unknown[], depth = 0): unknown[] {
  if (depth > 100) throw new RubyError('tried to flatten recursive array');
  const out: unknown[] = [];
  for (const item of items) {
    if (Array.isArray(item)) for (const inner of flatten(item, depth + 1)) out.push(inner);
    else out.push(item);
  }
  return out;
}

/** Ruby's `Array#join(separator)`: nested arrays joined too, each item by `to_s`. */
export const joinArray = (items: readonly unknown[], separator: string, zone: Zone = LOCAL_ZONE): string =>
  flatten(items).map((item) => toS(item, zone)).join(separator);

/** Ruby's `String#to_i`: the leading integer (underscores between digits), else 0. */
export function stringToI(text: string): number {
  const m = /^[\t\n\v\f\r ]*([+-]?)(\d+(?:_\d+)*)/.exec(text);
  if (!m) return 0;
  const magnitude = Number((m[2] ?? '0').replace(/_/g, ''));
  return m[1] === '-' ? -magnitude : magnitude;
}

/** Ruby's `String#to_f`: the leading decimal number, else 0.0. */
export function stringToF(text: string): number {
  const m = /^[\t\n\v\f\r ]*([+-]?(?:\d+(?:_\d+)*)?(?:\.\d+(?:_\d+)*)?(?:[eE][+-]?\d+)?)/.exec(text);
  const written = (m?.[1] ?? '').replace(/_/g, '');
  const value = Number.parseFloat(written);
  return Number.isNaN(value) ? 0 : value;
}

/** The characters of a string, an astral one whole (Ruby's `chars`). */
export const chars = (text: string): string[] => Array.from(text);

/** Liquid::Utils.to_integer: an Integer as it is, anything else through `Integer(to_s)`. */
export function toInteger(v: unknown): number {
  if (isInteger(v)) return v;
  const n = rubyInteger(toS(v));
  if (n === undefined) throw new RubyError('invalid integer');
  return n;
}

/**
 * Ruby's `sort` with a comparison, as Ruby on glibc runs it (qsort_r is glibc's merge sort): top
 * down, the first half before the second, ties kept in order. The comparisons come in glibc's
 * order too, so that the pair Ruby fails on ("comparison of String with 1 failed") is the same.
 */
export function rubySort<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  const sort = (part: T[]): T[] => {
    if (part.length <= 1) return part;
    const half = Math.floor(part.length / 2);
    const left = sort(part.slice(0, half));
    const right = sort(part.slice(half));
    const out: T[] = [];
    let i = 0;
    let j = 0;
    while (i < left.length && j < right.length) out.push(compare(left[i] as T, right[j] as T) <= 0 ? (left[i++] as T) : (right[j++] as T));
    while (i < left.length) out.push(left[i++] as T);
    while (j < right.length) out.push(right[j++] as T);
    return out;
  };
  return sort([...items]);
}
