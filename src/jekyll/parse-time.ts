import { localTime, RubyTime, zoneOffset } from '../ruby/ruby-time.ts';
import { rubyToS } from '../ruby/values.ts';

/** What `parseTime` gives: the time, or why Ruby's `Time.parse` would raise. */
export type ParsedTime = { time: RubyTime; error?: undefined } | { time?: undefined; error: string };

/** Ruby's `Time::ZoneOffset` (time.rb): the zone names `Time.parse` knows, in hours. */
const ZONE_HOURS: Readonly<Record<string, number>> = {
  UTC: 0, Z: 0, UT: 0, GMT: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, I: 9, K: 10, L: 11, M: 12,
  N: -1, O: -2, P: -3, Q: -4, R: -5, S: -6, T: -7, U: -8, V: -9, W: -10, X: -11, Y: -12,
};

/** `Time.zone_offset`: seconds for `+09:00`, `+0900`, `+09`, a known name; else none (local time). */
function zoneSeconds(zone: string): number | undefined {
  const upper = zone.toUpperCase();
  const full = /^([+-])(\d\d)(:?)(\d\d)(?:\3(\d\d))?$/.exec(upper);
  if (full) return (full[1] === '-' ? -1 : 1) * ((Number(full[2]) * 60 + Number(full[4])) * 60 + Number(full[5] ?? 0));
  if (/^[+-]\d\d$/.test(upper)) return Number(upper) * 3600;
  const hours = Object.prototype.hasOwnProperty.call(ZONE_HOURS, upper) ? ZONE_HOURS[upper] : undefined;
  return hours === undefined ? undefined : hours * 3600;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

const TIME = /(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?(?:[ \t]*([ap])\.?m\.?\b)?(?:[ \t]*(z\b|[a-z]{1,5}\b|[-+]\d{1,2}(?::?\d{2}(?::?\d{2})?)?))?/i;
const DATES: readonly [RegExp, (m: RegExpExecArray) => [string, number, number]][] = [
  [/([-+]?\d{2,})-(\d{1,2})-(\d{1,2})/, (m) => [m[1] ?? '', Number(m[2]), Number(m[3])]],
  [/(\d{4})\/(\d{1,2})\/(\d{1,2})/, (m) => [m[1] ?? '', Number(m[2]), Number(m[3])]],
  [/(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/, (m) => [m[1] ?? '', Number(m[2]), Number(m[3])]],
  [new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+${MONTH},?[ \\t]+(-?\\d+)`, 'i'), (m) => [m[3] ?? '', MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1, Number(m[1])]],
  [new RegExp(`${MONTH}[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(-?\\d+)`, 'i'), (m) => [m[3] ?? '', MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1, Number(m[2])]],
];

/** Date._parse's completion of a two-digit year: 69–99 are 19xx, 00–68 20xx. */
function year(text: string): number {
  const digits = text.replace(/^[-+]/, '');
  const value = Number(text);
  return digits.length <= 2 && value >= 0 ? value + (value >= 69 ? 1900 : 2000) : value;
}

/**
 * Ruby's `Time.parse(text).localtime` with `ENV["TZ"] = zone`, which `Utils.parse_date` runs on
 * every date Jekyll reads (file names, front matter, defaults, `time:`). Reads what `Date._parse`
 * reads in dates as written in posts: `2024-06-12`, `24-6-12`, `2024/06/12`, `20240612`,
 * `12 June 2024`, `June 12, 2024`, with or without a time (`10:30`, `10:30:15.5`, `10:30 pm`) and
 * a zone (`Z`, `UTC`, `+09:00`, `+0900`, `-05`, `EST`…; an unknown name is the local time, as in
 * Ruby). Out-of-range fields are errors as in Ruby (`mon out of range`), but a day past the
 * month's end rolls over (`2024-02-30` is March 1st). Other forms, and text over 128 characters
 * (`Date._parse`'s limit), are errors.
 */
export function parseTime(text: string, zone: string | null | undefined): ParsedTime {
  // Date._parse's `limit:` (date 3.2, Ruby 3.1).
  if (text.length > 128) return { error: `string length (${text.length}) exceeds the limit 128` };
  let rest = text;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let offset: number | undefined;
  const time = TIME.exec(rest);
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? 0);
    ms = Math.floor(Number(`0.${time[4] ?? '0'}`) * 1000);
    const meridian = time[5]?.toLowerCase();
    if (meridian !== undefined) hour = (hour % 12) + (meridian === 'p' ? 12 : 0);
    if (time[6] !== undefined) offset = zoneSeconds(time[6]);
    rest = rest.slice(0, time.index) + ' ' + rest.slice(time.index + time[0].length);
  }
  let date: [string, number, number] | undefined;
  for (const [pattern, read] of DATES) {
    const m = pattern.exec(rest);
    if (m) {
      date = read(m);
      break;
    }
  }
  if (date === undefined) return { error: `no time information in ${JSON.stringify(text)}` };
  const [y, month, day] = [year(date[0]), date[1], date[2]];
  if (month < 1 || month > 12) return { error: 'mon out of range' };
  if (day < 1 || day > 31) return { error: 'argument out of range' };
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0))) return { error: 'hour out of range' };
  if (minute > 59) return { error: 'min out of range' };
  if (second > 60) return { error: 'sec out of range' };
  if (offset === undefined) {
    const local = localTime(zone, y, month, day, hour, minute, second, ms);
    return { time: local };
  }
  const wall = new Date(0);
  wall.setUTCFullYear(y, month - 1, day);
  wall.setUTCHours(hour, minute, second, ms);
  const epoch = wall.getTime() - offset * 1000;
  return { time: new RubyTime(epoch, zoneOffset(zone, epoch)) };
}

/**
 * `Utils.parse_date(value.to_s)`: a value of the front matter or configuration as Jekyll dates it.
 * A date YAML loaded (a JavaScript Date at midnight UTC stands for a Ruby `Date`) is local midnight
 * of that day; any other Date is its instant.
 */
export function parseDateValue(value: unknown, zone: string | null | undefined): ParsedTime {
  if (value instanceof RubyTime) return { time: value };
  return parseTime(rubyToS(value), zone);
}
