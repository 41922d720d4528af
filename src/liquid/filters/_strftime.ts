/**
 * @internal Ruby's `Time#strftime` (Ruby 3.1): flags `-` `_` `0` `^` `#`, a width, `:` for `%z`,
 * the `E` and `O` modifiers, every conversion Ruby knows; anything else is copied as written.
 */
import { RubyError } from './_ruby.ts';
import { type ZonedTime, wallClock } from './_time.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Spec {
  left: boolean;
  upper: boolean;
  changeCase: boolean;
  /** `' '`, `'0'` or none. */
  padding: string;
  /** The width written, or 0. */
  width: number;
  colons: number;
}

interface Fields {
  time: ZonedTime;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number;
  yday: number;
}

const DAY_MS = 86_400_000;

/** ISO 8601 week-numbering year and week of a wall-clock date. */
function isoWeek(f: Fields): { year: number; week: number } {
  const wday = (f.weekday + 6) % 7; // Monday 0
  // The week's Thursday decides its year.
  const date = new Date(0);
  date.setUTCFullYear(f.year, f.month - 1, f.day - wday + 3);
  const year = date.getUTCFullYear();
  const jan4 = new Date(0);
  jan4.setUTCFullYear(year, 0, 4);
  const week1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS;
  return { year, week: Math.floor((date.getTime() - week1) / (7 * DAY_MS)) + 1 };
}

/** Week of the year, weeks starting on `first` (0 Sunday, 1 Monday), days before the first in week 0. */
const weekOfYear = (f: Fields, first: number): number => Math.floor((f.yday - 1 + 7 - ((f.weekday - first + 7) % 7)) / 7);

function fieldsOf(time: ZonedTime): Fields {
  const w = wallClock(time);
  const jan1 = new Date(0);
  jan1.setUTCFullYear(w.getUTCFullYear(), 0, 1);
  const midnight = new Date(0);
  midnight.setUTCFullYear(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate());
  return {
    time,
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    day: w.getUTCDate(),
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
    second: w.getUTCSeconds(),
    ms: w.getUTCMilliseconds(),
    weekday: w.getUTCDay(),
    yday: Math.round((midnight.getTime() - jan1.getTime()) / DAY_MS) + 1,
  };
}

/** A number as `%0*d` (or `%*d` for space padding): the sign first, then the padding. */
function number(value: number, spec: Spec, defaultPadding: string, defaultWidth: number): string {
  const width = spec.left ? 1 : spec.width > 0 ? spec.width : defaultWidth;
  const padding = spec.padding !== '' ? spec.padding : defaultPadding;
  const digits = String(Math.abs(value));
  if (padding === '0') return `${value < 0 ? '-' : ''}${digits.padStart(width - (value < 0 ? 1 : 0), '0')}`;
  return `${value < 0 ? '-' : ''}${digits}`.padStart(width, ' ');
}

/** A name (`%A`, `%b`, `%p`, `%Z`…) with its case flags and width. */
function text(value: string, spec: Spec, changeCase: 'upper' | 'lower'): string {
  let out = value;
  if (spec.changeCase) out = changeCase === 'upper' ? out.toUpperCase() : out.toLowerCase();
  else if (spec.upper) out = out.toUpperCase();
  if (!spec.left && spec.width > out.length) out = out.padStart(spec.width, spec.padding === '0' ? '0' : ' ');
  return out;
}

/** A conversion that is a format of its own (`%c`, `%D`…): padded with spaces, `^` upcasing it. */
function composite(format: string, f: Fields, spec: Spec): string {
  let out = render(format, f, format);
  if (spec.upper) out = out.toUpperCase();
  if (!spec.left && spec.width > out.length) out = out.padStart(spec.width, spec.padding === '0' ? '0' : ' ');
  return out;
}

/** `%z` and its `:` forms, as Ruby writes them (hours padded after the sign). */
function zone(f: Fields, spec: Spec): string | undefined {
  const utc = f.time.utc;
  let off = utc ? 0 : f.time.offset;
  let sign = 1;
  if (off < 0 || (utc && spec.left)) {
    off = -off;
    sign = -1;
  }
  let precision = spec.width;
  switch (spec.colons) {
    case 0:
      precision = precision <= 5 ? 2 : precision - 3;
      break;
    case 1:
      precision = precision <= 6 ? 2 : precision - 4;
      break;
    case 2:
      precision = precision <= 9 ? 2 : precision - 7;
      break;
    case 3:
      precision = off % 3600 === 0 ? (precision <= 3 ? 2 : precision - 1) : off % 60 === 0 ? (precision <= 6 ? 2 : precision - 4) : precision <= 9 ? 2 : precision - 7;
      break;
    default:
      return undefined;
  }
  const hours = Math.trunc(off / 3600);
  const signChar = sign < 0 ? '-' : '+';
  let out = spec.padding === ' ' ? `${signChar}${hours}`.padStart(precision + 1, ' ') : `${signChar}${String(hours).padStart(precision, '0')}`;
  let rest = off % 3600;
  if (spec.colons === 3 && rest === 0) return out;
  if (spec.colons >= 1) out += ':';
  out += String(Math.trunc(rest / 60)).padStart(2, '0');
  rest %= 60;
  if (spec.colons === 3 && rest === 0) return out;
  if (spec.colons >= 2) out += `:${String(rest).padStart(2, '0')}`;
  return out;
}

/** `%L` and `%N`: as many digits of the fraction as the width says, never rounded. */
function fraction(f: Fields, spec: Spec, defaultDigits: number): string {
  const digits = spec.width > 0 ? spec.width : defaultDigits;
  const written = String(f.ms).padStart(3, '0');
  return digits <= 3 ? written.slice(0, digits) : written.padEnd(digits, '0');
}

function convert(c: string, f: Fields, spec: Spec): string | undefined {
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  switch (c) {
    case 'Y':
      return number(f.year, spec, '0', f.year < 0 ? 5 : 4);
    case 'C':
      return number(Math.floor(f.year / 100), spec, '0', 2);
    case 'y':
      return number(((f.year % 100) + 100) % 100, spec, '0', 2);
    case 'm':
      return number(f.month, spec, '0', 2);
    case 'B':
      return text(MONTHS[f.month - 1] ?? '', spec, 'upper');
    case 'b':
    case 'h':
      return text((MONTHS[f.month - 1] ?? '').slice(0, 3), spec, 'upper');
    case 'd':
      return number(f.day, spec, '0', 2);
    case 'e':
      return number(f.day, spec, ' ', 2);
    case 'j':
      return number(f.yday, spec, '0', 3);
    case 'H':
      return number(f.hour, spec, '0', 2);
    case 'k':
      return number(f.hour, spec, ' ', 2);
    case 'I':
      return number(hour12, spec, '0', 2);
    case 'l':
      return number(hour12, spec, ' ', 2);
    case 'P':
      return text(f.hour < 12 ? 'am' : 'pm', { ...spec, upper: false, changeCase: false }, 'lower');
    case 'p':
      return text(f.hour < 12 ? 'AM' : 'PM', spec, 'lower');
    case 'M':
      return number(f.minute, spec, '0', 2);
    case 'S':
      return number(f.second, spec, '0', 2);
    case 'L':
      return fraction(f, spec, 3);
    case 'N':
      return fraction(f, spec, 9);
    case 'z':
      return zone(f, spec);
    case 'Z':
      // A time at a fixed offset has no zone name, which no width pads.
      return f.time.utc || f.time.zoneName !== '' ? text(f.time.utc ? 'UTC' : f.time.zoneName, spec, 'lower') : '';
    case 'A':
      return text(DAYS[f.weekday] ?? '', spec, 'upper');
    case 'a':
      return text((DAYS[f.weekday] ?? '').slice(0, 3), spec, 'upper');
    case 'u':
      return number(f.weekday === 0 ? 7 : f.weekday, spec, '0', 1);
    case 'w':
      return number(f.weekday, spec, '0', 1);
    case 'G':
      return number(isoWeek(f).year, spec, '0', isoWeek(f).year < 0 ? 5 : 4);
    case 'g':
      return number(((isoWeek(f).year % 100) + 100) % 100, spec, '0', 2);
    case 'V':
      return number(isoWeek(f).week, spec, '0', 2);
    case 'U':
      return number(weekOfYear(f, 0), spec, '0', 2);
    case 'W':
      return number(weekOfYear(f, 1), spec, '0', 2);
    case 's':
      return number(Math.floor(f.time.ms / 1000), spec, '0', 1);
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case '%':
      return '%';
    case 'c':
      return composite('%a %b %e %H:%M:%S %Y', f, spec);
    case 'D':
    case 'x':
      return composite('%m/%d/%y', f, spec);
    case 'F':
      return composite('%Y-%m-%d', f, spec);
    case 'T':
    case 'X':
      return composite('%H:%M:%S', f, spec);
    case 'R':
      return composite('%H:%M', f, spec);
    case 'r':
      return composite('%I:%M:%S %p', f, spec);
    case 'v':
      return composite('%e-%^b-%4Y', f, spec);
    default:
      return undefined;
  }
}

const E_CONVERSIONS = 'cCxXyY';
const O_CONVERSIONS = 'deHkIlmMSuUVwWy';

function render(format: string, f: Fields, whole: string): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const percent = format.indexOf('%', i);
    if (percent < 0) return out + format.slice(i);
    out += format.slice(i, percent);
    const spec: Spec = { left: false, upper: false, changeCase: false, padding: '', width: 0, colons: 0 };
    let j = percent + 1;
    let written: string | undefined;
    for (;;) {
      if (j >= format.length) throw new RubyError(`invalid format: ${whole}`);
      const c = format[j] as string;
      const flag = c === '_' || c === '-' || c === '^' || c === '#';
      if (flag && spec.width > 0) break;
      if (c === '_') spec.padding = ' ';
      else if (c === '-') {
        spec.left = true;
        spec.padding = '';
        spec.width = 0;
      } else if (c === '^') spec.upper = true;
      else if (c === '#') spec.changeCase = true;
      else if (c >= '0' && c <= '9') {
        if (c === '0') spec.padding = '0';
        let k = j;
        while (k < format.length && (format[k] as string) >= '0' && (format[k] as string) <= '9') k++;
        spec.width = Number(format.slice(j, k));
        j = k;
        continue;
      } else if (c === ':') {
        let k = j;
        while (format[k] === ':') k++;
        if (format[k] !== 'z') break;
        spec.colons = k - j;
        j = k;
        continue;
      } else if (c === 'E' || c === 'O') {
        const next = format[j + 1];
        if (next === undefined || !(c === 'E' ? E_CONVERSIONS : O_CONVERSIONS).includes(next)) break;
      } else {
        written = convert(c, f, spec);
        break;
      }
      j++;
    }
    if (written === undefined) {
      // Ruby copies an unknown conversion as written, up to and including the character that ended it.
      out += format.slice(percent, j + 1);
    } else {
      out += written;
    }
    i = j + 1;
  }
  return out;
}

/** `time.strftime(format)`. */
export const strftime = (time: ZonedTime, format: string): string => render(format, fieldsOf(time), format);
