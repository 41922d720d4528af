import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.ts';

// Inputs that break other parsers. Each must come back as an Article, problems reported, no throw.
// (Speed is measured by the benchmark, not here.)
describe('hostile input', () => {
  it('survives 50k nested <b> inside a paragraph', () => {
    const article = parseArticle(`앞 ${'<b>'.repeat(50_000)}끝`);
    expect(article.paragraphs).toHaveLength(1);
    expect(article.text.trim()).toBe('앞 끝');
  });

  it('survives 100k nested <div> and says it flattened them', () => {
    const article = parseArticle(`${'<div>'.repeat(100_000)}깊은 글${'</div>'.repeat(100_000)}\n`);
    expect(article.text.trim()).toBe('깊은 글');
    // The first div past MAX_ELEMENT_DEPTH (document, html and body count too) is the 254th.
    expect(article.problems).toEqual([expect.objectContaining({ ruleId: 'nesting-too-deep', severity: 'warning', line: 1, column: 253 * 5 + 1 })]);
  });

  it('reads 50k nested blockquotes down to the cap and keeps the text', () => {
    const article = parseArticle(`${'> '.repeat(50_000)}인용\n`);
    expect(article.text).toContain('인용');
    expect(article.problems.map((p) => p.ruleId)).toEqual(['nesting-too-deep']);
  });

  it('gives up on runaway retries with a positioned warning, keeping every character', () => {
    const source = `${'['.repeat(50_000)}${']('.repeat(50_000)}`;
    const article = parseArticle(source);
    expect(article.problems).toEqual([expect.objectContaining({ ruleId: 'kramdown-approximated', severity: 'warning', line: 1 })]);
    expect(article.text.replace(/\s/g, '')).toBe(source);
  });

  it('reads a 60k-digit phone number and a 50k-character address as text', () => {
    const article = parseArticle(`문의\n\n- 전화 : ${'1'.repeat(60_000)}\n- 이메일 : ${'a'.repeat(50_000)}@\n`);
    expect(article.lists[0]?.items).toHaveLength(2);
    expect(article.tipLines.flatMap((t) => t.channels)).toEqual([]);
  });

  it('keeps NUL, control characters and lone surrogates', () => {
    const article = parseArticle('가\u0000나\u0001다\ud800라\n');
    // An HTML parser drops NUL from text, as browsers do; `body` keeps it.
    expect(article.paragraphs.map((p) => p.text)).toEqual(['가나\u0001다\ud800라']);
    expect(article.body).toBe('가\u0000나\u0001다\ud800라\n');
  });

  it('counts lines in a CR-only file', () => {
    const article = parseArticle('---\rtitle: 맥 줄바꿈\r---\r\r## 제목\r\r본문\r');
    // No front matter for Jekyll without an LF (Ruby's `$`): kramdown publishes `<hr />` and `<p>title: 맥 줄바꿈\n—</p>`.
    expect(article.frontMatter.title).toBeUndefined();
    expect(article.headings.map((h) => [h.text, h.position.start.line])).toEqual([['제목', 5]]);
  });
});
