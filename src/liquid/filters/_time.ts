/**
 * @internal Ruby's Time for the filters: an instant with the UTC offset it is shown in, and the
 * time zones Jekyll shows times in (the site's `timezone`, which Jekyll puts in `ENV["TZ"]`, or
 * the machine's). JavaScript's Date is only an instant: a Date from the site's data is a Time in
 * the site's zone.
 */

/** A time zone: its offset east of UTC, in seconds, and its abbreviation, at an instant. */
export interface Zone {
  offsetAt(ms: number): number;
  nameAt(ms: number): string;
}

/** A Ruby Time as strftime reads it: the instant, the offset it is shown in, its zone's abbreviation. */
export interface ZonedTime {
  ms: number;
  /** Seconds east of UTC. */
  offset: number;
  /** `%Z`: the local zone's abbreviation, `UTC`, or `''` for a fixed offset. */
  zoneName: string;
  /** A UTC time (`Time#utc?`), which `to_s` ends with ` UTC`. */
  utc: boolean;
}

/** Abbreviations of zones for which the Intl API gives only `GMT+9`, as tzdata writes them. */
const ABBREVIATIONS: Record<string, string> = {
  'Asia/Seoul': 'KST',
  'Asia/Pyongyang': 'KST',
  'Asia/Tokyo': 'JST',
  'Asia/Shanghai': 'CST',
  'Asia/Chongqing': 'CST',
  'Asia/Harbin': 'CST',
  'Asia/Taipei': 'CST',
  'Asia/Macau': 'CST',
  'Asia/Hong_Kong': 'HKT',
  'Asia/Manila': 'PST',
  'Asia/Jakarta': 'WIB',
  'Asia/Karachi': 'PKT',
  'Asia/Kolkata': 'IST',
  'Asia/Calcutta': 'IST',
  'Europe/Moscow': 'MSK',
  'Africa/Johannesburg': 'SAST',
};

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string | undefined, locale = 'en-US', name = false): Intl.DateTimeFormat {
  const key = `${timeZone ?? ''}|${locale}|${name}`;
  let f = FORMATTERS.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(
      locale,
      name
        ? { timeZone, timeZoneName: 'short' }
        : { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' },
    );
    FORMATTERS.set(key, f);
  }
  return f;
}

/** Offset of `timeZone` at `ms`, in seconds, from what Intl shows as the wall clock there. */
function intlOffset(timeZone: string, ms: number): number {
  const at = Math.floor(ms / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(at)) parts[part.type] = part.value;
  let year = Number(parts['year']);
  if (parts['era'] === 'BC' || parts['era'] === 'B') year = 1 - year;
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts['month']) - 1, Number(parts['day']));
  wall.setUTCHours(Number(parts['hour']), Number(parts['minute']), Number(parts['second']), 0);
  return Math.round((wall.getTime() - at) / 1000);
}

/** `+09`, `+0530`: tzdata's abbreviation of a zone without a name. */
function numericName(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offset) / 60);
  const h = String(Math.trunc(minutes / 60)).padStart(2, '0');
  const m = minutes % 60;
  return m === 0 ? `${sign}${h}` : `${sign}${h}${String(m).padStart(2, '0')}`;
}

function abbreviation(timeZone: string | undefined, ms: number, offset: number): string {
  const id = timeZone ?? formatter(undefined).resolvedOptions().timeZone;
  if (/^(?:Etc\/)?(?:UTC|UCT|Universal|Zulu)$/.test(id)) return 'UTC';
  if (/^(?:Etc\/)?(?:GMT|GMT0|Greenwich)$/.test(id)) return 'GMT';
  const known = ABBREVIATIONS[id];
  if (known !== undefined) return known;
  for (const locale of ['en-US', 'en-GB', 'en-IN', 'en-AU']) {
    const name = formatter(timeZone, locale, true).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (/^[A-Z]{2,5}$/.test(name) && (name !== 'GMT' || offset === 0)) return name;
  }
  return numericName(offset);
}

/** The zone JavaScript's Date is local to (the machine's, as for Jekyll run on it). */
export const LOCAL_ZONE: Zone = {
  offsetAt: (ms) => -new Date(ms).getTimezoneOffset() * 60,
  nameAt: (ms) => abbreviation(undefined, ms, -new Date(ms).getTimezoneOffset() * 60),
};

const UTC_ZONE: Zone = { offsetAt: () => 0, nameAt: () => 'UTC' };

const ZONES = new Map<string, Zone>();

/** The zone named by a site's `timezone` (an IANA name), or the local one for none. */
export function zoneNamed(name: string | null | undefined): Zone {
  if (name === null || name === undefined || name === '') return LOCAL_ZONE;
  let zone = ZONES.get(name);
  if (zone === undefined) {
    try {
      formatter(name);
      zone = { offsetAt: (ms) => intlOffset(name, ms), nameAt: (ms) => abbreviation(name, ms, intlOffset(name, ms)) };
    } catch {
      // glibc reads a TZ it does not know as UTC.
      zone = UTC_ZONE;
    }
    ZONES.set(name, zone);
  }
  return zone;
}

/**
 * A Date as the Time it stands for: in the offset it carries as `utcOffset` (the site's
 * RubyTime, src/ruby/ruby-time.ts), else in `zone` (Time#localtime). The zone's abbreviation is
 * its name when the offset is the zone's then; a time at another offset has none.
 */
export function timeOf(date: Date, zone: Zone): ZonedTime {
  const ms = date.getTime();
  const own = (date as { utcOffset?: unknown }).utcOffset;
  if (typeof own === 'number' && own !== zone.offsetAt(ms)) return { ms, offset: own, zoneName: '', utc: false };
  return localTime(date, zone);
}

/** A Date as a Time in `zone` (Time#localtime). */
export const localTime = (date: Date, zone: Zone): ZonedTime => {
  const ms = date.getTime();
  return { ms, offset: zone.offsetAt(ms), zoneName: zone.nameAt(ms), utc: false };
};

/** The instant of a wall-clock time in `zone` (Time.local): `wall` is that time read as UTC. */
export function localInstant(wall: number, zone: Zone): number {
  const guess = wall - zone.offsetAt(wall) * 1000;
  return wall - zone.offsetAt(guess) * 1000;
}

/** The wall clock of a time: a Date whose UTC fields are the time's own. */
export const wallClock = (time: ZonedTime): Date => new Date(time.ms + time.offset * 1000);

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** `+0900`, `+09:00` (`colons` 1) or `+09:00:00` (2). */
export function formatOffset(offset: number, colons = 0): string {
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  const h = pad(Math.trunc(a / 3600));
  const m = pad(Math.trunc((a % 3600) / 60));
  const s = pad(a % 60);
  return colons === 0 ? `${sign}${h}${m}` : colons === 1 ? `${sign}${h}:${m}` : `${sign}${h}:${m}:${s}`;
}

/** `Time#to_s`: `2024-06-12 09:30:00 +0900` (`Time#inspect` adds the fraction of a second). */
export function rubyTimeToS(time: ZonedTime, inspect = false): string {
  const w = wallClock(time);
  const year = w.getUTCFullYear();
  const y = year < 0 ? `-${pad(year, 4)}` : pad(year, 4);
  const fraction = inspect && w.getUTCMilliseconds() !== 0 ? `.${pad(w.getUTCMilliseconds(), 3).replace(/0+$/, '')}` : '';
  const stamp = `${y}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())} ${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}${fraction}`;
  return `${stamp} ${time.utc ? 'UTC' : formatOffset(time.offset)}`;
}

/** A Date's `to_s` as the Time it stands for. */
export const timeToS = (date: Date, zone: Zone, inspect = false): string =>
  Number.isNaN(date.getTime()) ? '' : rubyTimeToS(timeOf(date, zone), inspect);
