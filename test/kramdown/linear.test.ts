import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.ts';
import { work } from '../../src/kramdown/work.ts';

// Linear on every construct, proved by counting the parser's work (src/kramdown/work.ts) on an
// input and on one eight times as long: never by timing it. An exponent of 1 is linear, 2 square.
const MAX_EXPONENT = 1.2;

function workOf(source: string): number {
  const before = work.count;
  parseArticle(source);
  return work.count - before;
}

/** log₈ of the work on `make(8n)` over the work on `make(n)`. */
function growth(make: (n: number) => string, n: number): number {
  return Math.log(workOf(make(8 * n)) / workOf(make(n))) / Math.log(8);
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
});
