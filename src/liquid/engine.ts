import { Liquid } from 'liquidjs';
import type { JekyllSite } from '../jekyll/site.ts';
import { truthy } from '../ruby/values.ts';
import { registerJekyllFilters } from './filters/index.ts';
import { registerJekyllTags } from './tags/index.ts';

/** What Liquid may spend on one post before it stops with a problem. */
export const LIQUID_LIMITS = {
  /** Characters of template liquidjs parses (the post and its includes). */
  parse: 10_000_000,
  /** Milliseconds of rendering. */
  render: 2_000,
  /** Characters and array items liquidjs allocates for strings and ranges. */
  memory: 50_000_000,
} as const;

const ENGINES = new WeakMap<JekyllSite, Liquid>();

/**
 * liquidjs configured as Jekyll 4.3 runs Liquid: Jekyll's include syntax, includes read only from
 * the site's own `_includes` (given as strings: no file system is ever touched), the site's
 * `liquid:` strictness, own properties only. One engine per site.
 */
export function liquidFor(site: JekyllSite): Liquid {
  let liquid = ENGINES.get(site);
  if (liquid === undefined) {
    liquid = createLiquid(site);
    ENGINES.set(site, liquid);
  }
  return liquid;
}

function createLiquid(site: JekyllSite): Liquid {
  const options = (site.config['liquid'] ?? {}) as Record<string, unknown>;
  const templates: Record<string, string> = {};
  for (const [name, content] of Object.entries(site.includes ?? {})) templates[`_includes/${name}`] = content;
  const liquid = new Liquid({
    templates,
    root: ['_includes'],
    partials: ['_includes'],
    extname: '',
    jekyllInclude: true,
    dynamicPartials: false,
    relativeReference: false,
    strictFilters: truthy(options['strict_filters']),
    strictVariables: truthy(options['strict_variables']),
    ownPropertyOnly: true,
    cache: true,
    parseLimit: LIQUID_LIMITS.parse,
    renderLimit: LIQUID_LIMITS.render,
    memoryLimit: LIQUID_LIMITS.memory,
  });
  registerJekyllFilters(liquid, site);
  registerJekyllTags(liquid, site);
  return liquid;
}
