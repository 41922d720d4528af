import { execFile } from 'node:child_process';
import { chmod, copyFile, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './_run-cli.ts';
import { root, shared } from '../helpers.ts';

const run = promisify(execFile);
const NOTE = ' (단어 수: 88, 문자 수: 553)';
const SEED = `${shared}seeds/000_156decdd737d4216.txt`;
const CLEAN = `---
title: 깨끗한 글의 제목입니다
categories:
  - News
excerpt: >
  시청 앞 광장에서 봄맞이 행사가 열렸습니다.
---

## 행사 소식

시청 앞 광장에서 봄맞이 행사가 열렸습니다.
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'article-kit-cli-'));
  await mkdir(path.join(dir, '_posts'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('check', () => {
  it('exits 0 on a clean post, by the default glob', async () => {
    await writeFile(path.join(dir, '_posts/2024-06-12-clean.md'), CLEAN);
    const result = await runCli(['check'], dir);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const json = await runCli(['check', '--format', 'json'], dir);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ filePath: '_posts/2024-06-12-clean.md', messages: [], errorCount: 0, warningCount: 0 }),
    ]);
  });

  it('exits 1 on seed 000 with excerpt-stated-counts at its line and column, in every format', async () => {
    await copyFile(SEED, path.join(dir, '_posts/2024-06-19-seed.md'));
    const stylish = await runCli(['check'], dir);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/^_posts\/2024-06-19-seed\.md\n/);
    expect(stylish.stdout).toMatch(/ {2}6:251 +error +`excerpt` states 88 words, 553 characters, but the text has 54 words, 247 characters +excerpt-stated-counts\n/);
    expect(stylish.stdout).toMatch(/ {2}8:251 +error +`feature_text` states/);

    const json = await runCli(['check', '--format', 'json'], dir);
    expect(json.code).toBe(1);
    const [entry] = JSON.parse(json.stdout) as Array<{ filePath: string; errorCount: number; messages: Array<Record<string, unknown>> }>;
    expect(entry?.filePath).toBe('_posts/2024-06-19-seed.md');
    expect(entry?.errorCount).toBe(2);
    expect(entry?.messages.filter((m) => m['ruleId'] === 'excerpt-stated-counts').map((m) => [m['line'], m['column'], m['severity']])).toEqual([
      [6, 251, 'error'],
      [8, 251, 'error'],
    ]);

    const github = await runCli(['check', '--format', 'github'], dir);
    expect(github.code).toBe(1);
    expect(github.stdout).toContain(
      '::error file=_posts/2024-06-19-seed.md,line=6,col=251,endLine=6,endColumn=272,title=excerpt-stated-counts::`excerpt` states 88 words, 553 characters, but the text has 54 words, 247 characters\n',
    );

    const sarif = await runCli(['check', '--format', 'sarif'], dir);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.name).toBe('article-kit');
    const ruleIds = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toContain('excerpt-stated-counts');
    const results = log.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'excerpt-stated-counts');
    expect(results.map((r: { level: string; ruleIndex: number; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }) => [
      r.level,
      ruleIds[r.ruleIndex],
      r.locations[0]?.physicalLocation.artifactLocation.uri,
      r.locations[0]?.physicalLocation.region.startLine,
      r.locations[0]?.physicalLocation.region.startColumn,
    ])).toEqual([
      ['error', 'excerpt-stated-counts', '_posts/2024-06-19-seed.md', 6, 251],
      ['error', 'excerpt-stated-counts', '_posts/2024-06-19-seed.md', 8, 251],
    ]);
  });

  it('exits 2 for a missing path, a bad flag and a bad configuration', async () => {
    expect(await runCli(['check', 'nope.md'], dir)).toEqual({ code: 2, stdout: '', stderr: 'article-kit: no such file or no match: nope.md\n' });
    expect((await runCli(['check', '--format', 'xml'], dir)).code).toBe(2);
    expect((await runCli(['check', '--rule', 'no-such-rule:error'], dir)).stderr).toBe('article-kit: --rule names an unknown rule "no-such-rule"\nRun article-kit --help for usage.\n');
    expect((await runCli(['check', '--bogus'], dir)).code).toBe(2);
    await writeFile(path.join(dir, 'article-kit.config.json'), '{ "rules": ');
    expect((await runCli(['check'], dir)).code).toBe(2);
  });

  it('honours --rule, --quiet and --max-warnings', async () => {
    await copyFile(SEED, path.join(dir, '_posts/2024-06-19-seed.md'));
    expect((await runCli(['check', '--rule', 'excerpt-stated-counts:warn'], dir)).code).toBe(0);
    expect((await runCli(['check', '--rule', 'excerpt-stated-counts:warn', '--max-warnings', '0'], dir)).code).toBe(1);
    const quiet = await runCli(['check', '--quiet', '--format', 'json'], dir);
    const [entry] = JSON.parse(quiet.stdout) as Array<{ messages: Array<{ severity: string }> }>;
    expect(entry?.messages.every((m) => m.severity === 'error')).toBe(true);
  });

  it('reads rules from article-kit.config.json found upward', async () => {
    await copyFile(SEED, path.join(dir, '_posts/2024-06-19-seed.md'));
    await writeFile(path.join(dir, 'article-kit.config.json'), JSON.stringify({ rules: { 'excerpt-stated-counts': 'off' } }));
    expect((await runCli(['check'], dir)).code).toBe(0);
  });
});

describe('check --fix', () => {
  const expectNotesRemoved = async (file: string, original: Buffer) => {
    const noteBytes = Buffer.from(NOTE);
    const first = original.indexOf(noteBytes);
    const second = original.indexOf(noteBytes, first + 1);
    const expected = Buffer.concat([original.subarray(0, first), original.subarray(first + noteBytes.length, second), original.subarray(second + noteBytes.length)]);
    expect(Buffer.compare(await readFile(file), expected)).toBe(0);
  };

  it('removes both notes and no other byte; a second --fix changes nothing', async () => {
    const file = path.join(dir, '_posts/2024-06-19-seed.md');
    await copyFile(SEED, file);
    await chmod(file, 0o644); // the shared seed is read-only, and --fix leaves read-only files
    const original = await readFile(file);
    const first = await runCli(['check', '--fix'], dir);
    expect(first.code).toBe(0);
    await expectNotesRemoved(file, original);
    const after = await readFile(file);
    const second = await runCli(['check', '--fix'], dir);
    expect(second.code).toBe(0);
    expect(Buffer.compare(await readFile(file), after)).toBe(0);
    expect(await readdir(path.join(dir, '_posts'))).toEqual(['2024-06-19-seed.md']);
  });

  it('keeps a BOM and CRLF line endings', async () => {
    const file = path.join(dir, '_posts/2024-06-19-seed.md');
    const original = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from((await readFile(SEED, 'utf8')).replace(/\n/g, '\r\n'))]);
    await writeFile(file, original);
    expect((await runCli(['check', '--fix'], dir)).code).toBe(0);
    await expectNotesRemoved(file, original);
  });

  it('writes through a symlink and keeps a 0640 mode', async () => {
    const target = path.join(dir, 'real-seed.md');
    await copyFile(SEED, target);
    await chmod(target, 0o640);
    const link = path.join(dir, '_posts/2024-06-19-seed.md');
    await symlink(target, link);
    const original = await readFile(target);
    expect((await runCli(['check', '--fix'], dir)).code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    await expectNotesRemoved(target, original);
  });

  it('prints a diff and writes nothing with --dry-run', async () => {
    const file = path.join(dir, '_posts/2024-06-19-seed.md');
    await copyFile(SEED, file);
    const original = await readFile(file);
    const result = await runCli(['check', '--fix', '--dry-run', '--format', 'json'], dir);
    // The diff goes to stderr: the JSON on stdout stays parseable.
    expect(result.stderr).toContain('--- a/_posts/2024-06-19-seed.md\n+++ b/_posts/2024-06-19-seed.md\n');
    expect(result.stderr).toContain(`-  한반도 평화와 안전을 위해`);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expect(Buffer.compare(await readFile(file), original)).toBe(0);
  });
});

describe('stats and parse', () => {
  it('prints a table and JSON of the counts', async () => {
    await writeFile(path.join(dir, '_posts/2024-06-12-clean.md'), CLEAN);
    const table = await runCli(['stats'], dir);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^file +words \(어절\) +chars +chars w\/o spaces +reading min +headings +paragraphs +tables$/);
    const json = await runCli(['stats', '--format', 'json'], dir);
    expect(JSON.parse(json.stdout).files).toEqual([
      { filePath: '_posts/2024-06-12-clean.md', words: 8, characters: 31, charactersWithoutSpaces: 23, readingMinutes: 0, headings: 1, paragraphs: 1, tables: 0 },
    ]);
  });

  it('prints an Article', async () => {
    await writeFile(path.join(dir, '_posts/2024-06-12-clean.md'), CLEAN);
    const result = await runCli(['parse', '_posts/2024-06-12-clean.md'], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ title: '깨끗한 글의 제목입니다', date: '2024-06-12', slug: 'clean', headings: [{ level: 2, text: '행사 소식' }] });
  });
});

describe('the built bin', () => {
  const bin = path.join(root, 'dist/bin.js');

  it('exits 1 on seed 000 and prints the finding', async () => {
    await copyFile(SEED, path.join(dir, '_posts/2024-06-19-seed.md'));
    const failure = await run(process.execPath, [bin, 'check', '--format', 'github'], { cwd: dir }).catch((error: { code: number; stdout: string }) => error);
    expect('code' in failure ? failure.code : 0).toBe(1);
    expect(failure.stdout).toContain('::error file=_posts/2024-06-19-seed.md,line=6,col=251,');
  });

  it('checks the shared corpus, in a deterministic order', async () => {
    const corpus = `${shared}corpus/posts`;
    const outcome = await run(process.execPath, [bin, 'check', corpus, '--format', 'json'], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    const results = JSON.parse(outcome.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: string }> }>;
    expect(results).toHaveLength(291);
    expect(results.map((r) => r.filePath)).toEqual([...results.map((r) => r.filePath)].sort());
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 'error').map((m) => m.ruleId));
    expect(new Set(errors)).toEqual(new Set(['yaml-syntax']));
    expect('code' in outcome ? outcome.code : 0).toBe(1);
  });

  it('gives the same output on worker threads as on the main thread', async () => {
    // Workers start at 500 files: two copies of the corpus make 582.
    const posts = path.join(dir, 'many');
    await mkdir(posts);
    for (const name of await readdir(`${shared}corpus/posts`)) {
      await copyFile(`${shared}corpus/posts/${name}`, path.join(posts, `a-${name}`));
      await copyFile(`${shared}corpus/posts/${name}`, path.join(posts, `b-${name}`));
    }
    const check = (extra: string[]) =>
      run(process.execPath, [bin, 'check', 'many', '--format', 'json', ...extra], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).catch(
        (error: { stdout: string }) => error,
      );
    const [workers, single] = await Promise.all([check(['--concurrency', '2']), check(['--concurrency', '1'])]);
    expect(JSON.parse(workers.stdout)).toHaveLength(582);
    expect(workers.stdout).toBe(single.stdout);
  });
});
