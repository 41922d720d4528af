import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../src/cli/apply-fixes.ts';
import { type Diagnostic, parseArticle, rules, validateArticle } from '../src/index.ts';
import { shared } from './helpers.ts';

const OFF = Object.fromEntries(rules.map((rule) => [rule.id, 'off' as const]));
const PATH = '_posts/2024-06-12-example.md';
const findings = (id: string, source: string): Diagnostic[] =>
  validateArticle(parseArticle(source, { path: PATH }), { rules: { ...OFF, [id]: 'warn' } }).filter((d) => d.ruleId === id);
const fix = (id: string, source: string): string => applyFixes(source, findings(id, source).flatMap((d) => (d.fix ? [d.fix] : []))).output;

describe('kramdown-accidental-table fixes', () => {
  it('escapes the `|` of a credit line, byte for byte; readers then see the line, and a second fix changes nothing', () => {
    const source = '---\ntitle: 출처 줄\n---\n\n[출처: 전통시장 지원 확대](https://example.com/1) | 예시뉴스\n\n본문입니다.\n';
    const fixed = fix('kramdown-accidental-table', source);
    expect(fixed).toBe('---\ntitle: 출처 줄\n---\n\n[출처: 전통시장 지원 확대](https://example.com/1) \\| 예시뉴스\n\n본문입니다.\n');
    const article = parseArticle(fixed, { path: PATH });
    expect(article.tables).toEqual([]);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['출처: 전통시장 지원 확대 | 예시뉴스', '본문입니다.']);
    expect(findings('kramdown-accidental-table', fixed)).toEqual([]);
    expect(fix('kramdown-accidental-table', fixed)).toBe(fixed);
  });

  it('keeps CRLF and every other byte, and escapes each separator of a multi-line accidental table', () => {
    const source = '---\r\ntitle: 두 줄\r\n---\r\n\r\n사진 | 뉴스다오\r\n기사 | 뉴스다오 `a|b`\r\n';
    expect(fix('kramdown-accidental-table', source)).toBe('---\r\ntitle: 두 줄\r\n---\r\n\r\n사진 \\| 뉴스다오\r\n기사 \\| 뉴스다오 `a|b`\r\n');
  });

  it('offers no fix where a backslash would change what is published, or a table is meant', () => {
    for (const body of ['| 지역 | 인구 |\n| 서울 | 940만 |\n', '[출처](https://e.com/a|b) | 뉴스다오\n', '<a title="a|b">출처</a> | 뉴스다오\n', "{{ site.title | upcase }} | 뉴스다오\n"]) {
      const found = findings('kramdown-accidental-table', `---\ntitle: 표\n---\n\n${body}`);
      expect(found.map((d) => [d.ruleId, d.fix])).toEqual([['kramdown-accidental-table', undefined]]);
    }
  });
});

describe('kramdown-literal-html fixes', () => {
  it('puts a block tag written inside a paragraph after a blank line, byte for byte; it is then HTML, and a second fix changes nothing', () => {
    const source = '---\ntitle: 문단 속 태그\n---\n\n정부가 발표했습니다. <p>지원 대상은 청년층입니다.</p>\n';
    const found = findings('kramdown-literal-html', source);
    expect(found.map((d) => [d.line, d.column, d.fix])).toEqual([
      [5, 13, { range: [35, 36], text: '\n\n' }],
      [5, 30, undefined],
    ]);
    const fixed = fix('kramdown-literal-html', source);
    expect(fixed).toBe('---\ntitle: 문단 속 태그\n---\n\n정부가 발표했습니다.\n\n<p>지원 대상은 청년층입니다.</p>\n');
    const article = parseArticle(fixed, { path: PATH });
    expect(article.literalHtml).toEqual([]);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['정부가 발표했습니다.', '지원 대상은 청년층입니다.']);
    expect(article.html).toBe('<p>정부가 발표했습니다.</p>\n\n<p>지원 대상은 청년층입니다.</p>\n');
    expect(fix('kramdown-literal-html', fixed)).toBe(fixed);
  });

  it('offers no fix for an end tag that closes nothing, an element left open, or a paragraph in a list', () => {
    for (const body of ['정부가 발표했습니다.</div>\n', '정부가 발표했습니다.<div>지원\n', '- 정부가 발표했습니다.<p>지원</p>\n']) {
      const found = findings('kramdown-literal-html', `---\ntitle: 태그\n---\n\n${body}`);
      expect(found.length, body).toBeGreaterThan(0);
      expect(found.every((d) => d.fix === undefined), body).toBe(true);
    }
  });
});

describe('the hazard fixes on the corpus', () => {
  const dir = `${shared}corpus/posts`;
  const files = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
  const settings = { rules: { ...OFF, 'kramdown-accidental-table': 'warn', 'kramdown-literal-html': 'warn' } } as const;

  it('mend every hazard they fix: the post parsed again has no such table or literal tag there, keeps its text, and needs no second fix', () => {
    const counts = { tables: 0, tags: 0, unfixed: 0 };
    for (const file of files) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      const before = parseArticle(source, { path: `_posts/${file}` });
      const found = validateArticle(before, settings).filter((d) => d.ruleId.startsWith('kramdown-'));
      const fixes = found.flatMap((d) => (d.fix ? [d.fix] : []));
      if (fixes.length === 0) continue;
      for (const d of found) {
        if (!d.fix) counts.unfixed++;
        else if (d.ruleId === 'kramdown-accidental-table') counts.tables++;
        else counts.tags++;
      }
      const fixed = applyFixes(source, fixes).output;
      const after = parseArticle(fixed, { path: `_posts/${file}` });
      // No fixed hazard is left, and the fixes found nothing new to fix.
      const again = validateArticle(after, settings).filter((d) => d.ruleId.startsWith('kramdown-'));
      expect(again.filter((d) => d.fix), file).toEqual([]);
      // What is left had no fix of its own (an end tag its start tag's fix may have mended, or none).
      expect(again.length, file).toBeLessThanOrEqual(found.filter((d) => !d.fix).length);
      expect(after.literalHtml.filter((l) => !l.raw.startsWith('</')).length, file).toBe(before.literalHtml.filter((l) => !l.raw.startsWith('</')).length - found.filter((d) => d.fix && d.ruleId === 'kramdown-literal-html').length);
      expect(after.tables.length, file).toBe(before.tables.length - found.filter((d) => d.fix && d.ruleId === 'kramdown-accidental-table').length);
      // Readers see the same words: a credit line's cells joined by ` | `, a literal tag's content as
      // HTML, a link whose text holds the `|` as a link again.
      const words = (text: string): string =>
        text.replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1').replace(/<\/?[a-z][^>]*>/gi, ' ').replace(/[\s|]+/g, ' ').trim();
      expect(words(after.text), file).toBe(words(before.text));
    }
    expect(counts).toEqual({ tables: 27, tags: 7, unfixed: 7 });
  });
});
