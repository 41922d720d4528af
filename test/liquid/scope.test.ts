import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.ts';
import { scopeOf } from '../../src/liquid/scope.ts';
import { loadJekyllSite } from '../../src/node/index.ts';
import { RubyTime, zoneOffset } from '../../src/ruby/ruby-time.ts';

const base = mkdtempSync(path.join(tmpdir(), 'article-kit-scope-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const PROBE = "<div>\nEXC[{{ page.excerpt }}]\nCATS{% for c in site.categories %}[{{ c[0] }}:{% for p in c[1] %}{{ p.title }},{% endfor %}]{% endfor %}\nTAGS{% for c in site.tags %}[{{ c[0] }}:{{ c[1].size }}]{% endfor %}\nNEXT[{{ page.next.title }}|{{ page.next.content | size }}|{{ page.previous.title }}|{{ page.previous.content }}]\n{% include nav/menu.html x=\"y\" %}\n{{ page.url }}|{{ page.id }}|{{ page.path }}|{{ page.name }}|{{ page.collection }}|{{ site.posts.size }}|{{ site.related_posts.size }}|{{ site.collections.first.label }}|{{ site.documents.size }}\n</div>";
const post = (frontMatter: string): string => `---\n${frontMatter}\n---\n\nFirst *para* {{ page.title }}.\n\n${PROBE}\n\nSecond paragraph.\n`;
const FILES: Record<string, string> = {
  '_config.yml': 'timezone: Europe/London\npermalink: pretty\n',
  '_includes/nav/menu.html': 'Nav {{ include.x }}!',
  '_posts/2024-03-30-before-dst.md': post('title: Before\ncategories: [news]\ntags: [x, y]'),
  '_posts/2024-03-31-dst-day.md': post('title: DST\ndate: 2024-03-31 01:30\ncategories: news misc'),
  '_posts/2024-04-01-after.md': post('title: After\nexcerpt: "Custom excerpt"\ntags: x'),
};
for (const [name, text] of Object.entries(FILES)) {
  mkdirSync(path.dirname(path.join(base, name)), { recursive: true });
  writeFileSync(path.join(base, name), text);
}

describe('site and page as Jekyll\'s drops show them', () => {
  it('renders what Jekyll 4.3.1 renders: the excerpt, categories, tags, neighbours (an older one rendered), includes, URLs', async () => {
    const site = await loadJekyllSite(base);
    const file = '_posts/2024-03-31-dst-day.md';
    // Jekyll's own post.content for this file (render-jekyll.sh).
    const jekyll = "<p>First <em>para</em> DST.</p>\n\n<div>\nEXC[<p>First <em>para</em> DST.</p>\n]\nCATS[news:DST,Before,][misc:DST,]\nTAGS[x:2][y:1]\nNEXT[After|605|Before|<p>First <em>para</em> Before.</p>\n\n<div>\nEXC[<p>First <em>para</em> Before.</p>\n]\nCATS[news:DST,Before,][misc:DST,]\nTAGS[x:2][y:1]\nNEXT[DST|605||]\nNav y!\n/news/2024/03/30/before-dst/|/news/2024/03/30/before-dst|_posts/2024-03-30-before-dst.md|2024-03-30-before-dst.md|posts|3|2|posts|3\n</div>\n\n<p>Second paragraph.</p>\n]\nNav y!\n/news/misc/2024/03/31/dst-day/|/news/misc/2024/03/31/dst-day|_posts/2024-03-31-dst-day.md|2024-03-31-dst-day.md|posts|3|2|posts|3\n</div>\n\n<p>Second paragraph.</p>\n";
    expect(parseArticle(readFileSync(path.join(base, file), 'utf8'), { path: file, site }).html).toBe(jekyll);
  });

  it('dates the page as a RubyTime in the site zone, summer time included', async () => {
    const site = await loadJekyllSite(base);
    const scope = scopeOf(site, { path: '_posts/2024-03-31-dst-day.md', data: { title: 'DST', date: '2024-03-31 01:30' } });
    const page = scope['page'] as Record<string, unknown>;
    const date = page['date'] as RubyTime;
    expect(date).toBeInstanceOf(RubyTime);
    expect([date.toISOString(), date.utcOffset]).toEqual(['2024-03-31T01:30:00.000Z', 3600]);
    expect(page).toMatchObject({ url: '/2024/03/31/dst-day/', id: '/2024/03/31/dst-day', slug: 'dst-day', title: 'DST', categories: [], tags: [], collection: 'posts', path: '_posts/2024-03-31-dst-day.md', relative_path: '_posts/2024-03-31-dst-day.md', name: '2024-03-31-dst-day.md', ext: '.md', draft: false });
    const siteDrop = scope['site'] as Record<string, unknown>;
    const time = siteDrop['time'] as RubyTime;
    expect(time.utcOffset).toBe(zoneOffset('Europe/London', time.getTime()));
    expect(siteDrop).toMatchObject({ timezone: 'Europe/London', permalink: 'pretty', data: {}, pages: [], static_files: [], config: null });
    expect((siteDrop['posts'] as Record<string, unknown>[]).map((p) => p['title'])).toEqual(['After', 'DST', 'Before']);
  });
});
