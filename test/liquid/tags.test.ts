import { describe, expect, it } from 'vitest';
import { createJekyllSite, type JekyllSite, parseArticle } from '../../src/index.ts';
import type { SitePost } from '../../src/jekyll/site.ts';
import { liquidFor } from '../../src/liquid/engine.ts';
import { liquidOutput } from '../../src/liquid/output.ts';
import { renderLiquid } from '../../src/liquid/render-liquid.ts';
import { scopeOf } from '../../src/liquid/scope.ts';

// Jekyll's tags (jekyll/tags/*.rb) and Liquid 5.4's raw and comment. Every expected HTML string is
// what Jekyll 4.3.1 (`jekyll build`, kramdown 2.4, Rouge 3.30) published for the same post, and
// every expected message is Jekyll's own (as its log prints it: on one line, the path left out).

const FM = '---\ntitle: 태그 시험\n---\n'; // the body starts on line 4
const PATH = '_posts/2024-01-01-tags.md';

/** A site made by hand: Jekyll's defaults, the configuration given, and the parts given. */
function makeSite(parts: Partial<Omit<JekyllSite, 'config' | 'problems'>> = {}, config: Record<string, unknown> = {}): JekyllSite {
  return Object.assign(createJekyllSite(config), parts);
}

const read = (body: string, site: JekyllSite, path = PATH) => parseArticle(FM + body, { path, site });
const html = (body: string, site: JekyllSite, path = PATH): string => read(body, site, path).html;
const problems = (body: string, site: JekyllSite, path = PATH): string[] =>
  read(body, site, path)
    .problems.filter((p) => p.ruleId.startsWith('liquid'))
    .map((p) => `${p.ruleId}@${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.severity}: ${p.message}`);

/** Rouge's token spans, which article-kit leaves to a highlighter: Jekyll's HTML without them. */
const unspan = (text: string): string => text.replace(/<\/?span\b[^>]*>/g, '');

const figure = (lang: string, code: string, dataLang = lang): string =>
  `<figure class="highlight"><pre><code class="language-${lang}" data-lang="${dataLang}">${code}</code></pre></figure>`;
const table = (numbers: string, code: string): string =>
  `<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">${numbers}</pre></td><td class="code"><pre>${code}</pre></td></tr></tbody></table>`;

describe('highlight', () => {
  const site = makeSite();

  it('writes the figure, the body stripped of the line breaks at its ends', () => {
    expect(html('{% highlight text %}\n\n\n  a\n\n\n{% endhighlight %}\n', site)).toBe(`\n${figure('text', '  a')}\n\n`);
    expect(html('{% highlight text %}\r\n\r\na\r\nb\r\n\r\n{% endhighlight %}\n', site)).toBe(`\n${figure('text', 'a\nb')}\n\n`);
    expect(html('{% highlight   text   %}\n\ta\t\n{% endhighlight   extra %}\n', site)).toBe(`\n${figure('text', '\ta\t')}\n\n`);
    expect(html('{% highlight text %}   {% endhighlight %}\n', site)).toBe(`\n${figure('text', '   ')}\n\n`);
    expect(html('{%highlight text%}a{%endhighlight%}\n', site)).toBe(`\n${figure('text', 'a')}\n\n`);
  });

  it("escapes the code as Rouge's formatter does (quotes stay), and renders the body's Liquid first", () => {
    expect(html('{% highlight foo %}\nx < 1 & "q"\n{% endhighlight %}\n', site)).toBe(`\n${figure('foo', 'x &lt; 1 &amp; "q"')}\n\n`);
    expect(html('{% highlight text %}{{ page.title }} {% if true %}yes{% endif %}{% endhighlight %}\n', site)).toBe(`\n${figure('text', '태그 시험 yes')}\n\n`);
    expect(html('{% highlight text %}\n{% raw %}{{ x }}{% endraw %}\n{% endhighlight %}\n', site)).toBe(`\n${figure('text', '{{ x }}')}\n\n`);
    expect(html('{% highlight text %}\n# 제목\n\n한글 *강조*\n{% endhighlight %}\n\n뒤 문단\n', site)).toBe(`\n${figure('text', '# 제목\n\n한글 *강조*')}\n\n<p>뒤 문단</p>\n`);
  });

  it('names the language as written, lower-cased, `+` as `-` in the class; an unknown one is read as plain text', () => {
    expect(unspan(html('{% highlight C++ %}\nint x;\n{% endhighlight %}\n', site))).toBe(`\n${figure('c--', 'int x;', 'c++')}\n\n`);
    expect(unspan(html('{% highlight Ruby %}\n<b>&amp;</b>\n{% endhighlight %}\n', site))).toBe(`\n${figure('ruby', '&lt;b&gt;&amp;amp;&lt;/b&gt;')}\n\n`);
    expect(unspan(html('{% highlight guess %}\n#!/usr/bin/env ruby\nputs 1\n{% endhighlight %}\n', site))).toBe(`\n${figure('guess', '#!/usr/bin/env ruby\nputs 1')}\n\n`);
  });

  it("puts Rouge's table around the code for any linenos (gutter and code classes); other options are ignored", () => {
    expect(html('{% highlight text linenos %}\na\nb\n{% endhighlight %}\n', site)).toBe(`\n${figure('text', table('1\n2\n', 'a\nb\n'))}\n\n`);
    expect(html('{% highlight text linenos=foo nolinenos x="1" %}\na\n{% endhighlight %}\n', site)).toBe(`\n${figure('text', table('1\n', 'a\n'))}\n\n`);
    expect(html('{% highlight text linenos %}{% endhighlight %}\n', site)).toBe(`\n${figure('text', table('1\n', '\n'))}\n\n`);
    expect(html('{% highlight text linenos %}\na\n\n{% endhighlight %}\n', site)).toBe(`\n${figure('text', table('1\n', 'a\n'))}\n\n`);
    expect(unspan(html('{% highlight ruby mark_lines="1 2" %}\nx = 1\ny = 2\n{% endhighlight %}\n', site))).toBe(`\n${figure('ruby', 'x = 1\ny = 2')}\n\n`);
    expect(unspan(html('{% highlight ruby\nlinenos %}\nx\n{% endhighlight %}\n', site))).toBe(`\n${figure('ruby', table('1\n', 'x\n'))}\n\n`);
  });

  it("is set apart by line breaks in Markdown (Converters::Markdown's highlighter prefix and suffix), not in HTML", () => {
    expect(html('text before\n{% highlight text %}\na\n{% endhighlight %}\ntext after\n', site)).toBe(`<p>text before</p>\n\n${figure('text', 'a')}\n\n<p>text after</p>\n`);
    expect(html('inline {% highlight text %}a{% endhighlight %} inline\n', site)).toBe(`<p>inline</p>\n${figure('text', 'a')}\n<p>inline</p>\n`);
    expect(html('- item\n\n  {% highlight text %}\n  a\n  {% endhighlight %}\n', site)).toBe(`<ul>\n  <li>item</li>\n</ul>\n\n${figure('text', '  a\n  ')}\n\n`);
    expect(html('> {% highlight text %}\n> a\n> {% endhighlight %}\n', site)).toBe(`<blockquote>\n\n</blockquote>\n${figure('text', '&gt; a\n&gt; ')}\n\n`);
    expect(html('{% highlight text %}a{% endhighlight %}\n', site, '_posts/2024-01-01-tags.html')).toBe(`${figure('text', 'a')}\n`);
  });

  it("takes the token markup from the render's highlighter, by Rouge's lexer tag", () => {
    const rouge = (code: string, lexer: string): string | undefined =>
      lexer === 'ruby' && code === 'x = 1' ? '<span class="n">x</span> <span class="o">=</span> <span class="mi">1</span>' : undefined;
    const seen: string[] = [];
    const spy = (code: string, lexer: string): string | undefined => {
      seen.push(lexer);
      return rouge(code, lexer);
    };
    const liquid = (body: string): string =>
      renderLiquid(body, 0, { liquid: liquidFor(site), scope: scopeOf(site, { path: PATH, data: {} }), file: '', stringify: liquidOutput, highlight: spy }).text.text;
    const tokens = '<span class="n">x</span> <span class="o">=</span> <span class="mi">1</span>';
    // Jekyll: `{% highlight rb linenos=table %}` of `x = 1`.
    expect(liquid('{% highlight rb linenos=table %}\nx = 1\n{% endhighlight %}')).toBe(`\n${figure('rb', table('1\n', `${tokens}\n`))}\n`);
    expect(liquid('{% highlight ruby %}\nx = 1\n{% endhighlight %}')).toBe(`\n${figure('ruby', tokens)}\n`);
    // What the highlighter leaves out is escaped.
    expect(liquid('{% highlight foo %}a<b{% endhighlight %}')).toBe(`\n${figure('foo', 'a&lt;b')}\n`);
    expect(seen).toEqual(['ruby', 'ruby', 'plaintext']);
  });

  it('escapes with CGI.escapeHTML and strips the code for another highlighter', () => {
    // `highlighter: ~` is Jekyll's default, `rouge` (Utils.deep_merge_hashes keeps it).
    const none = makeSite({}, { highlighter: false });
    expect(html('{% highlight foo linenos %}\n x < 1 & "q" \'a\' \n{% endhighlight %}\n', none)).toBe(`\n${figure('foo', 'x &lt; 1 &amp; &quot;q&quot; &#39;a&#39;')}\n\n`);
    const pygments = makeSite({}, { highlighter: 'pygments' });
    expect(html('{% highlight text %}a{% endhighlight %}\n', pygments)).toBe(`\n${figure('text', 'a')}\n\n`);
    expect(problems('{% highlight text %}a{% endhighlight %}\n', pygments)).toEqual([
      'liquid-error@4:1-4:21 warning: Highlight Tag no longer supports rendering with Pygments. Using the default highlighter, Rouge, instead.',
    ]);
  });

  it("stops on markup Jekyll's syntax refuses: the body is read as written", () => {
    const valid = 'Valid syntax: highlight <lang> [linenos]';
    expect(problems('{% highlight %}\na\n{% endhighlight %}\n', site)).toEqual([
      `liquid-syntax@4:1-4:16 error: Syntax Error in tag 'highlight' while parsing the following markup: ${valid}`,
    ]);
    expect(problems('x {% highlight ruby foo=bar=baz %}a{% endhighlight %}\n', site)).toEqual([
      `liquid-syntax@4:3-4:35 error: Syntax Error in tag 'highlight' while parsing the following markup: ruby foo=bar=baz ${valid}`,
    ]);
    expect(problems('{% highlight ruby mark_lines="1,2" %}a{% endhighlight %}\n', site)).toEqual([
      `liquid-syntax@4:1-4:38 error: Syntax Error in tag 'highlight' while parsing the following markup: ruby mark_lines="1,2" ${valid}`,
    ]);
    expect(problems('{% highlight ruby? %}a{% endhighlight %}\n', site)).toEqual([
      `liquid-syntax@4:1-4:22 error: Syntax Error in tag 'highlight' while parsing the following markup: ruby? ${valid}`,
    ]);
    expect(problems('x\n\n{% highlight ruby %}a\n', site)).toEqual(["liquid-syntax@6:1-6:21 error: Liquid syntax error: 'highlight' tag was never closed"]);
    expect(html('x\n\n{% highlight ruby %}a\n', site)).toBe('<p>x</p>\n\n<p>{% highlight ruby %}a</p>\n');
    expect(problems('{% highlight text %}a{% endhighlight %}{% endhighlight %}\n', site)).toEqual(["liquid-syntax@4:40-4:58 error: Liquid syntax error: Unknown tag 'endhighlight'"]);
  });

  it("fails where Rouge's guess is ambiguous, and where the body fails, at the failing tag", () => {
    expect(problems('{% highlight guess %}\n#!/usr/bin/env ruby\n--- a\n+++ b\n{% endhighlight %}\n', site)).toEqual([
      `liquid-error@4:1-4:22 error: Ambiguous guess: can't decide between ["diff", "ruby"]`,
    ]);
    expect(problems('{% highlight text %}\n{% include nope.html %}\n{% endhighlight %}\n', site)).toEqual([
      `liquid-include-missing@5:1-5:24 error: Could not locate the included file 'nope.html' in any of ["_includes"]. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.`,
    ]);
  });
});

describe('include', () => {
  const site = makeSite({
    includes: {
      'p.html': '[a={{ include.a }};b={{ include.b }};n={{ include.n }};t={{ include.t }};v={{ include.v | size }}]',
      'outer.html': 'outer({{ include.a }}) {% include inner.html %} {% include inner.html a="z" %}',
      'inner.html': 'inner({{ include.a }})',
      'o.html': 'o({{ include.a }}){% assign f = "q.html" %}{% include {{ f }} %};{% include q.html %}',
      'q.html': 'q({{ include.a }})',
      'sub/s.html': 'SUB',
      'nl.html': 'line1\nline2\n',
      'assign.html': '{% assign leaked = "L" %}',
      'my-file.v1.html': 'dash',
      'fm.html': '---\nfm: 1\n---\nbody {{ include.a }}\n',
      'md.md': '## 제목 {{ include.t }}\n\n본문 *강조*\n',
      'a.html': 'A[{{ include.x }}]',
      'missing-inside.html': 'A{% include missing.html %}',
      'rec.html': 'R{% include rec.html %}',
      'bad.html': 'B{% foo %}',
      'badp.html': 'C{% include x.html a=="1" %}',
    },
    posts: [{ path: '_posts/2020-01-01-a.md', date: '2020-01-01 00:00:00 +0000', slug: 'a', data: { slug: 'a' }, url: '/2020/01/01/a.html' }],
  });

  it('passes parameters: quoted strings (only \\" and \\\' unescaped), variables, numbers, literals', () => {
    expect(html('{% include p.html a="x" b=page.title n=5 t=true %}\n', site)).toBe('<p>[a=x;b=태그 시험;n=5;t=true;v=0]</p>\n');
    expect(html(`{% include p.html a='it\\'s' b="say \\"hi\\" \\\\n" %}\n`, site)).toBe('<p>[a=it’s;b=say “hi” \\n;n=;t=;v=0]</p>\n');
    expect(html('{% include p.html a=page.missing b=nil n=-1 t=1.5 %}\n', site)).toBe('<p>[a=;b=;n=-1;t=1.5;v=0]</p>\n');
    expect(html('{% include p.html v=site.posts %}\n', site)).toBe('<p>[a=;b=;n=;t=;v=1]</p>\n');
    expect(html('{% include p.html a="x" a="y" %}\n', site)).toBe('<p>[a=y;b=;n=;t=;v=0]</p>\n');
    expect(html('{% include p.html\n   a="multi"\n   t=page.title %}\n', site)).toBe('<p>[a=multi;b=;n=;t=태그 시험;v=0]</p>\n');
    expect(html('{% include p.html a=empty %}{% include p.html a=false %}\n', site)).toBe('<p>[a=;b=;n=;t=;v=0][a=false;b=;n=;t=;v=0]</p>\n');
    expect(html('{% for i in (1..2) %}{% include p.html n=i %}{% endfor %}\n', site)).toBe('<p>[a=;b=;n=1;t=;v=0][a=;b=;n=2;t=;v=0]</p>\n');
  });

  it("leaves `include` as it is for an include without parameters: a nested one sees the outer one's", () => {
    expect(html('{% include outer.html a="1" %}\n', site)).toBe('<p>outer(1) inner(1) inner(z)</p>\n');
    // `{% include {{ f }} %}` has parameters, none: its `include` is empty.
    expect(html('{% include o.html a="outer" %}\n', site)).toBe('<p>o(outer)q();q(outer)</p>\n');
  });

  it("renders the name's Liquid, and reads names with folders, a leading slash and Jekyll's characters", () => {
    expect(html('{% assign f = "sub/s.html" %}{% assign s = "s" %}{% include {{ f }} %} {% include {{ f }} a=1 %} {% include sub/{{ s }}.html %} {% include {{f}} %}\n', site)).toBe(
      '<p>SUB SUB SUB SUB</p>\n',
    );
    expect(html('{% assign f = "a" %}{% include {{ f | append: ".html" }} x="1" %}\n', site)).toBe('<p>A[1]</p>\n');
    // VARIABLE_SYNTAX: a `{{ }}` in a value is the name's, not rendered as a parameter.
    expect(html('{% assign f = "a" %}{% include {{ f }}.html x="{{ f }}" %}\n', site)).toBe('<p>A[{{ f }}]</p>\n');
    // …and what comes before a lone `{` is dropped from the name.
    expect(html('{% assign f = "a" %}{% include x{ {{ f }}.html %}\n', site)).toBe('<p>A[]</p>\n');
    expect(html('{%- include sub/s.html -%}\n\n{% include /sub/s.html %}\n', site)).toBe('<p>SUBSUB</p>\n');
    expect(html('{% include my-file.v1.html %}\n', site)).toBe('<p>dash</p>\n');
  });

  it('includes the file as it is (front matter too), its Markdown converted with the post', () => {
    expect(html('x {% include nl.html %} y\n', site)).toBe('<p>x line1\nline2\n y</p>\n');
    expect(html('{% include fm.html a="x" %}\n', site)).toBe('<hr />\n<p>fm: 1\n—\nbody x</p>\n\n');
    expect(html('{% include md.md t="하나" %}\n\n{% include md.md t="둘" %}\n', site)).toBe(
      '<h2 id="제목-하나">제목 하나</h2>\n\n<p>본문 <em>강조</em></p>\n\n<h2 id="제목-둘">제목 둘</h2>\n\n<p>본문 <em>강조</em></p>\n\n',
    );
    expect(html('Para {% include md.md t="x" %} end\n', site)).toBe('<p>Para ## 제목 x</p>\n\n<p>본문 <em>강조</em>\n end</p>\n');
    expect(html('{% capture c %}{% include p.html a="cap" %}{% endcapture %}{{ c | upcase }}\n', site)).toBe('<p>[A=CAP;B=;N=;T=;V=0]</p>\n');
  });

  it("lets an include's assignments reach the post, as Ruby Liquid's `assign` does", () => {
    expect(html('{% include assign.html %}{{ leaked }}\n', site)).toBe('<p>L</p>\n');
  });

  it('maps what an include writes to the tag that includes it', () => {
    const article = read('앞\n\n{% include md.md t="하나" %}\n', site);
    expect(article.headings.map((h) => [h.text, h.position.start.line, h.position.start.column])).toEqual([['제목 하나', 6, 1]]);
  });

  const notFound = (file: string, dir = '_includes') =>
    `Could not locate the included file '${file}' in any of ["${dir}"]. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.`;
  const example = "Valid syntax: {% include file.ext param='value' param2='value' %}";

  it('reports a missing file at the tag, and at the post\'s tag for one missing from an include', () => {
    expect(problems('{% include missing.html %}\n', site)).toEqual([`liquid-include-missing@4:1-4:27 error: ${notFound('missing.html')}`]);
    expect(problems('글 {% include missing-inside.html %}\n', site)).toEqual([
      `liquid-include-missing@4:3-4:36 error: ${notFound('missing.html')} (in _includes/missing-inside.html, line 1)`,
    ]);
    expect(html('글 {% include missing-inside.html %}\n', site)).toBe('<p>글 A</p>\n');
    expect(problems('{% include sub %}\n', site)).toEqual([`liquid-include-missing@4:1-4:18 error: ${notFound('sub')}`]);
    expect(problems('{% assign f = "a.html" %}{% include {{ f }}extra %}\n', site)).toEqual([`liquid-include-missing@4:26-4:52 error: ${notFound('a.htmlextra')}`]);
    const safe = makeSite({ includes: {} }, { safe: true });
    expect(problems('{% include x.html %}\n', safe)).toEqual([
      `liquid-include-missing@4:1-4:21 error: Could not locate the included file 'x.html' in any of ["_includes"]. Ensure it exists in one of those directories and is not a symlink as those are not allowed in safe mode.`,
    ]);
  });

  it('refuses names that leave _includes, and names with characters Jekyll refuses', () => {
    const invalid = (file: string) => `Invalid syntax for include tag. File contains invalid characters or sequences: ${file} ${example}`;
    expect(problems('{% include ../x.html %}\n', site)).toEqual([`liquid-include-outside@4:1-4:24 error: ${invalid('../x.html')}`]);
    expect(problems('{% include sub/../../x.html %}\n', site)).toEqual([`liquid-include-outside@4:1-4:31 error: ${invalid('sub/../../x.html')}`]);
    expect(problems('x {% include a..b.html %}\n', site)).toEqual([`liquid-syntax@4:3-4:26 error: ${invalid('a..b.html')}`]);
    expect(problems('{% include "a.html" %}\n', site)).toEqual([`liquid-syntax@4:1-4:23 error: ${invalid('"a.html"')}`]);
    expect(problems('{% include %}\n', site)).toEqual([`liquid-syntax@4:1-4:14 error: Invalid syntax for include tag. File contains invalid characters or sequences: ${example}`]);
    expect(problems('{% assign f = "a.html" %}{% include {{ nope }} %}\n', site)).toEqual([
      `liquid-syntax@4:26-4:50 error: Invalid syntax for include tag. File contains invalid characters or sequences: ${example}`,
    ]);
    expect(problems('{% include {{ page.title }}.html a="{{ x }}" %}\n', site)).toEqual([`liquid-syntax@4:1-4:48 error: ${invalid('태그 시험.html')}`]);
  });

  it('stops on parameters Jekyll refuses, as it stops parsing the post: the body is read as written', () => {
    expect(problems('{% include a.html b %}\n', site)).toEqual([`liquid-syntax@4:1-4:23 error: Invalid syntax for include tag: b ${example}`]);
    expect(html('{% include a.html b %}\n', site)).toBe('<p>{% include a.html b %}</p>\n');
    expect(problems('{% include a.html b="x"c=1 %}\n', site)).toEqual([`liquid-syntax@4:1-4:30 error: Invalid syntax for include tag: b="x"c=1 ${example}`]);
    expect(problems('{% include a b.html %}\n', site)).toEqual([`liquid-syntax@4:1-4:23 error: Invalid syntax for include tag: b.html ${example}`]);
    expect(problems('{% include {{ "a.html" }} %}\n', site)).toEqual([`liquid-syntax@4:1-4:29 error: Invalid syntax for include tag: "a.html" }} ${example}`]);
  });

  it("reports what fails inside an include at the post's tag, saying where", () => {
    expect(problems('{% include bad.html %}\n', site)).toEqual(["liquid-syntax@4:1-4:23 error: Liquid syntax error: Unknown tag 'foo' (in _includes/bad.html, line 1)"]);
    expect(problems('{% include badp.html %}\n', site)).toEqual([`liquid-syntax@4:1-4:24 error: Invalid syntax for include tag: a=="1" ${example} (in _includes/badp.html, line 1)`]);
    expect(problems('{% include rec.html %}\n', site)).toEqual(['liquid-error@4:1-4:23 error: Liquid error: Nesting too deep (in _includes/rec.html, line 1)']);
  });
});

describe('include_relative', () => {
  const site = makeSite({
    includes: { 'i.html': 'inc:{% include_relative snip.md a="from-inc" %}' },
    files: { '_posts/snip.md': 'snip [{{ include.a }}]', '_posts/fm.txt': '---\ntitle: x\n---\nwith fm', '_posts/sub/d.txt': 'deep', 'root.md': 'at the root', '_posts/bin.png': null },
  });

  it("reads the site's files relative to the post's folder, as includes are read", () => {
    expect(html('{% include_relative snip.md %}\n\n{% include_relative snip.md a="1" %}\n\n{% include_relative fm.txt %}\n\n{% include_relative sub/d.txt %}\n\n{% include i.html %}\n\n{% include_relative /snip.md %}\n', site)).toBe(
      '<p>snip []</p>\n\n<p>snip [1]</p>\n\n<hr />\n<p>title: x\n—\nwith fm</p>\n\n<p>deep</p>\n\n<p>inc:snip [from-inc]</p>\n\n<p>snip []</p>\n',
    );
    expect(html('{% include_relative root.md %}\n', site, 'about.md')).toBe('<p>at the root</p>\n');
  });

  it('refuses names with `..`, so nothing outside the site is named, and reports missing files', () => {
    expect(problems('{% include_relative ../root.md %}\n', site)).toEqual([
      "liquid-include-outside@4:1-4:34 error: Invalid syntax for include tag. File contains invalid characters or sequences: ../root.md Valid syntax: {% include_relative file.ext param='value' param2='value' %}",
    ]);
    expect(problems('{% include_relative nope.md %}\n', site)).toEqual([
      `liquid-include-missing@4:1-4:31 error: Could not locate the included file 'nope.md' in any of ["_posts"]. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.`,
    ]);
    expect(problems('{% include_relative bin.png %}\n', site)).toEqual(["liquid-error@4:1-4:31 error: '_posts/bin.png' is in the site, but its content was not read: it is left out"]);
  });
});

/** The posts of a site, as Jekyll 4.3.1 dates them and publishes them (oldest first). */
const POSTS: SitePost[] = [
  ['_posts/2020-01-01-alpha.md', '2020-01-01', 'alpha', '/2020/01/01/alpha.html'],
  ['_posts/sub/2020-02-02-sub-post.md', '2020-02-02', 'sub-post', '/2020/02/02/sub-post.html'],
  ['_posts/deep/er/2020-03-03-deep.md', '2020-03-03', 'deep', '/2020/03/03/deep.html'],
  ['_posts/2020-04-04-한글-제목.md', '2020-04-04', '한글-제목', '/2020/04/04/%ED%95%9C%EA%B8%80-%EC%A0%9C%EB%AA%A9.html'],
  ['blog/_posts/2020-06-06-in-blog.md', '2020-06-06', 'in-blog', '/blog/2020/06/06/in-blog.html'],
  ['_posts/2020-07-07-perma.md', '2020-07-07', 'perma', '/p/perma/'],
  ['_posts/2020-08-08-x.y.md', '2020-08-08', 'x.y', '/2020/08/08/x.y.html'],
  // `slug: custom` and `date: 2021-05-05` in its front matter.
  ['_posts/2020-05-05-front.md', '2021-05-05', 'custom', '/2021/05/05/custom.html'],
].map(([path, date, slug, url]) => ({ path: path as string, date: `${date} 00:00:00 +0000`, slug: slug as string, data: { slug }, url: url as string }));

describe('post_url', () => {
  const site = makeSite({ posts: POSTS }, { baseurl: '/blog/' });

  it("gives the post's URL with baseurl, matching the path: folders under _posts, or a folder's own _posts", () => {
    const body = [
      '2020-01-01-alpha',
      'sub/2020-02-02-sub-post',
      'deep/er/2020-03-03-deep',
      '2020-04-04-한글-제목',
      '/2020-01-01-alpha',
      'blog/2020-06-06-in-blog',
      '2020-07-07-perma',
      '2020-08-08-x.y',
      '2020-08-08-x',
    ]
      .map((name) => `{% post_url ${name} %}`)
      .join('\n');
    expect(html(`${body}\n`, site)).toBe(
      '<p>/blog/2020/01/01/alpha.html\n/blog/2020/02/02/sub-post.html\n/blog/2020/03/03/deep.html\n/blog/2020/04/04/%ED%95%9C%EA%B8%80-%EC%A0%9C%EB%AA%A9.html\n/blog/2020/01/01/alpha.html\n/blog/blog/2020/06/06/in-blog.html\n/blog/p/perma/\n/blog/2020/08/08/x.y.html\n/blog/2020/08/08/x.y.html</p>\n',
    );
    expect(html('[링크]({% post_url 2020-01-01-alpha %})\n', site)).toBe('<p><a href="/blog/2020/01/01/alpha.html">링크</a></p>\n');
    expect(html('{% post_url 2020-01-01-alpha %}\n', makeSite({ posts: POSTS }))).toBe('<p>/2020/01/01/alpha.html</p>\n');
  });

  it("falls back to the slug and day, with Jekyll's deprecation warning", () => {
    const deprecation = (name: string) =>
      `Deprecation: A call to '{% post_url ${name} %}' did not match a post using the new matching method of checking name (path-date-slug) equality. Please make sure that you change this tag to match the post's name exactly.`;
    const body = 'dep: {% post_url wrong/2020-02-02-sub-post %}\ndep2: {% post_url 2021-05-05-custom %}\n{% post_url 2020-1-1-alpha %}\n';
    expect(html(body, site)).toBe('<p>dep: /blog/2020/02/02/sub-post.html\ndep2: /blog/2021/05/05/custom.html\n/blog/2020/01/01/alpha.html</p>\n');
    expect(problems(body, site)).toEqual([
      `liquid-post-missing@4:6-4:46 warning: ${deprecation('wrong/2020-02-02-sub-post')}`,
      `liquid-post-missing@5:7-5:39 warning: ${deprecation('2021-05-05-custom')}`,
      `liquid-post-missing@6:1-6:30 warning: ${deprecation('2020-1-1-alpha')}`,
    ]);
  });

  it("reports a post it cannot find, a date it cannot read, and a name it cannot parse (Jekyll's parse stops there)", () => {
    expect(problems('앞 {% post_url 2020-01-01-nope %}\n', site)).toEqual([
      `liquid-post-missing@4:3-4:33 error: Could not find post "2020-01-01-nope" in tag 'post_url'. Make sure the post exists and the name is correct.`,
    ]);
    expect(problems('{% post_url 2020-01-01-alpha extra %}\n', site)).toEqual([
      `liquid-post-missing@4:1-4:38 error: Could not find post "2020-01-01-alpha extra" in tag 'post_url'. Make sure the post exists and the name is correct.`,
    ]);
    expect(problems('{% post_url 2020-13-45-custom %}\n', site)).toEqual([
      "liquid-error@4:1-4:33 error: Invalid date '2020-13-45': '2020-13-45' does not contain valid date and/or title.",
    ]);
    const unparsable = (name: string) =>
      `Could not parse name of post "${name}" in tag 'post_url'. Make sure the post exists and the name is correct. Jekyll::Errors::InvalidPostNameError: '${name}' does not contain valid date and/or title.`;
    expect(problems('{% post_url nope %}\n', site)).toEqual([`liquid-syntax@4:1-4:20 error: ${unparsable('nope')}`]);
    expect(problems('{% post_url %}\n', site)).toEqual([`liquid-syntax@4:1-4:15 error: ${unparsable('')}`]);
    expect(problems('{% post_url {{ x }} %}\n', site)).toEqual([`liquid-syntax@4:1-4:23 error: ${unparsable('{{ x }}')}`]);
    expect(html('{% post_url nope %}\n', site)).toBe('<p>{% post_url nope %}</p>\n');
  });
});

describe('link', () => {
  const site = makeSite(
    {
      posts: POSTS,
      files: {
        'about.md': '---\ntitle: About\n---\nabout\n',
        'docs/page.md': '---\npermalink: /custom-page/\n---\nx\n',
        'docs/index.md': '---\n---\nidx\n',
        'assets/logo.png': null,
        'notes.txt': 'plain',
        'feed.xml': '---\n---\nfeed',
        '_drafts/draft.md': '---\ntitle: dr\n---\n',
        'node_modules/x.js': 'x',
      },
    },
    { baseurl: '/blog/' },
  );

  it("gives the URL, with baseurl, of the post, page or static file at the path (the path's Liquid rendered)", () => {
    const paths = [
      '_posts/2020-01-01-alpha.md',
      '_posts/sub/2020-02-02-sub-post.md',
      'about.md',
      'docs/page.md',
      'docs/index.md',
      'assets/logo.png',
      '/assets/logo.png',
      'notes.txt',
      'feed.xml',
      '{{ p }}',
      '_posts/2020-04-04-한글-제목.md',
      'blog/_posts/2020-06-06-in-blog.md',
    ];
    expect(html(`{% assign p = "about.md" %}${paths.map((p) => `{% link ${p} %}`).join('\n')}\n`, site)).toBe(
      '<p>/blog/2020/01/01/alpha.html\n/blog/2020/02/02/sub-post.html\n/blog/about.html\n/blog/custom-page/\n/blog/docs/\n/blog/assets/logo.png\n/blog/assets/logo.png\n/blog/notes.txt\n/blog/feed.xml\n/blog/about.html\n/blog/2020/04/04/%ED%95%9C%EA%B8%80-%EC%A0%9C%EB%AA%A9.html\n/blog/blog/2020/06/06/in-blog.html</p>\n',
    );
    expect(html('[l2]({% link about.md %})\n', makeSite({ files: { 'about.md': '---\n---\n' } }, { permalink: 'pretty' }))).toBe('<p><a href="/about/">l2</a></p>\n');
  });

  it("reports a path that names no file Jekyll writes (a folder Jekyll skips, a post's name without its extension)", () => {
    const missing = (path: string) => `Could not find document '${path}' in tag 'link'. Make sure the document exists and the path is correct.`;
    expect(problems('{% link nope.md %}\n', site)).toEqual([`liquid-post-missing@4:1-4:19 error: ${missing('nope.md')}`]);
    expect(problems('{% link %}\n', site)).toEqual([`liquid-post-missing@4:1-4:11 error: ${missing('')}`]);
    expect(problems('{% link _posts/2020-01-01-alpha %}\n', site)).toEqual([`liquid-post-missing@4:1-4:35 error: ${missing('_posts/2020-01-01-alpha')}`]);
    expect(problems('{% link _drafts/draft.md %}\n', site)).toEqual([`liquid-post-missing@4:1-4:28 error: ${missing('_drafts/draft.md')}`]);
    expect(problems('{% link node_modules/x.js %}\n', site)).toEqual([`liquid-post-missing@4:1-4:29 error: ${missing('node_modules/x.js')}`]);
  });
});

describe('raw', () => {
  const site = makeSite();

  it('writes what it holds as written, Markdown around it converted', () => {
    expect(html('{% raw %}{{ x }} {% if %}{% endraw %}\n', site)).toBe('<p>{{ x }} {% if %}</p>\n');
    expect(html('**bold {% raw %}{{ x }}{% endraw %}** and `{% raw %}{% y %}{% endraw %}`\n', site)).toBe(
      '<p><strong>bold {{ x }}</strong> and <code class="language-plaintext highlighter-rouge">{% y %}</code></p>\n',
    );
    expect(html('{% raw %}\n# {{ heading }}\n\n- {% item %}\n\n```\n{{ code }}\n```\n{% endraw %}\n', site)).toBe(
      '\n<h1 id="-heading-">{{ heading }}</h1>\n\n<ul>\n  <li>{% item %}</li>\n</ul>\n\n<div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>{{ code }}\n</code></pre></div></div>\n\n',
    );
    expect(html('x{%raw%}{{y}}{%endraw%}z{%   raw   %}{{y}}{%   endraw   %}\n', site)).toBe('<p>x{{y}}z{{y}}</p>\n');
    expect(html('{% raw %}a{% endraw x %}b\n', site)).toBe('<p>ab</p>\n');
  });

  it('maps what it holds character by character', () => {
    const article = read('{% raw %}\n## {{ 제목 }} 안내\n{% endraw %}\n', site);
    expect(article.headings.map((h) => [h.text, `${h.position.start.line}:${h.position.start.column}-${h.position.end.line}:${h.position.end.column}`])).toEqual([
      ['{{ 제목 }} 안내', '5:1-5:15'],
    ]);
  });

  it("trims as Ruby Liquid does: `raw -%}` trims after endraw, `endraw -%}` trims nothing, `{%- endraw` does not end it", () => {
    expect(html('a  {%- raw -%}  x  {% endraw %}  b\n', site)).toBe('<p>a  x  b</p>\n');
    expect(html('a  {%- raw %}  x  {% endraw -%}  b\n', site)).toBe('<p>a  x    b</p>\n');
    expect(html('a  {% raw -%}\n  x\n{% endraw %}\n  b\n', site)).toBe('<p>a<br />\n  x\nb</p>\n');
    expect(html('a {% raw %} x {%- endraw %} y {% endraw %} b\n', site)).toBe('<p>a  x {%- endraw %} y  b</p>\n');
  });

  it('stops on arguments and on a raw never closed', () => {
    expect(problems('{% raw x %}a{% endraw %}\n', site)).toEqual(["liquid-syntax@4:1-4:12 error: Liquid syntax error: Syntax Error in 'raw' - Valid syntax: raw"]);
    // liquidjs's tokenizer finds these, before any tag is read: its words, at the text after `{% raw %}`.
    expect(problems('a {% raw %} b\n', site)).toEqual(['liquid-syntax@4:12-5:1 error: Liquid syntax error: raw "{% raw %} b\\n" not closed']);
    expect(html('a {%- raw -%} x {%- endraw -%} b\n', site)).toBe('<p>a {%- raw -%} x {%- endraw -%} b</p>\n');
    expect(problems('a {%- raw -%} x {%- endraw -%} b\n', site).map((p) => p.split(' ')[0])).toEqual(['liquid-syntax@4:14-5:1']);
    expect(problems('a {% endraw %} b\n', site)).toEqual(["liquid-syntax@4:3-4:15 error: Liquid syntax error: Unknown tag 'endraw'"]);
  });
});

describe('comment', () => {
  const site = makeSite();

  it('hides what it holds: nested comments, raw inside, unknown tags', () => {
    expect(html('a{% comment %}x{% comment %}y{% endcomment %}z{% endcomment %}b\n', site)).toBe('<p>ab</p>\n');
    expect(html('a{% comment %}{% raw %}{% endcomment %}{% endraw %}{% endcomment %}b\n', site)).toBe('<p>ab</p>\n');
    expect(html('a{% comment %}{% unknown %}{% else %}{% endif %}{{ x }}{% endcomment %}b\n', site)).toBe('<p>ab</p>\n');
    expect(html('a{% # inline comment %}b{%- comment -%}  c  {%- endcomment -%}  d\n', site)).toBe('<p>abd</p>\n');
    expect(html('a\n\n{% comment %}\nhidden\n{% endcomment %}\n\nb\n', site)).toBe('<p>a</p>\n\n<p>b</p>\n');
    expect(html('a{% comment %}{% highlight ruby %}x{% endhighlight %}{% for i in (1..3) %}{% endfor %}{% endcomment %}b\n', site)).toBe('<p>ab</p>\n');
  });

  it('parses the known tags it holds, as Ruby Liquid does: their syntax errors stop Jekyll', () => {
    expect(problems('{% comment %}{% highlight %}{% endcomment %}\n', site)).toEqual([
      "liquid-syntax@4:14-4:29 error: Syntax Error in tag 'highlight' while parsing the following markup: Valid syntax: highlight <lang> [linenos]",
    ]);
    expect(problems('{% comment %}{% include a b %}{% endcomment %}\n', site)).toEqual([
      "liquid-syntax@4:14-4:31 error: Invalid syntax for include tag: b Valid syntax: {% include file.ext param='value' param2='value' %}",
    ]);
    expect(problems('{% comment %}{% if x %}{% endcomment %}\n', site).map((p) => p.split(' ')[0])).toEqual(['liquid-syntax@4:24-4:40']);
    expect(problems('{% comment %} never closed\n', site)).toEqual(["liquid-syntax@4:1-4:14 error: Liquid syntax error: 'comment' tag was never closed"]);
  });
});

describe("liquidjs's tags that Ruby Liquid lacks", () => {
  it('reads {% layout %} and {% block %} as unknown tags, as Jekyll does', () => {
    const messages = (source: string): string[] => parseArticle(source).problems.map((p) => `${p.ruleId} ${p.line}:${p.column} ${p.message}`);
    expect(messages('{% layout "x" %}\n')).toEqual(["liquid-syntax 1:1 Liquid syntax error: Unknown tag 'layout'"]);
    expect(messages('{% block a %}b{% endblock %}\n')).toEqual(["liquid-syntax 1:1 Liquid syntax error: Unknown tag 'block'"]);
  });
});
