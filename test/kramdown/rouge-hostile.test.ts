import { describe, expect, it } from 'vitest';
import { rougeTokenHtml } from '../../src/kramdown/highlight/rouge/index.ts';
import { HOSTILE } from './rouge-hostile-inputs.ts';

// Inputs on which Rouge's own regexes backtrack exponentially (a quoted string of backslashes) or
// read a run again from each of its characters (quadratic). Here: the port lexes each at 40k
// characters and loses nothing. How its time grows is `npm run bench:rouge`'s business
// (scripts/rouge-growth.ts), not a test's.


const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const unescape = (html: string): string => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('rougeTokenHtml on hostile input', () => {
  it.each(HOSTILE)('lexes %s %j × 40k and keeps every character', (tag, unit) => {
    const code = repeat(unit, 40_000);
    const html = rougeTokenHtml(code, tag);
    expect(html === undefined ? code : unescape(html)).toBe(code);
  });
});
