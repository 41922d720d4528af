/**
 * @internal Ruby's `Time.parse` (through `Date._parse`) for the date forms posts write:
 * `YYYY-MM-DD`, optionally followed (after `T` or white space) by `HH:MM`, `HH:MM:SS` and a
 * fraction, and then optionally by a zone: `Z`, `UTC`, `GMT`, `UT`, `±HH`, `±HHMM`, `±HH:MM`, or one
 * of the United States zones `Time` knows (`EST` … `PDT`). Ruby reads far more (`June 19, 2024`,
 * `20240619`, `10:00`, `GMT+9` as local time, …) with rules of its own; those forms are `unknown`
 * here rather than guessed.
 */

export type RubyTime =
  /** A wall-clock time, already carried over as `Time.local` does (`06-31` is July 1st, `24:00` the next day); `offset` in minutes east of UTC when the text names a zone. */
  | { kind: 'time'; year: number; month: number; day: number; hour: number; minute: number; second: number; offset?: number }
  /** Ruby raises `ArgumentError` for the text (Jekyll: `Invalid date`). */
  | { kind: 'invalid'; reason: string }
  /** A form outside the ones read here. */
  | { kind: 'unknown' };

const FORM =
  /^[ \t\n\v\f\r]*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t\n\v\f\r]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:[ \t\n\v\f\r]*([Zz]|[Uu][Tt][Cc]?|[Gg][Mm][Tt]|[ECMPecmp][SDsd][Tt]|[-+]\d{2}(?::?\d{2})?))?)?[ \t\n\v\f\r]*$/;

/** `Time::ZoneOffset`'s United States zones, in hours. */
const US_ZONES: Readonly<Record<string, number>> = { EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };

/** Ruby's reading of a zone, in minutes east of UTC; undefined for a form Ruby reads otherwise. */
function zoneOffset(zone: string): number | undefined {
  const upper = zone.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'UT' || upper === 'GMT') return 0;
  const us = US_ZONES[upper];
  if (us !== undefined) return us * 60;
  const m = /^([-+])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** What `Time.parse(text)` gives, for the forms described above. */
export function rubyTimeParse(text: string): RubyTime {
  if (text.length > 200) return { kind: 'unknown' };
  if (!/\d/.test(text) && !/[A-Za-z]/.test(text)) return { kind: 'invalid', reason: `no time information in ${JSON.stringify(text)}` };
  const m = FORM.exec(text);
  if (!m) return { kind: 'unknown' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (day > 31) return { kind: 'invalid', reason: 'argument out of range' };
  if (month < 1 || month > 12) return { kind: 'invalid', reason: 'mon out of range' };
  if (day < 1) return { kind: 'invalid', reason: 'mday out of range' };
  if (hour > 24) return { kind: 'invalid', reason: 'hour out of range' };
  if (minute > 59 || (hour === 24 && minute > 0)) return { kind: 'invalid', reason: 'min out of range' };
  if (second > 60 || (hour === 24 && second > 0)) return { kind: 'unknown' };
  const offset = m[7] === undefined ? undefined : zoneOffset(m[7]);
  if (m[7] !== undefined && offset === undefined) return { kind: 'unknown' };
  // Time.local carries a day past the month's end, hour 24 and second 60 into what follows.
  const carried = new Date(0);
  carried.setUTCFullYear(year, month - 1, day);
  carried.setUTCHours(hour, minute, second, 0);
  return {
    kind: 'time',
    year: carried.getUTCFullYear(),
    month: carried.getUTCMonth() + 1,
    day: carried.getUTCDate(),
    hour: carried.getUTCHours(),
    minute: carried.getUTCMinutes(),
    second: carried.getUTCSeconds(),
    ...(offset === undefined ? {} : { offset }),
  };
}
