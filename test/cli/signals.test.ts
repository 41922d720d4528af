import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/index.ts';
import { root, shared } from '../helpers.ts';

// The built bin in child processes: signals, and files that never end.
const BIN = path.join(root, 'dist/bin.js');
const HANG_RENAME = fileURLToPath(new URL('./children/hang-rename.mjs', import.meta.url));
const SEED = `${shared}seeds/000_156decdd737d4216.txt`;
const NOTE = ' (단어 수: 88, 문자 수: 553)';
const ARGS = ['--no-site', '--rule', 'title-h1-mismatch:off'];

let dir: string;
let posts: string;
let original: Buffer;
let fixed: Buffer;
const names = ['2024-06-01-a.md', '2024-06-02-b.md', '2024-06-03-c.md'];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'article-kit-signals-'));
  posts = path.join(dir, '_posts');
  await mkdir(posts);
  original = await readFile(SEED);
  fixed = Buffer.from(original.toString('utf8').split(NOTE).join(''));
  for (const name of names) await writeFile(path.join(posts, name), original, { mode: 0o644 });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `check --fix` in a child whose renames hang; resolves once every file's temporary file is written. */
async function hangingFix() {
  const child = spawn(process.execPath, ['--import', HANG_RENAME, BIN, 'check', '--fix', ...ARGS], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  while ((stderr.match(/^hook: renaming /gm) ?? []).length < names.length) await new Promise((resolve) => setTimeout(resolve, 10));
  return { child, exited, stderr: () => stderr };
}

const temps = async (): Promise<string[]> => (await readdir(posts)).filter((name) => name.endsWith('.tmp')).sort();

describe('a --fix interrupted while its temporary files exist', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s removes them and ends the process by the signal; the posts are as they were', async (signal) => {
    const run = await hangingFix();
    const before = await temps();
    expect(before).toHaveLength(3);
    for (const [i, name] of before.entries()) expect(name).toMatch(new RegExp(`^\\.${names[i]!.replace(/\./g, '\\.')}\\.article-kit-${run.child.pid}-[0-9a-f]{12}\\.tmp$`));
    run.child.kill(signal);
    expect(await run.exited).toEqual({ code: null, signal });
    expect(await temps()).toEqual([]);
    expect((await readdir(posts)).sort()).toEqual(names);
    for (const name of names) expect((await readFile(path.join(posts, name))).equals(original)).toBe(true);
  });

  it('SIGKILL leaves them; the next --fix removes each, says so, and fixes the posts', async () => {
    const run = await hangingFix();
    const pid = run.child.pid;
    run.child.kill('SIGKILL');
    expect(await run.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const left = await temps();
    expect(left).toHaveLength(3);
    let stdout = '';
    let stderr = '';
    const code = await cli(['check', '--fix', ...ARGS], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: dir, env: {} });
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(stderr).toBe(left.map((name) => `article-kit: removed _posts/${name}, a temporary file left by an interrupted --fix (process ${pid})\n`).join(''));
    expect(await temps()).toEqual([]);
    for (const name of names) expect((await readFile(path.join(posts, name))).equals(fixed)).toBe(true);
  });
});
