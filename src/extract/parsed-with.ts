import type { JekyllSite } from '../jekyll/site.ts';
import type { Highlighter } from '../kramdown/highlight/highlight-code.ts';

/** @internal The options an Article was parsed with that it does not hold itself. */
export interface ParsedWith {
  site?: JekyllSite;
  highlight?: Highlighter | false;
}

/**
 * The site and highlight hook an Article was parsed with, for toHast (`article-kit/hast`), which
 * parses the post again to get the writer's pieces (keeping them on every Article would triple
 * its memory: 36 MB more for the corpus's 291 Articles, which take 12.8 MB). A registered symbol,
 * so that every build of this version (ESM chunks, CommonJS) finds it; non-enumerable, so that
 * JSON, spreading, structuredClone and deep equality never see it.
 */
const PARSED_WITH: unique symbol = Symbol.for('article-kit.parsed-with.v1');

/**
 * @internal Called by parseArticle on the Article it returns: remembers the site and highlight
 * hook it was given (references, nothing copied).
 */
export function remember<T extends object>(article: T, options: ParsedWith): T {
  if (options.site !== undefined || options.highlight !== undefined) {
    Object.defineProperty(article, PARSED_WITH, {
      value: { ...(options.site ? { site: options.site } : {}), ...(options.highlight === undefined ? {} : { highlight: options.highlight }) },
      enumerable: false,
      configurable: true,
      writable: false,
    });
  }
  return article;
}

/** @internal The site and highlight hook `article` was parsed with, if parseArticle made it in this program. */
export function parsedWith(article: object): ParsedWith | undefined {
  const value = (article as { [PARSED_WITH]?: unknown })[PARSED_WITH];
  return value !== null && typeof value === 'object' ? (value as ParsedWith) : undefined;
}
