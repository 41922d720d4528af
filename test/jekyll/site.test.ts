import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDES, jekyllDefaults } from '../../src/jekyll/defaults.ts';
import { createJekyllSite } from '../../src/jekyll/site.ts';

// Expected values are what Ruby prints for `Jekyll::Configuration.from(config)` (Jekyll 4.3.1).
const DATE_PERMALINK = '/:categories/:year/:month/:day/:title:output_ext';
const ERROR = { ruleId: 'jekyll-config-invalid', severity: 'error' };

describe('createJekyllSite', () => {
  it("gives Jekyll's defaults, posts and excludes added, for no configuration", () => {
    const site = createJekyllSite();
    expect(site.problems).toEqual([]);
    expect(site.config).toEqual({
      ...jekyllDefaults(),
      collections: { posts: { output: true, permalink: DATE_PERMALINK } },
      exclude: [...DEFAULT_EXCLUDES],
    });
    expect(site.config.markdown_ext).toBe('markdown,mkdown,mkdn,mkd,md');
    expect(site.config.excerpt_separator).toBe('\n\n');
    expect(site.config.highlighter).toBe('rouge');
    expect(site.config.baseurl).toBeNull();
    expect(site.config.timezone).toBeNull();
    expect('url' in site.config).toBe(false);
    expect(site.config.kramdown).toEqual({
      auto_ids: true,
      toc_levels: [1, 2, 3, 4, 5, 6],
      entity_output: 'as_char',
      smart_quotes: 'lsquo,rsquo,ldquo,rdquo',
      input: 'GFM',
      hard_wrap: false,
      guess_lang: true,
      footnote_nr: 1,
      show_warnings: false,
    });
  });

  it('takes the source folder for Jekyll’s Dir.pwd', () => {
    expect(createJekyllSite({}, { source: '/site' }).config).toMatchObject({ source: '/site', destination: '/site/_site' });
  });

  it('merges mappings deeply: a key merges, null keeps the default, a new null key stays', () => {
    const { config } = createJekyllSite({
      kramdown: { input: 'kramdown', toc_levels: null, header_offset: null },
      liquid: { error_mode: 'strict' },
      baseurl: '/blog',
      highlighter: null,
      url: 'https://example.com',
      new_key: null,
    });
    expect(config.kramdown).toEqual({
      auto_ids: true,
      toc_levels: [1, 2, 3, 4, 5, 6],
      entity_output: 'as_char',
      smart_quotes: 'lsquo,rsquo,ldquo,rdquo',
      input: 'kramdown',
      hard_wrap: false,
      guess_lang: true,
      footnote_nr: 1,
      show_warnings: false,
      header_offset: null,
    });
    expect(config['liquid']).toEqual({ error_mode: 'strict', strict_filters: false, strict_variables: false });
    expect(config.baseurl).toBe('/blog');
    expect(config.highlighter).toBe('rouge');
    expect(config.url).toBe('https://example.com');
    expect(Object.keys(config).slice(-2)).toEqual(['url', 'new_key']);
    expect(config['new_key']).toBeNull();
  });

  it('replaces arrays and scalars whole, and leaves its input alone', () => {
    const input = { defaults: [{ scope: { path: '' }, values: { layout: 'post' } }], kramdown: false as const, exclude: ['node_modules', 'drafts'] };
    const { config } = createJekyllSite(input);
    expect(config.defaults).toEqual([{ scope: { path: '' }, values: { layout: 'post' } }]);
    expect(config.kramdown).toBe(false);
    expect(config.exclude).toEqual(['node_modules', 'drafts', ...DEFAULT_EXCLUDES.filter((e) => e !== 'node_modules')]);
    expect(input.exclude).toEqual(['node_modules', 'drafts']);
  });

  it.each([
    ['pretty', '/:categories/:year/:month/:day/:title/'],
    ['ordinal', '/:categories/:year/:y_day/:title:output_ext'],
    ['weekdate', '/:categories/:year/W:week/:short_day/:title:output_ext'],
    ['none', '/:categories/:title:output_ext'],
    ['/:title/', '/:title/'],
    ['constructor', 'constructor'],
  ])('gives posts the permalink of `permalink: %s`', (permalink, expected) => {
    expect(createJekyllSite({ permalink }).config.collections['posts']).toEqual({ output: true, permalink: expected });
  });

  it('adds posts to collections given as a list or a mapping, keeping a permalink set for posts', () => {
    expect(createJekyllSite({ collections: ['a', 'b'] }).config.collections).toEqual({
      posts: { output: true, permalink: DATE_PERMALINK },
      a: {},
      b: {},
    });
    expect(createJekyllSite({ collections: { posts: { permalink: '/p/:title/', output: false }, docs: { output: true } } }).config.collections).toEqual({
      posts: { permalink: '/p/:title/', output: true },
      docs: { output: true },
    });
    expect(createJekyllSite({ collections: { posts: null } }).config.collections).toEqual({ posts: { output: true, permalink: DATE_PERMALINK } });
  });

  it('replaces what Jekyll stops on with the default, and says so', () => {
    const site = createJekyllSite({
      markdown_ext: ['md'],
      permalink: false,
      timezone: 9,
      kramdown: ['x'],
      include: '.htaccess',
      markdown: 3,
    });
    expect(site.problems).toEqual([
      { ...ERROR, key: 'include', message: '`include` should be set as an array, but was a String: Jekyll stops' },
      { ...ERROR, key: 'markdown_ext', message: '`markdown_ext` must be a comma-separated string, not a Array: Jekyll stops' },
      { ...ERROR, key: 'markdown', message: '`markdown` must name a Markdown processor, not a Integer: Jekyll stops' },
      { ...ERROR, key: 'permalink', message: '`permalink` must be a style or a template, not a FalseClass: Jekyll stops' },
      { ...ERROR, key: 'timezone', message: '`timezone` must be an IANA time zone name, not a Integer: Jekyll stops' },
      { ...ERROR, key: 'kramdown', message: '`kramdown` must be a mapping of kramdown options, not a Array: Jekyll stops' },
    ]);
    expect(site.config).toMatchObject({ markdown_ext: 'markdown,mkdown,mkdn,mkd,md', permalink: 'date', timezone: null, include: ['.htaccess'], markdown: 'kramdown' });
    expect(site.config.kramdown).toEqual(jekyllDefaults()['kramdown']);
    expect(site.config.collections['posts']).toEqual({ output: true, permalink: DATE_PERMALINK });
  });

  it('reports collections Jekyll cannot read', () => {
    expect(createJekyllSite({ collections: 'posts' }).problems).toEqual([{ ...ERROR, key: 'collections', message: '`collections` must be a mapping or a list, not a String: Jekyll stops' }]);
    const site = createJekyllSite({ collections: { posts: 'x' } });
    expect(site.problems).toEqual([{ ...ERROR, key: 'collections.posts', message: '`collections.posts` must be a mapping, not a String: Jekyll stops' }]);
    expect(site.config.collections['posts']).toEqual({ output: true, permalink: DATE_PERMALINK });
  });

  it('warns about a Markdown processor other than kramdown', () => {
    expect(createJekyllSite({ markdown: 'CommonMark' }).problems).toEqual([
      { ruleId: 'jekyll-config-unsupported', severity: 'warning', key: 'markdown', message: '`markdown: CommonMark` needs a plugin; article-kit reads Markdown as kramdown does' },
    ]);
    expect(createJekyllSite({ markdown: 'Kramdown' }).problems).toEqual([]);
  });

  it('uses the defaults for a configuration that is not a mapping', () => {
    const site = createJekyllSite(['a'] as unknown as Record<string, unknown>);
    expect(site.problems).toEqual([{ ruleId: 'jekyll-config-not-mapping', severity: 'warning', message: 'The configuration is a Array, not a mapping: Jekyll uses its defaults' }]);
    expect(site.config).toEqual(createJekyllSite().config);
  });

  it("carries the kramdown options' problems, keyed", () => {
    expect(createJekyllSite({ kramdown: { footnote_nr: 'x' } }).problems).toEqual([
      { ruleId: 'kramdown-option-invalid', severity: 'error', key: 'kramdown.footnote_nr', message: "Invalid integer value for option 'footnote_nr': 'x': Jekyll stops" },
    ]);
  });

  it('keeps __proto__ as data', () => {
    const config = JSON.parse('{"__proto__": {"polluted": 1}, "kramdown": {"__proto__": {"polluted": 1}}}') as Record<string, unknown>;
    const site = createJekyllSite(config);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(site.config)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(site.config, '__proto__')?.value).toEqual({ polluted: 1 });
  });
});
