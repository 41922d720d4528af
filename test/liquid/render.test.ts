import { describe, expect, it } from 'vitest';
import { createJekyllSite, parseArticle } from '../../src/index.ts';

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
