import type { Element as HastElement, Nodes, Root, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { VFile } from 'vfile';
import { type Rendering, renderArticle } from '../../article/parse-article.ts';
import type { Article } from '../../article/types.ts';
import { parsedWith } from '../../extract/parsed-with.ts';
import { parseHtml } from '../../html/parse-html.ts';
import type { Highlighter } from '../../kramdown/highlight/highlight-code.ts';
import type { OffsetMap } from '../../kramdown/offset-map.ts';
import type { JekyllSite } from '../../jekyll/site.ts';
import type { LineIndex } from '../../position/line-index.ts';
import { writtenHtml } from './written-html.ts';

export interface Options {
  /**
   * The site the post is parsed with (default: the one `article` was parsed with, when
   * parseArticle made it in this program; else Jekyll's defaults). Give it for an Article read
   * back from JSON or copied (`{ ...article }`, structuredClone), which no longer knows it.
   */
  site?: JekyllSite;
  /** The `highlight` hook the post is parsed with (default: as `site`). */
  highlight?: Highlighter | false;
}

interface State {
  map: OffsetMap;
  lines: LineIndex;
}

/**
 * The Article's published HTML (`article.html`) as a hast tree: the children of the `<body>` a
 * browser builds from it, every node with its `position` in the post file (front matter
 * included, as every position of an Article), for rehype plugins, hast-util-to-html,
 * hast-util-select. Its text (hast-util-to-text) is `article.text`.
 */
export function toHast(article: Article, options: Options = {}): Root {
  const rendering = renderingOf(article, options);
  const { html, map } = writtenHtml(rendering.fragment, article.source);
  const { body } = parseHtml(html, { locations: true });
  const state: State = { map, lines: rendering.lines };
  const children: RootContent[] = [];
  if (body) {
    const converted = fromParse5(body, { file: new VFile({ value: html }) }) as HastElement;
    for (const child of converted.children) children.push(child);
  }
  const root: Root = { type: 'root', children, position: state.lines.position(article.bodyOffset, article.source.length) };
  relocate(root, state);
  return root;
}

/**
 * What the writer wrote for `article`, written again from its source: the Article does not keep
 * the writer's pieces, which would triple its memory, so toHast costs a parse (see the README).
 */
function renderingOf(article: Article, options: Options): Rendering {
  if (article === null || typeof article !== 'object' || typeof article.source !== 'string' || typeof article.html !== 'string') {
    throw new TypeError(`toHast expects an Article from parseArticle, got ${article === null ? 'null' : typeof article}`);
  }
  const kept = parsedWith(article);
  const site = options.site ?? kept?.site;
  const highlight = options.highlight ?? kept?.highlight;
  const again = renderArticle(article.source, {
    ...(article.path === undefined ? {} : { path: article.path }),
    ...(site === undefined ? {} : { site }),
    ...(highlight === undefined ? {} : { highlight }),
  });
  if (again.article.html !== article.html) {
    throw new TypeError('toHast: `article.source` parsed again gives other HTML than `article.html`: pass the `site` and `highlight` the Article was parsed with');
  }
  return again;
}

/**
 * Moves every position from the HTML to the post file. An element a browser implies (the `tbody`
 * of `<table><tr>`, the `<p>` a stray `</p>` makes) has no source of its own: it spans its
 * children, or when it has none sits where it was implied, after its previous sibling.
 * Iterative: trees nest deeply.
 */
function relocate(root: Root, state: State): void {
  const order: Array<{ node: Nodes; parent: Nodes | undefined; index: number }> = [];
  const pending: Array<{ node: Nodes; parent: Nodes | undefined; index: number }> = [{ node: root, parent: undefined, index: 0 }];
  while (pending.length > 0) {
    const entry = pending.pop() as (typeof pending)[number];
    order.push(entry);
    const { node } = entry;
    // The root's position is the body's in the file already.
    if (node.position && entry.parent !== undefined) {
      const start = state.map.start(node.position.start.offset ?? 0);
      const end = state.map.end(node.position.end.offset ?? node.position.start.offset ?? 0);
      node.position = state.lines.position(start, Math.max(start, end));
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) pending.push({ node: node.children[i] as Nodes, parent: node, index: i });
    if (node.type === 'element' && node.content) pending.push({ node: node.content, parent: node, index: -1 });
  }
  // Children before parents: an implied element spans what it holds.
  for (let i = order.length - 1; i >= 0; i--) {
    const { node } = order[i] as (typeof order)[number];
    if (node.position || !('children' in node)) continue;
    const first = node.children.find((c) => c.position)?.position;
    const last = node.children.findLast((c) => c.position)?.position;
    if (first && last) node.position = { start: { ...first.start }, end: { ...last.end } };
  }
  // Parents and previous siblings first: an empty implied element sits where it was implied.
  for (const { node, parent, index } of order) {
    if (node.position || parent === undefined) continue;
    const previous = index > 0 && 'children' in parent ? parent.children[index - 1]?.position : undefined;
    const at = previous ? previous.end : parent.position?.start;
    if (at) node.position = { start: { ...at }, end: { ...at } };
  }
}
