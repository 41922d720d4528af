import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.ts';
import { createJekyllSite } from '../../src/jekyll/site.ts';
import { defineLazy } from '../../src/util/define-lazy.ts';

describe('defineLazy', () => {
  it('computes once, on the first read, and keeps the key where it was', () => {
    let calls = 0;
    const object: { a: number; b?: string; c: number } = { a: 1, b: undefined, c: 3 };
    defineLazy(object, 'b', () => {
      calls++;
      return 'made';
    });
    expect(calls).toBe(0);
    expect(Object.keys(object)).toEqual(['a', 'b', 'c']);
    expect(object.b).toBe('made');
    expect(object.b).toBe('made');
    expect(calls).toBe(1);
    expect(Object.getOwnPropertyDescriptor(object, 'b')).toEqual({ value: 'made', writable: true, enumerable: true, configurable: true });
    expect(JSON.stringify(object)).toBe('{"a":1,"b":"made","c":3}');
  });

  it('takes a first write instead of computing', () => {
    let calls = 0;
    const object: { b?: string } = { b: undefined };
    defineLazy(object, 'b', () => {
      calls++;
      return 'made';
    });
    object.b = 'written';
    expect(object.b).toBe('written');
    expect(calls).toBe(0);
  });

  it('removes a key that comes out undefined, as a literal would leave it out', () => {
    const object: { a: number; b?: string } = { a: 1, b: undefined };
    defineLazy(object, 'b', () => undefined);
    expect(JSON.stringify(object)).toBe('{"a":1}');
    expect('b' in object).toBe(false);
  });
});

describe("an article's url, made when first read", () => {
  const site = createJekyllSite({ url: 'https://example.com', baseurl: '/blog', permalink: '/:categories/:year/:month/:day/:title:output_ext' });
  const source = '---\ntitle: 시험\ncategories: [뉴스]\ndate: 2024-06-12 09:00:00\n---\n본문\n';

  it('is the same URL, in the same place among the keys, as the post Jekyll publishes', () => {
    const article = parseArticle(source, { path: '_posts/2024-06-12-slug.md', site });
    expect(Object.keys(article).slice(0, 8)).toEqual(['path', 'frontMatter', 'title', 'date', 'slug', 'url', 'published', 'source']);
    expect(article.url).toBe('https://example.com/blog/%EB%89%B4%EC%8A%A4/2024/06/12/slug.html');
    expect(JSON.parse(JSON.stringify(article)).url).toBe('https://example.com/blog/%EB%89%B4%EC%8A%A4/2024/06/12/slug.html');
  });

  it('reads the front matter as parsed, not as changed afterwards by a later problem', () => {
    const article = parseArticle(`${source}{% if %}\n`, { path: '_posts/2024-06-12-slug.md', site });
    expect(article.problems.length).toBeGreaterThan(0);
    expect(article.url).toBe('https://example.com/blog/%EB%89%B4%EC%8A%A4/2024/06/12/slug.html');
  });

  it('is not a key for a page that is not a post, nor without a path', () => {
    expect('url' in parseArticle(source, { path: 'about.md', site })).toBe(false);
    expect('url' in parseArticle(source)).toBe(false);
  });
});
