import type { Element, Nodes, Root, Text } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { toHast } from '../../src/hast/index.ts';
import { createJekyllSite, parseArticle } from '../../src/index.ts';
import { readFixture } from '../helpers.ts';

type Place = `${number}:${number}-${number}:${number}`;
const place = (node: Nodes | undefined): Place | undefined => {
  const p = node?.position;
  return p ? `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}` : undefined;
};
const firstText = (el: Element | undefined): Text | undefined => el?.children.find((c): c is Text => c.type === 'text');
const fixture = (name: string) => {
  const source = readFixture(name);
  const article = parseArticle(source, { path: `_posts/2024-01-01-${name}.md` });
  return { source, article, tree: toHast(article) };
};
/** The file's text under a node's position. */
const under = (source: string, node: Nodes | undefined): string => source.slice(node?.position?.start.offset, node?.position?.end.offset);

describe('toHast: positions in the post file', () => {
  it('puts an h2 and its text at the post line, front matter counted', () => {
    const { source, article, tree } = fixture('headers-and-ids');
    const h2 = selectAll('h2', tree)[1];
    expect(h2?.properties['id']).toBe('release-notes-1');
    expect(place(h2)).toBe('16:1-16:17');
    expect(under(source, h2)).toBe('## Release notes');
    expect(place(firstText(h2))).toBe('16:4-16:17');
    // The same place the Article gives.
    expect(h2?.position).toEqual(article.headings.find((h) => h.level === 2 && h.position.start.line === 16)?.position);
  });

  it('puts a link, its text, and an image where they are written', () => {
    const { source, article, tree } = fixture('links-and-images');
    const a = select('a[href="https://example.com"]', tree);
    expect(place(a)).toBe('7:4-7:38');
    expect(under(source, a)).toBe('[inline link](https://example.com)');
    expect(place(firstText(a))).toBe('7:5-7:16');
    const img = select('img[src="/img/a.png"]', tree);
    expect(img?.properties).toMatchObject({ alt: 'alt text' });
    expect(place(img)).toBe('31:9-31:32');
    expect(under(source, img)).toBe('![alt text](/img/a.png)');
    expect(img?.position).toEqual(article.images[0]?.position);
    expect(a?.position).toEqual(article.links[0]?.position);
  });

  it('spans text kramdown changed over the characters written: smart quotes, escaped code', () => {
    const quotes = fixture('smart-quotes');
    const text = selectAll('p', quotes.tree).map(firstText).find((t) => t?.value.startsWith('“Opening'));
    expect(place(text)).toBe('19:1-19:81');
    expect(under(quotes.source, text)).toBe(`"Opening quotes" and 'single ones' at the start of a line behave like any other.`);
    const code = fixture('code-blocks');
    const span = selectAll('code', code.tree).map(firstText).find((t) => t?.value === 'a < b && c > d');
    expect(place(span)).toBe('7:28-7:42');
    expect(under(code.source, span)).toBe('a < b && c > d');
  });

  it('gives the root the body, from its first line to the end of the file', () => {
    const { source, article, tree } = fixture('links-and-images');
    expect(tree.position?.start).toEqual({ line: 7, column: 1, offset: article.bodyOffset });
    expect(tree.position?.end.offset).toBe(source.length);
  });

  it('counts lines as the Article does: CRLF and CR-only files', () => {
    for (const eol of ['\r\n', '\r']) {
      const source = ['---', 'title: x', '---', '', '## Heading', '', 'Text [link](/a).', ''].join(eol);
      const tree = toHast(parseArticle(source));
      expect(place(select('h2', tree))).toBe('5:1-5:11');
      expect(place(select('a', tree))).toBe('7:6-7:16');
    }
  });

  it('positions a post Jekyll publishes as written (.html), character by character', () => {
    const source = '---\ntitle: x\n---\n<section>\n  <p>One <b>two</b></p>\n</section>\n';
    const tree = toHast(parseArticle(source, { path: '_posts/2024-01-01-page.html' }));
    expect(place(select('section', tree))).toBe('4:1-6:11');
    expect(place(select('b', tree))).toBe('5:10-5:20');
    expect(place(firstText(select('b', tree)))).toBe('5:13-5:16');
  });

  it('lets an element a browser implies span its children', () => {
    const tree = toHast(parseArticle('<table><tr><td>x</td></tr></table>\n\nAfter</p>\n'));
    const tbody = select('tbody', tree);
    expect(place(tbody)).toBe(place(select('tr', tree)));
    expect(place(tbody)).toBe('1:8-1:27');
    // A stray `</p>` makes an empty paragraph: it sits where it was implied.
    for (const p of selectAll('p', tree)) expect(p.position).toBeDefined();
  });
});

describe('toHast: the tree', () => {
  it('has the text of the Article, and serializes to HTML with the same text', () => {
    for (const name of ['links-and-images', 'tables', 'footnotes', 'code-blocks', 'raw-html', 'toc', 'math']) {
      const { article, tree } = fixture(name);
      expect(toText(tree), name).toBe(article.text);
      expect(toText(toHast(parseArticle(toHtml(tree), { path: '_posts/2024-01-01-x.html' }))), name).toBe(article.text);
    }
  });

  it('is what a rehype plugin and hast-util-select work on (the README example)', async () => {
    const { tree } = fixture('links-and-images');
    const path = '_posts/2024-01-01-links-and-images.md';
    const lines = selectAll('img:not([alt]), img[alt=""]', tree).map((img) => `${path}:${img.position?.start.line}:${img.position?.start.column} image without alt`);
    expect(lines).toEqual([`${path}:32:1 image without alt`]);
    function rehypeLazyImages() {
      return (root: Root) => {
        for (const img of selectAll('img', root)) img.properties['loading'] = 'lazy';
      };
    }
    const out = (await unified().use(rehypeLazyImages).run(tree)) as Root;
    expect(toHtml(out)).toContain('<img src="/img/a.png" alt="alt text" loading="lazy">');
  });

  it('survives nesting past what a recursive walk could take, with the Article text', () => {
    const source = `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}\n`;
    const article = parseArticle(source);
    const tree = toHast(article);
    expect(toText(tree)).toBe(article.text);
    expect(article.text).toBe('deep');
  });

  it('keeps the Article text on inputs that stretch the sink: escapes, quotes, code, lists', () => {
    for (const source of ['a < b & c\n'.repeat(1500), `'a' "b" -- ... `.repeat(1500), '`a<b` '.repeat(1500), `\`\`\`\n${'x < y\n'.repeat(1500)}\`\`\`\n`, '* a < b\n  c\n'.repeat(1000), '> a\\*b\n> c &amp; d\n'.repeat(1000)]) {
      const article = parseArticle(source);
      const tree = toHast(article);
      expect(toText(tree)).toBe(article.text);
      expect(tree.children.length).toBeGreaterThan(0);
    }
  });

  it('reads an empty post', () => {
    const tree = toHast(parseArticle(''));
    expect(tree).toEqual({ type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } });
  });
});

describe('toHast: Articles from elsewhere', () => {
  const source = '---\ntitle: x\n---\n\n## A heading\n\nText.\n';
  const site = createJekyllSite({ kramdown: { auto_ids: false } });

  it('gives the same tree for an Article read back from JSON', () => {
    const article = parseArticle(readFixture('links-and-images'), { path: '_posts/2024-01-01-x.md' });
    expect(toHast(JSON.parse(JSON.stringify(article)))).toEqual(toHast(article));
  });

  it('remembers the site an Article was parsed with, without a trace in its JSON or its keys', () => {
    const withSite = parseArticle(source, { site });
    expect(select('h2', toHast(withSite))?.properties['id']).toBeUndefined();
    expect(Object.keys(withSite)).toEqual(Object.keys(parseArticle(source)));
    expect(JSON.stringify(withSite)).not.toContain('auto_ids');
  });

  it('needs the site again for a copy, and says so', () => {
    const copy = structuredClone(parseArticle(source, { site }));
    expect(() => toHast(copy)).toThrow(TypeError);
    expect(() => toHast(copy)).toThrow(/pass the `site`/);
    expect(select('h2', toHast(copy, { site }))?.properties['id']).toBeUndefined();
  });

  it('refuses what is not an Article', () => {
    expect(() => toHast(null as never)).toThrow(TypeError);
    expect(() => toHast({ html: '' } as never)).toThrow(/expects an Article/);
  });
});

