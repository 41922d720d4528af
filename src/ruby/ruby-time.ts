/**
 * @internal Ruby's `Time` as Jekyll hands it to Liquid (`page.date`, `site.time`, `post.date`).
 *
 * The representation: a `RubyTime` is a JavaScript `Date` (the instant: `getTime()`, `<`, sorting
 * and `toISOString()` work as on any Date) that also carries `utcOffset`, the offset from UTC in
 * seconds that Ruby shows the time in (`Time#utc_offset`; 32400 for `+0900`). Jekyll dates a post
 * with `Time#localtime` under `ENV["TZ"] = site.timezone`, so the offset is the site's time zone's
 * at that instant (its summer time included); without a `timezone` it is the offset of the
 * runtime's own time zone, as Jekyll uses the machine's. A formatter reads the wall clock in that
 * offset with `wallClock(time)` (or `new Date(time.getTime() + time.utcOffset * 1000)` and the
 * `getUTC…` methods); `%z` is `formatOffset(time.utcOffset)`. No zone abbreviation is kept (`%Z`):
 * Ruby takes it from the system's tzdata, which JavaScript does not expose.
 */
export class RubyTime extends Date {
  /** Seconds east of UTC that Ruby shows this time in (`Time#utc_offset`). */
  readonly utcOffset: number;

  constructor(epochMs: number, utcOffset: number) {
    super(epochMs);
    this.utcOffset = utcOffset;
  }
}

/** The wall clock of a time in its own offset (a plain Date's in the runtime's zone). */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 (Sunday) – 6 */
  weekday: number;
  /** 1–366 */
  yearDay: number;
}

/** The offset a time is shown in: its own for a RubyTime, the runtime's for a plain Date. */
export const offsetOf = (date: Date): number => (date instanceof RubyTime ? date.utcOffset : -date.getTimezoneOffset() * 60);

export function wallClock(date: Date): WallClock {
  const shifted = new Date(date.getTime() + offsetOf(date) * 1000);
  const year = shifted.getUTCFullYear();
  const start = new Date(0);
  start.setUTCFullYear(year, 0, 1);
  start.setUTCHours(0, 0, 0, 0);
  return {
    year,
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
    yearDay: Math.floor((shifted.getTime() - start.getTime()) / 86_400_000) + 1,
  };
}

const pad = (n: number, width = 2): string => (n < 0 ? `-${String(-n).padStart(width, '0')}` : String(n).padStart(width, '0'));

/** Ruby's `%z`: `+0900`, `-0500` (seconds of an offset dropped). */
export function formatOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.trunc(Math.abs(offset) / 60);
  return `${sign}${pad(Math.trunc(minutes / 60))}${pad(minutes % 60)}`;
}

/** Ruby's `Time#to_s` of a local time: `2024-06-12 09:30:00 +0900`. */
export function rubyTimeToS(date: Date): string {
  const w = wallClock(date);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)} ${formatOffset(offsetOf(date))}`;
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat | null>();

/**
 * The runtime's own zone's offset at an instant, from Date's local fields. Not
 * `getTimezoneOffset()`, which drops the seconds of a local mean time (Seoul's +08:27:52 before
 * 1908), and not an `Intl.DateTimeFormat`, whose first creation loads ICU's data (15–25 ms of a
 * fresh process, for a post without a site time zone).
 */
function localOffset(epochMs: number): number {
  const seconds = Math.floor(epochMs / 1000) * 1000;
  const local = new Date(seconds);
  const wall = new Date(0);
  wall.setUTCFullYear(local.getFullYear(), local.getMonth(), local.getDate());
  wall.setUTCHours(local.getHours(), local.getMinutes(), local.getSeconds(), 0);
  return Math.round((wall.getTime() - seconds) / 1000);
}

function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = FORMATTERS.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    FORMATTERS.set(zone, f);
  }
  return f;
}

/** Whether a time zone name is one the runtime knows (an IANA name such as `Asia/Seoul`). */
export const isKnownZone = (zone: string): boolean => formatter(zone) !== null;

/**
 * The UTC offset, in seconds, of a time zone at an instant. `zone` is an IANA name; `null` or
 * `undefined` is the runtime's own zone. A name the runtime does not know is UTC, as the C
 * library takes an unknown `TZ`.
 */
export function zoneOffset(zone: string | null | undefined, epochMs: number): number {
  if (zone === null || zone === undefined) return localOffset(epochMs);
  const f = formatter(zone);
  if (f === null) return 0;
  const seconds = Math.floor(epochMs / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(seconds))) parts[part.type] = part.value;
  const year = parts['era'] === 'BC' || parts['era'] === 'B' ? 1 - Number(parts['year']) : Number(parts['year']);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts['month']) - 1, Number(parts['day']));
  wall.setUTCHours(Number(parts['hour']), Number(parts['minute']), Number(parts['second']), 0);
  return Math.round((wall.getTime() - seconds) / 1000);
}

/** A time at an instant, shown in a zone's offset (Ruby's `Time.at(t).localtime`). */
export const timeInZone = (epochMs: number, zone: string | null | undefined): RubyTime => new RubyTime(epochMs, zoneOffset(zone, epochMs));

/**
 * Ruby's `Time.local` under `TZ=zone`: the instant a wall clock reads in that zone. Fields out of
 * range roll over (day 31 of June is July 1st). A wall clock in a summer-time gap is read with
 * the offset before the gap (02:30 where 01:00–02:00 is skipped); one the change back repeats is
 * read with the offset after the change (the later instant), as Ruby reads them.
 */
export function localTime(zone: string | null | undefined, year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): RubyTime {
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, ms);
  const asUtc = wall.getTime();
  // The offsets on either side of the wall clock; a repeated one reads with the later offset.
  const before = zoneOffset(zone, asUtc - 86_400_000);
  const after = zoneOffset(zone, asUtc + 86_400_000);
  for (const offset of before === after ? [before] : [after, before]) {
    const epoch = asUtc - offset * 1000;
    if (zoneOffset(zone, epoch) === offset) return new RubyTime(epoch, offset);
  }
  // In a gap: the wall clock read with the offset before it, shown in the one after.
  const epoch = asUtc - before * 1000;
  return new RubyTime(epoch, zoneOffset(zone, epoch));
}
