import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/index.ts';
import { collector } from './_run-cli.ts';

let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'article-kit-stdin-')));
  mkdirSync(path.join(dir, '.git'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `article-kit argv` in the temp dir with `stdin` as standard input. */
async function run(argv: string[], stdin: string | Uint8Array[] | undefined) {
  const stdout = collector();
  const stderr = collector();
  const input = stdin === undefined ? undefined : typeof stdin === 'string' ? stdin : Readable.from(stdin);
  const code = await cli(argv, { stdout: stdout.stream, stderr: stderr.stream, cwd: dir, env: {}, ...(input === undefined ? {} : { stdin: input }) });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const CLEAN = '---\ntitle: 깨끗한 글\ncategories: [뉴스]\n---\n본문입니다.\n';
/** A zero-width space: a warning whose fix deletes it. */
const INVISIBLE = '---\ntitle: 보이지 않는 문자\ncategories: [뉴스]\n---\n정부가\u200B 발표했습니다.\n';
const FILE_NAME_ERROR = '  1:1  error  The file name `<stdin>.md` is not `YYYY-MM-DD-slug.md` (or `.markdown`, `.html`): Jekyll does not publish it as a post  file-name\n';
const ZERO_WIDTH = 'Invisible zero-width character U+200B: it breaks search and copy-paste; delete it';

describe('check -', () => {
  it('reports the post as <stdin> without --stdin-filename, read as Markdown named <stdin>.md (which the file-name rule reads)', async () => {
    expect(await run(['check', '-'], CLEAN)).toEqual({ code: 1, stdout: `<stdin>\n${FILE_NAME_ERROR}\n✖ 1 problem (1 error, 0 warnings, 0 infos)\n`, stderr: '' });
  });

  it('--stdin-filename: the path reported and named; a clean post is clean', async () => {
    expect(await run(['check', '-', '--stdin-filename', '_posts/2024-06-19-a.md', '-f', 'json'], CLEAN)).toEqual({
      code: 0,
      stdout: '[{"filePath":"_posts/2024-06-19-a.md","messages":[],"errorCount":0,"warningCount":0,"infoCount":0,"fixableCount":0}]\n',
      stderr: '',
    });
    expect(await run(['check', '-', '--stdin-filename', 'sub/2024-06-19-a.md'], INVISIBLE)).toEqual({
      code: 0,
      stdout: `sub/2024-06-19-a.md\n  5:4  warning  ${ZERO_WIDTH}  text-invisible-characters\n\n✖ 1 problem (0 errors, 1 warning, 0 infos)\n  0 errors and 1 warning potentially fixable with the \`--fix\` option.\n`,
      stderr: '',
    });
  });

  it('reads chunks of bytes (a stream), and reports invalid UTF-8 as read-post does', async () => {
    const bytes = Buffer.from(CLEAN.replace('본문', '본\u0000문'), 'utf8');
    const at = bytes.indexOf(0);
    bytes[at] = 0xff;
    const result = await run(['check', '-', '--stdin-filename', '2024-06-19-a.md', '-f', 'json'], [bytes.subarray(0, 10), bytes.subarray(10)]);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>)[0]?.messages.map((m) => `${m.line}:${m.ruleId}`)).toEqual(['5:file-encoding']);
  });

  it('--fix: the fixed post on stdout, the report on stderr; no file is written', async () => {
    expect(await run(['check', '-', '--fix', '--stdin-filename', '_posts/2024-06-19-a.md'], INVISIBLE)).toEqual({ code: 0, stdout: INVISIBLE.replace('\u200B', ''), stderr: '' });
    expect(await run(['check', '-', '--fix'], INVISIBLE)).toEqual({ code: 1, stdout: INVISIBLE.replace('\u200B', ''), stderr: `<stdin>\n${FILE_NAME_ERROR}\n✖ 1 problem (1 error, 0 warnings, 0 infos)\n` });
    expect(await run(['check', '-', '--fix', '--dry-run', '--stdin-filename', '2024-06-19-a.md', '-f', 'json'], INVISIBLE)).toEqual({
      code: 0,
      stdout: '[{"filePath":"2024-06-19-a.md","messages":[],"errorCount":0,"warningCount":0,"infoCount":0,"fixableCount":0}]\n',
      stderr: expect.stringContaining('-정부가\u200B 발표했습니다.\n+정부가 발표했습니다.\n'),
    });
  });

  it('finds the site of --stdin-filename, and honours .article-kitignore for it', async () => {
    writeFileSync(path.join(dir, '_config.yml'), 'title: 블로그\n');
    const page = await run(['parse', '-', '--stdin-filename', '_posts/2024-06-19-a.md'], CLEAN);
    expect(page.code).toBe(0);
    expect((JSON.parse(page.stdout) as { url: string }).url).toBe('/%EB%89%B4%EC%8A%A4/2024/06/19/a.html');
    writeFileSync(path.join(dir, '.article-kitignore'), 'drafts/\n');
    expect(await run(['check', '-', '--stdin-filename', 'drafts/2024-06-19-a.md', '-f', 'json'], CLEAN)).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: 'article-kit: warning: drafts/2024-06-19-a.md: File ignored because of a matching ignore pattern\n',
    });
  });

  it('usage errors: - with other files, --stdin-filename without -, no stdin', async () => {
    expect(await run(['check', '-', 'a.md'], CLEAN)).toEqual({ code: 2, stdout: '', stderr: 'article-kit: - (the post read from stdin) goes alone, without other files\nRun article-kit --help for usage.\n' });
    expect(await run(['check', '--stdin-filename', 'a.md'], CLEAN)).toEqual({ code: 2, stdout: '', stderr: 'article-kit: --stdin-filename only goes with - (the post read from stdin)\nRun article-kit --help for usage.\n' });
    expect(await run(['stats', '-'], undefined)).toEqual({ code: 2, stdout: '', stderr: 'article-kit: - reads the post from stdin, and none was given\nRun article-kit --help for usage.\n' });
    expect(await run(['check', '-'], 'x'.repeat(10 * 1024 * 1024 + 1))).toEqual({ code: 2, stdout: '', stderr: 'article-kit: cannot read stdin: larger than 10 MiB: not read\n' });
  });
});

describe('parse - and stats -', () => {
  it('parse -: the Article of the text read, by the path given (or <stdin>)', async () => {
    writeFileSync(path.join(dir, 'post.md'), CLEAN);
    const fromFile = await run(['parse', 'post.md'], undefined);
    const fromStdin = await run(['parse', '-', '--stdin-filename', 'post.md'], CLEAN);
    expect(fromStdin).toEqual(fromFile);
    expect(fromStdin.code).toBe(0);
    const plain = await run(['parse', '-'], CLEAN);
    expect(plain.stdout).toBe(fromFile.stdout.replaceAll('"post.md"', '"<stdin>.md"'));
    expect(JSON.parse(plain.stdout)).toMatchObject({ path: '<stdin>.md', html: '<p>본문입니다.</p>\n' });
  });

  it('stats -: one row, named by --stdin-filename or <stdin>', async () => {
    const json = await run(['stats', '-', '--format', 'json'], CLEAN);
    expect(json.code).toBe(0);
    const { files, total } = JSON.parse(json.stdout) as { files: Array<{ filePath: string }>; total: unknown };
    expect(files.map((f) => f.filePath)).toEqual(['<stdin>']);
    writeFileSync(path.join(dir, '2024-06-19-a.md'), CLEAN);
    const fromFile = await run(['stats', '2024-06-19-a.md', '--format', 'json'], undefined);
    expect(await run(['stats', '-', '--stdin-filename', '2024-06-19-a.md', '--format', 'json'], CLEAN)).toEqual(fromFile);
    expect((JSON.parse(fromFile.stdout) as { total: unknown }).total).toEqual(total);
    expect(await run(['stats', '-'], CLEAN)).toEqual({
      code: 0,
      stdout:
        'file     words (어절)  chars  chars w/o spaces  reading min  headings  paragraphs  tables\n' +
        '<stdin>           1      6                 6          0.0         0           1       0\n' +
        'total             1      6                 6          0.0         0           1       0\n',
      stderr: '',
    });
  });
});

it('stdin leaves the working folder as it was', async () => {
  writeFileSync(path.join(dir, '2024-06-19-a.md'), INVISIBLE);
  await run(['check', '-', '--fix', '--stdin-filename', '2024-06-19-a.md'], INVISIBLE);
  expect(readFileSync(path.join(dir, '2024-06-19-a.md'), 'utf8')).toBe(INVISIBLE);
});
