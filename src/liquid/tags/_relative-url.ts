import { isAbsoluteUri, normalizeUri } from '../../jekyll/addressable.ts';
import type { JekyllSite } from '../../jekyll/site.ts';
import { rubyToS } from '../../ruby/values.ts';

const leadingSlash = (part: string): string => (part === '' || part.startsWith('/') ? part : `/${part}`);

/**
 * Jekyll's `relative_url` (Filters::URLFilters#compute_relative_url) for a URL the site publishes:
 * `baseurl` (its one trailing `/` off) and the URL joined, each with a leading `/`, as
 * Addressable normalises them; an absolute URL as it is.
 */
export function relativeUrl(url: string, site: JekyllSite): string {
  if (isAbsoluteUri(url)) return url;
  const baseurl = site.config.baseurl;
  const base = baseurl === null || baseurl === undefined ? '' : rubyToS(baseurl).replace(/\/$/, '');
  return normalizeUri(leadingSlash(base) + leadingSlash(url));
}
