import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createJekyllSite, parseArticle } from '../src/index.ts';
import { readFixtures } from '../scripts/playground.ts';
import { root } from './helpers.ts';

/** Rouge's token markup, which article-kit leaves to a highlighter: removed on both sides (as in test/fixtures.test.ts). */
const unRouge = (html: string): string =>
  html
    .replace(/<pre class="highlight">[\s\S]*?<\/pre>/g, (pre) => pre.replace(/<\/?span\b[^>]*>/g, ''))
    .replace(/(<code class="[^"]*highlighter-rouge">)([\s\S]*?)<\/code>/g, (_, open: string, code: string) => `${open}${code.replace(/<\/?span\b[^>]*>/g, '')}</code>`);

describe('the playground’s fixtures', async () => {
  const fixtures = await readFixtures();

  it('bundle every fixture post', () => {
    const posts = readdirSync(`${root}fixtures`).filter((name) => existsSync(`${root}fixtures/${name}/post.md`));
    expect(fixtures.map((f) => f.name)).toEqual(posts.sort());
  });

  it('render each fixture as Jekyll published it, with the site the page builds from the bundle', () => {
    // What playground/main.ts does with a fixture, after a trip through JSON as in the bundle.
    const bundled = JSON.parse(JSON.stringify(fixtures)) as typeof fixtures;
    let compared = 0;
    for (const fixture of bundled) {
      const jekyll = `${root}fixtures/${fixture.name}/jekyll.html`;
      if (!existsSync(jekyll)) continue;
      const article = parseArticle(fixture.source, { path: `_posts/2024-01-01-${fixture.name}.md`, site: { ...createJekyllSite(fixture.config), ...fixture.site } });
      expect(unRouge(article.html), fixture.name).toBe(unRouge(readFileSync(jekyll, 'utf8')));
      compared++;
    }
    expect(compared).toBeGreaterThan(35);
  });
});
