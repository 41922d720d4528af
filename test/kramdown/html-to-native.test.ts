import { describe, expect, it } from 'vitest';
import { htmlToNative } from '../../src/kramdown/html-to-native.ts';
import { type KNode, node } from '../../src/kramdown/nodes.ts';
import { JEKYLL_KRAMDOWN_DEFAULTS, type KramdownOptions } from '../../src/kramdown/options.ts';
import { parseKramdown } from '../../src/kramdown/parse.ts';

// kramdown's html_to_native (parser/html.rb, ElementConverter). First on trees built by hand, as
// the parser leaves raw HTML (elements of the block category and raw content model, text as
// written); then end to end, against what Jekyll 4.3.1 publishes with `html_to_native: true`.

const text = (value: string): KNode => node('text', 0, value.length, { value });
const comment = (value: string): KNode => node('xml_comment', 0, 0, { value, category: 'block' });
const h = (name: string, attrs: Record<string, string> = {}, ...children: KNode[]): KNode =>
  node('html_element', 0, 0, { name, attrs, category: 'block', contentModel: 'raw', children });

/** The tree as a string: `type(name)[attrs]{options}(children)`, text as JSON. */
function show(el: KNode): string {
  if (el.type === 'text') return JSON.stringify(el.value);
  if (el.type === 'entity') return `&${el.entityName ?? `#${el.codePoint ?? ''}`}`;
  if (el.type === 'smart_quote' || el.type === 'typographic_sym') return `${el.type}:${el.value ?? ''}`;
  let out = el.type === 'html_element' ? `<${el.name ?? ''}>` : el.type;
  if (el.attrs !== undefined && Object.keys(el.attrs).length > 0) out += JSON.stringify(el.attrs);
  const options = [
    el.category && `category=${el.category}`,
    el.contentModel && `model=${el.contentModel}`,
    el.transparent && 'transparent',
    el.level !== undefined && `level=${el.level}`,
    el.alignment && `alignment=${el.alignment.join(',')}`,
    el.value !== undefined && `value=${JSON.stringify(el.value)}`,
  ].filter(Boolean);
  if (options.length > 0) out += `{${options.join(' ')}}`;
  if (el.children.length > 0) out += `(${el.children.map(show).join(', ')})`;
  return out;
}

const converted = (el: KNode): string => {
  htmlToNative(el);
  return show(el);
};

describe('htmlToNative', () => {
  it('makes a paragraph of <p>: white space collapsed, then stripped at both ends', () => {
    expect(converted(h('p', { class: 'c' }, text('\n  Some   text\n  here\n')))).toBe('p{"class":"c"}("Some text here")');
  });

  it('reads entity references: smart quotes, typographic symbols, entities, an unknown name as `&`', () => {
    expect(converted(h('p', {}, text('It&rsquo;s &hellip; &copy;&#169;&#xA9; &foo;')))).toBe(
      'p("It", smart_quote:rsquo, "s ", typographic_sym:hellip, " ", &copy, "", &copy, "", &copy, " ", &amp, "foo;")',
    );
  });

  it('makes emphasis of em, i, strong and b, unless the text starts or ends with white space', () => {
    expect(converted(h('i', {}, text('a'), h('b', {}, text('b'))))).toBe('em("a", strong("b"))');
    expect(converted(h('em', {}, text(' a')))).toBe('<em>{category=span model=raw}(" a")');
    expect(converted(h('strong', {}, text('a\n')))).toBe('<strong>{category=span model=raw}("a\\n")');
  });

  it('makes a link of <a href>; without an href the element and its content stay HTML', () => {
    expect(converted(h('a', { href: '' }, text('x  y')))).toBe('a{"href":""}("x y")');
    expect(converted(h('a', { name: 'n' }, h('b', {}, text('x  y'))))).toBe('<a>{"name":"n"}{category=span model=raw}(<b>{category=span model=raw}("x  y"))');
  });

  it('makes a header of <h1>…<h6>, not stripped, its text for the id taken before entities are read', () => {
    const header = h('h3', { id: 'x' }, text(' A &amp; '), h('em', {}, text('B')));
    expect(converted(header)).toBe('header{"id":"x"}{level=3}(" A ", &amp, " ", em("B"))');
    expect(header.rawText).toBe(' A &amp; B');
  });

  it('makes a code span of <code> and a code block of <pre>, entities read, tags dropped', () => {
    expect(converted(h('code', { class: 'x highlighter-rouge' }, text('a &lt; b'), h('b', {}, text('!'))))).toBe('codespan{"class":"x"}{value="a < b!"}');
    expect(converted(h('pre', { class: 'p' }, h('code', { class: 'language-ruby x' }, text('puts 1\n'))))).toBe(
      'codeblock{"class":"language-ruby p"}{value="puts 1\\n"}',
    );
    expect(converted(h('pre', {}, text('&lsquo;&mdash;&quot;')))).toBe('codeblock{value="‘—\\""}');
  });

  it('makes a table of a simple table: alignment from the cells, th cells in thead, rows in a tbody', () => {
    const row = (...cells: KNode[]): KNode => h('tr', {}, text('\n'), ...cells, text('\n'));
    const table = h(
      'table',
      { class: 't' },
      text('\n'),
      row(h('td', { style: 'text-align: right' }, text(' 1 ')), h('td', { style: 'color: red; text-align: center' }, text('2'))),
      row(h('td', { style: 'text-align: right' }, text('3')), h('td', { style: 'color: red; text-align: center' }, h('em', {}, text('4')))),
    );
    expect(converted(table)).toBe(
      'table{"class":"t"}{alignment=right,center}(tbody(tr(td("1"), td{"style":"color: red"}("2")), tr(td("3"), td{"style":"color: red"}(em("4")))))',
    );
    const headed = h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, text('H')))), h('tbody', {}, h('tr', {}, h('td', {}, text('D')))));
    expect(converted(headed)).toBe('table{alignment=default}(thead(tr(td("H"))), tbody(tr(td("D"))))');
  });

  it('keeps any other table as HTML, and all it holds unconverted', () => {
    const uneven = h('table', {}, h('tr', {}, h('td', {}, text('a  b')), h('td', {})), h('tr', {}, h('td', {}, h('em', {}, text('c')))));
    expect(converted(uneven)).toBe(
      '<table>{category=block model=raw}(<tr>{category=block model=raw}(<td>{category=block model=raw}("a  b"), <td>{category=block model=raw}), <tr>{category=block model=raw}(<td>{category=block model=raw}(<em>{category=span model=raw}("c"))))',
    );
    const justified = h('table', {}, h('tr', {}, h('td', { style: 'text-align: justify' }, text('a'))));
    expect(converted(justified)).toMatch(/^<table>\{category=block model=raw\}/);
    const block = h('table', {}, h('tr', {}, h('td', {}, h('p', {}, text('a')))));
    expect(converted(block)).toMatch(/^<table>\{category=block model=raw\}/);
  });

  it('makes lists, list items (text in transparent paragraphs), definition lists, quotes and rules', () => {
    expect(converted(h('ul', {}, text('\n'), h('li', {}, text(' one ')), text('\n'), h('li', {}, h('p', {}, text('two')))))).toBe(
      'ul(li(p{transparent}("one")), li(p("two")))',
    );
    expect(converted(h('dl', {}, h('dt', {}, text('t')), h('dd', {}, text('d'))))).toBe('dl(dt("t"), dd(p{transparent}("d")))');
    expect(converted(h('blockquote', {}, text('q '), h('hr', {})))).toBe('blockquote(p{transparent}("q "), hr)');
  });

  it('wraps the text and span elements of a div in transparent paragraphs, and drops white space between blocks', () => {
    expect(converted(h('div', {}, text('\n  a '), h('span', {}, text('s')), text(' '), h('p', {}, text('p')), text('\n  '), h('div', {}, text('d')), text(' z\n')))).toBe(
      '<div>{category=block model=block}(p{transparent}("a ", <span>{category=span model=span}("s"), " "), p("p"), <div>{category=block model=block}(p{transparent}("d")), p{transparent}(" z"))',
    );
  });

  it('keeps white space in a textarea, and in code it cannot convert', () => {
    expect(converted(h('textarea', {}, text('\n  a   &amp;\n')))).toBe('<textarea>{category=block model=raw}("\\n  a   ", &amp, "\\n")');
    expect(converted(h('code', {}, text('a  &#99999999999;')))).toBe('<code>{category=span model=raw}("a  ", &#99999999999)');
  });

  it('gives comments the category of their parent content model', () => {
    expect(converted(h('p', {}, text('a '), comment('<!-- c -->')))).toBe('p("a ", xml_comment{category=span value="<!-- c -->"})');
    expect(converted(h('div', {}, comment('<!-- c -->')))).toBe('<div>{category=block model=block}(xml_comment{category=block value="<!-- c -->"})');
  });

  it('makes math of a math/tex script, display math with mode=display', () => {
    const script = (type: string, value: string): KNode => h('script', { type, id: 'm' }, node('raw', 0, 0, { value }));
    expect(converted(script('math/tex', 'x^2'))).toBe('math{"id":"m"}{category=span value="x^2"}');
    expect(converted(script('math/tex; mode=display', '% <![CDATA[\na < b\n%]]>'))).toBe('math{"id":"m"}{category=block value="a < b"}');
    expect(converted(script('text/javascript', 'x'))).toBe('<script>{"type":"text/javascript","id":"m"}{category=block model=raw}(raw{value="x"})');
  });

  it('wraps content read later as spans (an element read with the span content model) in a paragraph', () => {
    const div = node('html_element', 5, 20, { name: 'div', attrs: {}, category: 'block', contentModel: 'span', raw: [{ text: '*x*', offsets: new Int32Array([10, 11, 12, 13]) }] });
    expect(converted(div)).toBe('<div>{category=block model=block}(p{transparent})');
    expect(div.raw).toBeUndefined();
    expect(div.children[0]?.raw?.[0]?.text).toBe('*x*');
  });

  it('converts HTML nested 1,000 deep; an element with deeper HTML stays HTML, all it holds too', () => {
    const nest = (depth: number): KNode => {
      let el = h('p', {}, text('x'));
      for (let i = 1; i < depth; i++) el = h('div', {}, el);
      return el;
    };
    const converted1000 = nest(1000);
    htmlToNative(converted1000);
    expect(converted1000.contentModel).toBe('block');
    let inner = converted1000;
    while (inner.children[0]?.type === 'html_element') inner = inner.children[0];
    expect(show(inner)).toBe('<div>{category=block model=block}(p("x"))');
    const kept = nest(20000);
    expect(() => htmlToNative(kept)).not.toThrow();
    expect(kept.contentModel).toBe('raw');
  });
});

// Jekyll 4.3.1's output for each input with `kramdown: { html_to_native: true }` (GFM input
// unless said otherwise).
const options = (extra: Partial<KramdownOptions> = {}): KramdownOptions => ({ ...JEKYLL_KRAMDOWN_DEFAULTS, html_to_native: true, ...extra });
const render = (body: string, extra?: Partial<KramdownOptions>): string => parseKramdown(body, 0, { kramdown: options(extra) }).html;
describe('html_to_native, as Jekyll publishes it', () => {
  const cases: Array<[string, string, string, Partial<KramdownOptions>?]> = [
    ['entities and typography', '<p>It&rsquo;s &ldquo;free&rdquo; &mdash; &copy; &unknown; &#x41;</p>\n', '<p>It’s “free” — © &amp;unknown; A</p>\n'],
    [
      'header ids: GFM’s at the top, the converter’s inside HTML',
      '<h2>Hello</h2>\n\n<div><h2>Hello</h2></div>\n',
      '<h2 id="hello">Hello</h2>\n\n<div>\n  <h2 id="hello">Hello</h2>\n</div>\n',
    ],
    [
      'span elements',
      'A <em>b</em>, <em> c</em>, <i>d<b>e</b></i> and <a href="/f">f</a> <a name="g">g</a>.\n',
      '<p>A <em>b</em>, <em> c</em>, <em>d<strong>e</strong></em> and <a href="/f">f</a> <a name="g">g</a>.</p>\n',
    ],
    [
      'a simple table',
      '<table class="t">\n<thead><tr><th>A</th><th style="text-align: center">B</th></tr></thead>\n<tbody><tr><td>1</td><td style="text-align: center; color: red">2</td></tr></tbody>\n</table>\n',
      '<table class="t">\n  <thead>\n    <tr>\n      <th>A</th>\n      <th style="text-align: center">B</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>1</td>\n      <td style="; color: red; text-align: center">2</td>\n    </tr>\n  </tbody>\n</table>\n',
    ],
    ['a table kept as HTML', '<table>\n<tr><td>1</td><td>2</td></tr>\n<tr><td>3 &amp;  4</td></tr>\n</table>\n', '<table>\n<tr><td>1</td><td>2</td></tr>\n<tr><td>3 &amp;  4</td></tr>\n</table>\n'],
    [
      'code',
      '<pre><code class="language-plaintext">a &lt; b</code></pre>\n\nSome <code>x &amp; y</code>.\n',
      '<div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>a &lt; b</code></pre></div></div>\n\n<p>Some <code class="language-plaintext highlighter-rouge">x &amp; y</code>.</p>\n',
    ],
    ['a list', '<ul>\n  <li>one</li>\n  <li><p>two</p></li>\n</ul>\n', '<ul>\n  <li>one</li>\n  <li>\n    <p>two</p>\n  </li>\n</ul>\n'],
    ['a div', '<div>\n  text <span>span</span>\n  <p>para</p>\n</div>\n', '<div>\ntext <span>span</span>   <p>para</p>\n</div>\n'],
    ['a paragraph going on after <p>', '<p>para</p> trailing text\n', '<p>para trailing text</p>\n'],
    [
      'spans read inside a table kept as HTML',
      '<table>\n<tr><td><u markdown="span"><span>*md*</span></u></td></tr>\n<tr><td>a</td><td>b</td></tr>\n</table>\n',
      '<table>\n<tr><td><u><span><em>md</em></span></u></td></tr>\n<tr><td>a</td><td>b</td></tr>\n</table>\n',
    ],
    ['math and a textarea', '<script type="math/tex">x^2</script>\n\n<textarea>\n  a   b &amp; c\n</textarea>\n', '\\(x^2\\)\n<textarea>\n  a   b &amp; c\n</textarea>\n'],
    [
      'a header in a header takes its id first (kramdown input)',
      '<div><h3><h2>A</h2></h3></div>\n',
      '<div>\n  <h3 id="a">    <h2 id="a-1">A</h2>\n</h3>\n</div>\n',
      { input: 'kramdown' },
    ],
  ];
  it.each(cases)('%s', (_, body, html, extra) => {
    expect(render(body, extra)).toBe(html);
  });
});
