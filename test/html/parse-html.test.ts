import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDom } from '../../src/extract/read-dom.ts';
import { dropLocations, parseHtml, type ParentNode } from '../../src/html/parse-html.ts';
import { parseKramdown } from '../../src/kramdown/parse.ts';
import { markedHtml } from '../../src/kramdown/writer/marked-html.ts';
import { shared } from '../helpers.ts';

/** A parse5 tree as JSON, without its links back to parents. */
const treeJson = (root: ParentNode): string => JSON.stringify(root, (key, value: unknown) => (key === 'parentNode' ? undefined : value));

describe('parseHtml', () => {
  it('leaves, once its locations are dropped, the tree a parse without them builds', () => {
    const html = readFileSync(`${shared}sites/ruby-en/jekyll/2019-12-12-separation-of-positional-and-keyword-arguments-in-ruby-3-0.html`, 'utf8');
    const located = parseHtml(html, { locations: true });
    expect(treeJson(located.document)).toContain('"sourceCodeLocation"');
    dropLocations(located.document);
    expect(treeJson(located.document)).toBe(treeJson(parseHtml(html).document));
  });
});

describe('readDom', () => {
  const passesTags = (body: string): boolean => markedHtml(parseKramdown(body, 0).fragment).passesTags;

  it('knows when markup passed through holds a tag, which only located parses can place', () => {
    expect(passesTags('글 {::nomarkdown}<b>x</b>{:/}\n')).toBe(true);
    expect(passesTags('```ruby\ndef a\n```\n')).toBe(true);
    expect(passesTags('글 <b>굵게</b> <!-- 주석 -->\n')).toBe(false);
    expect(passesTags('<textarea>{::nomarkdown}<b>x</b>{:/}</textarea>\n')).toBe(false);
  });

  it('places what a located parse alone can place, and the rest by markers', () => {
    const markup = readDom(parseKramdown('# 제목\n\n글 {::nomarkdown}<b>x</b>{:/}\n', 0).fragment);
    expect(markup.elements).toEqual([]);
    expect(markup.body?.childNodes.filter((c) => 'tagName' in c).map((c) => 'tagName' in c && c.tagName)).toEqual(['h1', 'p']);
    const reshaped = readDom(parseKramdown('<p>앞 <iframe src="/v"></iframe> 뒤</p>\n', 0).fragment);
    expect(reshaped.elements.map((k) => k.type === 'html_element' && k.name)).toEqual(['p', 'iframe']);
  });
});
