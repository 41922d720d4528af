import { rubyTimeParse } from '../ruby/time-parse.ts';
import { topLevelEntries } from './top-level-entries.ts';
import type { YamlProblem } from './parse-yaml.ts';

export interface PostDate {
  /** The day Jekyll dates the post (`YYYY-MM-DD` in the site's time zone), when the front matter says. */
  date?: string;
  problem?: YamlProblem;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const dayOf = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The calendar day of an instant in an IANA time zone (UTC for none or one `Intl` does not know, as glibc reads an unknown `TZ`). */
export function dayInZone(instant: Date, timezone: string | null | undefined): string {
  if (timezone) {
    try {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone: timezone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant);
      const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
      return dayOf(part('year'), part('month'), part('day'));
    } catch {
      // An unknown zone: UTC below.
    }
  }
  return dayOf(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

/** A Psych `Date` (a day, no time): written as `YYYY-MM-DD`, possibly tagged. */
const CALENDAR_DATE = /^(?:!!timestamp[ \t]+)?\d{4}-\d{1,2}-\d{1,2}(?:[ \t]+#.*)?$/;

/**
 * The day Jekyll dates a post by its front matter `date` (`Document#merge_date!`:
 * `Time.parse(date.to_s).localtime`, with `TZ` set to the site's `timezone`): a YAML date is that
 * day; a YAML time or a string with a zone is the instant, seen in the site's zone; a string
 * without a zone is that wall-clock time in the site's zone. A value Ruby cannot parse stops
 * Jekyll's build (`Invalid date`); a form Ruby reads by rules not reproduced here gives no day and
 * a warning. Without `date`, nothing: the file name says.
 */
export function postDate(data: Record<string, unknown>, yaml: string, timezone: string | null | undefined): PostDate {
  if (!Object.hasOwn(data, 'date')) return {};
  const value = data['date'];
  const entry = topLevelEntries(yaml).findLast((e) => e.key === 'date');
  const at = entry ? { offset: entry.valueStart, ...(entry.valueEnd > entry.valueStart ? { endOffset: entry.valueEnd } : {}) } : { offset: 0 };
  const written = entry ? yaml.slice(entry.valueStart, entry.valueEnd) : '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return {};
    if (CALENDAR_DATE.test(written)) return { date: dayOf(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) };
    return { date: dayInZone(value, timezone) };
  }
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : undefined;
  const parsed = text === undefined ? ({ kind: 'unknown' } as const) : rubyTimeParse(text);
  if (parsed.kind === 'time') {
    if (parsed.offset === undefined) return { date: dayOf(parsed.year, parsed.month, parsed.day) };
    const instant = new Date(0);
    instant.setUTCFullYear(parsed.year, parsed.month - 1, parsed.day);
    instant.setUTCHours(parsed.hour, parsed.minute - parsed.offset, parsed.second, 0);
    return { date: dayInZone(instant, timezone) };
  }
  const shown = written === '' ? '`date`' : `\`date: ${written.length > 60 ? `${written.slice(0, 60)}…` : written}\``;
  if (parsed.kind === 'invalid') {
    const what = text === '' ? '`date` is empty, which Jekyll cannot read as a date' : `${shown} is not a date Jekyll can read`;
    return {
      problem: {
        ruleId: 'front-matter-date',
        severity: 'error',
        message: `${what} (Invalid date: ${parsed.reason}): the whole site fails to build; write it as YYYY-MM-DD HH:MM:SS +09:00`,
        ...at,
      },
    };
  }
  return {
    problem: {
      ruleId: 'front-matter-date',
      severity: 'warning',
      message: `${shown} is read by Ruby rules article-kit does not reproduce, so the day Jekyll gives the post is not known here: write it as YYYY-MM-DD HH:MM:SS +09:00`,
      ...at,
    },
  };
}
