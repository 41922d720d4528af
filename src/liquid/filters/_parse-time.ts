/**
 * @internal Ruby's `Time.parse` (Ruby 3.1), which Liquid's `date` and Jekyll's date filters read
 * strings with: `Date._parse`'s heuristics for the forms dates are written in (ISO 8601 and its
 * compact form, RFC 2822, `June 3, 2024`, `3 June 2024`, `12/06/2024`, `2024.06.12`, `2024-164`,
 * times with `am`/`pm` and a zone), then the fields it leaves out taken from now, as Ruby does.
 * A string it cannot read gives undefined, where Ruby raises `ArgumentError`.
 */
import { type ZonedTime, type Zone, localInstant, wallClock } from './_time.ts';

interface Parsed {
  year?: number;
  comp: boolean;
  mon?: number;
  mday?: number;
  yday?: number;
  hour?: number;
  min?: number;
  sec?: number;
  /** Milliseconds of the fraction of a second. */
  ms?: number;
  zone?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = `(${MONTHS.join('|')})`;
const ERA = "(c(?:e|\\.e\\.)|b(?:ce|\\.c\\.e\\.)|a(?:d|\\.d\\.)|b(?:c|\\.c\\.))?";

/** A parser: its pattern, and what it reads from a match. */
type Reader = [RegExp, (m: RegExpExecArray, p: Parsed) => boolean | void];

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** Date._parse's `s3e`: which of three numbers is the year, the month and the day. */
function s3e(p: Parsed, y0: string | undefined, m0: string | number | undefined, d0: string | undefined, bc: boolean): void {
  let y = y0;
  let m = m0 === undefined ? undefined : String(m0);
  let d = d0;
  if (y !== undefined && m !== undefined && d === undefined) [y, m, d] = [d, y, m];
  if (y === undefined) {
    if (d !== undefined && d.length > 2) [y, d] = [d, undefined];
    if (d !== undefined && d.startsWith("'")) [y, d] = [d, undefined];
  }
  if (y !== undefined) {
    const lead = /^[^-+\d]*([-+]?\d*)(.*)$/s.exec(y);
    if (lead && lead[1] && lead[2]) [y, d] = [d, lead[1] + lead[2]];
  }
  if (m !== undefined && (m.startsWith("'") || m.length > 2)) [y, m, d] = [m, d, y];
  if (d !== undefined && (d.startsWith("'") || d.length > 2)) [y, d] = [d, y];
  if (y !== undefined) {
    const digits = /[-+]?\d+/.exec(y.replace(/^[^-+\d]*/, ''));
    if (digits) {
      if (/^[-+]/.test(digits[0]) || digits[0].replace(/^[-+]/, '').length > 2) p.comp = false;
      p.year = Number(digits[0]);
    }
  }
  if (bc && p.year !== undefined) p.year = -p.year + 1;
  const m1 = m === undefined ? undefined : /\d+/.exec(m);
  if (m1) p.mon = Number(m1[0]);
  const d1 = d === undefined ? undefined : /\d+/.exec(d);
  if (d1) p.mday = Number(d1[0]);
}

const TIME = new RegExp(
  '(' +
    '(?:\\d+\\s*:\\s*\\d+(?:\\s*:\\s*\\d+(?:[,.]\\d*)?)?|\\d+\\s*h(?:\\s*\\d+m?(?:\\s*\\d+s?)?)?)(?:\\s*[ap](?:m\\b|\\.m\\.))?' +
    '|\\d+\\s*[ap](?:m\\b|\\.m\\.)' +
    ')' +
    '(?:\\s*(' +
    '(?:gmt|utc?)?[-+]\\d+(?:[,.:]\\d+(?::\\d+)?)?' +
    '|[A-Za-z.\\s]+(?:standard|daylight)\\stime\\b' +
    '|[A-Za-z]+(?:\\sdst)?\\b' +
    '))?',
  'i',
);
const TIME_PARTS = /^(\d+)h?(?:\s*:?\s*(\d+)m?(?:\s*:?\s*(\d+)(?:[,.](\d+))?s?)?)?(?:\s*([ap])(?:m\b|\.m\.))?/i;

function readTime(m: RegExpExecArray, p: Parsed): void {
  const t = TIME_PARTS.exec(m[1] ?? '');
  if (!t) return;
  let hour = Number(t[1]);
  if (t[5] !== undefined) hour = (hour % 12) + (t[5].toLowerCase() === 'p' ? 12 : 0);
  p.hour = hour;
  if (t[2] !== undefined) p.min = Number(t[2]);
  if (t[3] !== undefined) p.sec = Number(t[3]);
  if (t[4] !== undefined) p.ms = Math.floor(Number(`0.${t[4]}`) * 1000);
  if (m[2] !== undefined) p.zone = m[2];
}

/** `YYYYMMDD`, `YYMMDD` and `YYYYMMDDhhmmss`, with an optional `T` time and zone. */
function readDigits(m: RegExpExecArray, p: Parsed): boolean {
  const s = m[2] ?? '';
  const time = m[3];
  const n = (from: number, to: number): number => Number(s.slice(from, to));
  switch (s.length) {
    case 2:
      if (time === undefined) p.mday = n(0, 2);
      else return false;
      break;
    case 4:
      if (time !== undefined) return false;
      p.mon = n(0, 2);
      p.mday = n(2, 4);
      break;
    case 6:
      if (time !== undefined) return false;
      p.year = n(0, 2);
      p.mon = n(2, 4);
      p.mday = n(4, 6);
      break;
    case 8:
    case 10:
    case 12:
    case 14:
      p.year = n(0, 4);
      p.comp = false;
      p.mon = n(4, 6);
      p.mday = n(6, 8);
      if (s.length >= 10) p.hour = n(8, 10);
      if (s.length >= 12) p.min = n(10, 12);
      if (s.length >= 14) p.sec = n(12, 14);
      break;
    default:
      return false;
  }
  if (time !== undefined) {
    p.hour = Number(time.slice(0, 2));
    if (time.length >= 4) p.min = Number(time.slice(2, 4));
    if (time.length >= 6) p.sec = Number(time.slice(4, 6));
  }
  if (m[4] !== undefined && m[4] !== '') p.ms = Math.floor(Number(`0.${m[4]}`) * 1000);
  if (m[5] !== undefined) p.zone = m[5];
  return true;
}

/** The date parsers, in Date._parse's order; the first that matches decides. */
const DATE_READERS: Reader[] = [
  // eu: 3 June 2024
  [new RegExp(`'?\\b(\\d+)[^-\\d\\s']*\\s*${MONTH}[^-\\d\\s']*(?:\\s*(?:\\s*${ERA}\\s*('?-?\\d+(?:(?:st|nd|rd|th)\\b)?)))?`, 'i'),
    (m, p) => s3e(p, m[4], monthOf(m[2] ?? ''), m[1], (m[3] ?? '').toLowerCase().startsWith('b'))],
  // us: June 3, 2024
  [new RegExp(`\\b${MONTH}[^-\\d\\s']*\\s*('?\\d+)[^-\\d\\s']*(?:\\s*,?\\s*${ERA}\\s*('?-?\\d+))?`, 'i'),
    (m, p) => s3e(p, m[4], monthOf(m[1] ?? ''), m[2], (m[3] ?? '').toLowerCase().startsWith('b'))],
  // iso: 2024-06-12
  [/('?[-+]?\d+)-(\d+)-('?-?\d+)/, (m, p) => s3e(p, m[1], m[2], m[3], false)],
  // vms: 5-MAR-2024, MAR-5-2024
  [new RegExp(`('?-?\\d+)-${MONTH}[^-/.]*-('?-?\\d+)`, 'i'), (m, p) => s3e(p, m[3], monthOf(m[2] ?? ''), m[1], false)],
  [new RegExp(`\\b${MONTH}[^-/.]*-('?-?\\d+)(?:-('?-?\\d+))?`, 'i'), (m, p) => s3e(p, m[3], monthOf(m[1] ?? ''), m[2], false)],
  // sla: 12/06/2024, 2024/06/12
  [/('?-?\d+)\/\s*('?\d+)(?:\D\s*('?-?\d+))?/, (m, p) => s3e(p, m[1], m[2], m[3], false)],
  // dot: 2024.06.12, 12.06.2024
  [/('?-?\d+)\.\s*('?\d+)\.\s*('?-?\d+)/, (m, p) => s3e(p, m[1], m[2], m[3], false)],
  // iso2: 2024-164 (a day of the year)
  [/\b(\d{2}|\d{4})-(\d{3})\b/, (m, p) => {
    p.year = Number(m[1]);
    if ((m[1] ?? '').length > 2) p.comp = false;
    p.yday = Number(m[2]);
  }],
  // year: '24
  [/'(\d+)\b/, (m, p) => {
    p.year = Number(m[1]);
  }],
  // mon: June
  [new RegExp(`\\b${MONTH}\\S*`, 'i'), (m, p) => {
    p.mon = monthOf(m[1] ?? '');
  }],
  // mday: 3rd
  [/(\d+)(st|nd|rd|th)\b/i, (m, p) => {
    p.mday = Number(m[1]);
  }],
  // ddd: 20240612, 20240612T093000
  [/([-+]?)(\d{2,14})(?:\s*t?\s*(\d{2,6})?(?:[,.](\d*))?)?(?:\s*(z\b|[-+]\d{1,4}\b|\[[-+]?\d[^\]]*\]))?/i, readDigits],
];

/** Replaces what a parser read by spaces, so that the next ones do not read it again. */
const blank = (text: string, m: RegExpExecArray): string => text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);

/** Date._parse: the fields a string gives. */
function dateParse(input: string): Parsed {
  let text = input.replace(/[^-+',./:@\p{L}\p{N}[\]]+/gu, ' ');
  const p: Parsed = { comp: true };
  const day = /\b(sun|mon|tue|wed|thu|fri|sat)[^-/\d\s]*/i.exec(text);
  if (day) text = blank(text, day);
  const time = TIME.exec(text);
  if (time) {
    readTime(time, p);
    text = blank(text, time);
  }
  for (const [re, read] of DATE_READERS) {
    const m = re.exec(text);
    if (m === null) continue;
    if (read(m, p) === false) continue;
    text = blank(text, m);
    break;
  }
  // frag: a lone number is the day after a time, or the hour after a day.
  const frag = /^\s*(\d{1,2})\s*$/.exec(text);
  if (frag) {
    const n = Number(frag[1]);
    if (p.hour !== undefined && p.mday === undefined && n >= 1 && n <= 31) p.mday = n;
    else if (p.mday !== undefined && p.hour === undefined && n <= 24) p.hour = n;
  }
  if (p.comp && p.year !== undefined && p.year >= 0 && p.year <= 99) p.year += p.year >= 69 ? 1900 : 2000;
  return p;
}

const ZONE_HOURS: Record<string, number> = { UTC: 0, Z: 0, UT: 0, GMT: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };
// Military zones: A to M (no J) east, N to Y west.
for (const [i, letter] of [...'ABCDEFGHIKLM'].entries()) ZONE_HOURS[letter] = i + 1;
for (const [i, letter] of [...'NOPQRSTUVWXY'].entries()) ZONE_HOURS[letter] = -(i + 1);

/** Time.zone_offset: seconds east of UTC for a zone written in the string, if Ruby knows it. */
function zoneOffset(written: string, year: number, local: Zone): number | undefined {
  const zone = written.toUpperCase().replace(/^(?:GMT|UTC?)(?=[-+])/, '');
  const full = /^([-+])(\d\d)(:?)(\d\d)(?:\3(\d\d))?$/.exec(zone);
  if (full) return (full[1] === '-' ? -1 : 1) * ((Number(full[2]) * 60 + Number(full[4])) * 60 + Number(full[5] ?? 0));
  if (/^[-+]\d\d$/.test(zone)) return Number(zone) * 3600;
  const hours = ZONE_HOURS[zone];
  if (hours !== undefined) return hours * 3600;
  // The local zone's own abbreviation, in January or July of the year.
  for (const month of [0, 6]) {
    const at = localInstant(Date.UTC(year, month, 1), local);
    if (local.nameAt(at).toUpperCase() === zone) return local.offsetAt(at);
  }
  return undefined;
}

const isUtcZone = (zone: string): boolean => /^(?:-00:00|-0000|-00|UTC|Z|UT)$/i.test(zone);

/**
 * `Time.parse(text)` with `now` and the local zone: undefined where Ruby raises (no time in the
 * text, a month or an hour out of range, a form this reading does not know).
 */
export function parseTime(text: string, now: number, local: Zone): ZonedTime | undefined {
  const p = dateParse(text);
  if (p.year === undefined && p.yday === undefined && p.mon === undefined && p.mday === undefined && p.hour === undefined && p.min === undefined && p.sec === undefined && p.ms === undefined) {
    return undefined;
  }
  const off = p.zone === undefined ? undefined : zoneOffset(p.zone, p.year ?? wallClock({ ms: now, offset: local.offsetAt(now), zoneName: '', utc: false }).getUTCFullYear(), local);
  const nowOffset = off ?? local.offsetAt(now);
  const n = new Date(now + nowOffset * 1000);
  let { year, mon, mday: day, hour, min, sec, ms } = p;
  if (p.yday !== undefined) {
    const date = new Date(0);
    date.setUTCFullYear(year ?? n.getUTCFullYear(), 0, p.yday);
    year = date.getUTCFullYear();
    mon = date.getUTCMonth() + 1;
    day = date.getUTCDate();
  }
  // The fields before the first one written come from now.
  fill: {
    if (year !== undefined) break fill;
    year = n.getUTCFullYear();
    if (mon !== undefined) break fill;
    mon = n.getUTCMonth() + 1;
    if (day !== undefined) break fill;
    day = n.getUTCDate();
    if (hour !== undefined) break fill;
    hour = n.getUTCHours();
    if (min !== undefined) break fill;
    min = n.getUTCMinutes();
    if (sec !== undefined) break fill;
    sec = n.getUTCSeconds();
    if (ms !== undefined) break fill;
    ms = n.getUTCMilliseconds();
  }
  mon ??= 1;
  day ??= 1;
  hour ??= 0;
  min ??= 0;
  sec ??= 0;
  ms ??= 0;
  if (mon < 1 || mon > 12 || day < 1 || day > 31 || hour > 24 || min > 59 || sec > 60) return undefined;
  if (hour === 24 && (min !== 0 || sec !== 0)) return undefined;
  // A day past the month's end (up to 31) rolls into the next month, as in Ruby.
  const wallDate = new Date(0);
  wallDate.setUTCFullYear(year, mon - 1, day);
  wallDate.setUTCHours(hour, min, sec, ms);
  const wall = wallDate.getTime();
  if (off === undefined) {
    const at = localInstant(wall, local);
    return { ms: at, offset: local.offsetAt(at), zoneName: local.nameAt(at), utc: false };
  }
  const at = wall - off * 1000;
  if (p.zone !== undefined && isUtcZone(p.zone)) return { ms: at, offset: 0, zoneName: 'UTC', utc: true };
  // Ruby shows the time in the local zone when that zone has this offset then, else at the offset.
  if (local.offsetAt(at) === off) return { ms: at, offset: off, zoneName: local.nameAt(at), utc: false };
  return { ms: at, offset: off, zoneName: '', utc: false };
}
