import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPostFiles } from '../../src/cli/find-files.ts';
import { globMatcher, globParts, matchesOrUnder } from '../../src/cli/glob-match.ts';
import { cli } from '../../src/cli/index.ts';
import { ConfigError, configSearchPath, loadConfig } from '../../src/cli/load-config.ts';
import { parseShard, shardFiles } from '../../src/cli/shard.ts';

const temps: string[] = [];

async function tempDir(): Promise<string> {
  // realpath: on macOS the temp dir is itself behind a symlink.
  const dir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'article-kit-cli-')));
  temps.push(dir);
  return dir;
}

/** Writes files (path → content) below `root`, creating directories. */
async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('globMatcher (picomatch)', () => {
  const matches = (glob: string, p: string): boolean => globMatcher(glob)(p);

  it('** spans any number of segments, including none', () => {
    expect(matches('**/*.md', 'a.md')).toBe(true);
    expect(matches('**/*.md', 'x/y/a.md')).toBe(true);
    expect(matches('**/*.md', 'x/y/a.txt')).toBe(false);
    expect(matches('a/**/b', 'a/b')).toBe(true);
    expect(matches('a/**/b', 'a/x/y/b')).toBe(true);
    expect(matches('a/**/b', 'ab')).toBe(false);
    expect(matches('a/**', 'a/x/y')).toBe(true);
    expect(matches('**', 'x/y/z')).toBe(true);
  });

  it('* stays within a segment', () => {
    expect(matches('*.md', 'a.md')).toBe(true);
    expect(matches('*.md', 'x/a.md')).toBe(false);
    expect(matches('_posts/*.md', '_posts/a.md')).toBe(true);
    expect(matches('_posts/*.md', '_posts/2024/a.md')).toBe(false);
    expect(matches('a**b', 'axyb')).toBe(true);
    expect(matches('a**b', 'ax/yb')).toBe(false);
  });

  it('supports {a,b} alternatives', () => {
    expect(matches('_posts/*.{md,html}', '_posts/a.md')).toBe(true);
    expect(matches('_posts/*.{md,html}', '_posts/a.html')).toBe(true);
    expect(matches('_posts/*.{md,html}', '_posts/a.markdown')).toBe(false);
    expect(matches('_posts/**/*.{md,markdown,html}', '_posts/2024/01/a.markdown')).toBe(true);
    expect(matches('_posts/**/*.{md,markdown,html}', '_posts/a.txt')).toBe(false);
    expect(matches('{a,b/*}.md', 'b/x.md')).toBe(true);
    expect(matches('x{.md', 'x{.md')).toBe(true); // an unclosed brace is literal
  });

  it('supports ? and character classes', () => {
    expect(matches('a?c', 'abc')).toBe(true);
    expect(matches('a?c', 'ac')).toBe(false);
    expect(matches('a?c', 'a/c')).toBe(false);
    expect(matches('[ab].md', 'a.md')).toBe(true);
    expect(matches('[ab].md', 'b.md')).toBe(true);
    expect(matches('[ab].md', 'c.md')).toBe(false);
    expect(matches('[!ab].md', 'c.md')).toBe(true);
    expect(matches('[!ab].md', 'a.md')).toBe(false);
    expect(matches('[a-c]x', 'bx')).toBe(true);
    expect(matches('[a-c]x', 'dx')).toBe(false);
  });

  it('escapes regular-expression metacharacters', () => {
    expect(matches('*.md', 'amd')).toBe(false);
    expect(matches('*.md', 'a.md')).toBe(true);
    expect(matches('a^$.md', 'a^$.md')).toBe(true);
    expect(matches('a+b.md', 'aab.md')).toBe(false);
    expect(matches('\\*.md', '*.md')).toBe(true);
    expect(matches('\\*.md', 'a.md')).toBe(false);
  });

  it('supports extglobs', () => {
    expect(matches('_posts/+(a|b).md', '_posts/a.md')).toBe(true);
    expect(matches('_posts/+(a|b).md', '_posts/ab.md')).toBe(true);
    expect(matches('_posts/+(a|b).md', '_posts/c.md')).toBe(false);
    expect(matches('_posts/!(draft-*).md', '_posts/post.md')).toBe(true);
    expect(matches('_posts/!(draft-*).md', '_posts/draft-1.md')).toBe(false);
    expect(matches('_posts/@(2023|2024)/*.md', '_posts/2024/a.md')).toBe(true);
    expect(matches('_posts/@(2023|2024)/*.md', '_posts/2025/a.md')).toBe(false);
  });

  it('never matches a dot name with * or ** unless the pattern writes the dot, as Jekyll skips them', () => {
    expect(matches('**/*.md', '_posts/a.md')).toBe(true);
    expect(matches('**/*.md', '_drafts/a.md')).toBe(true);
    expect(matches('**/*.md', '.github/a.md')).toBe(false);
    expect(matches('_posts/*.md', '_posts/.a.md')).toBe(false);
    expect(matches('_posts/**/*.md', '_posts/.old/a.md')).toBe(false);
    expect(matches('.github/*.md', '.github/a.md')).toBe(true);
    expect(matches('_posts/.*.md', '_posts/.a.md')).toBe(true);
    expect(globMatcher('**/*.md', { dot: true })('.github/a.md')).toBe(true);
  });

  it('matchesOrUnder: a glob that names a folder takes what is below it', () => {
    expect(matchesOrUnder(globMatcher('drafts'), 'drafts/a/b.md')).toBe(true);
    expect(matchesOrUnder(globMatcher('drafts/'), 'drafts/b.md')).toBe(true);
    expect(matchesOrUnder(globMatcher('**/old'), '_posts/old/b.md')).toBe(true);
    expect(matchesOrUnder(globMatcher('drafts'), 'drafts.md')).toBe(false);
    expect(matchesOrUnder(globMatcher('drafts'), 'a/drafts-b.md')).toBe(false);
  });

  it('globParts: whether a pattern is a glob, and the folder a walk starts from', () => {
    const isGlob = (p: string): boolean => globParts(p).isGlob;
    const globBase = (p: string): string => globParts(p).base;
    expect(isGlob('_posts/**/*.md')).toBe(true);
    expect(isGlob('a?.md')).toBe(true);
    expect(isGlob('[ab].md')).toBe(true);
    expect(isGlob('*.{md,html}')).toBe(true);
    expect(isGlob('_posts/a.md')).toBe(false);
    expect(globBase('_posts/**/*.md')).toBe('_posts');
    expect(globBase('*.md')).toBe('.');
    expect(globBase('a/b/*.md')).toBe('a/b');
    expect(globBase('a/{b,c}/*.md')).toBe('a');
    expect(globBase('/srv/site/*.md')).toBe('/srv/site');
    expect(globBase('/*.md')).toBe('/');
    expect(globBase('a/+(b|c)/*.md')).toBe('a');
    expect(globBase('a\\*b/*.md')).toBe('a*b');
    expect(isGlob('a/+(b|c).md')).toBe(true);
  });
});

describe('findPostFiles', () => {
  async function site(): Promise<string> {
    const root = await tempDir();
    await writeTree(root, {
      '_posts/2024/2024-01-02-b.md': 'b',
      '_posts/2024/2024-01-01-a.markdown': 'a',
      '_posts/2023-12-31-z.html': 'z',
      '_posts/x.txt': 'not a post',
      '_posts/.hidden/2024-01-01-h.md': 'hidden',
      '_posts/node_modules/pkg/readme.md': 'dependency',
      'node_modules/pkg/_posts/2024-01-01-n.md': 'dependency',
      'drafts/one.md': 'one',
      'drafts/sub/two.html': 'two',
      'drafts/notes.txt': 'notes',
      'README.txt': 'readme',
    });
    return root;
  }
  const rel = (root: string, files: readonly string[]): string[] => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

  it('uses _posts/**/*.{md,markdown,html} by default, skipping other files, dot-directories and node_modules', async () => {
    const root = await site();
    const { files, missing } = await findPostFiles([], root);
    expect(missing).toEqual([]);
    expect(files.every((f) => path.isAbsolute(f))).toBe(true);
    expect(rel(root, files)).toEqual([
      '_posts/2023-12-31-z.html',
      '_posts/2024/2024-01-01-a.markdown',
      '_posts/2024/2024-01-02-b.md',
    ]);
  });

  it('lets the default pattern match nothing', async () => {
    const root = await tempDir();
    expect(await findPostFiles([], root)).toEqual({ files: [], missing: [], ignored: [], skipped: [] });
  });

  it('takes a directory, a file (any extension) and a glob; de-duplicates and sorts by relative path', async () => {
    const root = await site();
    const { files, missing } = await findPostFiles(['drafts', 'README.txt', '_posts/*.html', './drafts/one.md'], root);
    expect(missing).toEqual([]);
    expect(rel(root, files)).toEqual(['README.txt', '_posts/2023-12-31-z.html', 'drafts/one.md', 'drafts/sub/two.html']);
  });

  it('sorts by code unit, not by locale', async () => {
    const root = await tempDir();
    await writeTree(root, { 'p/b.md': '', 'p/B.md': '', 'p/a.md': '', 'p/_.md': '' });
    const { files } = await findPostFiles(['p'], root);
    expect(rel(root, files)).toEqual(['p/B.md', 'p/_.md', 'p/a.md', 'p/b.md']);
  });

  it('enters node_modules and dot-directories when the pattern names them', async () => {
    const root = await site();
    const { files } = await findPostFiles(['_posts/.hidden/*.md', 'node_modules/**/*.md'], root);
    expect(rel(root, files)).toEqual(['_posts/.hidden/2024-01-01-h.md', 'node_modules/pkg/_posts/2024-01-01-n.md']);
  });

  it('lists paths that do not exist and globs that match nothing as missing', async () => {
    const root = await site();
    const { files, missing } = await findPostFiles(['nope.md', 'drafts/one.md', 'nowhere/**/*.md', '_posts/*.txt.md'], root);
    expect(rel(root, files)).toEqual(['drafts/one.md']);
    expect(missing).toEqual(['nope.md', 'nowhere/**/*.md', '_posts/*.txt.md']);
  });

  it('accepts absolute paths and absolute globs', async () => {
    const root = await site();
    const { files, missing } = await findPostFiles([path.join(root, 'drafts/one.md'), `${root.split(path.sep).join('/')}/_posts/*.html`], root);
    expect(missing).toEqual([]);
    expect(rel(root, files)).toEqual(['_posts/2023-12-31-z.html', 'drafts/one.md']);
  });

  it('does not hang on a directory symlink cycle', async () => {
    const root = await tempDir();
    await writeTree(root, { '_posts/a/post.md': 'x' });
    try {
      await symlink(path.join(root, '_posts'), path.join(root, '_posts/a/loop'), 'dir');
      await symlink(path.join(root, '_posts/a'), path.join(root, '_posts/a/self'), 'dir');
    } catch {
      return; // symlinks not permitted here (e.g. Windows without privileges)
    }
    const byDefault = await findPostFiles([], root);
    expect(rel(root, byDefault.files)).toEqual(['_posts/a/post.md']);
    const byDirectory = await findPostFiles(['_posts'], root);
    expect(rel(root, byDirectory.files)).toEqual(['_posts/a/post.md']);
  });
});

describe('shards', () => {
  it('parses i/n', () => {
    expect(parseShard('1/2')).toEqual({ index: 1, total: 2 });
    expect(parseShard('3/3')).toEqual({ index: 3, total: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, total: 1 });
  });

  it.each(['0/2', '3/2', 'a/b', '1', '1/0', '', '-1/2', '1.5/2', '1/2/3'])('rejects %j', (spec) => {
    expect(() => parseShard(spec)).toThrow(TypeError);
    expect(() => parseShard(spec)).toThrow(/i\/n/);
  });

  const paths = Array.from({ length: 200 }, (_, i) => `_posts/${2000 + (i % 25)}/post-${i}.md`);
  const key = (p: string): string => p;

  it('puts every file in exactly one shard', () => {
    for (const total of [1, 2, 3, 7]) {
      const shards = Array.from({ length: total }, (_, i) => shardFiles(paths, { index: i + 1, total }, key));
      const all = shards.flat();
      expect(all).toHaveLength(paths.length);
      expect(new Set(all).size).toBe(paths.length);
      if (total > 1) for (const shard of shards) expect(shard.length).toBeGreaterThan(0);
    }
  });

  it('does not depend on the input order', () => {
    const reversed = [...paths].reverse();
    const shuffled = [...paths].sort((a, b) => (key(a).length - key(b).length) || (a < b ? 1 : -1));
    for (let index = 1; index <= 3; index++) {
      const expected = new Set(shardFiles(paths, { index, total: 3 }, key));
      expect(new Set(shardFiles(reversed, { index, total: 3 }, key))).toEqual(expected);
      expect(new Set(shardFiles(shuffled, { index, total: 3 }, key))).toEqual(expected);
    }
  });

  it('is stable across runs (fixed assignments)', () => {
    const objects = paths.slice(0, 5).map((p) => ({ rel: p }));
    const first = shardFiles(objects, { index: 1, total: 2 }, (o) => o.rel).map((o) => o.rel);
    const again = shardFiles(objects.map((o) => ({ ...o })), { index: 1, total: 2 }, (o) => o.rel).map((o) => o.rel);
    expect(again).toEqual(first);
    expect(() => shardFiles(paths, { index: 0, total: 2 }, key)).toThrow(TypeError);
  });
});

describe('loadConfig', () => {
  it('finds a JSON config two levels up, in the repository root', async () => {
    const root = await tempDir();
    await writeTree(root, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'article-kit.config.json': JSON.stringify({ rules: { 'title-length': ['warn', { maxLength: 80 }], 'heading-empty': 'off' } }),
      'a/b/.keep': '',
    });
    const result = await loadConfig(path.join(root, 'a/b'));
    expect(result).toEqual({
      config: { rules: { 'title-length': ['warn', { maxLength: 80 }], 'heading-empty': 'off' } },
      path: path.join(root, 'article-kit.config.json'),
    });
  });

  it('prefers the nearest directory, and the JSON file within one directory', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'article-kit.config.json': JSON.stringify({ rules: { 'multiple-h1': 'error' } }),
      'sub/article-kit.config.mjs': 'export default { rules: { "heading-empty": "warn" } };',
      'sub/package.json': JSON.stringify({ name: 'x', 'article-kit': { rules: { 'title-length': 'info' } } }),
    });
    expect((await loadConfig(path.join(root, 'sub'))).config).toEqual({ rules: { 'heading-empty': 'warn' } });
    await writeTree(root, { 'sub/article-kit.config.json': JSON.stringify({ rules: { 'rel-dofollow': 'off' } }) });
    expect((await loadConfig(path.join(root, 'sub'))).config).toEqual({ rules: { 'rel-dofollow': 'off' } });
  });

  it('reads the "article-kit" key of package.json; the first package.json ends the search, key or not', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'package.json': JSON.stringify({ name: 'site', 'article-kit': { rules: { 'multiple-h1': 'error' } } }),
      'inner/package.json': JSON.stringify({ name: 'inner' }),
      'src/deep/.keep': '',
    });
    expect(await loadConfig(path.join(root, 'src/deep'))).toEqual({ config: { rules: { 'multiple-h1': 'error' } }, path: path.join(root, 'package.json') });
    expect(await loadConfig(path.join(root, 'inner'))).toEqual({ config: {} });
  });

  it('never looks above the repository root or the first package.json, nor above cwd without either', async () => {
    const root = await tempDir();
    // An ancestor's JS config that would leave a mark if it ran.
    const mark = path.join(root, 'ran');
    const planted = `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(mark)}, 'x'); export default { rules: { 'multiple-h1': 'off' } };\n`;
    await writeTree(root, {
      'article-kit.config.mjs': planted,
      'article-kit.config.json': JSON.stringify({ rules: { 'multiple-h1': 'off' } }),
      'repo/.git': 'gitdir: /elsewhere/.git/worktrees/repo\n',
      'repo/posts/.keep': '',
      'pkg/package.json': '{}',
      'pkg/a/.keep': '',
      'loose/a/.keep': '',
    });
    expect(await loadConfig(path.join(root, 'repo/posts'))).toEqual({ config: {} });
    expect(await loadConfig(path.join(root, 'pkg/a'))).toEqual({ config: {} });
    expect(await loadConfig(path.join(root, 'loose/a'))).toEqual({ config: {} });
    expect(await configSearchPath(path.join(root, 'repo/posts'))).toEqual([path.join(root, 'repo/posts'), path.join(root, 'repo')]);
    expect(await configSearchPath(path.join(root, 'loose/a'))).toEqual([path.join(root, 'loose/a')]);
    await expect(readFile(mark)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('with noConfigJs, passes over a JS config (reporting it) for the JSON one, and refuses an explicit one', async () => {
    const root = await tempDir();
    const mark = path.join(root, 'ran');
    await writeTree(root, {
      '.git/HEAD': '',
      'article-kit.config.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(mark)}, 'x'); export default {};\n`,
      'package.json': JSON.stringify({ 'article-kit': { rules: { 'multiple-h1': 'warn' } } }),
    });
    const ignored: string[] = [];
    expect(await loadConfig(root, undefined, { noConfigJs: true, onIgnored: (file) => ignored.push(file) })).toEqual({
      config: { rules: { 'multiple-h1': 'warn' } },
      path: path.join(root, 'package.json'),
    });
    expect(ignored).toEqual([path.join(root, 'article-kit.config.mjs')]);
    const error = await loadConfig(root, 'article-kit.config.mjs', { noConfigJs: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(`Not loading ${path.join(root, 'article-kit.config.mjs')}: it is JavaScript, and --no-config-js forbids running a configuration's code`);
    await expect(readFile(mark)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('the CLI: --no-config-js says what it did not load; an ancestor config above the repository is not read', async () => {
    const root = await tempDir();
    const mark = path.join(root, 'ran');
    await writeTree(root, {
      'article-kit.config.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(mark)}, 'x'); export default { rules: { 'no-such-rule': 'off' } };\n`,
      'site/.git/HEAD': '',
      'site/_posts/.keep': '',
      'site/sub/article-kit.config.js': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(mark)}, 'x'); export default {};\n`,
    });
    let stderr = '';
    const io = (cwd: string) => ({ stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {} });
    expect(await cli(['check', '--allow-empty'], io(path.join(root, 'site')))).toBe(0);
    expect(stderr).toBe('');
    expect(await cli(['check', '--no-config-js', '--allow-empty', '../_posts'], io(path.join(root, 'site/sub')))).toBe(0);
    expect(stderr).toBe(`article-kit: not loading ${path.join(root, 'site/sub/article-kit.config.js')}: --no-config-js\n`);
    await expect(readFile(mark)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('imports an .mjs config and takes its default export', async () => {
    const root = await tempDir();
    await writeTree(root, { 'article-kit.config.mjs': 'export default { rules: { "title-length": ["error"] } };\n' });
    const result = await loadConfig(root);
    expect(result).toEqual({ config: { rules: { 'title-length': ['error'] } }, path: path.join(root, 'article-kit.config.mjs') });
  });

  it('uses the module namespace when there is no default export', async () => {
    const root = await tempDir();
    await writeTree(root, { 'cfg/named.mjs': 'export const rules = { "title-length": "warn" };\n' });
    expect((await loadConfig(root, 'cfg/named.mjs')).config).toEqual({ rules: { 'title-length': 'warn' } });
  });

  it('loads an explicit --config path relative to cwd, ignoring the search', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'article-kit.config.json': JSON.stringify({ rules: { 'multiple-h1': 'error' } }),
      'configs/strict.json': JSON.stringify({ rules: { 'heading-empty': 'error' } }),
    });
    const result = await loadConfig(root, 'configs/strict.json');
    expect(result).toEqual({ config: { rules: { 'heading-empty': 'error' } }, path: path.join(root, 'configs/strict.json') });
  });

  it('throws a ConfigError for a missing --config file', async () => {
    const root = await tempDir();
    const error = await loadConfig(root, 'nope.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(path.join(root, 'nope.json'));
  });

  it('throws a ConfigError naming the file, with the cause, for invalid JSON', async () => {
    const root = await tempDir();
    await writeTree(root, { 'article-kit.config.json': '{ "rules": { ' });
    const error = await loadConfig(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.message).toContain(path.join(root, 'article-kit.config.json'));
    expect(configError.cause).toBeInstanceOf(SyntaxError);
  });

  it('throws a ConfigError for a module that fails to load', async () => {
    const root = await tempDir();
    await writeTree(root, { 'article-kit.config.mjs': 'throw new Error("boom");\n' });
    const error = await loadConfig(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/article-kit\.config\.mjs.*boom/);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it.each([
    ['an unknown top-level key', { rules: {}, extends: 'x' }, /unknown key "extends"/],
    ['a non-object', ['error'], /expected an object/],
    ['rules not an object', { rules: ['a'] }, /"rules" must be an object/],
    ['a bad severity', { rules: { a: 'warnings' } }, /rules\["a"\] has severity "warnings"/],
    ['a bad tuple', { rules: { a: ['error', 'x'] } }, /rules\["a"\]\[1\]/],
    ['an empty tuple', { rules: { a: [] } }, /rules\["a"\]/],
    ['a number', { rules: { a: 2 } }, /rules\["a"\]/],
  ])('rejects %s', async (_label, value, pattern) => {
    const root = await tempDir();
    await writeTree(root, { 'article-kit.config.json': JSON.stringify(value) });
    const error = await loadConfig(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(pattern);
    expect((error as Error).message).toContain(path.join(root, 'article-kit.config.json'));
  });

  it('returns an empty config when there is none', async () => {
    // (the package.json ends the search)
    const root = await tempDir();
    await writeTree(root, { 'a/package.json': JSON.stringify({ name: 'no-key' }) });
    expect(await loadConfig(path.join(root, 'a'))).toEqual({ config: {} });
  });
});
