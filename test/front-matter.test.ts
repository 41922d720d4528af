import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.ts';

describe('front matter', () => {
  it('never runs ---js front matter, and reports it', () => {
    const marker = '__articleKitFrontMatterRan';
    const source = `---js\n{ title: (globalThis.${marker} = process.version) }\n---\n본문\n`;
    const article = parseArticle(source);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(article.frontMatter.data).toEqual({});
    expect(article.problems).toEqual([
      {
        ruleId: 'front-matter-language',
        severity: 'error',
        message: 'Front matter in `js` is not read (only YAML is; code in front matter is never run)',
        line: 1,
        column: 1,
        endLine: 2,
        endColumn: 1,
      },
    ]);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['본문']);
  });

  it.each(['javascript', 'coffee', 'toml', 'constructor'])('reports ---%s without reading it', (language) => {
    const article = parseArticle(`---${language}\ntitle = "x"\n---\n`);
    expect(article.problems.map((p) => p.ruleId)).toEqual(['front-matter-language']);
    expect(article.frontMatter.title).toBeUndefined();
  });

  it('positions YAML errors at their line and column in the file, one per mistake, in the writer\'s terms', () => {
    const source = '---\ntitle: 제목\ncategories: [News\nexcerpt: 요약\n---\n본문\n';
    expect(parseArticle(source).problems).toEqual([
      {
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: '`categories` opens a list with `[` that is never closed: close it with `]`, or quote the whole value',
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 18,
      },
    ]);
    expect(parseArticle('---\ntitle: 제목\n  bad: indent\n---\n').problems).toEqual([
      {
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: 'This line is indented under `title`, which already has its value: remove the indentation if it is a key of its own',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 14,
      },
    ]);
  });

  it('warns about a key given twice, at the second, and keeps the last as Jekyll does', () => {
    const article = parseArticle('---\ntitle: 하나\ntitle: 둘\n---\n');
    expect(article.problems).toEqual([
      {
        ruleId: 'yaml-duplicate-key',
        severity: 'warning',
        message: '`title` is given again: Jekyll keeps this value and drops the one before',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 6,
      },
    ]);
    expect(article.title).toBe('둘');
  });

  it('reports a tab-indented mapping', () => {
    const { problems } = parseArticle('---\ntitle: 제목\ncategories:\n\t- News\n---\n');
    expect(problems[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 4, column: 1 });
  });

  it('reports front matter that never closes, and keeps the whole file as body', () => {
    const article = parseArticle('---\ntitle: 제목\n\n본문\n');
    expect(article.problems).toEqual([expect.objectContaining({ ruleId: 'front-matter-unclosed', line: 1, column: 1 })]);
    expect(article.bodyOffset).toBe(0);
    expect(article.text).toContain('본문');
  });

  it('does not take a line of four dashes as the closing line', () => {
    const article = parseArticle('---\ntitle: 제목\n----\n');
    expect(article.problems.map((p) => p.ruleId)).toEqual(['front-matter-unclosed']);
  });

  it('accepts ... as the closing line', () => {
    expect(parseArticle('---\ntitle: 제목\n...\n본문\n').frontMatter.title).toBe('제목');
  });

  it('reports a front matter that is not a mapping', () => {
    const article = parseArticle('---\n- a\n- b\n---\n');
    expect(article.frontMatter.data).toEqual({});
    expect(article.problems).toEqual([expect.objectContaining({ ruleId: 'front-matter-not-mapping', line: 2, column: 1 })]);
  });

  it('refuses 100k nested flow collections before yaml sees them', () => {
    const article = parseArticle(`---\ntitle: ${'['.repeat(100_000)}\n---\n`);
    expect(article.frontMatter.data).toEqual({});
    expect(article.problems).toEqual([expect.objectContaining({ ruleId: 'yaml-too-deep', line: 2, column: 208 })]);
  });

  it('stops an alias bomb', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 7; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const article = parseArticle(`---\n${levels.join('\n')}\n---\n`);
    expect(article.frontMatter.data).toEqual({});
    expect(article.problems[0]).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error', line: 2, column: 1 });
  });

  it('keeps __proto__ and constructor keys as data without touching Object.prototype', () => {
    const article = parseArticle('---\n__proto__: {polluted: 1}\nconstructor: {prototype: {polluted: 1}}\n---\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(article.frontMatter.data)).toBe(Object.prototype);
    expect(Object.keys(article.frontMatter.data)).toEqual(['__proto__', 'constructor']);
  });
});
