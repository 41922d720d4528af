import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/cli/apply-fixes.ts';
import { findYamlMistakes } from '../../src/front-matter/yaml-mistakes.ts';
import { type Diagnostic, parseArticle, validateArticle } from '../../src/index.ts';
import { shared } from '../helpers.ts';

const PATH = '_posts/2024-06-12-example.md';
const post = (frontMatter: string): string => `---\n${frontMatter}categories:\n  - News\n---\n\n본문입니다.\n`;
const check = (source: string): Diagnostic[] => validateArticle(parseArticle(source, { path: PATH }));
const shown = (d: Diagnostic): string => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.ruleId}: ${d.message}`;

/** Applies every fix, as `article-kit check --fix` does, and checks that a second run changes nothing. */
function fixed(source: string): string {
  const once = applyFixes(source, check(source).flatMap((d) => (d.fix ? [d.fix] : []))).output;
  expect(check(once).filter((d) => d.fix)).toEqual([]);
  return once;
}

describe('a YAML mistake is one problem in the writer’s terms', () => {
  it('a title of quoted keywords: one error with its fix, title-keyword-list from the written line, no follow-up', () => {
    const source = post("title: 'TV드라마' '한국어' '역대급'\n");
    const found = check(source);
    expect(found.map(shown)).toEqual([
      '2:8-2:27 error yaml-syntax: The title is several quoted words in a row, which YAML cannot read: quote the whole title',
      '2:8-2:27 warning title-keyword-list: The title is a list of 3 quoted keywords: write it as a headline',
    ]);
    expect(found[0]?.fix).toEqual({ range: [11, 30], text: `"'TV드라마' '한국어' '역대급'"` });
    const after = fixed(source);
    expect(after).toBe(post(`title: "'TV드라마' '한국어' '역대급'"\n`));
    const article = parseArticle(after, { path: PATH });
    expect(article.title).toBe("'TV드라마' '한국어' '역대급'");
    expect(check(after).map(shown)).toEqual(['2:8-2:29 warning title-keyword-list: The title is a list of 3 quoted keywords: write it as a headline']);
  });

  it('a title that starts with a quoted word: one error, quoted whole by the fix', () => {
    const source = post("title: '임영웅' 신곡, 1위 달성\n");
    const article = parseArticle(source, { path: PATH });
    expect(article.frontMatter).toMatchObject({ unreadable: true, data: {}, categories: [] });
    expect(check(source).map(shown)).toEqual(['2:8-2:23 error yaml-syntax: The title starts with a quoted word and goes on: quote the whole title']);
    expect(fixed(source)).toBe(post(`title: "'임영웅' 신곡, 1위 달성"\n`));
    expect(parseArticle(fixed(source), { path: PATH }).frontMatter).toMatchObject({ title: "'임영웅' 신곡, 1위 달성", categories: ['News'] });
  });

  it.each<[string, string, string | undefined]>([
    ["title: '임영웅'이 1위 달성", 'The title starts with a quoted word and goes on: quote the whole title', `"'임영웅'이 1위 달성"`],
    ['title: "임영웅" 신곡', 'The title starts with a quoted word and goes on: quote the whole title', `'"임영웅" 신곡'`],
    ['title: 제목: 부제', 'The title holds `: `, which YAML reads as the start of another key: quote the whole title', '"제목: 부제"'],
    ['title: [속보] 대통령 발표', 'The title starts with `[속보]`, which YAML reads as a list: quote the whole title', '"[속보] 대통령 발표"'],
    ['title: {긴급} 공지', 'The title starts with `{긴급}`, which YAML reads as a mapping: quote the whole title', '"{긴급} 공지"'],
    ['title: @뉴스다오 단독', 'The title starts with `@`, which YAML reserves: quote the whole title', '"@뉴스다오 단독"'],
    ['title: *중요* 발표', 'The title starts with `*`, which YAML reads as a reference to an anchor: quote the whole title', '"*중요* 발표"'],
    ['title: `코드` 소개', 'The title starts with `` ` ``, which YAML reserves: quote the whole title', '"`코드` 소개"'],
    ['excerpt: \'요약\' 입니다', 'The excerpt starts with a quoted word and goes on: quote the whole excerpt', `"'요약' 입니다"`],
    ["feature_text: '특집' 기사", '`feature_text` starts with a quoted word and goes on: quote the whole value', `"'특집' 기사"`],
    ["title: 'C:\\temp' 경로", 'The title starts with a quoted word and goes on: quote the whole title', `'''C:\\temp'' 경로'`],
    // Where the intent is not certain, no fix.
    ['title: "닫히지 않은 제목', 'The title opens a quote (`"`) that is never closed: close it, or quote the whole title', undefined],
    ["title: '임영웅' 신곡 #1", 'The title starts with a quoted word and goes on: quote the whole title', undefined],
    ['title: [속보 대통령 발표', 'The title opens a list with `[` that is never closed: close it with `]`, or quote the whole title', undefined],
  ])('%s', (line, message, fix) => {
    const yaml = `${line}\ncategories: [News]\n`;
    const start = line.indexOf(': ') + 2;
    expect(findYamlMistakes(yaml)).toEqual([{ message, offset: start, endOffset: line.length, ...(fix ? { fix: { range: [start, line.length], text: fix } } : {}) }]);
    if (fix) {
      const article = parseArticle(`---\n${line.slice(0, start)}${fix}\ncategories: [News]\n---\n`);
      expect(article.problems).toEqual([]);
      expect(article.frontMatter.data[line.slice(0, start - 2)]).toBe(line.slice(start));
    }
  });

  it('one problem for each broken line, every fix applied at once', () => {
    const source = "---\ntitle: '임영웅' 신곡\nexcerpt: 요약: 핵심\ncategories: [News]\n---\n\n본문입니다.\n";
    expect(check(source).map(shown)).toEqual([
      '2:8-2:16 error yaml-syntax: The title starts with a quoted word and goes on: quote the whole title',
      '3:10-3:16 error yaml-syntax: The excerpt holds `: `, which YAML reads as the start of another key: quote the whole excerpt',
    ]);
    expect(fixed(source)).toBe(`---\ntitle: "'임영웅' 신곡"\nexcerpt: "요약: 핵심"\ncategories: [News]\n---\n\n본문입니다.\n`);
  });

  it('what no line explains: once, where loading stops, as the writer would put it', () => {
    expect(findYamlMistakes('title: 제목\ncategories:\n\t- News\n')).toEqual([
      { message: 'This line is indented with a tab, which YAML does not allow: indent with spaces', offset: 22, endOffset: 29 },
    ]);
    expect(findYamlMistakes('title: 제목\n그냥 텍스트\ndate: 2024-06-12\n')).toEqual([
      {
        message: 'This line is not `key: value`, and YAML cannot read it as part of the value above: add its key, or indent it under the value it belongs to',
        offset: 10,
        endOffset: 16,
      },
    ]);
    expect(findYamlMistakes('title: 제목\n  이어지는 줄: 값\n')).toEqual([
      { message: 'This line is indented under `title`, which already has its value: remove the indentation if it is a key of its own', offset: 10, endOffset: 21 },
    ]);
    // With the title mended, what is left is the tab.
    expect(findYamlMistakes("title: '임영웅' 신곡\ncategories:\n\t- News\n").map((m) => [m.offset, m.message])).toEqual([
      [7, 'The title starts with a quoted word and goes on: quote the whole title'],
      [28, 'This line is indented with a tab, which YAML does not allow: indent with spaces'],
    ]);
  });

  it('finds nothing in YAML that loads, an alias to an anchor included', () => {
    expect(findYamlMistakes('title: 제목\ncategories: [News]\n')).toEqual([]);
    expect(findYamlMistakes('a: &x 값\nb: *x\nc: [a\n')).toEqual([
      { message: '`c` opens a list with `[` that is never closed: close it with `]`, or quote the whole value', offset: 17, endOffset: 19 },
    ]);
  });

  it('reports a Ruby symbol, which Jekyll refuses, with a fix that quotes it', () => {
    const source = '---\ntitle: 제목입니다\ncategories: [News]\nlayout: :post\n---\n\n본문입니다.\n';
    expect(check(source).map(shown)).toEqual([
      '4:9-4:14 error yaml-syntax: `:post` is a Ruby symbol, which Jekyll refuses to load (Tried to load unspecified class: Symbol): quote it',
    ]);
    expect(fixed(source)).toBe('---\ntitle: 제목입니다\ncategories: [News]\nlayout: ":post"\n---\n\n본문입니다.\n');
  });

  it('runs no rule that rests on the front matter when Jekyll cannot read it', () => {
    // Without the YAML, front-matter-required would find no title or categories, title-length the h1's 2 characters.
    const source = "---\ntitle: '임영웅' 신곡\nexcerpt: 짧음\n---\n\n# 짧음\n\n본문입니다.\n";
    expect(check(source).map((d) => d.ruleId)).toEqual(['yaml-syntax']);
    // The same post, readable: each of these findings is about the front matter.
    expect(check(source.replace("'임영웅' 신곡", '임영웅 신곡')).map((d) => d.ruleId)).toEqual(['front-matter-required', 'excerpt-length', 'title-h1-mismatch']);
  });
});

describe('positions in a front matter Jekyll reads', () => {
  it('point at the value Jekyll keeps when a key is given twice', () => {
    const source = '---\ntitle: 첫 제목\ntitle: 둘\ncategories: [News]\n---\n\n본문입니다.\n';
    expect(check(source).map(shown)).toEqual([
      '3:1-3:6 warning yaml-duplicate-key: `title` is given again: Jekyll keeps this value and drops the one before',
      '3:8-3:9 warning title-length: The title has 1 characters, fewer than 5',
    ]);
  });
});

describe('the corpus with the held-out posts’ title mistakes written into it', () => {
  const dir = `${shared}corpus/posts`;
  const files = readdirSync(dir).filter((name) => name.endsWith('.md')).sort().slice(0, 60);
  const titleLine = /^title: (.*)$/m;

  it('a quoted first word: exactly one error-level finding, from the YAML, whose fix makes the post load as written', () => {
    for (const file of files) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      const title = titleLine.exec(source)?.[1] ?? '';
      if (/^['"]/.test(title) || !/ /.test(title)) continue;
      const written = title.replace(/^(\S+)/, "'$1'");
      const broken = source.replace(titleLine, `title: ${written}`);
      const errors = check(broken).filter((d) => d.severity === 'error');
      expect(errors.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.message}`), file).toEqual(['yaml-syntax 2:8 The title starts with a quoted word and goes on: quote the whole title']);
      const mended = applyFixes(broken, errors.flatMap((d) => (d.fix ? [d.fix] : []))).output;
      expect(parseArticle(mended).frontMatter.title, file).toBe(written);
    }
  });

  it('a row of quoted keywords: one YAML error, and title-keyword-list from the written line', () => {
    for (const file of files.slice(0, 20)) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      const broken = source.replace(titleLine, "title: 'TV드라마' '한국어' '역대급' '임영웅'");
      expect(
        check(broken).filter((d) => d.severity === 'error' || d.ruleId === 'title-keyword-list').map((d) => `${d.ruleId} ${d.line}:${d.column}`),
        file,
      ).toEqual(['yaml-syntax 2:8', 'title-keyword-list 2:8']);
    }
  });
});
