import { Buffer } from 'node:buffer';
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/cli/check-file.ts';
import { cli } from '../../src/cli/index.ts';
import { MAX_POST_BYTES, readPost } from '../../src/cli/read-post.ts';
import { runCli as runIn } from './_run-cli.ts';
import { root, shared } from '../helpers.ts';

const BIN = path.join(root, 'dist/bin.js');
const SEED = `${shared}seeds/000_156decdd737d4216.txt`;
const NOTE = ' (단어 수: 88, 문자 수: 553)';
const ARGS = ['--no-site', '--rule', 'title-h1-mismatch:off'];

let dir: string;
let outside: string;
let original: Buffer;
let fixed: Buffer;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'article-kit-special-'));
  outside = await mkdtemp(path.join(tmpdir(), 'article-kit-outside-'));
  await mkdir(path.join(dir, '_posts'));
  original = await readFile(SEED);
  fixed = Buffer.from(original.toString('utf8').split(NOTE).join(''));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

/** `cli()` in the test's folder (or `cwd`). */
const runCli = (argv: string[], cwd = dir) => runIn(argv, cwd);

/** The built bin in a child process; the test's own timeout is what a hang would hit. */
async function runBin(argv: string[]) {
  const child = spawn(process.execPath, [BIN, ...argv], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

const mkfifo = (file: string): void => {
  execFileSync('mkfifo', [file]);
};

describe('special files given on the command line (the built bin)', () => {
  it('parse of a FIFO with no writer says so and exits 2, without blocking', { timeout: 30_000 }, async () => {
    mkfifo(path.join(dir, 'fifo.md'));
    expect(await runBin(['parse', 'fifo.md'])).toEqual({ code: 2, stdout: '', stderr: 'article-kit: skipped fifo.md: not a regular file (a FIFO)\n' });
  });

  it('parse of /dev/zero says so and exits 2, without reading it', { timeout: 30_000 }, async () => {
    expect(await runBin(['parse', '/dev/zero'])).toEqual({ code: 2, stdout: '', stderr: 'article-kit: skipped /dev/zero: not a regular file (a character device)\n' });
  });

  it('check and stats of a FIFO and /dev/zero report both and exit 2', { timeout: 30_000 }, async () => {
    mkfifo(path.join(dir, 'fifo.md'));
    const expected = 'article-kit: skipped /dev/zero: not a regular file (a character device)\narticle-kit: skipped fifo.md: not a regular file (a FIFO)\n';
    expect(await runBin(['check', 'fifo.md', '/dev/zero', ...ARGS])).toEqual({ code: 2, stdout: '', stderr: expected });
    expect((await runBin(['stats', 'fifo.md', '/dev/zero', '--no-site', '--format', 'json'])).stderr).toBe(expected);
  });
});

describe('readPost reads only regular files, and only so much', () => {
  it('refuses a FIFO, /dev/zero and a socket on the open handle', { timeout: 30_000 }, async () => {
    const fifo = path.join(dir, 'fifo.md');
    mkfifo(fifo);
    expect(() => readPost(fifo)).toThrow(expect.objectContaining({ code: 'ENOTREG', message: `Cannot read ${fifo}: not a regular file (a FIFO)` }));
    expect(() => readPost('/dev/zero')).toThrow(expect.objectContaining({ code: 'ENOTREG', message: 'Cannot read /dev/zero: not a regular file (a character device)' }));
  });

  it('refuses a file over 10 MiB, and reads one of exactly 10 MiB', async () => {
    const big = path.join(dir, 'big.md');
    await writeFile(big, '');
    await truncate(big, MAX_POST_BYTES + 1);
    expect(() => readPost(big)).toThrow(expect.objectContaining({ code: 'EFBIG', message: `Cannot read ${big}: larger than 10 MiB: not read` }));
    await truncate(big, MAX_POST_BYTES);
    expect(readPost(big).bytes.length).toBe(MAX_POST_BYTES);
  });
});

describe('special files and odd names found in a folder', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  it('skips a FIFO, a socket and a name that is not UTF-8, says so, and checks the rest', { timeout: 30_000 }, async () => {
    await writeFile(path.join(dir, '_posts/2024-01-02-real.md'), original, { mode: 0o644 });
    mkfifo(path.join(dir, '_posts/2024-01-01-fifo.md'));
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(path.join(dir, '_posts/2024-01-03-socket.md'), resolve));
    writeFileSync(Buffer.concat([Buffer.from(path.join(dir, '_posts/2024-01-04-')), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]), original);
    mkfifo(path.join(dir, '_posts/not-a-post.txt')); // not a post name: not reported
    const result = await runCli(['check', '--fix', ...ARGS]);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr:
        'article-kit: skipped _posts/2024-01-01-fifo.md: not a regular file (a FIFO)\n' +
        'article-kit: skipped _posts/2024-01-03-socket.md: not a regular file (a socket)\n' +
        'article-kit: skipped _posts/2024-01-04-\\xFF\\xFE.md: the file name is not valid UTF-8\n',
    });
    expect((await readFile(path.join(dir, '_posts/2024-01-02-real.md'))).equals(fixed)).toBe(true);
    const odd = (await readdir(path.join(dir, '_posts'), { encoding: 'buffer' })).find((name) => name.includes(0xff))!;
    expect((await readFile(Buffer.concat([Buffer.from(path.join(dir, '_posts/')), odd]))).equals(original)).toBe(true);
  });
});

describe('symbolic links out of the tree', () => {
  it('are neither checked nor fixed, and are reported; links inside are followed', async () => {
    const secret = path.join(outside, 'secret.md');
    await writeFile(secret, original, { mode: 0o644 });
    await mkdir(path.join(outside, 'posts'));
    await writeFile(path.join(outside, 'posts/2024-01-01-x.md'), original, { mode: 0o644 });
    await writeFile(path.join(dir, 'inside.md'), original, { mode: 0o644 });
    await symlink(secret, path.join(dir, '_posts/2024-01-01-evil.md'));
    await symlink(path.join(outside, 'posts'), path.join(dir, '_posts/more'));
    await symlink('../inside.md', path.join(dir, '_posts/2024-01-02-inside.md'));

    const result = await runCli(['check', '--fix', ...ARGS]);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr:
        `article-kit: skipped _posts/2024-01-01-evil.md: a symbolic link out of ${dir} (to ${secret}): not followed\n` +
        `article-kit: skipped _posts/more: a symbolic link out of ${dir} (to ${path.join(outside, 'posts')}): not followed\n`,
    });
    expect((await readFile(secret)).equals(original)).toBe(true);
    expect((await readFile(path.join(outside, 'posts/2024-01-01-x.md'))).equals(original)).toBe(true);
    expect((await readFile(path.join(dir, 'inside.md'))).equals(fixed)).toBe(true);
  });

  it('named on the command line (as a shell glob would), it is reported and the run exits 2', async () => {
    const secret = path.join(outside, 'secret.md');
    await writeFile(secret, original, { mode: 0o644 });
    await symlink(secret, path.join(dir, '_posts/2024-01-01-evil.md'));
    const result = await runCli(['check', '--fix', '_posts/2024-01-01-evil.md', ...ARGS]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `article-kit: skipped _posts/2024-01-01-evil.md: a symbolic link out of ${dir} (to ${secret}): not followed\n` });
    expect((await readFile(secret)).equals(original)).toBe(true);
    const parse = await runCli(['parse', '_posts/2024-01-01-evil.md', '--no-site']);
    expect(parse).toEqual({ code: 2, stdout: '', stderr: `article-kit: skipped _posts/2024-01-01-evil.md: a symbolic link out of ${dir} (to ${secret}): not followed\n` });
  });

  it('a post that became a link out of the tree after it was listed is neither read nor written', async () => {
    const secret = path.join(outside, 'secret.md');
    await writeFile(secret, original, { mode: 0o644 });
    const link = path.join(dir, '_posts/2024-01-01-swapped.md');
    await symlink(secret, link);
    const outcome = await checkFile(link, { cwd: dir, rules: {}, fix: true, dryRun: false });
    expect(outcome).toEqual({ kind: 'unreadable', filePath: '_posts/2024-01-01-swapped.md', message: `it is now a symbolic link out of ${dir} (to ${secret}): not read` });
    expect((await readFile(secret)).equals(original)).toBe(true);
  });

  it('--allow-outside-links follows them', async () => {
    const secret = path.join(outside, 'secret.md');
    await writeFile(secret, original, { mode: 0o644 });
    await symlink(secret, path.join(dir, '_posts/2024-01-01-evil.md'));
    expect(await runCli(['check', '--fix', '--allow-outside-links', ...ARGS])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await readFile(secret)).equals(fixed)).toBe(true);
  });
});
