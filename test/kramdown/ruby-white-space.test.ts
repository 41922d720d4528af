import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.ts';
import { rubyRegExp, rubySource } from '../../src/ruby/regex.ts';

// Ruby's `.` stops only at `\n`, its `\s` is ASCII and its `^`/`$` anchor only at `\n`: U+2028,
// U+2029, U+00A0, U+3000, U+FEFF and U+0085 are ordinary characters to kramdown. Each case of
// ruby-white-space.json holds a body and Jekyll 4.3.1's rendering of it (a post with empty
// front matter, fixtures/_config.yml).
const cases = JSON.parse(readFileSync(new URL('ruby-white-space.json', import.meta.url), 'utf8')) as Array<{ markdown: string; jekyll: string }>;

/** Rouge's token markup, which article-kit leaves to a highlighter: removed on both sides. */
const unRouge = (html: string): string => html.replace(/<pre class="highlight">[\s\S]*?<\/pre>/g, (pre) => pre.replace(/<\/?span\b[^>]*>/g, ''));

describe('rubySource', () => {
  it('spells Ruby meanings of ., \\s, \\S, ^ and $', () => {
    expect(rubySource('^a.b$')).toBe('(?<![^\\n])a[^\\n]b(?![^\\n])');
    expect(rubySource('\\s+\\S')).toBe('[ \\t\\n\\v\\f\\r]+[^ \\t\\n\\v\\f\\r]');
    expect(rubySource('[^\\s>]+')).toBe('[^ \\t\\n\\v\\f\\r>]+');
    expect(rubySource('[\\s\\S]*?[.^$]\\.')).toBe('[\\s\\S]*?[.^$]\\.');
    expect(() => rubySource('[\\S-]')).toThrow(/inside a class/);
    expect(() => rubyRegExp('^a', 'm')).toThrow(/no m flag/);
  });

  it('matches as Ruby does around U+2028 and U+00A0', () => {
    expect(rubyRegExp('^b.c$', 'g').exec('a\u2028b\u2028c\nb\u2028c')?.index).toBe(6);
    expect(rubyRegExp('a\\sb').test('a\u00a0b')).toBe(false);
    expect(rubyRegExp('a\\Sb').test('a\u3000b')).toBe(true);
  });
});

describe.each(cases.map((c, i) => [i, JSON.stringify(c.markdown), c] as const))('case %i %s', (_, __, { markdown, jekyll }) => {
  it("publishes Jekyll's HTML", () => {
    expect(unRouge(parseArticle(`---\n---\n${markdown}`).html)).toBe(unRouge(jekyll));
  });
});
