import { describe, expect, it } from 'vitest';
import { readPost } from '../../src/jekyll/post.ts';
import { createJekyllSite } from '../../src/jekyll/site.ts';
import { slugify } from '../../src/jekyll/slugify.ts';
import { escapePath, expandUrl, sanitizeUrl } from '../../src/jekyll/url.ts';

// Every URL here is the one Jekyll 4.3.1 gives the same post (`page.url`, `page.id`), built with
// real Jekyll from a site of these files.
const url = (config: Record<string, unknown>, path: string, data: Record<string, unknown> = {}) => {
  const { post } = readPost(createJekyllSite(config), { path, data });
  return [post.url, post.id];
};

describe('slugify', () => {
  it('follows Utils.slugify', () => {
    expect(slugify('The _config.yml file')).toBe('the-config-yml-file');
    expect(slugify('The _config.yml file', { mode: 'pretty' })).toBe('the-_config.yml-file');
    expect(slugify('The _config.yml file', { mode: 'pretty', cased: true })).toBe('The-_config.yml-file');
    expect(slugify('The _config.yml file', { mode: 'ascii' })).toBe('the-config-yml-file');
    expect(slugify('Café crème', { mode: 'latin' })).toBe('cafe-creme');
    expect(slugify('한글 제목!', { mode: 'raw' })).toBe('한글-제목!');
    expect(slugify('Custom Slug!', { mode: 'pretty', cased: true })).toBe('Custom-Slug!');
    expect(slugify('Kept As Is', { mode: 'none' })).toBe('kept as is');
    expect(slugify(null)).toBeNull();
  });
});

describe('URL pieces', () => {
  it('escapes a value as URL.escape_path (Addressable::URI.encode, then # as %23)', () => {
    expect(escapePath('2024/06/12')).toBe('2024/06/12');
    expect(escapePath('한글-제목')).toBe('%ED%95%9C%EA%B8%80-%EC%A0%9C%EB%AA%A9');
    expect(escapePath('c sharp#')).toBe('c%20sharp%23');
    expect(escapePath('foo#bar#baz')).toBe('foo%23bar%23baz');
    expect(escapePath('100%')).toBe('100%25');
    expect(escapePath('[x]')).toBe('%5Bx%5D');
    expect(escapePath('a?b')).toBe('a?b');
    expect(escapePath('Q&A')).toBe('Q&A');
  });

  it('sanitizes as URL#sanitize_url', () => {
    expect(sanitizeUrl('//a/../b/./c//d')).toBe('/a/b/c/d');
  });

  it('reports a placeholder the URL drop lacks and keeps it', () => {
    expect(expandUrl('/:year/:nope/:month_:day', { year: '2024', month: '06', day: '12' })).toEqual({ url: '/2024/:nope/06_12', unknown: ['nope'], unencodable: [] });
  });
});

describe('post URLs, as Jekyll gives them', () => {
  const post = '_posts/2024-12-30-week-edge.md';
  const data = { categories: ['A B', 'c'] };
  it.each([
    ['date', '/a%20b/c/2024/12/30/week-edge.html'],
    ['pretty', '/a%20b/c/2024/12/30/week-edge/'],
    ['ordinal', '/a%20b/c/2024/365/week-edge.html'],
    ['weekdate', '/a%20b/c/2024/W01/Mon/week-edge.html'],
    ['none', '/a%20b/c/week-edge.html'],
    ['/:categories/:title', '/a%20b/c/week-edge'],
    ['/blog/:year/:title/', '/blog/2024/week-edge/'],
  ])('permalink: %s', (permalink, expected) => {
    expect(url({ permalink }, post, data)[0]).toBe(expected);
  });

  it('takes `collections.posts.permalink` over the style', () => {
    const config = { permalink: 'pretty', collections: { posts: { permalink: '/news/:year/:month/:day/:title/', output: true } } };
    expect(url(config, '_posts/2021-01-03-sunday.html')).toEqual(['/news/2021/01/03/sunday/', '/news/2021/01/03/sunday']);
    expect(url(config, '_posts/deep/2024-06-12-Mixed_Case.markdown')).toEqual(['/news/2024/06/12/Mixed_Case/', '/news/2024/06/12/Mixed_Case']);
    expect(url(config, 'cat1/_posts/2024-06-13-own-permalink.md', { permalink: '/p/:categories/:title' })).toEqual(['/p/cat1/own-permalink', '/p/cat1/own-permalink']);
  });

  it('keeps the extension of a file Jekyll does not convert', () => {
    expect(url({}, '_posts/2024-06-14-no-fm.txt')).toEqual(['/2024/06/14/no-fm.txt', '/2024/06/14/no-fm']);
    expect(url({ permalink: 'none' }, '_posts/2024-06-22-html-post.html')).toEqual(['/html-post.html', '/html-post']);
  });

  it('reads a per-post permalink, its placeholders and its extension', () => {
    const config = { timezone: 'Asia/Seoul' };
    expect(url(config, '_posts/2024-06-18-permalink.md', { permalink: '/custom/:title/:year.php' })).toEqual(['/custom/permalink/2024.php', '/custom/permalink/permalink']);
    expect(url(config, '_posts/2024-06-19-pretty-link.md', { permalink: '/fixed/path/' })).toEqual(['/fixed/path/', '/fixed/pretty-link']);
    expect(url(config, '_posts/2024-06-24-month-underscore.md', { permalink: '/:month_:day/:title' })).toEqual(['/06_24/month-underscore', '/06_24/month-underscore']);
    expect(
      url(config, '_posts/2024-06-23-ordinals.md', {
        categories: ['fromdefault'],
        permalink: '/:y_day/:w_year-:week-:w_day/:short_day/:long_day/:short_month/:long_month/:i_month/:i_day/:short_year/:hour:minute:second/:name/:slug/:path/:slugified_categories/:collection',
      })[0],
    ).toBe('/175/2024-25-7/Sun/Sunday/Jun/June/6/23/24/000000/2024-06-23-ordinals/ordinals/2024-06-23-ordinals/fromdefault/posts');
  });

  it('puts the folders above _posts and the front matter categories in the URL', () => {
    const config = { permalink: '/:categories/:year/:month/:day/:title:output_ext', timezone: 'Asia/Seoul' };
    expect(url(config, 'blog/tech/_posts/2024-06-17-nested.md', { categories: ['Extra', 'C Sharp#'] })).toEqual([
      '/blog/tech/extra/c%20sharp%23/2024/06/17/nested.html',
      '/blog/tech/extra/c%20sharp%23/2024/06/17/nested',
    ]);
    expect(url(config, '_posts/sub/2024-06-16-in-sub.md', { category: 'Single Cat' })).toEqual(['/single%20cat/2024/06/16/in-sub.html', '/single%20cat/2024/06/16/in-sub']);
    expect(url(config, '_posts/2024-06-20-한글-제목.md')).toEqual(['/2024/06/20/%ED%95%9C%EA%B8%80-%EC%A0%9C%EB%AA%A9.html', '/2024/06/20/한글-제목']);
    expect(url(config, '_posts/2024-06-21-dots...md', { slug: 'Custom Slug!' })).toEqual(['/2024/06/21/Custom-Slug!.html', '/2024/06/21/Custom Slug!']);
  });

  it('dates the URL in the site time zone, and rolls a day past the month over', () => {
    const config = { timezone: 'Asia/Seoul' };
    expect(url(config, '_posts/2024-06-14-with-date.md', { date: new Date('2024-06-14T23:30:00Z') })[0]).toBe('/2024/06/15/with-date.html');
    expect(url(config, '_posts/2024-06-15-string-date.md', { date: '2024-06-16 01:00' })[0]).toBe('/2024/06/16/string-date.html');
    expect(url(config, '_posts/2024-02-30-rollover.md')[0]).toBe('/2024/03/01/rollover.html');
    expect(url({ permalink: 'ordinal' }, '_posts/2024-01-11-late.md', { date: '2024-01-11 23:59:59.999 -0800', slug: '한 글' })).toEqual(['/2024/012/%ED%95%9C-%EA%B8%80.html', '/2024/012/한 글']);
  });

  it('reports a template Jekyll stops on', () => {
    const { problems } = readPost(createJekyllSite({}), { path: '_posts/2024-01-01-x.md', data: { permalink: '/:nope/' } });
    expect(problems).toEqual([
      { ruleId: 'jekyll-permalink-invalid', severity: 'error', message: "The URL template doesn't have nope keys. Check your permalink template!: Jekyll stops", file: '_posts/2024-01-01-x.md' },
    ]);
  });
});
