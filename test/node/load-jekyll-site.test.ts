import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.ts';
import { loadJekyllSite } from '../../src/node/index.ts';

const base = mkdtempSync(path.join(tmpdir(), 'article-kit-load-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
function site(files: Record<string, string>): string {
  const dir = path.join(base, `site-${n++}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// Each expectation is what Jekyll 4.3.1 read from a site of the same files (site.data, site.posts).
describe('loadJekyllSite: _data', () => {
  it('reads YAML, JSON, CSV and TSV, folders nested, names sanitised, dot files left out', async () => {
    const dir = site({
      '_config.yml': 'csv_reader:\n  csv_converters: [numeric]\n',
      '_data/people.csv': 'name,n,empty\nalpha,1,\n"be,ta","2.5",""\n\nlast,0x10,x\n',
      '_data/bom.csv': '\ufeffa\n1\n',
      '_data/tabs.tsv': 'a\tb\nx\t"y"\n',
      '_data/j.json': '{"k": [1, 2, {"z": null}], "s": "yes"}\n',
      '_data/My Dir/foo.bar baz.yml': 'key: value\nflag: yes\n',
      '_data/sub/list.yaml': '- one\n- two\n',
      '_data/.hidden.yml': 'ignored: true\n',
      '_data/한글.yml': 'x: 1\n',
      '_data/readme.txt': 'notdata',
    });
    const loaded = await loadJekyllSite(dir);
    expect(loaded.problems).toEqual([]);
    // Ruby's CSV keeps a byte order mark in the first header.
    expect(loaded.data?.['bom']).toEqual([{ '\ufeffa': 1 }]);
    delete loaded.data?.['bom'];
    expect(JSON.stringify(loaded.data)).toBe(
      '{"":{"x":1},"j":{"k":[1,2,{"z":null}],"s":"yes"},"people":[{"name":"alpha","n":1,"empty":null},{"name":"be,ta","n":2.5,"empty":""},{"name":null,"n":null,"empty":null},{"name":"last","n":16,"empty":"x"}],"tabs":[{"a":"x","b":"y"}],"My_Dir":{"foobar_baz":{"key":"value","flag":true}},"sub":{"list":["one","two"]}}',
    );
  });

  it('reports a data file Jekyll stops on, at its line', async () => {
    const loaded = await loadJekyllSite(site({ '_data/bad.csv': 'a,b\n1,"2\n' }));
    expect(loaded.problems).toEqual([{ ruleId: 'jekyll-data-invalid', severity: 'error', message: 'Unclosed quoted field in line 2.: Jekyll stops', file: '_data/bad.csv', line: 2, column: 1 }]);
  });
});

describe('loadJekyllSite: _includes and other files', () => {
  it('reads every include by its path under _includes, and the site files by theirs', async () => {
    const dir = site({ '_includes/nav/menu.html': 'Nav {{ include.x }}!', '_includes/.dot': 'd', 'about.md': '---\n---\nAbout', 'img/a.png': 'PNG', '_posts/snippet.md': 'snip' });
    const loaded = await loadJekyllSite(dir);
    expect(loaded.includes).toEqual({ '.dot': 'd', 'nav/menu.html': 'Nav {{ include.x }}!' });
    expect(loaded.files).toEqual({ '_includes/.dot': 'd', '_includes/nav/menu.html': 'Nav {{ include.x }}!', '_posts/snippet.md': 'snip', 'about.md': '---\n---\nAbout', 'img/a.png': null });
  });

  it('never follows a link out of the site', async () => {
    const outside = site({ 'secret.html': 'secret', 'secret.yml': 'x: 1\n' });
    const dir = site({ '_config.yml': '' });
    mkdirSync(path.join(dir, '_includes'));
    mkdirSync(path.join(dir, '_data'));
    symlinkSync(path.join(outside, 'secret.html'), path.join(dir, '_includes/secret.html'));
    symlinkSync(path.join(outside, 'secret.yml'), path.join(dir, '_data/secret.yml'));
    symlinkSync(outside, path.join(dir, '_posts'));
    const loaded = await loadJekyllSite(dir);
    expect([loaded.includes, loaded.data, loaded.posts, loaded.files]).toEqual([{}, {}, [], { '_config.yml': '' }]);
    expect(loaded.problems.map((p) => [p.ruleId, p.file])).toEqual([
      ['jekyll-site-outside-root', '_includes/secret.html'],
      ['jekyll-site-outside-root', '_data/secret.yml'],
      ['jekyll-site-outside-root', '_posts'],
    ]);
  });
});

describe('loadJekyllSite: posts', () => {
  const files = {
    '_config.yml': 'permalink: ordinal\nbaseurl: /blog/\nurl: https://Example.COM:443\nfuture: true\nunpublished: true\nexclude: [pub/_posts/2024-01-09-excluded.md]\ndefaults:\n  - values: { noscope: 1 }\n  - scope: { type: post }\n    values: { old_type: yes }\n',
    '_posts/2024-01-01-numeric-cats.md': '---\ncategories: [2024, "2024", b]\n---\n',
    '_posts/2024-01-03-string-published.md': '---\npublished: "false"\n---\n',
    '_posts/2024-01-04-x.md': '---\ntitle: ""\ntags: [1, [2, 3], null]\n---\n',
    '_posts/_ignored/2024-01-05-ignored.md': '---\n---\n',
    'node_modules/_posts/2024-01-06-nm.md': '---\n---\n',
    '_secret/_posts/2024-01-07-secret.md': '---\n---\n',
    'pub/_posts/2024-01-08-pub.md': '---\ntitle: Pub\n---\n',
    'pub/_posts/2024-01-09-excluded.md': '---\n---\n',
    '_posts/2024-01-10-backup.md~': '---\n---\n',
    '_posts/2024-01-11-late.md': '---\ndate: 2024-01-11 23:59:59.999 -0800\nslug: 한 글\n---\n',
    '_posts/notes.md': 'not a post name\n',
  };

  it('finds the posts Jekyll reads, in its order, with their URLs', async () => {
    const loaded = await loadJekyllSite(site(files));
    expect(loaded.problems).toEqual([]);
    expect(loaded.posts?.map((p) => [p.path, p.url, p.id, p.date])).toEqual([
      ['_posts/2024-01-01-numeric-cats.md', '/2024/b/2024/001/numeric-cats.html', '/2024/b/2024/001/numeric-cats', '2024-01-01 00:00:00 +0000'],
      ['_posts/2024-01-03-string-published.md', '/2024/003/string-published.html', '/2024/003/string-published', '2024-01-03 00:00:00 +0000'],
      ['_posts/2024-01-04-x.md', '/2024/004/x.html', '/2024/004/x', '2024-01-04 00:00:00 +0000'],
      ['pub/_posts/2024-01-08-pub.md', '/pub/2024/008/pub.html', '/pub/2024/008/pub', '2024-01-08 00:00:00 +0000'],
      ['_posts/2024-01-11-late.md', '/2024/012/%ED%95%9C-%EA%B8%80.html', '/2024/012/한 글', '2024-01-12 07:59:59 +0000'],
    ]);
    expect(loaded.posts?.[0]?.data).toMatchObject({ draft: false, categories: [2024, '2024', 'b'], noscope: 1, old_type: true, title: 'Numeric Cats', slug: 'numeric-cats', ext: '.md', tags: [] });
  });

  it("gives parseArticle the post's published URL", async () => {
    const dir = site(files);
    const loaded = await loadJekyllSite(dir);
    expect(parseArticle('---\ntitle: Pub\n---\n', { path: 'pub/_posts/2024-01-08-pub.md', site: loaded }).url).toBe('https://example.com/blog/pub/2024/008/pub.html');
    expect(parseArticle('x', { path: 'about.md', site: loaded }).url).toBeUndefined();
    expect(parseArticle('x', { path: '_posts/2024-06-12-slug.md' }).url).toBe('/2024/06/12/slug.html');
  });

  it('reads drafts with show_drafts, and reports a front matter Jekyll cannot read', async () => {
    const loaded = await loadJekyllSite(site({ '_config.yml': 'show_drafts: true\n', '_drafts/a-draft.md': '---\ntitle: Draft\n---\n', '_posts/2024-01-02-bad.md': '---\ntitle: [oops\n---\n' }));
    // A draft is dated by its file, a post Jekyll read without front matter by the site's time (later).
    expect(loaded.posts?.map((p) => [p.path, p.draft === true, p.url.replace(/\d+/g, 'N')])).toEqual([
      ['_drafts/a-draft.md', true, '/N/N/N/a-draft.html'],
      ['_posts/2024-01-02-bad.md', false, '/N/N/N/N-N-N-bad.html'],
    ]);
    expect(loaded.posts?.map((p) => p.data)).toEqual([
      { draft: true, categories: [], title: 'Draft', slug: 'a-draft', ext: '.md', tags: [], date: expect.any(Date) },
      { draft: false, categories: [], date: expect.any(Date) },
    ]);
    expect(loaded.problems).toEqual([expect.objectContaining({ ruleId: 'jekyll-post-front-matter', severity: 'warning', file: '_posts/2024-01-02-bad.md', line: 2, column: 8 })]);
  });
});

describe('loadJekyllSite: site.files', () => {
  it('lists the files when the site loads and reads each text when it is first used', async () => {
    const dir = site({ '_config.yml': '', 'notes/a.md': 'first', 'notes/b.txt': '\ufeffbom' });
    const loaded = await loadJekyllSite(dir);
    expect(Object.keys(loaded.files ?? {}).sort()).toEqual(['_config.yml', 'notes/a.md', 'notes/b.txt']);
    // Not read yet: what the file holds when it is first used is its text.
    writeFileSync(path.join(dir, 'notes/a.md'), 'second');
    expect(loaded.files?.['notes/a.md']).toBe('second');
    writeFileSync(path.join(dir, 'notes/a.md'), 'third');
    expect(loaded.files?.['notes/a.md']).toBe('second');
    expect(loaded.files?.['notes/b.txt']).toBe('bom');
  });
});
