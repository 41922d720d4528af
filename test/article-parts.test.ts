import { describe, expect, it } from 'vitest';
import { createJekyllSite, parseArticle } from '../src/index.ts';

// The parts of an Article kramdown's syntax gives, with exact values and positions. What Jekyll
// writes for each construct is pinned by the fixtures (test/fixtures.test.ts).
const FM = '---\ntitle: 시험\n---\n\n';
const at = (p: { start: { line: number; column: number }; end: { line: number; column: number } }): string =>
  `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`;

describe('footnotes', () => {
  const article = parseArticle(`${FM}본문에 각주가 있다.[^b] 또 있다.[^a]\n다시 인용.[^b]\n\n[^a]: 첫 정의.\n\n[^b]: 둘째 정의,\n    이어지는 줄.\n`);

  it('numbers them in the order of their first reference, with every reference placed', () => {
    expect(article.footnotes.map((f) => [f.name, f.number, f.text, at(f.position), f.references.map(at)])).toEqual([
      ['b', 1, '둘째 정의, 이어지는 줄.', '10:1-11:12', ['5:12-5:16', '6:7-6:11']],
      ['a', 2, '첫 정의.', '8:1-8:12', ['5:22-5:26']],
    ]);
  });

  it("writes kramdown's references and list", () => {
    expect(article.html).toContain('<sup id="fnref:b:1" role="doc-noteref"><a href="#fn:b" class="footnote" rel="footnote">1</a></sup>');
    expect(article.html).toContain('<li id="fn:b" role="doc-endnote">\n      <p>둘째 정의,\n이어지는 줄.\u00a0<a href="#fnref:b" class="reversefootnote" role="doc-backlink">&#8617;</a>\u00a0<a href="#fnref:b:1"');
    // Readers see the numbers and the backlinks, each after a no-break space.
    expect(article.text).toBe('본문에 각주가 있다.1 또 있다.2 다시 인용.1\n\n둘째 정의, 이어지는 줄.\u00a0↩\u00a0↩2\n\n첫 정의.\u00a0↩');
  });

  it('starts at footnote_nr and uses the site backlink', () => {
    const site = createJekyllSite({ kramdown: { footnote_nr: 5, footnote_backlink: '↑' } });
    const numbered = parseArticle(`${FM}글.[^x]\n\n[^x]: 주.\n`, { site });
    expect(numbered.footnotes.map((f) => [f.number, f.text])).toEqual([[5, '주.']]);
    expect(numbered.html).toContain('<ol start="5">');
    expect(numbered.html).toContain('role="doc-backlink">↑</a>');
  });
});

describe('table of contents', () => {
  const source = `${FM}* 목차\n{:toc}\n\n# 하나\n\n## 하나-일\n\n### 깊이\n\n## 하나-이\n{:.no_toc}\n\n<h2 id="html">HTML 제목</h2>\n\n# 둘\n`;

  it('nests every heading under the last lower one, HTML headings included, no_toc left out', () => {
    const toc = parseArticle(source).toc;
    const flat = (entries: typeof toc): unknown[] => entries.map((e) => [e.level, e.text, e.id, e.position.start.line, flat(e.children)]);
    expect(flat(toc)).toEqual([
      [1, '하나', '하나', 8, [
        [2, '하나-일', '하나-일', 10, [[3, '깊이', '깊이', 12, []]]],
        [2, 'HTML 제목', 'html', 17, []],
      ]],
      [1, '둘', '둘', 19, []],
    ]);
  });

  it("replaces the `{:toc}` list with kramdown's, which lists only the Markdown headings", () => {
    expect(parseArticle(source).html.startsWith('<ul id="markdown-toc">\n  <li><a href="#하나" id="markdown-toc-하나">하나</a>    <ul>\n')).toBe(true);
  });

  it('keeps to the site toc_levels', () => {
    const site = createJekyllSite({ kramdown: { toc_levels: '2..3' } });
    const toc = parseArticle(source, { site }).toc;
    expect(toc.map((e) => [e.level, e.text, e.children.map((c) => c.text)])).toEqual([
      [2, '하나-일', ['깊이']],
      [2, 'HTML 제목', []],
    ]);
  });
});

describe('math, definition lists and code', () => {
  it('keeps the TeX of block and span math, where it is written', () => {
    const article = parseArticle(`${FM}$$\na < b\n$$\n\n식 $$x^2$$ 이다.\n`);
    expect(article.math.map((m) => [m.tex, m.display, at(m.position)])).toEqual([
      ['a < b', true, '5:1-7:3'],
      ['x^2', false, '9:3-9:10'],
    ]);
    expect(article.html).toBe('\\[a &lt; b\\]\n\n<p>식 \\(x^2\\) 이다.</p>\n');
  });

  it('reads a definition list into terms and definitions', () => {
    const article = parseArticle(`${FM}사과\n: 과일\n: 빨갛다\n\n배\n포도\n: 둘 다 과일\n`);
    expect(article.blocks.map((b) => (b.type === 'definitionList' ? [b.type, b.items, at(b.position)] : b.type))).toEqual([
      ['definitionList', [{ terms: ['사과'], definitions: ['과일', '빨갛다'] }, { terms: ['배', '포도'], definitions: ['둘 다 과일'] }], '5:1-11:9'],
    ]);
  });

  it('reads Rouge-wrapped code blocks as code, the last newline kept', () => {
    const article = parseArticle(`${FM}\`\`\`ruby\nputs 1\n\`\`\`\n\n    plain\n`);
    expect(article.blocks.map((b) => (b.type === 'code' ? [b.lang, b.value, at(b.position)] : b.type))).toEqual([
      ['ruby', 'puts 1\n', '5:1-7:4'],
      ['plaintext', 'plain\n', '9:1-9:10'],
    ]);
  });

  it('passes code to a highlight hook, and keeps the text exact', () => {
    const highlight = (code: string, lang: string): string => `<span class="k">${code.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</span><!--${lang}-->`;
    const article = parseArticle(`${FM}\`\`\`rb\na < b\n\`\`\`\n`, { highlight });
    expect(article.html).toBe('<div class="language-rb highlighter-rouge"><div class="highlight"><pre class="highlight"><code><span class="k">a &lt; b\n</span><!--ruby--></code></pre></div></div>\n');
    expect(article.blocks[0]).toMatchObject({ type: 'code', lang: 'rb', value: 'a < b\n' });
  });
});

describe('typography and ids', () => {
  it('curls quotes and sets dashes, keeping every position on the written text', () => {
    const article = parseArticle(`${FM}## 'A' -- "B"...\n\n그는 "그렇다"고 했다 --- 정말.\n`);
    expect(article.headings.map((h) => [h.text, h.id, at(h.position)])).toEqual([['‘A’ – “B”…', 'a--b', '5:1-5:17']]);
    expect(article.paragraphs.map((p) => [p.text, at(p.position)])).toEqual([['그는 “그렇다”고 했다 — 정말.', '7:1-7:21']]);
  });

  it('numbers repeated header ids and leaves an id that strips to nothing empty', () => {
    const article = parseArticle(`${FM}## 같은 제목\n\n## 같은 제목\n\n## ---\n\n## ---\n`);
    expect(article.headings.map((h) => h.id)).toEqual(['같은-제목', '같은-제목-1', '', '-1']);
    expect(article.html).toContain('<h2>—</h2>');
  });
});
