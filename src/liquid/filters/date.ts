/**
 * Liquid's `date` and Jekyll's date filters (jekyll/filters/date_filters.rb), as Ruby runs them:
 * strings read by Ruby's `Time.parse` (keeping the offset they are written with, `now` and
 * `today` the time of the build, digits seconds since 1970), formats by Ruby's `strftime`, and
 * Jekyll's filters showing the time in the site's zone (`timezone`, else the machine's).
 */
import { type Call, defineFilter, type FilterDefinition } from './_filter.ts';
import { parseTime } from './_parse-time.ts';
import { RubyError, inspect, isInteger, toLiquid, toS } from './_ruby.ts';
import { strftime } from './_strftime.ts';
import { type ZonedTime, formatOffset, localTime, timeOf } from './_time.ts';

/** Liquid::Utils.to_date: a Time for a Time, `now`, digits, an Integer or a string Ruby can parse. */
export function toDate(input: unknown, call: Call): ZonedTime | undefined {
  const v = toLiquid(input);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : timeOf(v, call.zone);
  if (isInteger(v)) return localTime(new Date(v * 1000), call.zone);
  if (typeof v !== 'string' || v === '') return undefined;
  const text = v.toLowerCase();
  if (text === 'now' || text === 'today') return localTime(new Date(), call.zone);
  if (/^\d+$/.test(text)) return localTime(new Date(Number(text) * 1000), call.zone);
  return parseTime(text, Date.now(), call.zone);
}

/** Jekyll's `time(input)`: the input as a Time in the site's zone, or InvalidDateError. */
function jekyllTime(input: unknown, call: Call): ZonedTime {
  const time = toDate(input, call);
  if (time === undefined) throw new RubyError(`Invalid Date: '${inspect(input, call.zone)}' is not a valid datetime.`);
  return localTime(new Date(time.ms), call.zone);
}

function ordinal(day: number): string {
  if (day >= 11 && day <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

function stringifyDate(input: unknown, call: Call, month: string, type: unknown, style: unknown): unknown {
  if (toS(input, call.zone) === '') return input;
  const time = jekyllTime(input, call);
  if (type === 'ordinal') {
    const day = Number(strftime(time, '%-d'));
    const ordinalDay = `${day}${ordinal(day)}`;
    return strftime(time, style === 'US' ? `${month} ${ordinalDay}, %Y` : `${ordinalDay} ${month} %Y`);
  }
  return strftime(time, `%d ${month} %Y`);
}

export const dateFilters: FilterDefinition[] = [
  defineFilter('date', [1, 1], (call, input, format) => {
    const written = toS(format, call.zone);
    if (written === '') return input;
    const time = toDate(input, call);
    return time === undefined ? input : strftime(time, written);
  }),
  defineFilter('date_to_xmlschema', [0, 0], (call, input) => {
    if (toS(input, call.zone) === '') return input;
    const time = jekyllTime(input, call);
    return `${strftime(time, '%Y-%m-%dT%H:%M:%S')}${formatOffset(time.offset, 1)}`;
  }),
  defineFilter('date_to_rfc822', [0, 0], (call, input) => {
    if (toS(input, call.zone) === '') return input;
    return strftime(jekyllTime(input, call), '%a, %d %b %Y %H:%M:%S %z');
  }),
  defineFilter('date_to_string', [0, 2], (call, input, type, style) => stringifyDate(input, call, '%b', type, style)),
  defineFilter('date_to_long_string', [0, 2], (call, input, type, style) => stringifyDate(input, call, '%B', type, style)),
];
