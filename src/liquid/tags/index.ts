import type { Liquid } from 'liquidjs';
import type { JekyllSite } from '../../jekyll/site.ts';

/** Registers Jekyll's tags (jekyll/tags/*.rb) on a liquidjs engine. */
export function registerJekyllTags(liquid: Liquid, site: JekyllSite): void {
  void liquid;
  void site;
}
