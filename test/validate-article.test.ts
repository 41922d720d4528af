import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, type StandardSchemaV1, validateArticle } from '../src/index.ts';
import { seed000, seed001, shared } from './helpers.ts';

describe('validateArticle on the seeds', () => {
  it('gives seed 000 exactly two excerpt-stated-counts, one at each note', () => {
    const source = seed000();
    const found = validateArticle(parseArticle(source)).filter((d) => d.ruleId === 'excerpt-stated-counts');
    const noteAt = (from: number) => source.indexOf('(단어 수: 88, 문자 수: 553)', from);
    expect(found.map((d) => [d.line, d.column, d.severity, d.message])).toEqual([
      [6, 251, 'error', '`excerpt` states 88 words, 553 characters, but the text has 54 words, 247 characters'],
      [8, 251, 'error', '`feature_text` states 88 words, 553 characters, but the text has 54 words, 247 characters'],
    ]);
    expect(found.map((d) => ('start' in d.place ? d.place.start : d.place).offset)).toEqual([noteAt(0), noteAt(noteAt(0) + 1)]);
    expect(found[0]).toMatchObject({ endLine: 6, endColumn: 272, fatal: true, source: 'article-kit', reason: found[0]?.message });
    expect(found[0]?.fix).toEqual({ range: [noteAt(0) - 1, noteAt(0) + 21], text: '' });
  });

  it('gives seed 001 no excerpt-stated-counts', () => {
    expect(validateArticle(parseArticle(seed001())).filter((d) => d.ruleId === 'excerpt-stated-counts')).toEqual([]);
  });
});

describe('configuration', () => {
  it('rejects an unknown rule id and an unknown severity', () => {
    const article = parseArticle('# 제목\n');
    expect(() => validateArticle(article, { rules: { 'no-such-rule': 'error' } })).toThrow(/^Unknown rule "no-such-rule" in options.rules\. Known rules: /);
    expect(() => validateArticle(article, { rules: { 'multiple-h1': 'loud' as never } })).toThrow(
      new TypeError(`Rule "multiple-h1" has severity "loud"; expected 'off', 'info', 'warn' (or 'warning') or 'error'`),
    );
  });

  it('lets configuration choose severities and turn rules off', () => {
    const article = parseArticle(seed000());
    const warn = validateArticle(article, { rules: { 'excerpt-stated-counts': 'warn' } }).filter((d) => d.ruleId === 'excerpt-stated-counts');
    expect(warn.map((d) => [d.severity, d.fatal])).toEqual([['warning', false], ['warning', false]]);
    const off = validateArticle(article, { rules: { 'excerpt-stated-counts': 'off' } });
    expect(off.some((d) => d.ruleId === 'excerpt-stated-counts')).toBe(false);
  });

  it('includes parse problems as diagnostics', () => {
    const diagnostics = validateArticle(parseArticle('---js\nx\n---\n'));
    expect(diagnostics.filter((d) => d.ruleId === 'front-matter-language')).toEqual([
      expect.objectContaining({ severity: 'error', line: 1, column: 1, fatal: true, place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 1, offset: 6 } } }),
    ]);
  });
});

describe('schema', () => {
  // A hand-written Standard Schema: title must be a string, every category one of two names.
  const schema: StandardSchemaV1 = {
    '~standard': {
      version: 1,
      vendor: 'test',
      validate(value) {
        const data = value as Record<string, unknown>;
        const issues: { message: string; path: PropertyKey[] }[] = [];
        if (typeof data['title'] !== 'string') issues.push({ message: 'Expected a string', path: ['title'] });
        const categories = Array.isArray(data['categories']) ? data['categories'] : [];
        categories.forEach((c, i) => {
          if (c !== 'News' && c !== 'Politics') issues.push({ message: `Unknown category ${String(c)}`, path: ['categories', i] });
        });
        if (!('author' in data)) issues.push({ message: 'Required', path: ['author'] });
        return issues.length > 0 ? { issues } : { value };
      },
    },
  };

  it('positions each issue at the YAML node its path names', () => {
    const source = '---\ntitle: 42\ncategories:\n  - News\n  - Sports\n---\n';
    const diagnostics = validateArticle(parseArticle(source), { schema }).filter((d) => d.ruleId === 'front-matter-schema');
    expect(diagnostics.map((d) => [d.line, d.column, d.severity, d.message])).toEqual([
      [2, 1, 'error', '`author`: Required'],
      [2, 8, 'error', '`title`: Expected a string'],
      [5, 5, 'error', '`categories.1`: Unknown category Sports'],
    ]);
  });
});

describe('validateArticle on the shared corpus', () => {
  const dir = `${shared}corpus/posts`;
  const names = readdirSync(dir).filter((f) => f.endsWith('.md'));
  const all = names.map((name) => {
    const article = parseArticle(readFileSync(`${dir}/${name}`, 'utf8'), { path: `_posts/${name}` });
    return { name, diagnostics: validateArticle(article) };
  });

  it('gives every diagnostic a rule, a severity, a message and a place in the file', () => {
    for (const { diagnostics } of all) {
      for (const d of diagnostics) {
        expect(d.ruleId).toMatch(/^[a-z0-9-]+$/);
        expect(['error', 'warning', 'info']).toContain(d.severity);
        expect(d.message.length).toBeGreaterThan(0);
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.message).not.toMatch(/^Rule .* failed/);
      }
    }
  });
});
