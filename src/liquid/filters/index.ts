import type { Liquid } from 'liquidjs';
import type { JekyllSite } from '../../jekyll/site.ts';
import { registerAll } from './_filter.ts';
import { arrayFilters } from './array.ts';
import { dateFilters } from './date.ts';
import { groupingFilters } from './grouping.ts';
import { mathFilters } from './math.ts';
import { miscFilters } from './misc.ts';
import { stringFilters } from './string.ts';
import { textFilters } from './text.ts';
import { urlFilters } from './url.ts';

/**
 * liquidjs's filters that neither Liquid 5.4 nor Jekyll 4.3 has. Ruby's Liquid passes the input
 * of an unknown filter through unchanged (or raises, with `strict_filters`), as liquidjs does
 * for a filter it does not have: removing them gives Jekyll's behaviour.
 */
const NOT_IN_JEKYLL = ['find_index', 'find_index_exp', 'has', 'has_exp', 'hmac_sha256', 'json', 'raw', 'reject', 'reject_exp', 'sha256', 'squish', 'sum'];

/**
 * Registers Jekyll's filters (jekyll/filters.rb and its families) and Liquid 5.4's standard
 * filters on a liquidjs engine, as Jekyll 4.3.1 runs them, each replacing liquidjs's own.
 * Liquid's families: math.ts, string.ts, array.ts, misc.ts (`default`); Jekyll's: url.ts,
 * date.ts (with Liquid's `date`), text.ts, grouping.ts (with Jekyll's `sort` and `where`).
 */
export function registerJekyllFilters(liquid: Liquid, site: JekyllSite): void {
  const filters = liquid.filters as Record<string, unknown>;
  for (const name of NOT_IN_JEKYLL) delete filters[name];
  registerAll(liquid, site, [...mathFilters, ...stringFilters, ...arrayFilters, ...miscFilters, ...urlFilters, ...dateFilters, ...textFilters, ...groupingFilters]);
}
