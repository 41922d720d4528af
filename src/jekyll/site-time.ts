import { RubyTime, timeInZone } from '../ruby/ruby-time.ts';
import { truthy } from '../ruby/values.ts';
import { parseDateValue } from './parse-time.ts';
import type { JekyllSite } from './site.ts';

/** The time zone Jekyll runs in: the site's `timezone`, else `null` (the machine's, here the runtime's). */
export const siteZone = (site: JekyllSite): string | null => (typeof site.config['timezone'] === 'string' ? site.config['timezone'] : null);

const NOW = new WeakMap<JekyllSite, RubyTime>();

/**
 * `site.time`: the configuration's `time` read as a date (Site#reset), else the site's `time`
 * (when it was loaded), else the time it is first asked for, kept for the site so that every
 * post of a run sees the same.
 */
export function siteTime(site: JekyllSite): RubyTime {
  const zone = siteZone(site);
  if (truthy(site.config['time'])) {
    const parsed = parseDateValue(site.config['time'], zone);
    if (parsed.time) return parsed.time;
  }
  if (site.time instanceof Date) return site.time instanceof RubyTime ? site.time : timeInZone(site.time.getTime(), zone);
  let now = NOW.get(site);
  if (now === undefined) {
    now = timeInZone(Date.now(), zone);
    NOW.set(site, now);
  }
  return now;
}
