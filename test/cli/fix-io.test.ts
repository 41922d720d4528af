import { Buffer } from 'node:buffer';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyFixes } from '../../src/cli/apply-fixes.ts';
import { cli } from '../../src/cli/index.ts';
import { readPost } from '../../src/cli/read-post.ts';
import { unifiedDiff } from '../../src/cli/unified-diff.ts';
import { writeFileSafely } from '../../src/cli/write-file-safely.ts';
import type { Fix } from '../../src/validate/diagnostic.ts';

// rename can be made to fail once, to check that a failed write leaves no temp file behind;
// writing a file whose path matches `diskFull` fails as on a full disk.
const failures = vi.hoisted(() => ({ rename: false, diskFull: undefined as RegExp | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const rename: typeof actual.rename = async (from, to) => {
    if (failures.rename) {
      failures.rename = false;
      throw Object.assign(new Error('simulated rename failure'), { code: 'EIO' });
    }
    return actual.rename(from, to);
  };
  const open = (async (...args: Parameters<typeof actual.open>) => {
    const handle = await actual.open(...args);
    if (failures.diskFull?.test(String(args[0]))) {
      handle.writeFile = async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
      };
    }
    return handle;
  }) as typeof actual.open;
  return { ...actual, rename, open, default: { ...actual, rename, open } };
});

let dir: string;

beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'article-kit-fix-io-'));
  failures.rename = false;
  failures.diskFull = undefined;
});

afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

async function tempFiles(): Promise<string[]> {
  return (await fsp.readdir(dir)).filter((name) => name.endsWith('.tmp'));
}

const NOTE = ' (단어 수: 88, 문자 수: 553)';
const BOM_CRLF = '\uFEFF---\r\ntitle: "글 제목"\r\n---\r\n\r\n첫 문단입니다.' + NOTE + '\r\n\r\n둘째 문단 😀입니다.' + NOTE;

function noteFixes(text: string): Fix[] {
  const fixes: Fix[] = [];
  for (let at = text.indexOf(NOTE); at !== -1; at = text.indexOf(NOTE, at + 1)) {
    fixes.push({ range: [at, at + NOTE.length], text: '' });
  }
  return fixes;
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes and skips those overlapping one taken', () => {
    const text = 'abcdefghij';
    const fixes: Fix[] = [
      { range: [6, 8], text: 'X' },
      { range: [1, 3], text: '' },
      { range: [2, 5], text: 'Y' }, // overlaps [1, 3]
      { range: [3, 3], text: '+' }, // touches [1, 3]: fine
      { range: [7, 9], text: 'Z' }, // overlaps [6, 8]
    ];
    const result = applyFixes(text, fixes);
    expect(result.output).toBe('a+defXij');
    expect(result.applied).toEqual([fixes[1], fixes[3], fixes[0]]);
    expect(result.skipped).toEqual([fixes[2], fixes[4]]);
    // The next run applies a skipped fix.
    expect(applyFixes('abcdefghij', [fixes[2]!]).output).toBe('abYfghij');
  });

  it('skips a second insertion at the same point, and invalid ranges', () => {
    const fixes: Fix[] = [
      { range: [1, 1], text: 'x' },
      { range: [1, 1], text: 'y' },
      { range: [3, 2], text: 'r' },
      { range: [0, 99], text: 'o' },
    ];
    const result = applyFixes('abc', fixes);
    expect(result.output).toBe('axbc');
    expect(result.skipped).toHaveLength(3);
  });

  it('skips a fix that would split a surrogate pair', () => {
    const result = applyFixes('a😀b', [{ range: [2, 4], text: '' }]);
    expect(result.output).toBe('a😀b');
    expect(result.skipped).toHaveLength(1);
  });

  it('returns the text unchanged with no fixes', () => {
    expect(applyFixes('x\r\n', [])).toEqual({ output: 'x\r\n', applied: [], skipped: [] });
  });
});

describe('readPost', () => {
  it('keeps a BOM as U+FEFF and the bytes as read', async () => {
    const path = join(dir, 'post.md');
    const bytes = Buffer.from(BOM_CRLF, 'utf8');
    await fsp.writeFile(path, bytes);
    const post = readPost(path);
    expect(post.text).toBe(BOM_CRLF);
    expect(post.text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(post.bytes).equals(bytes)).toBe(true);
    expect(post.invalidUtf8).toBeUndefined();
    expect(post.stat.size).toBe(bytes.length);
  });

  it('reports invalid UTF-8 without throwing', async () => {
    const path = join(dir, 'bad.md');
    await fsp.writeFile(path, Buffer.from([0x61, 0xff, 0x62]));
    const post = readPost(path);
    expect(post.text).toBe('a\uFFFDb');
    expect(post.invalidUtf8).toEqual({ offset: 1 });
  });

  it('does not mistake a real U+FFFD for invalid bytes', async () => {
    const path = join(dir, 'fffd.md');
    await fsp.writeFile(path, Buffer.concat([Buffer.from('\uFFFD😀x', 'utf8'), Buffer.from([0xe2, 0x82])]));
    const post = readPost(path);
    expect(post.invalidUtf8).toEqual({ offset: 4 });
  });

  it('throws for a missing file, with code ENOENT and the cause', () => {
    let error: unknown;
    try {
      readPost(join(dir, 'missing.md'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it('throws for a directory', () => {
    expect(() => readPost(dir)).toThrow(expect.objectContaining({ code: 'EISDIR', message: `Cannot read ${dir}: EISDIR: illegal operation on a directory` }));
  });
});

describe('writeFileSafely', () => {
  it('changes only the bytes of the fixes (BOM, CRLF, no final newline kept)', async () => {
    const path = join(dir, 'post.md');
    const original = Buffer.from(BOM_CRLF, 'utf8');
    await fsp.writeFile(path, original);
    const post = readPost(path);
    const { output, applied } = applyFixes(post.text, noteFixes(post.text));
    expect(applied).toHaveLength(2);
    expect(await writeFileSafely(path, output, post)).toBe('written');

    const note = Buffer.from(NOTE, 'utf8');
    const first = original.indexOf(note);
    const second = original.indexOf(note, first + note.length);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    const expected = Buffer.concat([
      original.subarray(0, first),
      original.subarray(first + note.length, second),
      original.subarray(second + note.length),
    ]);
    const written = await fsp.readFile(path);
    expect(written.equals(expected)).toBe(true);
    expect([...written.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(written.at(-1)).not.toBe(0x0a);
    expect(await tempFiles()).toEqual([]);
  });

  it('writes through a symlink and keeps the link', async () => {
    const target = join(dir, 'target.md');
    const link = join(dir, 'link.md');
    await fsp.writeFile(target, 'hello\n');
    await fsp.symlink('target.md', link);
    const post = readPost(link);
    expect(await writeFileSafely(link, 'bye\n', post)).toBe('written');
    expect((await fsp.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fsp.readlink(link)).toBe('target.md');
    expect(await fsp.readFile(target, 'utf8')).toBe('bye\n');
    expect(await tempFiles()).toEqual([]);
  });

  it('keeps the mode', async () => {
    const path = join(dir, 'private.md');
    await fsp.writeFile(path, 'a\n');
    await fsp.chmod(path, 0o640);
    const post = readPost(path);
    expect(await writeFileSafely(path, 'b\n', post)).toBe('written');
    const stat = await fsp.stat(path);
    expect(stat.mode & 0o777).toBe(0o640);
    expect(await fsp.readFile(path, 'utf8')).toBe('b\n');
  });

  it('does not write a file changed since it was read', async () => {
    const path = join(dir, 'post.md');
    await fsp.writeFile(path, 'one\n');
    const post = readPost(path);
    await fsp.writeFile(path, 'two\n');
    expect(await writeFileSafely(path, 'fixed\n', post)).toBe('changed-on-disk');
    expect(await fsp.readFile(path, 'utf8')).toBe('two\n');
    expect(await tempFiles()).toEqual([]);
  });

  it('does not write through a link put in the file\'s place since it was read', async () => {
    const path = join(dir, 'post.md');
    const elsewhere = join(dir, 'elsewhere.md');
    await fsp.writeFile(path, 'one\n');
    await fsp.writeFile(elsewhere, 'one\n');
    const post = readPost(path);
    const realPath = await fsp.realpath(path);
    await fsp.rm(path);
    await fsp.symlink(elsewhere, path);
    expect(await writeFileSafely(path, 'fixed\n', { ...post, realPath })).toBe('changed-on-disk');
    expect(await fsp.readFile(elsewhere, 'utf8')).toBe('one\n');
    expect((await fsp.lstat(path)).isSymbolicLink()).toBe(true);
    expect(await tempFiles()).toEqual([]);
  });

  it('reports a file deleted since it was read as changed', async () => {
    const path = join(dir, 'post.md');
    await fsp.writeFile(path, 'one\n');
    const post = readPost(path);
    await fsp.rm(path);
    expect(await writeFileSafely(path, 'fixed\n', post)).toBe('changed-on-disk');
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('removes the temp file and keeps the original when the write fails', async () => {
    const path = join(dir, 'post.md');
    await fsp.writeFile(path, 'one\n');
    const post = readPost(path);
    failures.rename = true;
    await expect(writeFileSafely(path, 'fixed\n', post)).rejects.toThrow('simulated rename failure');
    expect(await fsp.readFile(path, 'utf8')).toBe('one\n');
    expect(await tempFiles()).toEqual([]);
    expect(await fsp.readdir(dir)).toEqual(['post.md']);
  });

  it('refuses to re-encode a file that is not valid UTF-8', async () => {
    const path = join(dir, 'bad.md');
    await fsp.writeFile(path, Buffer.from([0x61, 0xff, 0x62]));
    const post = readPost(path);
    await expect(writeFileSafely(path, post.text, post)).rejects.toThrow(/not valid UTF-8/);
    expect((await fsp.readFile(path)).equals(Buffer.from([0x61, 0xff, 0x62]))).toBe(true);
    expect(await tempFiles()).toEqual([]);
  });
});

describe('unifiedDiff', () => {
  it('returns an empty string when nothing changed', () => {
    expect(unifiedDiff('a.md', 'x\ny\n', 'x\ny\n')).toBe('');
  });

  it('prints hunks with three lines of context', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].join('\n') + '\n';
    const after = before.replace('2\n', 'two\n').replace('11\n', '');
    expect(unifiedDiff('_posts/p.md', before, after)).toBe([
      '--- a/_posts/p.md',
      '+++ b/_posts/p.md',
      '@@ -1,5 +1,5 @@',
      ' 1',
      '-2',
      '+two',
      ' 3',
      ' 4',
      ' 5',
      '@@ -8,5 +8,4 @@',
      ' 8',
      ' 9',
      ' 10',
      '-11',
      ' 12',
      '',
    ].join('\n'));
  });

  it('shows lines without CRLF and marks a missing final newline', () => {
    const before = 'a\r\nb (단어 수: 3)\r\nc';
    const after = 'a\r\nb\r\nc';
    expect(unifiedDiff('p.md', before, after)).toBe([
      '--- a/p.md',
      '+++ b/p.md',
      '@@ -1,3 +1,3 @@',
      ' a',
      '-b (단어 수: 3)',
      '+b',
      ' c',
      '\\ No newline at end of file',
      '',
    ].join('\n'));
    expect(unifiedDiff('p.md', 'a\n', 'a')).toBe([
      '--- a/p.md',
      '+++ b/p.md',
      '@@ -1 +1 @@',
      '-a',
      '+a',
      '\\ No newline at end of file',
      '',
    ].join('\n'));
  });

  it('handles additions to an empty file and long files with scattered changes', () => {
    expect(unifiedDiff('n.md', '', 'x\n')).toBe('--- a/n.md\n+++ b/n.md\n@@ -0,0 +1 @@\n+x\n');
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i}`);
    const before = lines.join('\n') + '\n';
    const changed = [...lines];
    changed[1] = 'first';
    changed[19_998] = 'last';
    const diff = unifiedDiff('big.md', before, changed.join('\n') + '\n');
    expect(diff.split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,5 +1,5 @@', '@@ -19996,5 +19996,5 @@']);
  });
});

describe('check --fix when writes fail (an injected ENOSPC)', () => {
  it('reports each file it cannot write, fixes the others, reports every file, exits 2, leaves no temp file', async () => {
    const seed = await fsp.readFile(new URL('../../../shared/seeds/000_156decdd737d4216.txt', import.meta.url));
    const fixed = Buffer.from(seed.toString('utf8').split(NOTE).join(''));
    const posts = join(dir, '_posts');
    await fsp.mkdir(posts);
    const names: string[] = [];
    for (let i = 0; i < 20; i++) {
      const name = `2024-06-${String(i + 1).padStart(2, '0')}-${i % 3 === 0 ? 'full' : 'room'}.md`;
      await fsp.writeFile(join(posts, name), seed, { mode: 0o644 });
      names.push(name);
    }
    failures.diskFull = /-full\.md\.article-kit-\d+-[0-9a-f]{12}\.tmp$/;
    let stdout = '';
    let stderr = '';
    const code = await cli(['check', '--fix', '--no-site', '--rule', 'title-h1-mismatch:off', '--format', 'json'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: dir,
      env: {},
    });
    const full = names.filter((name) => name.includes('full'));
    expect(code).toBe(2);
    expect(stderr).toBe(full.map((name) => `article-kit: cannot write _posts/${name}: ENOSPC: no space left on device; not fixed\n`).join(''));
    const report = JSON.parse(stdout) as Array<{ filePath: string; errorCount: number }>;
    expect(report.map((r) => [r.filePath, r.errorCount])).toEqual(names.map((name) => [`_posts/${name}`, name.includes('full') ? 2 : 0]));
    for (const name of names) {
      expect((await fsp.readFile(join(posts, name))).equals(name.includes('full') ? seed : fixed)).toBe(true);
    }
    expect((await fsp.readdir(posts)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
