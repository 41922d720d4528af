// Files, stdin and the cache through the built bin (`npx tsup --silent` first): process.stdin,
// and a fresh process per run, as a site is read once per process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../dist/bin.js');
const CLEAN = '---\ntitle: 깨끗한 글\ncategories: [뉴스]\n---\n본문입니다.\n';
const INVISIBLE = '---\ntitle: 보이지 않는 문자\ncategories: [뉴스]\n---\n정부가\u200B 발표했습니다.\n';

let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'article-kit-bin-')));
  mkdirSync(path.join(dir, '.git'));
  mkdirSync(path.join(dir, '_posts/drafts'), { recursive: true });
  writeFileSync(path.join(dir, '_posts/2024-06-19-a.md'), CLEAN);
  writeFileSync(path.join(dir, '_posts/drafts/2024-06-20-b.md'), INVISIBLE);
  writeFileSync(path.join(dir, '_posts/.2024-06-21-dot.md'), INVISIBLE);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** `node dist/bin.js argv…` in the temp dir, with `input` on stdin. */
function bin(argv: string[], input = '') {
  const run = spawnSync(process.execPath, [BIN, ...argv], { cwd: dir, input, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const files = (stdout: string): string[] => (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath);

describe('the built bin', () => {
  it('globs: negation, dot names; .article-kitignore and the warning for a file named', () => {
    expect(files(bin(['check', '-f', 'json', '_posts/**/*.md']).stdout)).toEqual(['_posts/2024-06-19-a.md', '_posts/drafts/2024-06-20-b.md']);
    expect(bin(['check', '-f', 'json', '_posts/**/*.md', '!_posts/drafts/**'])).toEqual({ code: 0, stdout: expect.any(String), stderr: '' });
    writeFileSync(path.join(dir, '.article-kitignore'), '# not ready\ndrafts/\n');
    expect(files(bin(['check', '-f', 'json']).stdout)).toEqual(['_posts/2024-06-19-a.md']);
    expect(bin(['check', '_posts/drafts/2024-06-20-b.md'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'article-kit: warning: _posts/drafts/2024-06-20-b.md: File ignored because of a matching ignore pattern\n',
    });
  });

  it('check - reads process.stdin; --fix - prints the fixed post; parse - and stats - too', () => {
    expect(bin(['check', '-', '--stdin-filename', '_posts/2024-06-22-c.md', '-f', 'json'], CLEAN)).toEqual({
      code: 0,
      stdout: '[{"filePath":"_posts/2024-06-22-c.md","messages":[],"errorCount":0,"warningCount":0,"infoCount":0,"fixableCount":0}]\n',
      stderr: '',
    });
    expect(bin(['check', '--fix', '-', '--stdin-filename', '_posts/2024-06-22-c.md'], INVISIBLE)).toEqual({ code: 0, stdout: INVISIBLE.replace('\u200B', ''), stderr: '' });
    expect(JSON.parse(bin(['parse', '-'], CLEAN).stdout)).toMatchObject({ path: '<stdin>.md', html: '<p>본문입니다.</p>\n' });
    expect(JSON.parse(bin(['stats', '-', '--format', 'json'], CLEAN).stdout)).toMatchObject({ files: [{ filePath: '<stdin>' }] });
  });

  it('--cache: the same output from the cache; a change in the site re-checks its posts', () => {
    writeFileSync(path.join(dir, '_config.yml'), 'title: 블로그\n');
    const cold = bin(['check', '--cache', '-f', 'json']);
    const stored = (): Record<string, { site: string }> => (JSON.parse(readFileSync(path.join(dir, 'node_modules/.cache/article-kit/cache.json'), 'utf8')) as { files: Record<string, { site: string }> }).files;
    const siteBefore = stored()['_posts/2024-06-19-a.md']?.site;
    expect(siteBefore).toMatch(/^[0-9a-f]{64}$/);
    expect(bin(['check', '--cache', '-f', 'json'])).toEqual(cold);
    mkdirSync(path.join(dir, '_includes'));
    writeFileSync(path.join(dir, '_includes/note.html'), '<p>note</p>\n');
    expect(bin(['check', '--cache', '-f', 'json'])).toEqual(cold);
    expect(stored()['_posts/2024-06-19-a.md']?.site).not.toBe(siteBefore);
  });

  it('--cache: a change in a site file a post includes re-checks the post (files count by size and time)', () => {
    writeFileSync(path.join(dir, '_config.yml'), 'title: 블로그\n');
    writeFileSync(path.join(dir, '_posts/part.txt'), '포함된 글입니다.\n');
    writeFileSync(path.join(dir, '_posts/2024-06-23-inc.md'), '---\ntitle: 포함된 파일의 글\ncategories: [뉴스]\n---\n{% include_relative part.txt %}\n');
    const findings = (): string[] => (JSON.parse(bin(['check', '--cache', '-f', 'json', '_posts/2024-06-23-inc.md']).stdout) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(findings()).toEqual([]);
    expect(findings()).toEqual([]);
    writeFileSync(path.join(dir, '_posts/part.txt'), '# 다른 제목입니다\n');
    expect(findings()).toEqual(['title-h1-mismatch']);
  });
});
