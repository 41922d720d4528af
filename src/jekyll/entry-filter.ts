import { rubyBasename, rubyJoin } from './ruby-path.ts';
import type { JekyllSite } from './site.ts';

/** Ruby's `File.fnmatch?(pattern, path)` without flags: `*` matches `/` too, no braces. */
function fnmatch(pattern: string, path: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '\\' && i + 1 < pattern.length) source += (pattern[++i] ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (c === '*') source += '[^]*';
    else if (c === '?') source += '[^]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) source += '\\[';
      else {
        let set = pattern.slice(i + 1, end);
        const negated = set.startsWith('!') || set.startsWith('^');
        if (negated) set = set.slice(1);
        source += `[${negated ? '^' : ''}${set.replace(/[\\\]]/g, '\\$&')}]`;
        i = end;
      }
    } else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`, 'u').test(path);
  } catch {
    return false;
  }
}

/** EntryFilter#glob_include?: a pattern that matches the path, is a prefix of it, or names its folder. */
function globInclude(patterns: unknown, entry: string, isDirectory: boolean): boolean {
  if (!Array.isArray(patterns)) return false;
  // PathManager.join(site.source, …), with the source as the empty root.
  const withSource = rubyJoin('', entry);
  return patterns.some((pattern) => {
    if (typeof pattern !== 'string') return false;
    const p = rubyJoin('', pattern);
    return fnmatch(p, withSource) || withSource.startsWith(p) || (isDirectory && p === `${withSource}/`);
  });
}

const SPECIAL = /^[._#~]/;

/**
 * Jekyll's `EntryFilter#filter` for one entry: whether Jekyll reads it. `entry` is the name as
 * listed in `base` (a folder's entry, or a path under `_posts`), `base` the folder from the site's
 * root (`''` for the root). Left out: names ending in `.`; those `exclude` matches (from the root)
 * unless `include` matches them; then, unless included, names (or base names) that start with
 * `.`, `_`, `#` or `~` and backups ending in `~`.
 */
export function isEntryRead(site: JekyllSite, base: string, entry: string, isDirectory: boolean): boolean {
  if (entry.endsWith('.')) return false;
  const include = site.config['include'];
  const exclude = site.config['exclude'];
  const included = globInclude(include, entry, isDirectory) || globInclude(include, rubyBasename(entry), isDirectory);
  const rest = Array.isArray(exclude) ? exclude.filter((e) => !(Array.isArray(include) && include.includes(e))) : [];
  if (globInclude(rest, rubyJoin(base === '' ? '' : `/${base.replace(/^\/+/, '')}`, entry), isDirectory) && !included) return false;
  if (included) return true;
  return !(SPECIAL.test(entry) || SPECIAL.test(rubyBasename(entry)) || entry.endsWith('~'));
}
