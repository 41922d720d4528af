import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './_run-cli.ts';

/** Every parse the CLI makes, by the path it gives: what the cache must spare. */
const parsed = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock('../../src/article/parse-article.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/article/parse-article.ts')>();
  return {
    ...actual,
    parseArticle: (...args: Parameters<typeof actual.parseArticle>) => {
      parsed.paths.push(String(args[1]?.path));
      return actual.parseArticle(...args);
    },
  };
});

let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'article-kit-cache-')));
  mkdirSync(path.join(dir, '.git'));
  mkdirSync(path.join(dir, '_posts'));
  writeFileSync(path.join(dir, '_posts/2024-06-19-a.md'), CLEAN);
  writeFileSync(path.join(dir, '_posts/2024-06-20-b.md'), WARNED);
  parsed.paths = [];
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const CLEAN = '---\ntitle: 깨끗한 글\ncategories: [뉴스]\n---\n본문입니다.\n';
const WARNED = '---\ntitle: 세 경고가 있는 글의 제목입니다\ncategories: [뉴스]\n---\n# 하나\n\n# 둘\n\n![](/a.png)\n';
const INVISIBLE = '---\ntitle: 보이지 않는 문자\ncategories: [뉴스]\n---\n정부가\u200B 발표했습니다.\n';
const STYLISH =
  '_posts/2024-06-20-b.md\n' +
  '  5:1  warning  The first h1 “하나” differs from the front matter title “세 경고가 있는 글의 제목입니다”  title-h1-mismatch\n' +
  '  7:1  warning  Another h1 (the first is on line 5): a post has one top-level heading; make this one an h2  multiple-h1\n' +
  '  9:1  warning  This image has no alt text: describe what it shows for readers who cannot see it  image-alt-missing\n\n' +
  '✖ 3 problems (0 errors, 3 warnings, 0 infos)\n';
const CACHE_FILE = 'node_modules/.cache/article-kit/cache.json';

/** Runs `check --cache argv…`; the posts parsed by it. */
async function cached(...argv: string[]) {
  parsed.paths = [];
  const run = await runCli(['check', '--cache', ...argv], dir);
  return { ...run, parsed: [...parsed.paths].sort() };
}

describe('--cache', () => {
  it('a second run gives the same output without parsing; the cache file holds the results', async () => {
    expect(await cached()).toEqual({ code: 0, stdout: STYLISH, stderr: '', parsed: ['_posts/2024-06-19-a.md', '_posts/2024-06-20-b.md'] });
    const stored = JSON.parse(readFileSync(path.join(dir, CACHE_FILE), 'utf8')) as { format: number; key: string; files: Record<string, { sha256: string; site: string; result: { warningCount: number } }> };
    expect(Object.keys(stored.files)).toEqual(['_posts/2024-06-19-a.md', '_posts/2024-06-20-b.md']);
    expect(stored.files['_posts/2024-06-20-b.md']).toMatchObject({ site: '', result: { warningCount: 3 } });
    expect(stored.files['_posts/2024-06-20-b.md']?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await cached()).toEqual({ code: 0, stdout: STYLISH, stderr: '', parsed: [] });
    const json = await runCli(['check', '-f', 'json'], dir);
    expect(await cached('-f', 'json')).toEqual({ ...json, parsed: [] });
    // No temporary file is left beside it.
    expect(readdirSync(path.join(dir, 'node_modules/.cache/article-kit'))).toEqual(['cache.json']);
  });

  it('re-checks a changed file only', async () => {
    await cached();
    writeFileSync(path.join(dir, '_posts/2024-06-19-a.md'), WARNED.replace('![](/a.png)', '![그림](/a.png)'));
    const second = await cached('-f', 'json');
    expect(second.parsed).toEqual(['_posts/2024-06-19-a.md']);
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout) as Array<{ warningCount: number }>).map((r) => r.warningCount)).toEqual([2, 3]);
  });

  it('a changed configuration, --rule or flag discards the whole cache', async () => {
    await cached();
    writeFileSync(path.join(dir, 'article-kit.config.json'), JSON.stringify({ rules: { 'image-alt-missing': 'error' } }));
    const changed = await cached();
    expect(changed.parsed).toHaveLength(2);
    expect(changed.code).toBe(1);
    expect((await cached()).parsed).toEqual([]);
    expect((await cached('--rule', 'multiple-h1:off')).parsed).toHaveLength(2);
    expect((await cached('--report-unused-disable-directives')).parsed).toHaveLength(2);
    expect((await cached('--no-site', '--report-unused-disable-directives')).parsed).toHaveLength(2);
  });

  it('a corrupt cache file, or one of another shape, is ignored and rebuilt', async () => {
    for (const junk of ['{ not json', '[]', '{"format":1,"key":"x","files":{"_posts/2024-06-19-a.md":5}}', '']) {
      mkdirSync(path.join(dir, 'node_modules/.cache/article-kit'), { recursive: true });
      writeFileSync(path.join(dir, CACHE_FILE), junk);
      expect(await cached()).toEqual({ code: 0, stdout: STYLISH, stderr: '', parsed: ['_posts/2024-06-19-a.md', '_posts/2024-06-20-b.md'] });
      expect((await cached()).parsed).toEqual([]);
    }
  });

  it('--cache-location: a file, or a folder (created) for cache.json', async () => {
    expect((await cached('--cache-location', 'here.json')).code).toBe(0);
    expect(existsSync(path.join(dir, 'here.json'))).toBe(true);
    expect((await cached('--cache-location', 'here.json')).parsed).toEqual([]);
    await cached('--cache-location', 'deep/er/');
    expect(existsSync(path.join(dir, 'deep/er/cache.json'))).toBe(true);
    expect(existsSync(path.join(dir, CACHE_FILE))).toBe(false);
    expect(await runCli(['check', '--cache-location', 'x.json'], dir)).toEqual({ code: 2, stdout: '', stderr: 'article-kit: --cache-location only goes with --cache\nRun article-kit --help for usage.\n' });
  });

  it('a cache that cannot be written: said on stderr, the results stand', async () => {
    writeFileSync(path.join(dir, 'blocker'), '');
    const run = await cached('--cache-location', 'blocker/cache.json');
    expect(run).toMatchObject({ code: 0, stdout: STYLISH });
    expect(run.stderr).toMatch(/^article-kit: cannot write the cache: E(NOTDIR|EXIST)/);
  });

  it('with --fix, a file whose stored result has fixes is checked (and fixed), not served', async () => {
    writeFileSync(path.join(dir, '_posts/2024-06-21-c.md'), INVISIBLE);
    expect((await cached('-f', 'json')).parsed).toHaveLength(3);
    const fixed = await cached('--fix', '-f', 'json');
    expect(fixed.parsed).toEqual(['_posts/2024-06-21-c.md', '_posts/2024-06-21-c.md']);
    expect((JSON.parse(fixed.stdout) as Array<{ warningCount: number }>).map((r) => r.warningCount)).toEqual([0, 3, 0]);
    expect(readFileSync(path.join(dir, '_posts/2024-06-21-c.md'), 'utf8')).toBe(INVISIBLE.replace('\u200B', ''));
    // Written by --fix, so not stored: checked once more, then served.
    expect((await cached()).parsed).toEqual(['_posts/2024-06-21-c.md']);
    expect((await cached()).parsed).toEqual([]);
  });
});
