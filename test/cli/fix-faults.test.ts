import { Buffer } from 'node:buffer';
import { execFileSync, spawn } from 'node:child_process';
import { chmod, chown, link, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/index.ts';
import { runCli as runIn } from './_run-cli.ts';
import { root, shared } from '../helpers.ts';

const SEED = `${shared}seeds/000_156decdd737d4216.txt`;
const NOTE = ' (단어 수: 88, 문자 수: 553)';
const APPENDER = fileURLToPath(new URL('./children/appender.mjs', import.meta.url));
const BIN = path.join(root, 'dist/bin.js');

let dir: string;
let original: Buffer;
let fixed: Buffer;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'article-kit-faults-'));
  await mkdir(path.join(dir, '_posts'));
  original = await readFile(SEED);
  fixed = Buffer.from(original.toString('utf8').split(NOTE).join(''));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The seed's fixed text still has a title-h1-mismatch warning: off, so that a fixed file reports nothing. */
const QUIET = ['--no-site', '--rule', 'title-h1-mismatch:off'];

/** `cli()` in the test's folder (or `cwd`). */
const runCli = (argv: string[], cwd = dir) => runIn(argv, cwd);

/** Posts holding the seed (two false count notes --fix removes), mode 0644. */
async function posts(count: number, prefix = 'post'): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, '_posts', `2024-06-${String((i % 28) + 1).padStart(2, '0')}-${prefix}-${String(i).padStart(3, '0')}.md`);
    await writeFile(file, original, { mode: 0o644 });
    files.push(file);
  }
  return files;
}

/** The built bin in a child process. */
async function runBin(argv: string[], cwd = dir) {
  const child = spawn(process.execPath, [BIN, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

const tempFiles = async (folder = path.join(dir, '_posts')): Promise<string[]> => (await readdir(folder)).filter((name) => name.endsWith('.tmp'));

describe('--fix while another program appends to the files (the race)', () => {
  it('loses no append: every file ends as its original or its fix, followed by every line appended to it', { timeout: 180_000 }, async () => {
    const files = await posts(60);
    const stop = path.join(dir, 'stop');
    const appender = spawn(process.execPath, [APPENDER, stop, ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    appender.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    const exited = new Promise<number | null>((resolve) => appender.on('exit', resolve));
    while (!out.startsWith('ready\n')) await new Promise((resolve) => setTimeout(resolve, 5));

    // Runs until every file is fixed (at most 20), so that files changed before they were read
    // are fixed while still appended to.
    const runs = [];
    for (let i = 0; i < 20; i++) {
      const run = await runCli(['check', '--fix', ...QUIET, '--format', 'json']);
      runs.push(run);
      if ((JSON.parse(run.stdout) as Array<{ errorCount: number }>).every((r) => r.errorCount === 0)) break;
    }
    await writeFile(stop, '');
    expect(await exited).toBe(0);
    const appended = JSON.parse(out.slice('ready\n'.length)) as Record<string, string[]>;

    let fixedCount = 0;
    for (const file of files) {
      const tail = Buffer.from((appended[file] ?? []).join(''));
      const content = await readFile(file);
      const base = content.subarray(0, content.length - tail.length);
      expect(content.subarray(content.length - tail.length).equals(tail)).toBe(true);
      expect(base.equals(original) || base.equals(fixed)).toBe(true);
      if (base.equals(fixed)) fixedCount++;
      expect((await stat(file)).mode & 0o777).toBe(0o644);
    }
    expect(Object.values(appended).reduce((n, lines) => n + lines.length, 0)).toBeGreaterThan(0);
    expect(fixedCount).toBeGreaterThan(0);
    for (const run of runs) {
      // A file left unfixed is named on stderr, and keeps its two errors: the exit code says so.
      const noted = new Set<string>();
      for (const line of run.stderr.split('\n').filter(Boolean)) {
        const match = /^article-kit: (_posts\/[\w-]+\.md) (?:changed on disk while it was checked: not fixed|was changed by another program while it was fixed: its text is kept, not fixed)$/.exec(line);
        expect(match, line).not.toBeNull();
        noted.add(match![1]!);
      }
      const report = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number }>;
      expect(report).toHaveLength(60);
      expect(new Set(report.filter((r) => r.errorCount > 0).map((r) => r.filePath))).toEqual(noted);
      expect(run.code).toBe(noted.size > 0 ? 1 : 0);
    }
    expect(await tempFiles()).toEqual([]);
  });
});

describe('files --fix must not write', () => {
  it('refuses a read-only file and one whose owner has no write bit, even as root; fixes the others; exit 2', async () => {
    const [readOnly, ownerCannot, writable] = await posts(3);
    await chmod(readOnly!, 0o444);
    await chmod(ownerCannot!, 0o066);
    const result = await runCli(['check', '--fix', ...QUIET]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'article-kit: cannot write _posts/2024-06-01-post-000.md: it is read-only (mode 0444); not fixed\n' +
        'article-kit: cannot write _posts/2024-06-02-post-001.md: it is read-only (mode 0066); not fixed\n',
    );
    // Both are reported with the findings of their text as it is; the fixed one has none left.
    const findings =
      '  6:251  error  `excerpt` states 88 words, 553 characters, but the text has 54 words, 247 characters  excerpt-stated-counts\n' +
      '  8:251  error  `feature_text` states 88 words, 553 characters, but the text has 54 words, 247 characters  excerpt-stated-counts\n';
    expect(result.stdout).toBe(
      `_posts/2024-06-01-post-000.md\n${findings}\n_posts/2024-06-02-post-001.md\n${findings}\n` +
        '✖ 4 problems (4 errors, 0 warnings, 0 infos)\n  4 errors and 0 warnings potentially fixable with the `--fix` option.\n',
    );
    expect((await readFile(readOnly!)).equals(original)).toBe(true);
    expect((await readFile(ownerCannot!)).equals(original)).toBe(true);
    expect((await readFile(writable!)).equals(fixed)).toBe(true);
    expect((await stat(readOnly!)).mode & 0o7777).toBe(0o444);
    expect((await stat(ownerCannot!)).mode & 0o7777).toBe(0o066);
    expect(await tempFiles()).toEqual([]);
  });

  it.skipIf(process.getuid?.() !== 0)('keeps another user\'s file theirs, with its group and mode, when root fixes it', async () => {
    const [file] = await posts(1);
    await chown(file!, 1234, 5678);
    await chmod(file!, 0o664);
    const result = await runCli(['check', '--fix', ...QUIET]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const st = await stat(file!);
    expect([st.uid, st.gid, st.mode & 0o7777, st.nlink]).toEqual([1234, 5678, 0o664, 1]);
    expect((await readFile(file!)).equals(fixed)).toBe(true);
    expect(await tempFiles()).toEqual([]);
  });

  it.skipIf(process.getuid?.() !== 0)('as another user: refuses a file it may not write; writes one it may in place, keeping its owner', async () => {
    // The built bin, run as uid 1234 in a folder everyone may write (as /tmp is).
    const [notMine, shared] = await posts(2);
    await chmod(dir, 0o777);
    await chmod(path.join(dir, '_posts'), 0o777);
    await chmod(shared!, 0o666);
    const child = spawn(process.execPath, [BIN, 'check', '--fix', ...QUIET], { cwd: dir, uid: 1234, gid: 1234, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('article-kit: cannot write _posts/2024-06-01-post-000.md: this user may not write it (EACCES); not fixed\n');
    expect(code).toBe(2);
    expect(stdout).toMatch(/^_posts\/2024-06-01-post-000\.md\n/);
    expect((await readFile(notMine!)).equals(original)).toBe(true);
    expect((await readFile(shared!)).equals(fixed)).toBe(true);
    for (const file of [notMine!, shared!]) {
      const st = await stat(file);
      expect([st.uid, st.gid]).toEqual([0, 0]);
    }
    expect((await stat(shared!)).mode & 0o7777).toBe(0o666);
    expect(await tempFiles()).toEqual([]);
  });

  it('writes a file with hard links in place: every name sees the fix, the links stay', async () => {
    const [file] = await posts(1);
    const other = path.join(dir, 'elsewhere.md');
    await link(file!, other);
    const before = await stat(file!);
    const result = await runCli(['check', '--fix', ...QUIET]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const after = await stat(file!);
    expect([after.ino, after.nlink, after.mode & 0o7777]).toEqual([before.ino, 2, 0o644]);
    expect((await stat(other)).ino).toBe(before.ino);
    expect((await readFile(file!)).equals(fixed)).toBe(true);
    expect((await readFile(other)).equals(fixed)).toBe(true);
    expect(await tempFiles(dir)).toEqual([]);
    expect(await tempFiles()).toEqual([]);
  });
});

describe('a --fix killed on the way', () => {
  it('finds the temporary files a dead --fix left: reports them on check, removes them on --fix', async () => {
    const [file] = await posts(1);
    // A process id no process has: a child that has exited.
    const child = spawn(process.execPath, ['-e', '']);
    const pid = child.pid!;
    await new Promise((resolve) => child.on('exit', resolve));
    const temp = `.2024-06-01-post-000.md.article-kit-${pid}-0123456789ab.tmp`;
    await writeFile(path.join(dir, '_posts', temp), fixed.subarray(0, 100));

    const checked = await runCli(['check', ...QUIET, '--format', 'json']);
    expect(checked.stderr).toBe(`article-kit: _posts/${temp} is a temporary file left by an interrupted --fix (process ${pid}): --fix removes it\n`);
    expect(await tempFiles()).toEqual([temp]);
    const dryRun = await runCli(['check', '--fix', '--dry-run', ...QUIET, '--format', 'json']);
    // The leftover is reported, not removed, and the diff follows it on stderr.
    expect(dryRun.stderr.startsWith(`article-kit: _posts/${temp} is a temporary file left by an interrupted --fix (process ${pid}): --fix removes it\n--- a/_posts/`)).toBe(true);

    const fixing = await runCli(['check', '--fix', ...QUIET]);
    expect(fixing).toEqual({ code: 0, stdout: '', stderr: `article-kit: removed _posts/${temp}, a temporary file left by an interrupted --fix (process ${pid})\n` });
    expect(await tempFiles()).toEqual([]);
    expect((await readFile(file!)).equals(fixed)).toBe(true);
  });

  it('leaves the temporary file of a --fix that is still running', async () => {
    await posts(1);
    const temp = `.2024-06-01-post-000.md.article-kit-${process.ppid}-0123456789ab.tmp`;
    await writeFile(path.join(dir, '_posts', temp), 'partial');
    const fixing = await runCli(['check', '--fix', ...QUIET]);
    expect(fixing.stderr).toBe(`article-kit: _posts/${temp} is a temporary file of a --fix that may still be running (process ${process.ppid}): left as it is\n`);
    expect(await tempFiles()).toEqual([temp]);
    expect(await readFile(path.join(dir, '_posts', temp), 'utf8')).toBe('partial');
  });
});


describe('--fix on a full disk (a real tmpfs, where this machine lets the test mount one)', () => {
  it('reports every file it cannot write, with worker threads, exits 2, and fixes them once there is room', async (context) => {
    const mount = path.join(dir, 'disk');
    await mkdir(mount);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mount], { stdio: 'ignore' });
    } catch {
      context.skip();
    }
    try {
      const postsDir = path.join(mount, '_posts');
      await mkdir(postsDir);
      // Workers start at 500 files.
      const names = Array.from({ length: 520 }, (_, i) => `2024-06-${String((i % 28) + 1).padStart(2, '0')}-post-${String(i).padStart(3, '0')}.md`).sort();
      for (const name of names) await writeFile(path.join(postsDir, name), original, { mode: 0o644 });
      const filler = path.join(mount, 'filler');
      for (const size of [1 << 20, 1 << 16, 1 << 12, 1]) {
        for (;;) {
          try {
            await writeFile(filler, Buffer.alloc(size), { flag: 'a' });
          } catch {
            break;
          }
        }
      }
      const full = await runBin(['check', '--fix', ...QUIET, '--format', 'json', '--concurrency', '2'], mount);
      expect(full.code).toBe(2);
      expect(full.stderr).toBe(names.map((name) => `article-kit: cannot write _posts/${name}: ENOSPC: no space left on device; not fixed\n`).join(''));
      const report = JSON.parse(full.stdout) as Array<{ filePath: string; errorCount: number }>;
      expect(report.map((r) => [r.filePath, r.errorCount])).toEqual(names.map((name) => [`_posts/${name}`, 2]));
      for (const name of names) expect((await readFile(path.join(postsDir, name))).equals(original)).toBe(true);
      expect(await tempFiles(postsDir)).toEqual([]);

      await rm(filler);
      const roomy = await runBin(['check', '--fix', ...QUIET, '--concurrency', '2'], mount);
      expect(roomy).toEqual({ code: 0, stdout: '', stderr: '' });
      for (const name of names) expect((await readFile(path.join(postsDir, name))).equals(fixed)).toBe(true);
      expect(await tempFiles(postsDir)).toEqual([]);
    } finally {
      execFileSync('umount', [mount]);
    }
  });
});
