import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { github } from '../../src/cli/formatters/github.ts';
import { json } from '../../src/cli/formatters/json.ts';
import { sarif } from '../../src/cli/formatters/sarif.ts';
import { stylish } from '../../src/cli/formatters/stylish.ts';
import { cli } from '../../src/cli/index.ts';
import { safeJson, safeText } from '../../src/cli/safe-text.ts';
import { statsTable } from '../../src/cli/stats.ts';
import type { FileResult, FormatContext } from '../../src/cli/types.ts';
import { unifiedDiff } from '../../src/cli/unified-diff.ts';
import { parseArticle, validateArticle } from '../../src/index.ts';

// What a post can put in a title, a front matter value, an href or its file name.
const OSC8 = '\u001B]8;;https://evil.example/\u0007클릭\u001B]8;;\u0007';
const CLEAR = '\u001B[2J\u001B[H';
const FAKE_OK = '\r\u001B[2K✔ 0 problems';
const RLO = '\u202Egnp.exe';
/** Every character that must never reach a terminal or CI log raw. */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

const context: FormatContext = { cwd: '/site', color: false, version: '0.1.0', rules: [] };

function result(filePath: string, message: string): FileResult {
  return {
    filePath,
    messages: [{ ruleId: 'title-h1-mismatch', severity: 'warning', message, reason: message, line: 6, column: 1, place: { line: 6, column: 1, offset: 0 }, source: 'article-kit', fatal: false }],
    errorCount: 0,
    warningCount: 1,
    infoCount: 0,
    fixCount: 0,
  };
}

describe('safeText', () => {
  it('writes controls, escape sequences, bidi controls and line breaks as escapes', () => {
    expect(safeText(`a${OSC8}b`)).toBe('a\\x1B]8;;https://evil.example/\\x07클릭\\x1B]8;;\\x07b');
    expect(safeText(CLEAR + FAKE_OK)).toBe('\\x1B[2J\\x1B[H\\r\\x1B[2K✔ 0 problems');
    expect(safeText(`x\n::error file=a::pwned\r\ny`)).toBe('x\\n::error file=a::pwned\\r\\ny');
    expect(safeText('\u0000\u0009\u007F\u0085\u009B\u2028\u2029\u200E\u200F\u061C')).toBe('\\x00\\t\\x7F\\x85\\x9B\\u2028\\u2029\\u200E\\u200F\\u061C');
    expect(safeText('\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069')).toBe('\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069');
    expect(safeText('김정은 “제목” 😀 \u200B')).toBe('김정은 “제목” 😀 \u200B');
    expect(safeText('a\tb\nc', 'tab')).toBe('a\tb\\nc');
    expect(safeText('a\tb\nc\r\u001B', 'breaks')).toBe('a\\tb\nc\r\\x1B');
  });

  it('escapes in JSON text only what JSON.stringify leaves raw, keeping the value', () => {
    const value = { s: `${OSC8}\u0085\u2028${RLO}` };
    const text = safeJson(JSON.stringify(value));
    expect(text).toBe('{"s":"\\u001b]8;;https://evil.example/\\u0007클릭\\u001b]8;;\\u0007\\u0085\\u2028\\u202egnp.exe"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('every format, with a post that tries to drive the terminal', () => {
  const message = `The first h1 “제목” differs from the front matter title “${OSC8}${CLEAR}${RLO}”\n::error file=x.md,line=1::pwned${FAKE_OK}`;
  const hostile = result(`_posts/2024-01-01-${CLEAR}${RLO}.md`, message);

  it('stylish: one inert line per message, coloured or not', () => {
    const expected =
      '_posts/2024-01-01-\\x1B[2J\\x1B[H\\u202Egnp.exe.md\n' +
      '  6:1  warning  The first h1 “제목” differs from the front matter title “\\x1B]8;;https://evil.example/\\x07클릭\\x1B]8;;\\x07\\x1B[2J\\x1B[H\\u202Egnp.exe”\\n::error file=x.md,line=1::pwned\\r\\x1B[2K✔ 0 problems  title-h1-mismatch\n' +
      '\n✖ 1 problem (0 errors, 1 warning, 0 infos)\n';
    expect(stylish([hostile], context)).toBe(expected);
    const colored = stylish([hostile], { ...context, color: true });
    // Only the formatter's own SGR sequences remain.
    expect(colored.replace(/\u001B\[\d+m/g, '')).toBe(expected);
    expect(colored.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
  });

  it('github: CR and LF as %0D and %0A, so no log line starts a command; the rest as escapes', () => {
    expect(github([hostile], context)).toBe(
      '::warning file=_posts/2024-01-01-\\x1B[2J\\x1B[H\\u202Egnp.exe.md,line=6,col=1,title=title-h1-mismatch::' +
        'The first h1 “제목” differs from the front matter title “\\x1B]8;;https://evil.example/\\x07클릭\\x1B]8;;\\x07\\x1B[2J\\x1B[H\\u202Egnp.exe”' +
        '%0A::error file=x.md,line=1::pwned%0D\\x1B[2K✔ 0 problems\n',
    );
  });

  it('json and sarif: the same strings, with no raw control or bidi byte in the text', () => {
    const jsonText = json([hostile], context);
    expect(jsonText).not.toMatch(UNSAFE);
    expect((JSON.parse(jsonText) as Array<{ filePath: string; messages: Array<{ message: string }> }>)[0]).toMatchObject({ filePath: hostile.filePath, messages: [{ message }] });
    const sarifText = sarif([hostile], context);
    expect(sarifText).not.toMatch(UNSAFE);
    const log = JSON.parse(sarifText) as { runs: Array<{ results: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(log.runs[0]?.results[0]?.message.text).toBe(message);
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('_posts/2024-01-01-%1B%5B2J%1B%5BH%E2%80%AEgnp.exe.md');
  });

  it('the stats table and the --dry-run diff', () => {
    const stats = { filePath: `a${CLEAR}.md`, words: 1, characters: 1, charactersWithoutSpaces: 1, readingMinutes: 0.1, headings: 0, paragraphs: 1, tables: 0 };
    expect(statsTable([stats]).split('\n')[1]).toBe('a\\x1B[2J\\x1B[H.md           1      1                 1          0.1         0           1       0');
    expect(unifiedDiff(`p${RLO}.md`, `title: ${OSC8}\n\tcode\n`, `title: "${OSC8}"\n\tcode\n`)).toBe(
      '--- a/p\\u202Egnp.exe.md\n+++ b/p\\u202Egnp.exe.md\n@@ -1,2 +1,2 @@\n' +
        '-title: \\x1B]8;;https://evil.example/\\x07클릭\\x1B]8;;\\x07\n' +
        '+title: "\\x1B]8;;https://evil.example/\\x07클릭\\x1B]8;;\\x07"\n' +
        ' \tcode\n',
    );
  });
});

describe('the CLI on a hostile post', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'article-kit-output-'));
    await mkdir(path.join(dir, '_posts'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function run(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await cli(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: dir, env: { FORCE_COLOR: '1' } });
    return { code, stdout, stderr };
  }

  // A title, an image value and two hrefs (one with a newline from an entity, one across lines),
  // in a file whose name clears the screen.
  const name = `2024-01-01-a${CLEAR}.md`;
  const post =
    '---\n' +
    `title: "${OSC8.replace(/\u001B/g, '\\e').replace(/\u0007/g, '\\a')} \\e[2J\\u202Egnp.exe"\n` +
    'categories: [뉴스]\n' +
    'image: "x\\e[31my\\u2066"\n' +
    '---\n\n# 다른 제목\n\n' +
    '<a href="javascript:x&#10;::error file=a::pwned">링크</a>\n\n' +
    '[링크2](<java script:x\n::warning::b>)\n';

  it('stylish (coloured) and github print every post-controlled string escaped', async () => {
    await writeFile(path.join(dir, '_posts', name), post);
    const stylishRun = await run(['check', '--no-site', '--rule', 'html-unknown-element:off']);
    expect(stylishRun.code).toBe(1);
    expect(stylishRun.stderr).toBe('');
    const shown = stylishRun.stdout.replace(/\u001B\[\d+m/g, '');
    expect(shown).not.toMatch(UNSAFE);
    expect(shown).toBe(
      '_posts/2024-01-01-a\\x1B[2J\\x1B[H.md\n' +
        '  4:8   warning  `image` should be an absolute http(s) URL or a path from the site root (`/assets/…`), not `x\\x1B[31my\\u2066`  front-matter-image-url\n' +
        '  7:1   warning  The first h1 “다른 제목” differs from the front matter title “\\x1B]8;;https://evil.example/\\x07클릭\\x1B]8;;\\x07 \\x1B[2J\\u202Egnp.exe”  title-h1-mismatch\n' +
        '  9:1   error    The link address `javascript:x\\n::error file=a::pwned` holds white space: write the URL without spaces (or as %20)  link-url-invalid\n' +
        '  11:1  error    The link address `<java script:x\\n::warning::b>` holds white space: write the URL without spaces (or as %20)  link-url-invalid\n' +
        '\n✖ 4 problems (2 errors, 2 warnings, 0 infos)\n',
    );

    const githubRun = await run(['check', '--no-site', '--rule', 'html-unknown-element:off', '--format', 'github']);
    expect(githubRun.code).toBe(1);
    expect(githubRun.stdout).not.toMatch(UNSAFE);
    const lines = githubRun.stdout.split('\n');
    expect(lines).toEqual([
      '::warning file=_posts/2024-01-01-a\\x1B[2J\\x1B[H.md,line=4,col=8,endLine=4,endColumn=24,title=front-matter-image-url::`image` should be an absolute http(s) URL or a path from the site root (`/assets/…`), not `x\\x1B[31my\\u2066`',
      '::warning file=_posts/2024-01-01-a\\x1B[2J\\x1B[H.md,line=7,col=1,endLine=7,endColumn=8,title=title-h1-mismatch::The first h1 “다른 제목” differs from the front matter title “\\x1B]8;;https://evil.example/\\x07클릭\\x1B]8;;\\x07 \\x1B[2J\\u202Egnp.exe”',
      '::error file=_posts/2024-01-01-a\\x1B[2J\\x1B[H.md,line=9,col=1,endLine=9,endColumn=56,title=link-url-invalid::The link address `javascript:x%0A::error file=a::pwned` holds white space: write the URL without spaces (or as %2520)',
      '::error file=_posts/2024-01-01-a\\x1B[2J\\x1B[H.md,line=11,col=1,endLine=12,endColumn=15,title=link-url-invalid::The link address `<java script:x%0A::warning::b>` holds white space: write the URL without spaces (or as %2520)',
      '',
    ]);
  });

  it('json, sarif, parse and stats keep the values but no raw control byte', async () => {
    await writeFile(path.join(dir, '_posts', name), post);
    for (const argv of [['check', '--format', 'json'], ['check', '--format', 'sarif'], ['stats', '--format', 'json'], ['stats'], ['parse', `_posts/${name}`]]) {
      const { stdout, stderr } = await run([...argv, '--no-site']);
      expect(stderr).toBe('');
      expect(stdout).not.toMatch(UNSAFE);
    }
    const parsed = JSON.parse((await run(['parse', '--no-site', `_posts/${name}`])).stdout) as { title: string };
    expect(parsed.title).toBe(`${OSC8} \u001B[2J${RLO}`);
  });

  it('stderr: a missing path and a note name the file escaped', async () => {
    const missing = await run(['check', `nope${CLEAR}.md`]);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'article-kit: no such file or no match: nope\\x1B[2J\\x1B[H.md\n' });
  });
});

describe('severities are own keys of a fixed set', () => {
  const article = parseArticle('# 제목\n');
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('validateArticle rejects %j, as a string and in an array', (name) => {
    const message = `Rule "multiple-h1" has severity ${JSON.stringify(name)}; expected 'off', 'info', 'warn' (or 'warning') or 'error'`;
    expect(() => validateArticle(article, { rules: { 'multiple-h1': name as never } })).toThrow(new TypeError(message));
    expect(() => validateArticle(article, { rules: { 'multiple-h1': [name] as never } })).toThrow(new TypeError(message));
  });

  it.each(['toString', 'constructor', '__proto__'])('the CLI rejects %j in a configuration file', async (name) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'article-kit-severity-'));
    try {
      await writeFile(path.join(dir, 'package.json'), '{}');
      await writeFile(path.join(dir, 'article-kit.config.json'), JSON.stringify({ rules: { 'multiple-h1': name } }));
      let stderr = '';
      const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, cwd: dir, env: {} };
      expect(await cli(['check'], io)).toBe(2);
      expect(stderr).toBe(
        `article-kit: Invalid configuration in ${path.join(dir, 'article-kit.config.json')}: rules["multiple-h1"] has severity ${JSON.stringify(name)}; expected 'off', 'info', 'warn' (or 'warning') or 'error'\n`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--rule rejects them with the usage message', async () => {
    let stderr = '';
    const dir = await mkdtemp(path.join(tmpdir(), 'article-kit-severity-'));
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, cwd: dir, env: {} };
    try {
      expect(await cli(['check', '--rule', 'multiple-h1:toString'], io)).toBe(2);
      expect(stderr).toBe('article-kit: --rule takes id:severity with severity off, info, warn (or warning) or error, got "multiple-h1:toString"\nRun article-kit --help for usage.\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('frontMatter.data and __proto__', () => {
  it('is a plain object with __proto__ as an own data key: spread and structuredClone copy it as data', () => {
    const { data } = parseArticle('---\ntitle: t\n__proto__:\n  polluted: true\n---\n').frontMatter;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: true });
    const spread = { ...data };
    expect(Object.getPrototypeOf(spread)).toBe(Object.prototype);
    expect(Object.hasOwn(spread, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(structuredClone(data))).toBe(Object.prototype);
    // What the README warns of: Object.assign assigns, and assigning __proto__ sets the prototype.
    const assigned = Object.assign({}, data) as Record<string, unknown>;
    expect(Object.hasOwn(assigned, '__proto__')).toBe(false);
    expect(assigned['polluted']).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
