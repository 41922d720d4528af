import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PORTED_LEXERS, rougeTokenHtml } from '../../src/kramdown/highlight/rouge/index.ts';
import { root } from '../helpers.ts';

// fixtures/rouge/<tag>.json: every code block Jekyll 4.3.1 hands to Rouge 3.30 when it builds the
// shared sites (../shared/corpus, ../shared/sites/*: `{% highlight %}`, kramdown's fenced and
// indented blocks, code spans), and the inputs in fixtures/rouge/extra/<tag>/, each with what
// Rouge's HTML formatter makes of its tokens. Regenerate (needs Debian's jekyll and ruby-rouge):
// `ruby scripts/rouge-expectations.rb`.
const dir = `${root}fixtures/rouge/`;
const tags = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

interface Case {
  source: string;
  code: string;
  html: string;
}

describe('fixtures/rouge', () => {
  it('has a port for every lexer the shared sites use', () => {
    expect(tags.filter((tag) => !PORTED_LEXERS.includes(tag))).toEqual([]);
  });

  describe.each(tags)('%s', (tag) => {
    const cases = JSON.parse(readFileSync(`${dir}${tag}.json`, 'utf8')) as Case[];

    it(`gives Rouge's token HTML for all ${cases.length} blocks`, () => {
      const differing = cases.filter((c) => rougeTokenHtml(c.code, tag) !== c.html);
      // On a difference, the first differing block's output against Rouge's.
      if (differing.length > 0) expect({ source: differing[0]!.source, html: rougeTokenHtml(differing[0]!.code, tag) }).toEqual({ source: differing[0]!.source, html: differing[0]!.html });
      expect(differing.map((c) => c.source)).toEqual([]);
    });
  });
});
