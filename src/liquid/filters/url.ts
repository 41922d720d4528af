/**
 * Jekyll's URL filters (jekyll/filters/url_filters.rb): `relative_url` puts the site's `baseurl`
 * before a path, `absolute_url` its `url` too, each normalized as Addressable normalizes URIs
 * (percent-encoded UTF-8, dot segments removed, `%41` decoded, the host lower-cased); a URI with
 * a scheme is given back as it is. `strip_index` drops a trailing `/index.html`. liquidjs has
 * none of them.
 */
import type { JekyllSite } from '../../jekyll/site.ts';
import { type Call, defineFilter, type FilterDefinition } from './_filter.ts';
import { RubyError, isNil, toS } from './_ruby.ts';
import { isAbsolute, normalizeUri, parseUri, toUriString } from './_uri.ts';

const ensureLeadingSlash = (part: string): string => (part === '' || part.startsWith('/') ? part : `/${part}`);

function baseurlOf(site: JekyllSite): string {
  const baseurl = site.config.baseurl;
  if (isNil(baseurl)) return '';
  const text = toS(baseurl);
  return text.endsWith('/') ? text.slice(0, -1) : text;
}

export function relativeUrl(input: unknown, call: Call): unknown {
  // Jekyll asks a drop for its `url`; a post or page given as plain data is a Hash, which has none.
  if (isNil(input)) return input;
  const text = toS(input, call.zone);
  if (isAbsolute(parseUri(text))) return input;
  return toUriString(normalizeUri(parseUri(ensureLeadingSlash(baseurlOf(call.site)) + ensureLeadingSlash(text))));
}

export function absoluteUrl(input: unknown, call: Call): unknown {
  if (isNil(input)) return input;
  if (isAbsolute(parseUri(toS(input, call.zone)))) return input;
  const siteUrl = call.site.config.url;
  const relative = relativeUrl(input, call);
  if (isNil(siteUrl) || siteUrl === '') return relative;
  return toUriString(normalizeUri(parseUri(toS(siteUrl, call.zone) + toS(relative, call.zone))));
}

export const urlFilters: FilterDefinition[] = [
  defineFilter('relative_url', [0, 0], (call, input) => relativeUrl(input, call)),
  defineFilter('absolute_url', [0, 0], (call, input) => absoluteUrl(input, call)),
  defineFilter('strip_index', [0, 0], (call, input) => {
    if (isNil(input) || toS(input, call.zone) === '') return undefined;
    if (typeof input !== 'string') throw new RubyError(`undefined method \`sub' for ${toS(input, call.zone)}`);
    return input.replace(/\/index\.html?(?![^\n])/, '/'); // Ruby's `$`: before a `\n` or at the end
  }),
];
