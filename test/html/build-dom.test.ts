import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDom } from '../../src/html/build-dom.ts';
import { type ChildNode, type Element, parseHtml } from '../../src/html/parse-html.ts';
import { readFrontMatter } from '../../src/front-matter/read-front-matter.ts';
import { parseArticle } from '../../src/index.ts';
import { createLineIndex } from '../../src/position/line-index.ts';
import { type ParseKramdownOptions, parseKramdown } from '../../src/kramdown/parse.ts';
import { markedHtml } from '../../src/kramdown/writer/marked-html.ts';
import { JEKYLL_KRAMDOWN_DEFAULTS } from '../../src/kramdown/options.ts';
import { root, shared } from '../helpers.ts';
import { domSignature } from './dom-signature.ts';
import { markerOf } from '../../src/extract/dom.ts';

/** The DOM built from the tree and the one parse5 reads from the marked HTML, as text; or undefined when not built. */
function bothRoutes(body: string, options: ParseKramdownOptions = {}): { built: string; parsed: string } | undefined {
  const tree = parseKramdown(body, 0, options).fragment;
  const built = buildDom(tree);
  if (built === undefined) return undefined;
  const rendered = markedHtml(tree);
  const parsed = parseHtml(rendered.markedHtml).body;
  if (parsed === undefined) throw new Error('parse5 built no body');
  return { built: domSignature(built.body, built.elements), parsed: domSignature(parsed, rendered.elements) };
}

/** Expects each body's DOM built, and equal to parse5's. */
function expectBuiltAsParsed(bodies: readonly string[], options?: ParseKramdownOptions): void {
  for (const body of bodies) {
    const routes = bothRoutes(body, options);
    expect(routes, JSON.stringify(body)).toBeDefined();
    expect(routes?.built, JSON.stringify(body)).toBe(routes?.parsed);
  }
}

const builds = (body: string): boolean => buildDom(parseKramdown(body, 0).fragment) !== undefined;
const builtBody = (body: string): Element => buildDom(parseKramdown(body, 0).fragment)!.body;
const childrenOf = (node: ChildNode | Element, describe: (child: ChildNode) => string): string[] => ('childNodes' in node ? node.childNodes.map(describe) : []);

describe('buildDom', () => {
  it('builds the DOM of ordinary Markdown and raw HTML, as parse5 reads it', () => {
    const body = [
      '# 제목 &amp; 부제',
      '',
      '<p data-ke-size="size16">글 <b><span style="color: #333">굵게</span></b> &nbsp;<a href="/a?x=1&amp;y=2" target="_blank">링크</a></p>',
      '',
      '- 하나',
      '- 둘',
      '',
      '<table><tr><td>칸</td></tr></table>',
      '',
      '<pre>\n첫 줄</pre>',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
    ].join('\n');
    const routes = bothRoutes(body);
    expect(routes).toBeDefined();
    expect(routes?.built).toBe(routes?.parsed);
    const built = buildDom(parseKramdown(body, 0).fragment);
    const link = built?.elements.find((k) => k.type === 'html_element' && k.name === 'a');
    expect(link?.attrs).toEqual({ href: '/a?x=1&amp;y=2', target: '_blank' });
  });

  it('builds footnotes and their backlinks as parse5 reads them', () => {
    const posts: Array<[string, ParseKramdownOptions?]> = [
      ['글[^1] 또[^1] 셋[^1] 다른[^a]\n\n[^1]: 주석 *하나*\n[^a]: 둘\n'],
      ['글[^q]\n\n[^q]:\n    > 인용\n\n    - 목록\n'],
      ['글[^1]\n\n[^1]: 주석\n', { kramdown: { ...JEKYLL_KRAMDOWN_DEFAULTS, footnote_backlink: '<b>&amp;</b> 돌아가기' } }],
      ['글[^1] 또[^1]\n\n[^1]: 주석\n\n    코드\n', { kramdown: { ...JEKYLL_KRAMDOWN_DEFAULTS, footnote_backlink_inline: true } }],
    ];
    for (const [body, options] of posts) expectBuiltAsParsed([body], options);
    const built = buildDom(parseKramdown('글[^1] 또[^1]\n\n[^1]: 주석\n', 0).fragment);
    const backlinks = built?.elements.filter((k) => k.type === 'footnote_backlink').map((k) => k.name);
    expect(backlinks).toEqual(['1', '1:1', '1:1']); // the first backlink's a; the repeat's a and its sup
  });

  it('leaves to parse5 what a browser would reshape', () => {
    expect(builds('<p>앞 <b>굵게 <div>블록</div></b> 뒤</p>\n')).toBe(false); // a block closes the paragraph and the b in it
    expect(builds('<h2>제목 <p>문단</p></h2>\n')).toBe(false); // a paragraph in a heading
    expect(builds('<p>앞 <li>항목</li></p>\n')).toBe(false); // an item looks for an item to close first
    expect(builds('<a href="/1">바깥 <b><a href="/2">안</a></b></a>\n')).toBe(false); // a link closes a link and the b a browser reopens
    expect(builds('<ul><li>하나 <a href="/1"><li>둘</li></a></li></ul>\n')).toBe(false); // an item closes a link, which a browser would copy
    expect(builds('<div><dt><li>가<div><li>나</li></div>다</li></dt></div>\n')).toBe(false); // the inner div's end tag, its div closed, closes the dt and the outer div
    expect(builds('<ul><li><b>하나<li><table><tr><td>칸</td></tr></table></li></b></li></ul>\n')).toBe(false); // a table while a b waits to be reopened
    expect(builds('<div><span><li>가<span>나<li>다</li></span></li></span></div>\n')).toBe(false); // the inner span's end tag closes the outer one
    expect(builds('<table><td>칸</td></table>\n')).toBe(false); // a cell without a row
    expect(builds('<table>글<tr><td>칸</td></tr></table>\n')).toBe(false); // text a browser moves out
    expect(builds('<div />\n\n글\n')).toBe(false); // `<div />` opens a div
    expect(builds('<iframe src="/v"></iframe>\n')).toBe(false); // an element outside the known set
    expect(builds('글 {::nomarkdown}<b>x</b>{:/}\n')).toBe(false); // markup written as it is
    expect(builds('<!--> 닫힘 -->\n')).toBe(false); // a comment a browser closes early
  });

  it('reopens the formatting elements an item closes, as copies at the next text, as parse5 does', () => {
    const body = '<ul><li>하나 <b class="k">굵게<li>둘</li> 셋</b> 넷</li></ul>\n';
    expectBuiltAsParsed([body, '<div><ul><li><em><strong>가<li>나<i>다</i></li></strong></em></li></ul></div>\n', '<dl><dt><b>용어<dd>\n풀이</dd></b></dt></dl>\n']);
    const built = builtBody(body);
    const shown = (node: ChildNode): string =>
      'tagName' in node ? `${node.tagName}@${markerOf(node)}${node.attrs.map((a) => ` ${a.name}=${a.value}`).join('')}(${childrenOf(node, shown).join(',')})` : 'value' in node ? JSON.stringify(node.value) : node.nodeName;
    // The b the second item closes is opened again in it, and again in the list for the text
    // after it; its end tag closes that last copy. Each copy has the b's marker and attributes.
    expect(childrenOf(built, shown)).toEqual(['ul@0(li@1("하나 ",b@2 class=k("굵게")),li@3(b@2 class=k("둘")),b@2 class=k(" 셋")," 넷")', '"\\n"']);
  });

  it('reads a tag whose name is not ASCII as text, an item where a browser leaves it and elements of no rules of their own, as parse5 does', () => {
    const posts = [
      '정책주간지 <케이-공감 판="2"> 웹사이트\n',
      '<div>앞 <귀농 다큐 살어리랏다>가 &lt;/p&gt;\n<ul><li>항목</li></ul>\n<h2>제목</h2>\n</div>\n',
      '<ul><div><li>항목</li></div></ul>\n',
      '<div><span><li>항목</li></span></div>\n',
      '<video controls><source src="/v.mp4" type="video/mp4" /></video>\n',
      '<p>글 <o:p>워드</o:p> <x-card id="c">카드</x-card></p>\n',
    ];
    expectBuiltAsParsed(posts);
    const built = buildDom(parseKramdown('<ul><div><li>항목</li></div></ul>\n', 0).fragment)!;
    expect(built.elements.map((k) => k.name)).toEqual(['ul', 'div', 'li']);
    // kramdown reads `<귀농 다큐>` as an element left open, which takes in the `</p>` as text.
    const text = buildDom(parseKramdown('<p>가 <귀농 다큐>나</p>\n', 0).fragment)!;
    const p = text.body.childNodes[0]!;
    expect('childNodes' in p ? p.childNodes.map((c) => ('value' in c ? c.value : 'data' in c ? `<!--${c.data}-->` : c.nodeName)) : []).toEqual(['가 <귀농 다큐="">나</p>\n', '<!--귀농-->']);
  });

  it('closes a paragraph where a block starts in it, an item at the next item, a link at the next link, as parse5 does', () => {
    const bodies = [
      '<ul><li>하나 <span><li>둘</li></span></li></ul>\n',
      '<dl><dt>용어<span><dd>정의</dd></span></dt></dl>\n',
      '<ul><li><p>가<li>나</li></p></li></ul>\n',
      '<ol><li>a<div>b<li>c</li></div></li></ol>\n',
      '<a href="/1">바깥 <a href="/2">안</a></a>\n',
      '<p><a href="/1">하나<a href="/2">둘<a href="/3">셋</a></a></a> 끝</p>\n',
      '<p>앞 <div>블록</div> 뒤</p>\n',
      '<p>가\n\n<p>나\n\n<p>다\n',
      '<p data-ke-size="size16">문단 <b>굵게</b><ul><li>항목</li></ul></p>\n',
      '<p>글<h2>제목</h2><hr /><blockquote>인용</blockquote></p>\n',
      '<div><p>안<details><summary>요약</summary>내용</details></p></div>\n',
      '<ul><li><p>항목 <figure>그림</figure></p></li></ul>\n',
      '<p>하나<p>둘<div>셋</div></p></p>\n',
    ];
    expectBuiltAsParsed(bodies); // each built, and as parse5 reads it
    expect(childrenOf(builtBody('<p>앞<div>블록</div></p>\n'), (c) => ('tagName' in c ? `${c.tagName}:${c.childNodes.length}` : c.nodeName))).toEqual(['p:1', 'div:1', 'p:0', '#text']);
  });

  it('builds a caption, and a tbody implied for each run of rows written straight in the table', () => {
    const tables = [
      '<table>\n  <caption>참고 <b>링크</b></caption>\n  <tr>\n    <td>가</td>\n  </tr>\n</table>\n',
      '<table>\n<thead>\n<tr><td>머리</td></tr>\n</thead>\n<tr><td>1</td></tr>\n<!-- c -->\n<tr><td>2</td></tr>\n</table>\n',
      '<table><tr><td>1</td></tr>\n<tfoot><tr><td>발</td></tr></tfoot>\n<tr><td>2</td></tr></table>\n',
      '<table><tr><td>1</td></tr><caption>뒤의 설명</caption></table>\n',
      '<table><caption><p>문단</p><table><tr><td>안</td></tr></table></caption></table>\n',
    ];
    expectBuiltAsParsed(tables); // each built, and as parse5 reads it
    expect(childrenOf(builtBody(tables[0]!).childNodes[0]!, (c) => c.nodeName)).toEqual(['#text', 'caption', '#text', 'tbody']);
    // A caption holds no table parts, and sits in a table only.
    for (const body of ['<table><caption><tr><td>x</td></tr></caption></table>\n', '<table><tbody><caption>c</caption></tbody></table>\n']) {
      expect(builds(body), body).toBe(false);
    }
  });

  it('leaves out the table parts a browser ignores outside a table, their content kept', () => {
    const bodies = [
      '<div><caption>설명</caption></div>\n',
      '<div><td>가<td>나</td></td></div>\n',
      '<ul><li><tr><th>머리</th></tr></li></ul>\n',
      '글 <span><td>칸</td></span>\n',
    ];
    expectBuiltAsParsed(bodies); // each built, and as parse5 reads it
    expect(childrenOf(builtBody('<div><td>가<td>나</td></td></div>\n').childNodes[0]!, (c) => ('value' in c ? c.value : c.nodeName))).toEqual(['가나']);
    // Before any content, the ignored tag would start the body: left to parse5.
    expect(builds('<td>\n')).toBe(false);
  });

  it('reads NUL in attributes and comments as U+FFFD', () => {
    expectBuiltAsParsed(['<span id="a\0b">x</span>\n', '[a](x\0y)\n', '글 <!-- a\0b -->\n']);
  });

  it('builds deep trees, flattened past 256 levels where parse5\'s are, tbodies implied included', () => {
    const deep = [
      ...[60, 63, 64, 65, 67, 90].map((depth) => `${'<table><tr><td>'.repeat(depth)}x\n`),
      `${'<div>'.repeat(300)}깊은 글<br>끝\n`,
      `${'<div>'.repeat(253)}<p>경계</p>${'</div>'.repeat(253)}\n`,
      `${'<div>'.repeat(254)}<p>경계 <b>넘어</b></p>${'</div>'.repeat(254)}\n`,
      `<p>${'<span>'.repeat(400)}글${'</span>'.repeat(400)}</p>\n`,
      `${'<div>\n\n'.repeat(300)}글\n`,
    ];
    for (const body of deep) {
      const tree = parseKramdown(body, 0).fragment;
      const built = buildDom(tree);
      expect(built, body.slice(0, 40)).toBeDefined();
      const rendered = markedHtml(tree);
      const parsed = parseHtml(rendered.markedHtml);
      expect(domSignature(built!.body, built!.elements), body.slice(0, 40)).toBe(domSignature(parsed.body!, rendered.elements));
      expect(built!.flattened === undefined, body.slice(0, 40)).toBe(parsed.flattened === undefined);
    }
    expect(buildDom(parseKramdown(`${'<div>'.repeat(300)}x\n`, 0).fragment)?.flattened?.tagName).toBe('div');
    expect(buildDom(parseKramdown(`${'<div>'.repeat(253)}x\n`, 0).fragment)?.flattened).toBeUndefined();
  });

  it('drops what a browser keeps out of the body, and the line feed after <pre>', () => {
    const built = buildDom(parseKramdown('<!-- 머리 -->\n\n<pre>\n\n코드</pre>\n', 0).fragment);
    expect(built?.body.childNodes.map((c) => c.nodeName)).toEqual(['pre', '#text']);
    const pre = built?.body.childNodes[0];
    expect(pre && 'childNodes' in pre ? pre.childNodes.map((c) => ('value' in c ? c.value : c.nodeName)) : []).toEqual(['\n코드']);
  });

  it('matches parse5 on every corpus post it builds, and builds most of them', () => {
    const dir = `${shared}corpus/posts/`;
    let built = 0;
    let total = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const article = parseArticle(readFileSync(`${dir}${name}`, 'utf8'));
      total++;
      const routes = bothRoutes(article.body);
      if (routes === undefined) continue;
      built++;
      expect(routes.built, name).toBe(routes.parsed);
    }
    expect(total).toBe(291);
    expect(built).toBeGreaterThanOrEqual(291); // all of them
  });

  it('builds highlighted code as parse5 reads it, and leaves other markup in code to parse5', () => {
    const highlighted = [
      '```ruby\ndef a(x) = "y" # <z> & w\n```\n',
      '~~~ html\n<div class="a">&amp;</div>\n~~~\n',
      '- 항목\n\n  ```js\n  const a = 1 < 2;\n  ```\n',
      '`puts 1`{:.language-ruby} 안의 코드\n',
      '> ```shell\n> $ gem install x\n> ```\n',
    ];
    expectBuiltAsParsed(highlighted);
    const built = buildDom(parseKramdown('```ruby\ndef a\n```\n', 0).fragment);
    const spans: string[] = [];
    const pending = [...(built?.body.childNodes ?? [])];
    while (pending.length > 0) {
      const node = pending.shift();
      if (node && 'tagName' in node) {
        // '@': the element has a writer (the marker's place in the marked HTML).
        spans.push([node.tagName, ...(markerOf(node) >= 0 ? ['@'] : []), ...node.attrs.map((a) => a.value)].join('.'));
        pending.push(...node.childNodes);
      }
    }
    expect(spans).toEqual(['div.@.language-ruby highlighter-rouge', 'div.highlight', 'pre.highlight', 'code', 'span.k', 'span.nf']);
    // What another highlighter writes goes to parse5 unless it is text and these tags, closed in order.
    const own = (html: string): ParseKramdownOptions => ({ highlight: () => html });
    expect(buildDom(parseKramdown('```ruby\na\n```\n', 0, own('<span class="a">b</span> <span>c</span>')).fragment)).toBeDefined();
    for (const html of ['<span class="a"><b>b</b></span>', '<span class="a">b', '<span class="a">b</code>', '<span class=a>b</span>', '<em>b</em>', '<span class="a" id="b">c</span>']) {
      expect(buildDom(parseKramdown('```ruby\na\n```\n', 0, own(html)).fragment), html).toBeUndefined();
      const routes = bothRoutes('```ruby\na\n```\n', own(html));
      expect(routes, html).toBeUndefined();
    }
  });

  it('matches parse5 on every post of the shared sites it builds, and builds most of them', () => {
    let built = 0;
    let total = 0;
    for (const site of readdirSync(`${shared}sites`)) {
      const dir = `${shared}sites/${site}/_posts/`;
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((f) => /\.(md|markdown)$/.test(f))) {
        total++;
        const source = readFileSync(`${dir}${name}`, 'utf8');
        const routes = bothRoutes(source.slice(readFrontMatter(source, createLineIndex(source)).bodyOffset));
        if (routes === undefined) continue;
        built++;
        expect(routes.built, `${site}/${name}`).toBe(routes.parsed);
      }
    }
    expect(total).toBe(317);
    expect(built).toBeGreaterThanOrEqual(308); // 308: highlighted code, video and custom elements are built; script and iframe are parsed
  });

  it('matches parse5 on every fixture it builds', () => {
    for (const name of readdirSync(`${root}fixtures`).filter((n) => existsSync(`${root}fixtures/${n}/post.md`))) {
      const routes = bothRoutes(parseArticle(readFileSync(`${root}fixtures/${name}/post.md`, 'utf8')).body);
      if (routes !== undefined) expect(routes.built, name).toBe(routes.parsed);
    }
  });

  it('matches parse5 on generated lists, items and formatting elements a browser reopens, whenever it builds', () => {
    const piece = fc.constantFrom(
      '<ul>', '<ol>', '<li>', '<li>', '<li>', '</li>', '</li>', '<dl>', '<dt>', '<dd>', '</dd>', '<b>', '<b>', '<i>', '<em>', '<strong>', '</b>', '</b>', '</i>', '</em>', '</strong>',
      '<span>', '</span>', '<p>', '</p>', '<div>', '</div>', '글', '글', ' ', '\n', '<br>', '<img src="/x">', '<a href="/1">', '</a>', '</ul>', '</ol>', '<table><tr><td>',
      '</td></tr></table>', '<td>', '</td>', '<pre>', '</pre>', '<h2>', '</h2>', '<케이>', '</케이>', '<u>', '</u>', '<code>', '</code>', '<!-- c -->', '<hr>', '<source>',
      '<font color="red">', '</font>', '<x-a>', '</x-a>', '**굵게**', '*기울임*',
    );
    let built = 0;
    let reopened = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const body = `<div>${pieces.join('')}</div>\n`;
        const routes = bothRoutes(body);
        if (routes === undefined) return;
        built++;
        // A copy carries its original's marker: a marker met twice.
        const markers = [...routes.built.matchAll(/@(\d+)-/g)].map((m) => m[1]);
        if (new Set(markers).size < markers.length) reopened++;
        expect(routes.built, JSON.stringify(body)).toBe(routes.parsed);
      }),
      { seed: Number(process.env['FUZZ_SEED'] ?? 20261204), numRuns: Number(process.env['FUZZ_RUNS'] ?? 5000) },
    );
    expect(built).toBeGreaterThan(4000);
    expect(reopened).toBeGreaterThan(10);
  });

  it('matches parse5 on generated Markdown and raw HTML whenever it builds', () => {
    const tags = ['p', 'div', 'span', 'b', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h2', 'h3', 'pre', 'code', 'blockquote', 'section', 'figure', 'br', 'hr', 'img', 'u', 'sub', 'dl', 'dt', 'dd', 'center', 'article', 'video', 'x-card', 'o:p', 'label', 'nobr', 'iframe'];
    const open = fc.tuple(fc.constantFrom(...tags), fc.constantFrom('', ' class="x"', ' href="/a&amp;b"', ' style="c"', ' hidden', ' id="i"')).map(([t, a]) => `<${t}${a}>`);
    const close = fc.constantFrom(...tags).map((t) => `</${t}>`);
    const piece = fc.oneof(
      open,
      close,
      fc.constantFrom('글', ' ', '\n', '\n\n', '  ', '\t', '&amp;', '&nbsp;', '&lt;', '&#10;', '&notin;', '*', '**', '_', '[링크](/x)', '![그림](/y.png)', '`코드`', '| a | b |\n', '|---|\n', '- ', '1. ', '# ', '> ', '<!-- c -->', '<br />', '\u00a0', '\u200b',
        '<DIV>', '</DIV>', '<P>', '<TD>', '<Td nowrap>', '\f', '&#13;', '&#0;', '\0', '<!-- a --!> b -->', '<?x y ?>', '<caption>', '<dialog>', '<font>', '<script>s</script>', '<h2 id="a&amp;b">',
        '<케이>', '</케이>', '<케이 공감>', '<_x a="&amp;">', '</p>', '<source src="/v.mp4">', '<track src="/t.vtt" />'),
    );
    let built = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const routes = bothRoutes(`${pieces.join('')}\n`);
        if (routes === undefined) return;
        built++;
        expect(routes.built).toBe(routes.parsed);
      }),
      { seed: Number(process.env['FUZZ_SEED'] ?? 20261122), numRuns: Number(process.env['FUZZ_RUNS'] ?? 5000) },
    );
    expect(built).toBeGreaterThan(500);
  });
});
