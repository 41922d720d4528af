import type { Liquid } from 'liquidjs';
import type { JekyllSite } from '../../jekyll/site.ts';

/** Registers Jekyll's filters (jekyll/filters.rb and its families) on a liquidjs engine. */
export function registerJekyllFilters(liquid: Liquid, site: JekyllSite): void {
  void liquid;
  void site;
}
