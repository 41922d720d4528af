import type { JekyllSite } from '../jekyll/site.ts';
import type { Highlighter } from '../kramdown/highlight/highlight-code.ts';
import type { Fragment } from '../kramdown/writer/fragment.ts';

/** @internal The options an Article was parsed with that it does not hold itself. */
export interface ParsedWith {
  site?: JekyllSite;
  highlight?: Highlighter;
}

/**
 * Private companions of an Article, for toHast (`article-kit/hast`), which parses the post again
 * to get the writer's pieces: keeping them on every Article would triple its memory (36 MB more
 * for the corpus's 291 Articles, which take 12.8 MB). Registered symbols, so that every build of
 * this version (ESM chunks, CommonJS) finds them; non-enumerable, so that JSON, spreading,
 * structuredClone and deep equality never see them.
 */
const PARSED_WITH: unique symbol = Symbol.for('article-kit.parsed-with.v1');
const RENDERING: unique symbol = Symbol.for('article-kit.rendering.v1');

/** Set while {@link withRendering} runs: only then does an Article get its Fragment. */
let keeping = 0;

const define = (target: object, key: symbol, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: false, configurable: true, writable: false });
};

/**
 * @internal Called by parseArticle on the Article it returns: remembers the site and highlight
 * hook it was given (references, nothing copied), and the writer's Fragment inside
 * {@link withRendering} only.
 */
export function remember<T extends object>(article: T, options: ParsedWith, fragment: Fragment): T {
  if (options.site !== undefined || options.highlight !== undefined) {
    define(article, PARSED_WITH, { ...(options.site ? { site: options.site } : {}), ...(options.highlight ? { highlight: options.highlight } : {}) });
  }
  if (keeping > 0) define(article, RENDERING, fragment);
  return article;
}

/** @internal The site and highlight hook `article` was parsed with, if parseArticle made it in this program. */
export function parsedWith(article: object): ParsedWith | undefined {
  const value = (article as { [PARSED_WITH]?: unknown })[PARSED_WITH];
  return value !== null && typeof value === 'object' ? (value as ParsedWith) : undefined;
}

/** @internal Runs `parse` so that the Articles it makes carry their Fragment (see {@link renderingOf}). */
export function withRendering<T>(parse: () => T): T {
  keeping++;
  try {
    return parse();
  } finally {
    keeping--;
  }
}

/** @internal The Fragment parseArticle wrote for `article`, when it was made inside {@link withRendering}. */
export function renderingOf(article: object): Fragment | undefined {
  const value = (article as { [RENDERING]?: unknown })[RENDERING];
  return value !== null && typeof value === 'object' && (value as { kind?: unknown }).kind === 'fragment' ? (value as Fragment) : undefined;
}
