import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Article, type Diagnostic, parseArticle, type Rule, type RuleContext, rules, validateArticle } from '../src/index.ts';
import { bodyRules } from '../src/rules/group-body.ts';
import { shared } from './helpers.ts';

const BODY_IDS = [
  'heading-increment',
  'heading-empty',
  'multiple-h1',
  'table-empty',
  'table-ragged',
  'html-document',
  'html-unknown-element',
  'link-url-invalid',
  'rel-dofollow',
  'image-alt-missing',
  'image-url-invalid',
  'tip-line-contact',
  'text-nfd-hangul',
  'text-invisible-characters',
] as const;
type BodyId = (typeof BODY_IDS)[number];

const post = (body: string, title = '테스트'): string => `---\ntitle: ${title}\n---\n\n${body}`;

function diagnose(source: string, ids: readonly BodyId[]): Diagnostic[] {
  const settings = Object.fromEntries(rules.map((rule) => [rule.id, 'off' as const]));
  for (const id of ids) settings[id] = 'warn' as never;
  return validateArticle(parseArticle(source, { path: '_posts/2024-06-12-example.md' }), { rules: settings }).filter((d) =>
    (ids as readonly string[]).includes(d.ruleId),
  );
}

/** `line:column: message` of one rule's findings on a post with `body`. */
const check = (id: BodyId, body: string): string[] => diagnose(post(body), [id]).map((d) => `${d.line}:${d.column}: ${d.message}`);
/** Just `line:column` (messages are covered by the docs examples). */
const at = (id: BodyId, body: string): string[] => diagnose(post(body), [id]).map((d) => `${d.line}:${d.column}`);

const applyFixes = (source: string, diagnostics: Diagnostic[]): string =>
  diagnostics
    .flatMap((d) => (d.fix ? [d.fix] : []))
    .sort((a, b) => b.range[0] - a.range[0])
    .reduce((text, fix) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]), source);

describe('body rules are registered', () => {
  it('lists exactly these rules in the body group, each in the registry', () => {
    expect(bodyRules.map((rule) => rule.id)).toEqual([...BODY_IDS]);
    for (const id of BODY_IDS) expect(rules.some((rule) => rule.id === id)).toBe(true);
  });
});

describe('heading-increment', () => {
  it('accepts a first heading at any level and any step back up', () => {
    expect(at('heading-increment', '### 시작\n\n#### 하위\n\n## 위로\n\n### 다시\n')).toEqual([]);
  });
  it('reports each skip against the heading just before', () => {
    expect(check('heading-increment', '# 제목\n\n### 건너뜀\n\n## 위로\n\n<h5>또 건너뜀</h5>\n')).toEqual([
      '7:1: This h3 follows an h1: heading levels should go down one at a time (use h2)',
      '11:1: This h5 follows an h2: heading levels should go down one at a time (use h3)',
    ]);
  });
});

describe('heading-empty and multiple-h1', () => {
  it('reports a heading holding only white space or a zero-width space', () => {
    expect(at('heading-empty', '<h3>\u200b</h3>\n\n<h2>내용</h2>\n')).toEqual(['5:1']);
  });
  it('reports every h1 after the first, naming the first one', () => {
    expect(check('multiple-h1', '# 하나\n\n# 둘\n\n<h1>셋</h1>\n')).toEqual([
      '7:1: Another h1 (the first is on line 5): a post has one top-level heading; make this one an h2',
      '9:1: Another h1 (the first is on line 5): a post has one top-level heading; make this one an h2',
    ]);
  });
});

describe('tables', () => {
  it('table-empty accepts a table with one filled cell', () => {
    expect(at('table-empty', '<table><tr><td></td><td>값</td></tr></table>\n')).toEqual([]);
  });
  it('table-ragged skips pipe tables, which kramdown pads', () => {
    expect(at('table-ragged', '| 지역 | 인구 | 비고 |\n|---|---|---|\n| 서울 |\n')).toEqual([]);
  });
  it('table-ragged counts colspan and rowspan', () => {
    const spans =
      '<table>\n<tr><th rowspan="2">지역</th><th colspan="2">인구</th></tr>\n<tr><td>2023</td><td>2024</td></tr>\n<tr><td>서울</td><td>1</td><td>2</td></tr>\n</table>\n';
    expect(at('table-ragged', spans)).toEqual([]);
    const short = '<table>\n<tr><th colspan="3">제목</th></tr>\n<tr><td>서울</td><td>1</td></tr>\n</table>\n';
    expect(check('table-ragged', short)).toEqual([
      '5:1: The rows of this table have 2, 3 cells: readers see holes in the short rows; give every row the same number of cells (or use colspan)',
    ]);
  });
});

describe('html-document and html-unknown-element', () => {
  it('skips code spans, code blocks, Liquid highlight blocks, comments, escapes and microdata meta', () => {
    const body =
      '`<script>` 및 ``<style>``는 코드입니다.\n\n```\n<html><llinks>\n```\n\n{% highlight html %}\n<head><elink>\n{% endhighlight %}\n\n' +
      '<!-- <title><llinks> -->\n\n\\<body> \\<llinks>\n\n<div itemscope><meta itemprop="name" content="예시"></div>\n\n<header>머리</header>\n';
    expect(at('html-document', body)).toEqual([]);
    expect(at('html-unknown-element', body)).toEqual([]);
  });
  it('reports a script once and does not read its content as tags', () => {
    expect(at('html-document', '<script>if (a <b && c <llinks) {}</script>\n')).toEqual(['5:1']);
    expect(at('html-unknown-element', '<script>if (a <zz> b) {}</script>\n<style>a<zz>b{}</style>\n')).toEqual([]);
  });
  it('knows obsolete HTML, SVG, MathML and custom elements, and ignores autolinks and comparisons', () => {
    const body =
      '<center><font color="red">가</font></center> <marquee>흐름</marquee> <tt>코드</tt> <strike>취소</strike> <big>큰</big> <u>밑줄</u>\n\n' +
      '<svg viewBox="0 0 1 1"><path d="M0 0"/><linearGradient id="g"></linearGradient></svg> <math><mi>x</mi></math>\n\n' +
      '<my-widget>위젯</my-widget> <https://example.com> 1<2 입니다. <자료출처=정책브리핑>\n';
    expect(at('html-unknown-element', body)).toEqual([]);
  });
  it('reports each occurrence of an unknown tag at its `<`, whatever its case', () => {
    expect(check('html-unknown-element', '<aa href="https://example.com">기사</a> <C>문장</C>\n<LLinks/>\n')).toEqual([
      '5:1: `<aa>` is not an HTML element: browsers show its content as plain text; fix the tag name',
      '5:39: `<C>` is not an HTML element: browsers show its content as plain text; fix the tag name',
      '6:1: `<LLinks>` is not an HTML element: browsers show its content as plain text; fix the tag name',
    ]);
  });
});

describe('links and images', () => {
  it('link-url-invalid accepts mailto, tel, fragments, relative and root-relative links', () => {
    expect(at('link-url-invalid', '[a](mailto:a@example.com) [b](tel:02-781-1234) [c](#id) [d](../x.html) [e](/x?y=1) [f](https://example.com/%EB%B3%B4)\n')).toEqual([]);
  });
  it('link-url-invalid catches JavaScript in any case and an unparsable host', () => {
    expect(at('link-url-invalid', '<a href="JavaScript:alert(1)">a</a> <a href="https://exa%mple.com">b</a>\n')).toEqual(['5:1', '5:37']);
  });
  it('image-url-invalid accepts protocol-relative sources and reports data: and Windows paths', () => {
    expect(at('image-url-invalid', '![a](//cdn.example.com/a.png) ![b](./b.png)\n')).toEqual([]);
    expect(check('image-url-invalid', '<img src="data:image/png;base64,AAAA" alt="a"> <img src="C:\\사진\\b.png" alt="b">\n')).toEqual([
      '5:1: The image source `data:image/png;base64,AAAA` is a `data:` address, which readers cannot load: upload the image and link it over https',
      '5:48: The image source `C:\\사진\\b.png` is a `c:` address, which readers cannot load: upload the image and link it over https',
    ]);
  });
  it('image-alt-missing accepts any non-blank alt', () => {
    expect(at('image-alt-missing', '![사진](a.png) <img src="b.png" alt="그래프">\n')).toEqual([]);
    expect(at('image-alt-missing', '<img src="b.png" alt="  ">\n')).toEqual(['5:1']);
  });
});

describe('rel-dofollow fixes', () => {
  const fixed = (body: string) => {
    const source = post(body);
    return applyFixes(source, diagnose(source, ['rel-dofollow'])).slice(post('').length);
  };
  it('removes the token, or the whole attribute when it is alone, in any quoting', () => {
    expect(fixed('<a href="x" rel="nofollow dofollow noopener">a</a>\n')).toBe('<a href="x" rel="nofollow noopener">a</a>\n');
    expect(fixed("<a href='x' REL='DoFollow'>a</a>\n")).toBe("<a href='x'>a</a>\n");
    expect(fixed('<a rel = dofollow href=x>a</a>\n')).toBe('<a href=x>a</a>\n');
  });
  it('leaves links without dofollow alone', () => {
    expect(at('rel-dofollow', '<a href="x" rel="nofollow">a</a> [b](y)\n')).toEqual([]);
  });
});

describe('tip-line-contact', () => {
  it('accepts well-formed numbers and addresses, and digit groups that are no phone numbers', () => {
    const body =
      '- 전화: 02-781-1234, 031-123-4567, 010.1234.5678, (02) 781-1234, +82-2-781-1234, 1588-1234, ☎129\n' +
      '- 이메일: news@example.com, first.last+tag@mail.example.co.kr. 유튜브 https://www.youtube.com/@KBSNEWS\n' +
      '- 문의: 2024-06-12까지, 06.12.2024, 1,500-2,000원, 계좌 123-456-789012, v0.12.3\n';
    expect(at('tip-line-contact', body)).toEqual([]);
  });
  it('ignores malformed numbers outside contact lines', () => {
    expect(at('tip-line-contact', '서울 02-781-123 번지에서 발표했습니다.\n')).toEqual([]);
  });
  it('reports one finding per line, at the first malformed token', () => {
    expect(at('tip-line-contact', '- 전화: 010-1234-567, 02-78-1234\n- 메일: a@b@example.com\n- 문의 : 한국관광공사(02-729-94151)\n')).toEqual([
      '5:7',
      '6:7',
      '7:15',
    ]);
  });
  it('reads the channels of a tip-line without a colon', () => {
    expect(check('tip-line-contact', '제보하기\n\n- 전화 02-781-1234\n- 이메일 news@example\n')).toEqual([
      '8:7: `news@example` is not a valid email address: check it (e.g. news@example.com)',
    ]);
  });
  it('handles a 60k-digit number and a 50k-character address quickly, with at most one finding a line', () => {
    const source = post(
      `문의\n\n- 전화 : ${'1'.repeat(60_000)}\n- 이메일 : ${'a'.repeat(50_000)}@\n- 전화: 0${'2-'.repeat(30_000)}1\n- 메일: ${'a@'.repeat(30_000)}\n- 문의: ${'0'.repeat(60_000)}-12-3\n`,
    );
    const article = parseArticle(source);
    const found = validateArticle(article, { rules: { ...Object.fromEntries(rules.map((r) => [r.id, 'off' as const])), 'tip-line-contact': 'warn' } });
    const lines = found.map((d) => d.line);
    expect(new Set(lines).size).toBe(lines.length);
    expect(found.length).toBeLessThanOrEqual(5);
  });
});

describe('text-nfd-hangul', () => {
  it('reports a trailing jamo after a syllable and composes both', () => {
    const source = post('국\u1100\u1161\u11A8 가\u11A8\n');
    const found = diagnose(source, ['text-nfd-hangul']);
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['5:2', '5:7']);
    expect(applyFixes(source, found)).toBe(post('국각 각\n'));
  });
  it('leaves Old Hangul, which has no composed form, alone', () => {
    expect(at('text-nfd-hangul', '\u1112\u119E\u11AB \u1100\u119E\u11AF\n')).toEqual([]);
  });
});

describe('text-invisible-characters', () => {
  it('names the first character, counts the rest, and does not fix bidi controls', () => {
    const source = post('앞\u202E\u200B뒤 \u0085 \u007F\u0001\n');
    const found = diagnose(source, ['text-invisible-characters']);
    expect(found.map((d) => `${d.line}:${d.column}: ${d.message} ${d.fix ? 'fix' : 'no fix'}`)).toEqual([
      '5:2: Bidirectional control character U+202E (and 1 more): it can reorder what readers see; delete it unless it is meant no fix',
      '5:6: Control character U+0085: it is not text; delete it fix',
      '5:8: Control character U+007F (and 1 more): it is not text; delete it fix',
    ]);
  });
  it('allows a leading byte order mark and emoji joiners, not a BOM later on', () => {
    expect(at('text-invisible-characters', '👨\u200D👩\u200D👧 🏳\uFE0F\u200D🌈\n')).toEqual([]);
    expect(diagnose(`\uFEFF${post('가\uFEFF나\n')}`, ['text-invisible-characters']).map((d) => `${d.line}:${d.column}`)).toEqual(['5:2']);
  });
});

describe('robustness', () => {
  const context: RuleContext<never> = {
    source: '',
    options: {} as never,
    yaml: { range: () => undefined } as never,
    report: () => {},
  };
  const odd: unknown[] = [
    {},
    { source: '', body: '', bodyOffset: 0, headings: [], tables: [], links: [], images: [], lists: [], paragraphs: [], tipLines: [], blocks: [] },
    {
      source: '<a>',
      body: '<a rel=dofollow',
      bodyOffset: Number.NaN,
      headings: [{ level: 1 }, null],
      tables: [{ syntax: 'html', rows: [null, ['a']], position: { start: { offset: 0 }, end: { offset: 99 } } }],
      links: [{ rel: ['dofollow'], position: { start: { offset: 0 }, end: { offset: 3 } } }, { rel: 'x' }],
      images: [{ position: { start: { offset: 0 }, end: { offset: 0 } } }],
      lists: [{ items: [{ text: '전화: 02-1-1', position: { start: { offset: 5 }, end: { offset: 1 } } }] }, null],
      paragraphs: [{ text: 7 }],
      tipLines: [null],
      blocks: [{ type: 'code' }],
    },
  ];
  it.each(bodyRules.map((rule) => [rule.id, rule] as const))('%s never throws on a malformed Article', (_, rule) => {
    for (const article of odd) expect(() => (rule as Rule<never>).check(article as Article, context)).not.toThrow();
  });
});

describe('the corpus', () => {
  const dir = `${shared}corpus/posts`;
  const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
  const settings = Object.fromEntries(BODY_IDS.map((id) => [id, 'warn' as const]));

  it('gives positioned findings and no rule failures on every post', () => {
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      const diagnostics = validateArticle(parseArticle(source, { path: `_posts/${file}` }), { rules: settings });
      for (const d of diagnostics) {
        expect(d.message, `${file}:${d.line}:${d.column}`).not.toMatch(/^Rule \S+ failed/);
        expect(d.line, file).toBeGreaterThanOrEqual(1);
        expect(d.column, file).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('fixes every rel="dofollow" so that re-parsing finds none', () => {
    for (const file of files) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      const found = diagnose(source, ['rel-dofollow']);
      if (found.length === 0) continue;
      expect(found.every((d) => d.fix), file).toBe(true);
      expect(diagnose(applyFixes(source, found), ['rel-dofollow']), file).toEqual([]);
    }
  });
});
