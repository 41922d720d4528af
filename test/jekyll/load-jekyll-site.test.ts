import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createJekyllSite } from '../../src/jekyll/site.ts';
import { loadJekyllSite } from '../../src/node/index.ts';
import { root } from '../helpers.ts';

const base = mkdtempSync(path.join(tmpdir(), 'article-kit-site-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
/** A site folder holding these files. */
function site(files: Record<string, string>): string {
  const dir = path.join(base, `site-${n++}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('loadJekyllSite', () => {
  it("gives Jekyll's defaults for a folder without a configuration file", async () => {
    const dir = site({});
    const loaded = await loadJekyllSite(dir);
    expect(loaded).toEqual({ ...createJekyllSite({}, { source: dir }), includes: {}, data: {}, posts: [], files: {}, time: expect.any(Date) });
    expect(loaded.problems).toEqual([]);
    expect(await loadJekyllSite(dir, { configOnly: true })).toEqual({ ...createJekyllSite({}, { source: dir }), time: expect.any(Date) });
  });

  it('reads _config.yml as Psych does (YAML 1.1 booleans, dates)', async () => {
    const dir = site({ '_config.yml': '\ufefftitle: 블로그\nkramdown:\n  auto_ids: off\n  input: kramdown\nlaunched: 2024-01-01\nfuture: yes\nshort: y\n' });
    const loaded = await loadJekyllSite(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.config).toMatchObject({ title: '블로그', future: true, short: 'y', source: dir });
    expect(loaded.config['launched']).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(loaded.config.kramdown).toMatchObject({ auto_ids: false, input: 'kramdown', toc_levels: [1, 2, 3, 4, 5, 6] });
  });

  it('reads _config.yaml when there is no _config.yml, and prefers _config.yml', async () => {
    expect((await loadJekyllSite(site({ '_config.yaml': 'title: yaml\n' }))).config['title']).toBe('yaml');
    expect((await loadJekyllSite(site({ '_config.yaml': 'title: yaml\n', '_config.yml': 'title: yml\n' }))).config['title']).toBe('yml');
  });

  it('does not read _config.toml, and says so', async () => {
    const loaded = await loadJekyllSite(site({ '_config.toml': 'title = "toml"\n' }));
    expect(loaded.config['title']).toBeUndefined();
    expect(loaded.problems).toEqual([
      { ruleId: 'jekyll-config-unsupported', severity: 'warning', message: "`_config.toml` is not read (article-kit reads YAML only): Jekyll's defaults are used", file: '_config.toml' },
    ]);
  });

  it('reports a YAML error at its place and uses the defaults', async () => {
    const loaded = await loadJekyllSite(site({ '_config.yml': 'title: x\nexclude: [a\nkramdown: {}\n' }));
    expect(loaded.config).toEqual(createJekyllSite({}, { source: loaded.config.source }).config);
    expect(loaded.problems).toEqual([
      expect.objectContaining({ ruleId: 'jekyll-config-yaml', severity: 'error', file: '_config.yml', line: 3, column: 1 }),
    ]);
    expect(loaded.problems[0]?.message).toMatch(/: Jekyll stops; its defaults are used$/);
  });

  it('positions the problems of a key at its value', async () => {
    const loaded = await loadJekyllSite(site({ '_config.yml': 'title: x\nkramdown:\n  toc_levels: "1..9"\n  entity_output: :numeric\n' }));
    expect(loaded.problems).toEqual([
      {
        ruleId: 'jekyll-config-yaml',
        severity: 'error',
        message: '`:numeric` is a Ruby symbol, which Jekyll refuses to load (Tried to load unspecified class: Symbol): Jekyll stops',
        file: '_config.yml',
        line: 4,
        column: 18,
        endLine: 4,
        endColumn: 26,
      },
      {
        ruleId: 'kramdown-option-invalid',
        severity: 'error',
        message: 'Level numbers for option toc_levels have to be integers from 1 to 6: Jekyll stops',
        key: 'kramdown.toc_levels',
        file: '_config.yml',
        line: 3,
        column: 15,
        endLine: 3,
        endColumn: 21,
      },
    ]);
  });

  it('uses the defaults for a file that is not a mapping', async () => {
    const loaded = await loadJekyllSite(site({ '_config.yml': '- a\n- b\n' }));
    expect(loaded.problems).toEqual([
      { ruleId: 'jekyll-config-not-mapping', severity: 'warning', message: "`_config.yml` holds a Array, not a mapping: Jekyll uses its defaults", file: '_config.yml', line: 1, column: 1 },
    ]);
    expect((await loadJekyllSite(site({ '_config.yml': '' }))).problems).toEqual([]);
  });

  it('never reads outside the folder', async () => {
    const outside = path.join(base, 'outside.yml');
    writeFileSync(outside, 'title: secret\n');
    const dir = site({});
    symlinkSync(outside, path.join(dir, '_config.yml'));
    const loaded = await loadJekyllSite(dir);
    expect(loaded.config['title']).toBeUndefined();
    expect(loaded.problems).toEqual([
      { ruleId: 'jekyll-config-outside-root', severity: 'error', message: "`_config.yml` links outside the site's folder: not read", file: '_config.yml' },
    ]);
  });

  it('reports a folder that does not exist', async () => {
    const loaded = await loadJekyllSite(path.join(base, 'missing'));
    expect(loaded.problems).toEqual([expect.objectContaining({ ruleId: 'jekyll-config-unreadable', severity: 'error' })]);
    expect(loaded.config.markdown_ext).toBe('markdown,mkdown,mkdn,mkd,md');
  });

  it('takes overrides over the file, as Jekyll takes command-line options', async () => {
    const loaded = await loadJekyllSite(site({ '_config.yml': 'baseurl: /blog\nkramdown:\n  input: kramdown\n' }), { overrides: { baseurl: '', kramdown: { hard_wrap: true } } });
    expect(loaded.config).toMatchObject({ baseurl: '', kramdown: { input: 'kramdown', hard_wrap: true } });
  });
});

describe('the ./node entry', () => {
  it('is built for import and require, with types', async () => {
    const esm = (await import(path.join(root, 'dist/node.js'))) as Record<string, unknown>;
    const cjs = createRequire(import.meta.url)(path.join(root, 'dist/node.cjs')) as Record<string, unknown>;
    expect(Object.keys(esm)).toEqual(['loadJekyllSite']);
    expect(Object.keys(cjs)).toEqual(['loadJekyllSite']);
    expect(readFileSync(path.join(root, 'dist/node.d.ts'), 'utf8')).toContain('declare function loadJekyllSite');
    expect(readFileSync(path.join(root, 'dist/node.d.cts'), 'utf8')).toContain('declare function loadJekyllSite');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./node']).toEqual({
      import: { types: './dist/node.d.ts', default: './dist/node.js' },
      require: { types: './dist/node.d.cts', default: './dist/node.cjs' },
    });
  });

  it('stays out of the core bundle: nothing the core entry imports reads files', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(path.join(root, 'dist', file), 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*["'](\.\/[^"']+)["']/g)) visit(path.join(path.dirname(file), m[1] ?? ''));
    };
    visit('index.js');
    const nodeImports = [...seen].filter((file) => /from\s*["'](?:node:)?(?:fs|fs\/promises|path|os)["']/.test(readFileSync(path.join(root, 'dist', file), 'utf8')));
    expect(nodeImports).toEqual([]);
    expect(readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.js')).some((f) => /from\s*["'](?:node:)?fs\/promises["']/.test(readFileSync(path.join(root, 'dist', f), 'utf8')))).toBe(true);
    expect(/require\(["'](?:node:)?fs(?:\/promises)?["']\)/.test(readFileSync(path.join(root, 'dist/index.cjs'), 'utf8'))).toBe(false);
  });
});
