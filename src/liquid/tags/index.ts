import type { Liquid, Template } from 'liquidjs';
import type { JekyllSite } from '../../jekyll/site.ts';
import { CommentTag } from './comment.ts';
import { highlightTag } from './highlight.ts';
import { includeRelativeTag } from './include-relative.ts';
import { includeTag } from './include.ts';
import { linkTag } from './link.ts';
import { postUrlTag } from './post-url.ts';
import { RawTag } from './raw.ts';

const NOT_IN_LIQUID = ['layout', 'block'];

/**
 * Registers Jekyll's tags (jekyll/tags/*.rb) on a liquidjs engine, over liquidjs's own `include`:
 * `highlight`, `include`, `include_relative`, `link`, `post_url`, and Ruby Liquid's
 * `comment` and `raw` where liquidjs's differ. They read only `site` (its
 * includes, files and posts); their errors are JekyllTagErrors, which render-liquid.ts turns into
 * problems at the tag.
 */
export function registerJekyllTags(liquid: Liquid, site: JekyllSite): void {
  // liquidjs's own template inheritance, which Ruby Liquid lacks: for Jekyll they are unknown tags.
  for (const name of NOT_IN_LIQUID) delete (liquid.tags as Record<string, unknown>)[name];
  // Parsed includes and relative includes, by path from the site root, for this site's engine.
  const files = new Map<string, Template[] | Error>();
  liquid.registerTag('highlight', highlightTag(site));
  liquid.registerTag('include', includeTag(site, files));
  liquid.registerTag('include_relative', includeRelativeTag(site, files));
  liquid.registerTag('link', linkTag(site));
  liquid.registerTag('post_url', postUrlTag(site));
  // Liquid 5.4's own, where liquidjs's differ from it.
  liquid.registerTag('comment', CommentTag);
  liquid.registerTag('raw', RawTag);
}
