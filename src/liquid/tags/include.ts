import type { TagClass } from './_tag-class.ts';
import { type Context, type Emitter, type Liquid, Tag, type TagToken, type Template, type TopLevelToken } from 'liquidjs';
import type { JekyllSite } from '../../jekyll/site.ts';
import { truthy } from '../../ruby/values.ts';
import { type IncludeMarkup, includeFileName, notFound, parsedFile, readIncludeMarkup, renderIncluded } from './_include-file.ts';

/** `includes_dir` as Jekyll reads it (`config["includes_dir"].to_s`). */
export const includesDir = (site: JekyllSite): string => {
  const dir = site.config['includes_dir'];
  return typeof dir === 'string' ? dir : dir === undefined || dir === null ? '_includes' : String(dir);
};

/**
 * Jekyll's `{% include file.ext key="value" key2=variable %}` (OptimizedIncludeTag): the file
 * from the site's `_includes` (`site.includes`, nothing else is ever read), its name rendered
 * when it holds `{{ }}`, rendered in a scope whose `include` holds the parameters.
 */
export function includeTag(site: JekyllSite, cache: Map<string, Template[] | Error>): TagClass {
  return class IncludeTag extends Tag {
    private readonly markup: IncludeMarkup;

    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      this.markup = readIncludeMarkup(token, 'include');
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const file = yield* includeFileName(this.markup, ctx, this.liquid, this.token, 'include');
      // PathManager.join(dir, file): File.join drops the slash the name may start with.
      const key = file.startsWith('/') ? file.slice(1) : file;
      const includes = site.includes ?? {};
      const content = Object.prototype.hasOwnProperty.call(includes, key) ? includes[key] : undefined;
      const dir = includesDir(site);
      if (typeof content !== 'string') throw notFound(file, [dir], truthy(site.config['safe']), this.token);
      const templates = parsedFile(cache, this.liquid, `${dir}/${key}`, content);
      yield* renderIncluded(templates, this.markup.params, ctx, emitter, this.liquid, this.token);
    }
  };
}
