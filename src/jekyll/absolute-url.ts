import { rubyToS } from '../ruby/values.ts';
import { isAbsoluteUri, normalizeUri } from './addressable.ts';
import type { JekyllSite } from './site.ts';

const leadingSlash = (part: string): string => (part === '' || part.startsWith('/') ? part : `/${part}`);

/**
 * Jekyll's `relative_url` filter (URLFilters#compute_relative_url): the site's `baseurl` (less
 * one trailing `/`) and the URL, each with a leading `/`, normalised as Addressable does; an
 * absolute URL as it is.
 */
export function relativeUrl(site: JekyllSite, url: string): string {
  if (isAbsoluteUri(url)) return url;
  const baseurl = site.config['baseurl'];
  const base = baseurl === null || baseurl === undefined ? '' : rubyToS(baseurl).replace(/\/$/, '');
  return normalizeUri(leadingSlash(base) + leadingSlash(url));
}

/**
 * Jekyll's `absolute_url` filter (URLFilters#compute_absolute_url): the site's `url` before the
 * relative URL, normalised; without a `url`, the relative URL; an absolute URL as it is.
 */
export function absoluteUrl(site: JekyllSite, url: string): string {
  if (isAbsoluteUri(url)) return url;
  const siteUrl = site.config['url'];
  if (siteUrl === null || siteUrl === undefined || siteUrl === '') return relativeUrl(site, url);
  return normalizeUri(rubyToS(siteUrl) + relativeUrl(site, url));
}
