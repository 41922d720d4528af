import { kramdownOptionsOf } from '../jekyll/kramdown-options.ts';
import { isMarkdownPath } from '../jekyll/markdown-ext.ts';
import type { JekyllSite } from '../jekyll/site.ts';
import { parseKramdown } from '../kramdown/parse.ts';
import { liquidFor } from './engine.ts';
import { liquidOutput } from './output.ts';
import { hasLiquid, renderLiquid } from './render-liquid.ts';

/**
 * What Jekyll's Renderer makes of a document's content before any layout (`post.content` after
 * `:post_convert`): its Liquid rendered with `scope` (unless `render_with_liquid: false`), then
 * kramdown for a Markdown path. For the content of other posts and for excerpts, which Liquid
 * reads through drops; errors print nothing, as in `parseArticle`.
 */
export function renderDocument(site: JekyllSite, path: string, content: string, data: Record<string, unknown>, scope: Record<string, unknown>): string {
  let text = content;
  if (data['render_with_liquid'] !== false && hasLiquid(text)) {
    text = renderLiquid(text, 0, { liquid: liquidFor(site), scope, file: '', stringify: liquidOutput }).text.text;
  }
  return isMarkdownPath(path, site) ? parseKramdown(text, 0, { kramdown: kramdownOptionsOf(site) }).html : text;
}
