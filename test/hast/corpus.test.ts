import { readdirSync, readFileSync } from 'node:fs';
import type { Nodes } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { type Rendering, renderArticle } from '../../src/article/parse-article.ts';
import { toHast } from '../../src/hast/index.ts';
import { writtenHtml } from '../../src/hast/lib/written-html.ts';

import { shared } from '../helpers.ts';

const span = (p: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined): string => `${p?.start.offset}-${p?.end.offset}`;

/** Every node of the tree with its parent, template contents included, without recursion. */
function nodesOf(tree: Nodes): Array<{ node: Nodes; parent: Nodes | undefined }> {
  const out: Array<{ node: Nodes; parent: Nodes | undefined }> = [];
  const pending: Array<{ node: Nodes; parent: Nodes | undefined }> = [{ node: tree, parent: undefined }];
  while (pending.length > 0) {
    const entry = pending.pop() as (typeof pending)[number];
    out.push(entry);
    const { node } = entry;
    if ('children' in node) for (const child of node.children) pending.push({ node: child, parent: node });
    if (node.type === 'element' && node.content) pending.push({ node: node.content, parent: node });
  }
  return out;
}

/** What is wrong with `toHast(article)`, or undefined. */
function problemsOf({ article, fragment }: Rendering, label: string): string | undefined {
  if (writtenHtml(fragment, article.source).html !== article.html) return `${label}: the hast sink's HTML is not article.html`;
  const tree = toHast(article);
  const text = toText(tree);
  if (text !== article.text) return `${label}: text differs\n${text.slice(0, 200)}\n${article.text.slice(0, 200)}`;
  const elements = new Map<string, Set<string>>();
  for (const { node, parent } of nodesOf(tree)) {
    const p = node.position;
    if (!p) return `${label}: a ${node.type} without a position`;
    const { source } = article;
    for (const point of [p.start, p.end]) {
      const offset = point.offset ?? -1;
      if (offset < article.bodyOffset || offset > source.length) return `${label}: ${node.type} at offset ${offset}, outside the body`;
    }
    if ((p.end.offset ?? 0) < (p.start.offset ?? 0)) return `${label}: ${node.type} ends before it starts`;
    // A text node spans its own characters: not empty, and not outside its parent.
    if (node.type === 'text' && node.value.trim() !== '' && p.end.offset === p.start.offset) return `${label}: empty span for text ${JSON.stringify(node.value.slice(0, 40))}`;
    const outer = parent?.position;
    if (node.type === 'text' && outer && ((p.start.offset ?? 0) < (outer.start.offset ?? 0) || (p.end.offset ?? 0) > (outer.end.offset ?? 0))) {
      return `${label}: text ${JSON.stringify(node.value.slice(0, 40))} outside its parent`;
    }
    if (node.type === 'element') {
      const set = elements.get(node.tagName) ?? new Set();
      set.add(span(p));
      elements.set(node.tagName, set);
    }
  }
  // The Article's headings, links and images are elements of the tree, at the same places.
  for (const heading of article.headings) if (!elements.get(`h${heading.level}`)?.has(span(heading.position))) return `${label}: no h${heading.level} at ${span(heading.position)}`;
  for (const link of article.links) if (!elements.get('a')?.has(span(link.position))) return `${label}: no a at ${span(link.position)}`;
  for (const image of article.images) if (!elements.get('img')?.has(span(image.position))) return `${label}: no img at ${span(image.position)}`;
  return undefined;
}

describe('toHast on the shared corpus', () => {
  const dir = `${shared}corpus/posts/`;
  const names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();

  it('reads every post', () => {
    expect(names.length).toBeGreaterThan(250);
  });

  it('gives article.text, every node positioned in the body, the Article elements at their places, on every post', () => {
    const problems: string[] = [];
    for (const name of names) {
      const problem = problemsOf(renderArticle(readFileSync(dir + name, 'utf8'), { path: `_posts/${name}` }), name);
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
  });
});
