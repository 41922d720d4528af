import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect } from '../../src/extract/collect.ts';
import { needsLocations } from '../../src/extract/needs-locations.ts';
import { readFrontMatter } from '../../src/front-matter/read-front-matter.ts';
import { parseHtml } from '../../src/html/parse-html.ts';
import { parseArticle } from '../../src/index.ts';
import { parseKramdown } from '../../src/kramdown/parse.ts';
import { markedHtml } from '../../src/kramdown/writer/marked-html.ts';
import { createLineIndex } from '../../src/position/line-index.ts';
import { shared } from '../helpers.ts';

/** What parseArticle positions, read from a parse with parse5's locations instead of markers. */
function locatedParts(source: string) {
  const lines = createLineIndex(source);
  const { bodyOffset } = readFrontMatter(source, lines);
  const rendered = markedHtml(parseKramdown(source.slice(bodyOffset), bodyOffset).fragment);
  const { body } = parseHtml(rendered.markedHtml, { locations: true });
  return collect(body, { elements: [], map: rendered.map, lines, pipeTables: new Map(), texts: new Map() });
}

const positioned = (parts: ReturnType<typeof locatedParts> | ReturnType<typeof parseArticle>) => ({
  blocks: parts.blocks.map((b) => [b.type, b.position]),
  headings: parts.headings,
  paragraphs: parts.paragraphs,
  tables: parts.tables.map((t) => t.position),
  lists: parts.lists,
  images: parts.images,
  links: parts.links,
});

const shape = (source: string): boolean => {
  const rendered = markedHtml(parseKramdown(source, 0).fragment);
  return needsLocations(parseHtml(rendered.markedHtml).body, rendered.parents);
};

describe('positions from markers', () => {
  it('writes markers into the parsed HTML only, never into the published one', () => {
    const result = parseKramdown('# 제목\n\n글 **굵게** [링크](/a)\n\n![그림](/b.png)\n', 0);
    const rendered = markedHtml(result.fragment);
    expect(result.html).toBe('<h1 id="제목">제목</h1>\n\n<p>글 <strong>굵게</strong> <a href="/a">링크</a></p>\n\n<p><img src="/b.png" alt="그림" /></p>\n');
    expect(rendered.markedHtml).toBe(
      '<h1 @=0 id="제목">제목</h1>\n\n<p @=1>글 <strong @=2>굵게</strong> <a @=3 href="/a">링크</a></p>\n\n<p @=4><img @=5 src="/b.png" alt="그림" /></p>\n',
    );
    expect(rendered.parents).toEqual([-1, -1, 1, 1, -1, 4]);
  });

  it('leaves a name a browser reads as text unmarked', () => {
    const article = parseArticle('정책주간지 <케이-공감> 웹사이트\n');
    expect(article.html).toBe('<p>정책주간지 <케이-공감> 웹사이트</케이-공감></p>\n');
    // `</` before a non-ASCII letter opens a bogus comment for a browser: the end tag is not shown.
    expect(article.paragraphs.map((p) => p.text)).toEqual(['정책주간지 <케이-공감> 웹사이트']);
  });

  it('trusts markers only while the parsed tree has the written shape', () => {
    expect(shape('<table><tr><td>칸</td></tr></table>\n')).toBe(false);
    expect(shape('문단 *강조* 끝\n\n- 하나\n- 둘\n')).toBe(false);
    expect(shape('<p>앞 <div>블록</div> 뒤</p>\n')).toBe(true);
    expect(shape('<a href="/1">바깥 <a href="/2">안</a></a>\n')).toBe(true);
    // Raw markup the writer copies (here a `{::nomarkdown}`) can forge a marker.
    expect(shape('글 {::nomarkdown}<a @=0 href="/x">위조</a>{:/}\n')).toBe(true);
  });

  it('gives the located positions where the browser moved an element', () => {
    const source = '<a href="/1">바깥 <a href="/2">안</a></a>\n\n글 {::nomarkdown}<a @=0 href="/x">위조</a>{:/}\n';
    const article = parseArticle(source);
    const at = (l: (typeof article.links)[number]) => [l.href, l.position.start.line, l.position.start.column, l.position.end.column];
    // The browser closes the outer link where the inner one starts.
    // The forged link is the nomarkdown's own, where it is written.
    expect(article.links.map(at)).toEqual([['/1', 1, 1, 17], ['/2', 1, 17, 35], ['/x', 3, 17, 40]]);
    expect(positioned(article)).toEqual(positioned(locatedParts(source)));
  });

  it('ends a paragraph a block closes where the block starts, as located positions do', () => {
    const sources = ['<p>가 나<div>블록</div></p>\n', '<p>가\n\n<p>나\n\n<p>다\n', '<p>문단 <b>굵게</b>\n<ul><li>항목</li></ul></p>\n'];
    for (const source of sources) expect(positioned(parseArticle(source)), source).toEqual(positioned(locatedParts(source)));
    const at = (source: string) => parseArticle(source).paragraphs.map((p) => [p.text, p.position.start.offset, p.position.end.offset]);
    expect(at(sources[0]!)).toEqual([['가 나', 0, 6]]);
    expect(at(sources[1]!)).toEqual([['가', 0, 6], ['나', 6, 12], ['다', 12, 17]]);
    expect(at(sources[2]!)).toEqual([['문단 굵게', 0, 16]]);
  });

  it('agrees with parse5 locations on generated bodies: paragraphs blocks close, items items close (formatting reopened), table parts ignored, text straight in the body', () => {
    const token = fc.constantFrom(
      '<p>', '<p>', '</p>', '<div>', '</div>', '<ul>', '<li>', '</li>', '</ul>', '<h2>', '</h2>', '<b>', '</b>', '<span>', '</span>',
      '<hr />', '<blockquote>', '</blockquote>', '<a href="/x">', '<a href="/x">', '</a>', '가', 'a b', ' ', '\n', '\n\n', '*강조*', '[링크](/l)',
      '\n\n$$\nx^2 &amp; y\n$$\n\n', '$$a$$', '<귀농>', '&amp;', '<!-- c -->', '\n\n    code\n\n', '\n\n```\nf\n```\n\n',
      '<ol>', '</ol>', '<dl>', '<dt>', '<dd>', '</dd>', '</dl>', '<i>', '</i>', '<td>', '</td>', '<tr>', '<caption>', '<strong>', '</strong>', '<li>', '<b>',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const source = `${tokens.join('')}\n`;
        expect(positioned(parseArticle(source)), JSON.stringify(source)).toEqual(positioned(locatedParts(source)));
      }),
      { seed: Number(process.env['FUZZ_SEED'] ?? 20261204), numRuns: Number(process.env['FUZZ_RUNS'] ?? 1000) },
    );
  });

  it('agrees with parse5 locations on every positioned node of the corpus', () => {
    const dir = `${shared}corpus/posts/`;
    let compared = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const source = readFileSync(`${dir}${name}`, 'utf8');
      const ours = positioned(parseArticle(source));
      expect(ours, name).toEqual(positioned(locatedParts(source)));
      compared += ours.blocks.length + ours.links.length + ours.images.length;
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('agrees with parse5 locations on every positioned node of the shared sites\' posts without Liquid', () => {
    // kramdown math (`\\[…\\]`) is text straight in the body: placed by the build, as located.
    let compared = 0;
    for (const site of readdirSync(`${shared}sites`)) {
      const dir = `${shared}sites/${site}/_posts/`;
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((f) => /\.(md|markdown)$/.test(f))) {
        const source = readFileSync(`${dir}${name}`, 'utf8');
        if (source.includes('{%') || source.includes('{{')) continue; // Liquid: what parseArticle reads is not the file
        const ours = positioned(parseArticle(source));
        expect(ours, name).toEqual(positioned(locatedParts(source)));
        compared += ours.blocks.length;
      }
    }
    expect(compared).toBeGreaterThan(3500);
  });
});
