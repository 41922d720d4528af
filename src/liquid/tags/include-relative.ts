import type { TagClass } from './_tag-class.ts';
import { type Context, type Emitter, type Liquid, Tag, type TagToken, type Template, type TopLevelToken } from 'liquidjs';
import { rubyDirname } from '../../jekyll/ruby-path.ts';
import type { JekyllSite } from '../../jekyll/site.ts';
import { truthy } from '../../ruby/values.ts';
import { type IncludeMarkup, includeFileName, notFound, parsedFile, readIncludeMarkup, renderIncluded } from './_include-file.ts';
import { JekyllTagError } from './_tag-error.ts';

/**
 * IncludeRelativeTag#page_path and #resource_path: the folder, from the site root, of the page
 * being rendered: its `path` (a document's is relative to `collections_dir`), without the
 * `/#excerpt` an excerpt's has.
 */
function pageDir(ctx: Context, site: JekyllSite): string {
  const page = (ctx.environments as Record<string, unknown>)['page'] as Record<string, unknown> | undefined;
  const path = page?.['path'];
  if (typeof path !== 'string') return '.';
  const collectionsDir = site.config['collections_dir'];
  const resource = truthy(page?.['collection']) && typeof collectionsDir === 'string' && collectionsDir !== '' ? `${collectionsDir}/${path}` : path;
  return rubyDirname(resource.replace(/\/#excerpt$/, ''));
}

/**
 * Jekyll's `{% include_relative file.ext key="value" %}`: a file of the site (`site.files`),
 * relative to the folder of the post, rendered as an include is. Names with `..` are refused, as
 * Jekyll refuses them, so nothing outside the site is ever named.
 */
export function includeRelativeTag(site: JekyllSite, cache: Map<string, Template[] | Error>): TagClass {
  return class IncludeRelativeTag extends Tag {
    private readonly markup: IncludeMarkup;

    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      this.markup = readIncludeMarkup(token, 'include_relative');
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const file = yield* includeFileName(this.markup, ctx, this.liquid, this.token, 'include_relative');
      const dir = pageDir(ctx, site);
      const name = file.startsWith('/') ? file.slice(1) : file;
      const path = dir === '.' || dir === '/' ? name : `${dir}/${name}`;
      const files = site.files ?? {};
      const content = Object.prototype.hasOwnProperty.call(files, path) ? files[path] : undefined;
      if (content === undefined) throw notFound(file, [dir], truthy(site.config['safe']), this.token);
      if (content === null) throw new JekyllTagError(`'${path}' is in the site, but its content was not read: it is left out`, 'liquid-error', this.token);
      const templates = parsedFile(cache, this.liquid, path, content);
      yield* renderIncluded(templates, this.markup.params, ctx, emitter, this.liquid, this.token);
    }
  };
}
