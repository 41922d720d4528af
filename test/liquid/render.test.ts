import { describe, expect, it } from 'vitest';
import { createJekyllSite, type Position, parseArticle } from '../../src/index.ts';

// Liquid runs before kramdown, as in Jekyll; every position still points at what was written.
const FM = '---\ntitle: 리퀴드 시험\n---\n\n';
const at = (p: { start: { line: number; column: number }; end: { line: number; column: number } }): string =>
  `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`;
const problems = (source: string) => parseArticle(source).problems.map((p) => `${p.ruleId}@${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.message}`);

describe('positions through Liquid', () => {
  it("maps the post's own text character by character, and what an output printed to the output", () => {
    const article = parseArticle(`${FM}## {{ page.title }} 안내\n\n[링크]({{ site.url }}/a) 뒤 글\n`, { site: createJekyllSite({ url: 'https://example.com' }) });
    expect(article.headings.map((h) => [h.text, h.id, at(h.position)])).toEqual([['리퀴드 시험 안내', '리퀴드-시험-안내', '5:1-5:23']]);
    expect(article.links.map((l) => [l.href, l.text, at(l.position)])).toEqual([['https://example.com/a', '링크', '7:1-7:23']]);
    expect(article.paragraphs.map((p) => [p.text, at(p.position)])).toEqual([['링크 뒤 글', '7:1-7:27']]);
  });

  it('renders loops and assignments, the repeated text mapped to where it is written', () => {
    const article = parseArticle(`${FM}{% assign n = 2 %}{% for i in (1..n) %}\n- 항목 {{ i }}\n{% endfor %}\n`);
    expect(article.lists.map((l) => l.items.map((i) => [i.text, at(i.position)]))).toEqual([[['항목 1', '6:1-6:13'], ['항목 2', '6:1-6:13']]]);
  });

  it('places what an include wrote at the tag, and says where in the include it is', () => {
    const site = createJekyllSite(
      {},
      { includes: { 'box.html': '## 알림 {{ include.t }}\n', 'intro.md': '글머리\n\n### 소제목\n\n[더 보기](/more) 끝\n' } },
    );
    const article = parseArticle(`${FM}앞 글\n\n{% include intro.md %}\n\n{% include box.html t="하나" %}\n`, { site });
    const where = (p: Position): string => `${at(p)} ${p.include ? `${p.include.path} ${at(p.include)} @${p.include.start.offset}` : 'post'}`;
    expect(article.headings.map((h) => [h.text, where(h.position)])).toEqual([
      ['소제목', '7:1-7:23 _includes/intro.md 3:1-3:8 @5'],
      // The output `{{ include.t }}` wrote its end: the heading ends where it ends in the include.
      ['알림 하나', '9:1-9:30 _includes/box.html 1:1-1:22 @0'],
    ]);
    expect(article.links.map((l) => [l.href, where(l.position)])).toEqual([['/more', '7:1-7:23 _includes/intro.md 5:1-5:14 @14']]);
    expect(article.paragraphs.map((p) => [p.text, where(p.position)])).toEqual([
      ['앞 글', '5:1-5:4 post'],
      ['글머리', '7:1-7:23 _includes/intro.md 1:1-1:4 @0'],
      ['더 보기 끝', '7:1-7:23 _includes/intro.md 5:1-5:16 @14'],
    ]);
    expect(article.toc.map((e) => [e.text, e.position.include?.path])).toEqual([['소제목', '_includes/intro.md'], ['알림 하나', '_includes/box.html']]);
  });

  it('says which include a nested include is, at the post\'s outermost tag', () => {
    const site = createJekyllSite({}, { includes: { 'outer.html': '바깥\n{% include inner.md %}', 'inner.md': '\n## 안쪽 제목\n' } });
    const article = parseArticle(`${FM}{% include outer.html %}\n`, { site });
    expect(article.headings.map((h) => [h.text, at(h.position), h.position.include?.path, h.position.include && at(h.position.include)])).toEqual([
      ['안쪽 제목', '5:1-5:25', '_includes/inner.md', '2:1-2:9'],
    ]);
  });

  it('reads nothing as Liquid with render_with_liquid: false', () => {
    const article = parseArticle('---\ntitle: 그대로\nrender_with_liquid: false\n---\n\n{{ page.title }}\n');
    expect(article.text).toBe('{{ page.title }}');
  });
});

describe('Liquid problems, where Jekyll would stop', () => {
  it("reports an unclosed tag in Ruby Liquid's words, and reads the body as written", () => {
    expect(problems(`${FM}글 {% if true %} 끝\n`)).toEqual(["liquid-syntax@5:3-5:16 Liquid syntax error: 'if' tag was never closed"]);
    expect(parseArticle(`${FM}글 {% if true %} 끝\n`).text).toBe('글 {% if true %} 끝');
  });

  it('reports an unknown tag and an unclosed output', () => {
    expect(problems(`${FM}글 {% nosuch %} 끝\n`)).toEqual(["liquid-syntax@5:3-5:15 Liquid syntax error: Unknown tag 'nosuch'"]);
    expect(problems(`${FM}글 {{ page.title 끝\n`)).toEqual(["liquid-syntax@5:3-6:1 Liquid syntax error: Variable '{{' was not properly terminated with regexp: /\\}\\}/"]);
  });
});

describe('bounds', () => {
  it('stops a loop over a huge range at the loop, with a problem', () => {
    const source = `${FM}앞\n\n{% for i in (1..100000000) %}x{% endfor %}\n\n뒤\n`;
    expect(problems(source)).toEqual([
      'liquid-limit@7:1-7:30 Liquid needs more memory than a post can (a loop over a huge range, a string doubled many times?): the body is read without Liquid',
    ]);
  });

  it('stops a string doubled 30 times', () => {
    const source = `${FM}{% assign s = "aaaaaaaaaa" %}{% for i in (1..30) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}\n`;
    expect(problems(source).map((p) => p.split(' ')[0])).toEqual(['liquid-limit@5:52-5:82']);
  });

  it('stops 5,000 nested tags at the first, instead of overflowing the stack', () => {
    const source = `${FM}${'{% if true %}'.repeat(5000)}x${'{% endif %}'.repeat(5000)}\n`;
    expect(problems(source).map((p) => p.split(' ')[0])).toEqual(['liquid-too-deep@5:1-5:3']);
  });
});

describe('highlight: the built-in tokens, a hook, or none', () => {
  const post = `${FM}{% highlight ruby %}\nputs 1\n{% endhighlight %}\n\n\`\`\`ruby\nputs 2\n\`\`\`\n`;
  it("writes Rouge's tokens by default, in {% highlight %} and in kramdown's code alike", () => {
    const { html } = parseArticle(post);
    expect(html).toContain('<code class="language-ruby" data-lang="ruby"><span class="nb">puts</span> <span class="mi">1</span></code>');
    expect(html).toContain('<pre class="highlight"><code><span class="nb">puts</span> <span class="mi">2</span>\n</code></pre>');
  });

  it('writes none with highlight: false, and a hook\'s markup where it gives one', () => {
    const plain = parseArticle(post, { highlight: false }).html;
    expect(plain).toContain('<code class="language-ruby" data-lang="ruby">puts 1</code>');
    expect(plain).toContain('<pre class="highlight"><code>puts 2\n</code></pre>');
    const hooked = parseArticle(post, { highlight: (code, lang) => (code.includes('1') ? `<b>${lang}</b>` : undefined) }).html;
    expect(hooked).toContain('<code class="language-ruby" data-lang="ruby"><b>ruby</b></code>');
    expect(hooked).toContain('<pre class="highlight"><code><span class="nb">puts</span> <span class="mi">2</span>\n</code></pre>');
  });
});
