import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.ts';
import { work } from '../../src/kramdown/work.ts';

// Linear on every construct, proved by counting the parser's work (src/kramdown/work.ts) on an
// input and on one made with eight times as many repetitions: never by timing it. An exponent of 1 is linear, 2 square.
const MAX_EXPONENT = 1.2;

/** Rouge's token markup, which article-kit leaves to a highlighter: removed on both sides. */
const unRouge = (html: string): string => html.replace(/<pre class="highlight">[\s\S]*?<\/pre>/g, (pre) => pre.replace(/<\/?span\b[^>]*>/g, ''));

function workOf(source: string): number {
  const before = work.count;
  parseArticle(source);
  return work.count - before;
}

/** How the work grows with the input's length, from `make(n)` to `make(8n)`: log(work ratio) / log(length ratio). */
function growth(make: (n: number) => string, n: number): number {
  const small = make(n);
  const large = make(8 * n);
  return Math.log(workOf(large) / workOf(small)) / Math.log(large.length / small.length);
}

describe('line and paragraph separators (U+2028, U+2029)', () => {
  it('leave a paragraph of them one paragraph, its text as long as the input', () => {
    const body = 'a\u2028b '.repeat(2000);
    const article = parseArticle(body);
    expect(article.html).toBe(`<p>${body.slice(0, -1)}</p>\n`);
    expect(article.text).toBe(body.slice(0, -1));
    expect(article.blocks).toHaveLength(1);
    expect(growth((n) => 'a\u2028b '.repeat(n), 500)).toBeLessThanOrEqual(MAX_EXPONENT);
  });

  it('are no line ends: one per line of 210 paragraphs leaves 210 paragraphs', () => {
    const body = Array.from({ length: 210 }, (_, i) => `Paragraph ${i}\u2028 of text.\n`).join('\n');
    const article = parseArticle(body);
    expect(article.blocks.map((b) => b.type)).toEqual(Array(210).fill('paragraph'));
    expect(article.blocks[209]).toMatchObject({ text: 'Paragraph 209\u2028 of text.', position: { start: { line: 419, column: 1 }, end: { line: 419, column: 24 } } });
  });
});

// Each case's expected HTML is Jekyll 4.3.1's rendering of it.
describe('super-linear constructs of issue 15', () => {
  it('CODE_ELEMENT: a table row of `|` and unclosed `<code>`', () => {
    const make = (n: number): string => `| a | b |\n|---|---|\n| ${'<code>x | '.repeat(n)}|\n`;
    expect(growth(make, 500)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(parseArticle(make(2)).html).toBe(
      '<table>\n  <thead>\n    <tr>\n      <th>a</th>\n      <th>b</th>\n      <th>\u00a0</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td><code>x</code></td>\n      <td><code>x</code></td>\n      <td>\u00a0</td>\n    </tr>\n  </tbody>\n</table>\n',
    );
  });
  it('code spans: ever shorter backtick runs, none closed', () => {
    const make = (n: number): string => Array.from({ length: n }, (_, i) => `${'`'.repeat(n - i)}a `).join('') + '\n';
    expect(growth(make, 100)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(parseArticle(make(4)).html).toBe("<p>````a ```a ``a `a</p>\n");
  });

  it('inline link titles that never close: `[a](b "` and `[a](b \'` repeated', () => {
    expect(growth((n) => `${'[a](b "'.repeat(n)}\n`, 500)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(growth((n) => `${"[a](b '".repeat(n)}\n`, 500)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(parseArticle(`${'[a](b "'.repeat(3)}\n`).html).toBe("<p>[a](b \u201c[a](b \u201c[a](b \u201c</p>\n");
    expect(parseArticle(`${"[a](b '".repeat(3)}\n`).html).toBe("<p>[a](b \u2018[a](b \u2018[a](b \u2018</p>\n");
    expect(parseArticle('[a](b "t"  \n )\n').html).toBe("<p><a href=\"b\" title=\"t\">a</a></p>\n");
  });

  it('autolinks that never close: `<http:` repeated', () => {
    expect(growth((n) => `${'<http:'.repeat(n)}\n`, 500)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(parseArticle(`${'<http:'.repeat(3)}\n`).html).toBe("<p>&lt;http:&lt;http:&lt;http:</p>\n");
    expect(parseArticle('<http:a\n>\n').html).toBe("<http:a>\n</http:a>\n");
  });

  it('code fences: ever shorter unclosed openers, and openers with an info string', () => {
    const shorter = (n: number): string => Array.from({ length: n - 2 }, (_, i) => `${'`'.repeat(n - i)}\n\n`).join('');
    expect(growth(shorter, 60)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(growth((n) => '```ruby\nx\n\n'.repeat(n), 300)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(growth((n) => '~~~ a\n'.repeat(n), 300)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(parseArticle(shorter(6)).html).toBe("<pre><code class=\"language-`\">\n</code></pre>\n\n<pre><code class=\"language-`\">\n</code></pre>\n\n");
    expect(parseArticle('```ruby\nx\n\n'.repeat(3)).html).toBe("<p>```ruby\nx</p>\n\n<p>```ruby\nx</p>\n\n<p>```ruby\nx</p>\n\n");
    expect(parseArticle('~~~ a\n'.repeat(3)).html).toBe("<p>~~~ a\n~~~ a\n~~~ a</p>\n");
  });

  it('list items whose first line is spaces or spaces and tabs (ITEM_IAL_CHECK, tab expansion)', () => {
    expect(growth((n) => `* ${' '.repeat(n)}x\n`, 2000)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(growth((n) => `* ${' \t'.repeat(n)}x\n`, 2000)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(parseArticle(`* ${' '.repeat(5)}x\n`).html).toBe("<ul>\n  <li>x</li>\n</ul>\n");
    expect(parseArticle(`* ${' \t'.repeat(3)}x\n`).html).toBe("<ul>\n  <li>x</li>\n</ul>\n");
    expect(parseArticle(`* ${' '.repeat(5)}\n`).html).toBe("<ul>\n  <li></li>\n</ul>\n");
  });
  it('unclosed start tags with many attributes, in a block and in a paragraph', () => {
    expect(growth((n) => `<a ${'b="c" '.repeat(n)}\n`, 500)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(growth((n) => `<div ${'b="c" '.repeat(50)}\n`.repeat(n), 50)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(growth((n) => `x <span ${'b="c" '.repeat(50)}\n`.repeat(n), 50)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(growth((n) => `x <a ${'b="'.repeat(n)}\n`, 500)).toBeLessThanOrEqual(MAX_EXPONENT);
    expect(parseArticle(`<a ${'b="c" '.repeat(3)}\n`).html).toBe("<p>&lt;a b=”c” b=”c” b=”c”</p>\n");
    expect(parseArticle(`<div ${'b="c" '.repeat(3)}\n\nx\n`).html).toBe("<p>&lt;div b=”c” b=”c” b=”c”</p>\n\n<p>x</p>\n");
    expect(parseArticle(`x <span ${'b="c" '.repeat(3)}\n`).html).toBe("<p>x &lt;span b=”c” b=”c” b=”c”</p>\n");
    expect(parseArticle(`x <a ${'b="'.repeat(3)}\n`).html).toBe("<p>x &lt;a b=”b=”b=”</p>\n");
  });
});

describe('code fences that no line closes whole', () => {
  // kramdown-parser-gfm's pattern backtracks into the opening run: a shorter run opens, and the
  // rest of the run begins the info string. Jekyll 4.3.1's HTML.
  it.each([
    ["````\ncode\n```\n", "<pre><code class=\"language-`\">code\n</code></pre>\n"],
    ["~~`\nx\n~~``\n", "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>x\n</code></pre></div></div>\n"],
    ["````ruby\nx\n```\n", "<pre><code class=\"language-`ruby\">x\n</code></pre>\n"],
    ["````a b\nx\n```\n", "<p>````a b\nx\n```</p>\n"],
    ["```ruby\u000b\nx\n```\n", "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code><span class=\"n\">x</span>\n</code></pre></div></div>\n"],
    ["`~~~\nx\n~~~\n", "<p>`~~~\nx\n~~~</p>\n"],
    ["~~~~?x\nx\n~~~\n", "<pre><code class=\"language-~\">x\n</code></pre>\n"],
  ])('%j', (body, jekyll) => {
    expect(unRouge(parseArticle(body).html)).toBe(unRouge(jekyll));
  });
});
