import { describe, expect, it } from 'vitest';
import { frontMatterDefaults } from '../../src/jekyll/front-matter-defaults.ts';
import { readPost } from '../../src/jekyll/post.ts';
import { collectPosts } from '../../src/jekyll/site-posts.ts';
import { createJekyllSite } from '../../src/jekyll/site.ts';
import { RubyTime, rubyTimeToS } from '../../src/ruby/ruby-time.ts';

// The expectations are Jekyll 4.3.1's own `post.data` (dumped by a plugin) for the same files.
const DEFAULTS = [
  { scope: { path: '' }, values: { layout: 'default', author: 'site' } },
  { scope: { path: '_posts', type: 'posts' }, values: { author: 'posts-scope', categories: ['fromdefault'] } },
  { scope: { path: 'blog' }, values: { author: 'blog-scope' } },
  { scope: { path: '_posts/sub/*' }, values: { globbed: true } },
];
const site = createJekyllSite({ timezone: 'Asia/Seoul', defaults: DEFAULTS });
const data = (path: string, frontMatter: Record<string, unknown>) => {
  const { post } = readPost(site, { path, data: frontMatter });
  const { date, ...rest } = post.data;
  return { date: rubyTimeToS(date as Date), ...rest };
};

describe('frontMatterDefaults (FrontmatterDefaults#all)', () => {
  it('merges the scopes that hold a path, the more specific last', () => {
    expect(frontMatterDefaults(DEFAULTS, '_posts/sub/2024-06-16-in-sub.md', 'posts')).toEqual({ layout: 'default', author: 'posts-scope', categories: ['fromdefault'], globbed: true });
    expect(frontMatterDefaults(DEFAULTS, 'blog/tech/_posts/2024-06-17-nested.md', 'posts')).toEqual({ layout: 'default', author: 'blog-scope' });
    expect(frontMatterDefaults([...DEFAULTS].reverse(), '_posts/x.md', 'posts')).toEqual({ categories: ['fromdefault'], author: 'posts-scope', layout: 'default' });
  });

  it('renames Jekyll 3 types, and does not sanitise the scope path', () => {
    const sets = [{ values: { noscope: 1 } }, { scope: { type: 'post' }, values: { old_type: true } }, { scope: { path: '/_posts' }, values: { leading_slash: 1 } }];
    expect(frontMatterDefaults(sets, '_posts/2024-01-01-x.md', 'posts')).toEqual({ noscope: 1, old_type: true });
  });

  it('reports an entry Jekyll skips, and one it fails on', () => {
    const problems: unknown[] = [];
    frontMatterDefaults([{ values: 'no' }, { scope: { path: '' }, values: { a: 1 } }, { values: { b: 2 } }], '_posts/x.md', 'posts', { report: (p) => problems.push(p.ruleId) });
    expect(problems).toEqual(['jekyll-defaults-invalid', 'jekyll-defaults-invalid']);
  });
});

describe('readPost (Document#read)', () => {
  it('gives the data Jekyll holds', () => {
    expect(data('_posts/2024-06-13-no-title-here.md', { tags: 'a b' })).toEqual({
      date: '2024-06-13 00:00:00 +0900',
      draft: false,
      categories: ['fromdefault'],
      layout: 'default',
      author: 'posts-scope',
      tags: ['a', 'b'],
      title: 'No Title Here',
      slug: 'no-title-here',
      ext: '.md',
    });
    const inSub = data('_posts/sub/2024-06-16-in-sub.md', { category: 'Single Cat' });
    expect(inSub).toEqual({
      date: '2024-06-16 00:00:00 +0900',
      draft: false,
      categories: ['fromdefault', 'Single Cat'],
      layout: 'default',
      author: 'posts-scope',
      globbed: true,
      category: 'Single Cat',
      title: 'In Sub',
      slug: 'in-sub',
      ext: '.md',
      tags: [],
    });
    expect(Object.keys(inSub)).toEqual(['date', 'draft', 'categories', 'layout', 'author', 'globbed', 'category', 'title', 'slug', 'ext', 'tags']);
    expect(data('blog/tech/_posts/2024-06-17-nested.md', { categories: ['Extra', 'C Sharp#'] })).toMatchObject({
      categories: ['blog', 'tech', 'Extra', 'C Sharp#'],
      author: 'blog-scope',
    });
  });

  it('keeps Jekyll quirks: a number category beside its string, an empty title, nested tags flattened', () => {
    const plain = createJekyllSite({});
    expect(readPost(plain, { path: '_posts/2024-01-01-numeric-cats.md', data: { categories: [2024, '2024', 'b'] } }).post.data['categories']).toEqual([2024, '2024', 'b']);
    const x = readPost(plain, { path: '_posts/2024-01-04-x.md', data: { title: '', tags: [1, [2, 3], null] } }).post.data;
    expect([x['title'], x['tags']]).toEqual(['', [1, 2, 3]]);
  });

  it('reads a post whose front matter failed without it, dated by the site', () => {
    const time = new RubyTime(Date.UTC(2026, 11, 1, 22, 24, 48), 0);
    const failed = createJekyllSite({ permalink: 'ordinal' });
    failed.time = time;
    const { post } = readPost(failed, { path: '_posts/2024-01-02-yaml-error.md', data: {}, frontMatterFailed: true });
    expect([post.url, post.id, post.data]).toEqual(['/2026/335/2024-01-02-yaml-error.html', '/2026/335/2024-01-02-yaml-error', { draft: false, categories: [], date: time }]);
  });

  it("cuts Jekyll's excerpt at the separator, with the link definitions it uses", () => {
    const { post } = readPost(createJekyllSite({}), { path: '_posts/2024-01-01-e.md', data: {}, content: 'See [x][1] {% if a %}in\n\n{% endif %}\n\n[1]: https://example.com\n[2]: https://example.org\n' });
    expect(post.excerpt).toBe('See [x][1] {% if a %}in\n{% endif %}\n\n[1]: https://example.com');
  });

  it('cuts excerpts of hostile text in linear time', () => {
    const { post } = readPost(createJekyllSite({}), { path: '_posts/2024-01-01-h.md', data: {}, content: `${'{% if a '.repeat(50_000)}\n\n${'[a\n'.repeat(50_000)}` });
    expect(post.excerpt?.length).toBe(400_000);
  });

  it('reports a date Jekyll stops on', () => {
    expect(readPost(createJekyllSite({}), { path: '_posts/2024-01-01-d.md', data: { date: 'soon' } }).problems).toEqual([
      expect.objectContaining({ ruleId: 'jekyll-date-invalid', severity: 'error', file: '_posts/2024-01-01-d.md' }),
    ]);
  });
});

describe('collectPosts', () => {
  it("publishes as Jekyll's Publisher does, oldest first, and keeps the newest `limit_posts`", () => {
    const posts = collectPosts(createJekyllSite({ limit_posts: 2 }), [
      { path: '_posts/2024-01-03-c.md', source: '---\npublished: "false"\n---\n' },
      { path: '_posts/2024-01-01-a.md', source: 'no front matter\n' },
      { path: '_posts/2024-01-02-b.md', source: '---\npublished: false\n---\n' },
      { path: '_posts/2999-01-01-future.md', source: '' },
      { path: '_posts/2024-01-04-d.md', source: '---\ndate: 2023-12-31\n---\n' },
    ]).posts;
    expect(posts.map((p) => p.path)).toEqual(['_posts/2024-01-01-a.md', '_posts/2024-01-03-c.md']);
  });
});
