/**
 * @internal Ruby's conversions that Jekyll and kramdown apply to configuration values, for the
 * plain data `yaml` gives: `nil` is null (or undefined), a Hash a plain object.
 */

/** Ruby truthiness: everything but `nil` and `false`. */
export const truthy = (value: unknown): boolean => value !== null && value !== undefined && value !== false;

/** A Ruby Hash as plain data: an object that is neither an array nor a date. */
export const isHash = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Sets an own property, `__proto__` included, without touching any prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

export const hasOwn = (target: Record<string, unknown>, key: string): boolean => Object.prototype.hasOwnProperty.call(target, key);

/** The Ruby class a YAML value loads as, for messages that read like kramdown's. */
export function rubyClass(value: unknown): string {
  if (value === null || value === undefined) return 'NilClass';
  if (value === true) return 'TrueClass';
  if (value === false) return 'FalseClass';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float';
  if (typeof value === 'bigint') return 'Integer';
  if (typeof value === 'string') return 'String';
  if (Array.isArray(value)) return 'Array';
  if (value instanceof Date) return 'Date';
  return 'Hash';
}

/** Ruby's `Float#to_s`: the shortest digits; `1.0`; `1.0e+15` from 10¹⁵ on; `1.0e-05` below 10⁻⁴. */
export function floatToS(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponent = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const point = Number(exponent) + 1; // digits before the decimal point
  const sign = value < 0 ? '-' : '';
  if (point < -3 || point > 15) {
    const e = point - 1;
    return `${sign}${digits[0]}.${digits.slice(1) || '0'}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Ruby's `String#inspect`, for the characters YAML text holds. */
function inspectString(text: string): string {
  const escapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\f': '\\f', '\v': '\\v', '\u0007': '\\a', '\b': '\\b', '\u001b': '\\e' };
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    const code = char.charCodeAt(0);
    if (escapes[char] !== undefined) out += escapes[char];
    else if (char === '#' && /[{$@]/.test(text[i + 1] ?? '')) out += '\\#';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/** Ruby's `inspect`, which `Array#to_s` and `Hash#to_s` print (Ruby 3.1). */
export function rubyInspect(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'string') return inspectString(value);
  if (Array.isArray(value)) return `[${value.map(rubyInspect).join(', ')}]`;
  if (isHash(value)) return `{${Object.entries(value).map(([k, v]) => `${inspectString(k)}=>${rubyInspect(v)}`).join(', ')}}`;
  return rubyToS(value);
}

/** Ruby's `to_s`, as `Options.parse` applies it to a value of the wrong type. */
export function rubyToS(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : floatToS(value);
  if (value instanceof Date) {
    const date = `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const midnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
    // A YAML date loads as a Date, a timestamp as a Time; at midnight UTC this reads it as a date.
    return midnight ? date : `${date} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())} UTC`;
  }
  return rubyInspect(value);
}

const RUBY_SPACE = '[\\t\\n\\v\\f\\r ]';
const INTEGER = new RegExp(
  `^${RUBY_SPACE}*([+-]?)(?:0[bB]([01]+(?:_[01]+)*)|0[oO_]?([0-7]+(?:_[0-7]+)*)|0[xX]([0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)|0[dD](\\d+(?:_\\d+)*)|(0|[1-9](?:_?\\d)*))${RUBY_SPACE}*$`,
);

/** Ruby's `Kernel#Integer(string)`: prefixes (`0x`, `0b`, `0o`, `0`), underscores, or undefined where Ruby raises. */
export function rubyInteger(text: string): number | undefined {
  const m = INTEGER.exec(text);
  if (!m) return undefined;
  const [, sign, binary, octal, hex, decimal, plain] = m;
  const parse = (digits: string, radix: number): number => {
    const clean = digits.replace(/_/g, '');
    return radix === 10 ? Number(clean) : Number.parseInt(clean, radix);
  };
  const magnitude =
    binary !== undefined ? parse(binary, 2) : octal !== undefined ? parse(octal, 8) : hex !== undefined ? parse(hex, 16) : parse(decimal ?? plain ?? '0', 10);
  return sign === '-' ? -magnitude : magnitude;
}

/** Ruby's `String#to_i`: the leading decimal number, 0 when there is none. */
export function rubyStringToI(text: string): number {
  const m = new RegExp(`^${RUBY_SPACE}*([+-]?)(?:0[dD](?=\\d))?(\\d+(?:_\\d+)*)`).exec(text);
  if (!m) return 0;
  const magnitude = Number((m[2] ?? '0').replace(/_/g, ''));
  return m[1] === '-' ? -magnitude : magnitude;
}

const isStripped = (code: number): boolean => code === 0 || code === 0x20 || (code >= 0x09 && code <= 0x0d);

/** Ruby's `strip`: white space and NUL at both ends (a loop: `\s+$` would be quadratic). */
export function rubyStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isStripped(text.charCodeAt(start))) start++;
  while (end > start && isStripped(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Ruby's `String#split(/,/)`: trailing empty fields dropped. */
export function rubySplitCommas(text: string): string[] {
  const parts = text.split(',');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Ruby's `String#downcase`: Unicode lower case, without the final-sigma rule JavaScript applies. */
export const rubyDowncase = (text: string): string => text.replace(/Σ/g, 'σ').toLowerCase();
