import type { TagClass } from './_tag-class.ts';
import { type Context, type Emitter, type Liquid, Tag, type TagToken, type TopLevelToken } from 'liquidjs';
import type { JekyllSite } from '../../jekyll/site.ts';
import { captured } from './_capture.ts';
import { relativeUrl } from '../../jekyll/absolute-url.ts';
import { siteItems } from './_site-files.ts';
import { JekyllTagError, oneLine, rubyStrip } from './_tag-error.ts';


/**
 * Jekyll's `{% link path %}` (tags/link.rb): the URL, with `baseurl`, of the site's file at that
 * path from the site root (a post `_posts/2016-07-26-name.md`, a page, a static file); the path's
 * Liquid is rendered first.
 */
export function linkTag(site: JekyllSite): TagClass {
  return class LinkTag extends Tag {
    private readonly path: string;

    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      this.path = rubyStrip(token.args);
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      let relative: string;
      try {
        relative = yield* captured(this.liquid.parse(this.path), ctx, this.liquid);
      } catch (error) {
        throw new JekyllTagError(`Liquid error: ${error instanceof Error ? error.message : String(error)}`, 'liquid-error', this.token);
      }
      // PathManager.join("", path): the path with one leading `/`, as static files' paths start.
      const withSlash = `/${relative.replace(/^\/+/, '')}`;
      for (const item of siteItems(site)) {
        if (item.relativePath === relative || item.relativePath === withSlash) {
          emitter.write(relativeUrl(site, item.url));
          return;
        }
      }
      throw new JekyllTagError(
        oneLine(`Could not find document '${relative}' in tag 'link'. Make sure the document exists and the path is correct.`),
        'liquid-post-missing',
        this.token,
      );
    }
  };
}
