import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.ts';
import {
  type Article,
  countCharacters,
  countWords,
  type Diagnostic,
  makeExcerpt,
  parseArticle,
  parseStatedCounts,
  readingText,
  readingTime,
  stripGeneratorNotes,
  validateArticle,
} from '../src/index.ts';
import { shared } from './helpers.ts';

// Hostile input, beyond test/robustness.test.ts: each case must come back as an Article without
// throwing, with every problem reported where it is and the content right. Timeouts only guard
// against a hang; speed is the benchmark's and the regex audit's business.
const HANG_GUARD = 20_000;

const PATH = '_posts/2024-06-12-hostile.md';
/** Five lines of front matter: the body starts on line 6. */
const FM = '---\ntitle: 적대적 입력 시험\ncategories: [시험]\n---\n\n';

interface Checked {
  article: Article;
  diagnostics: Diagnostic[];
  /** `ruleId@line:column` of every diagnostic, in order. */
  at: string[];
}

/** Parses and validates; checks what every hostile case owes: positions in the file, no rule failure. */
function check(source: string, path = PATH): Checked {
  const article = parseArticle(source, { path });
  const diagnostics = validateArticle(article);
  const lines = source.split(/\r\n|\r|\n/);
  for (const d of [...article.problems, ...diagnostics]) {
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines.length, `${d.ruleId} at line ${d.line}`).toBe(true);
    expect(d.column >= 1 && d.column <= (lines[d.line - 1]?.length ?? 0) + 1, `${d.ruleId} at ${d.line}:${d.column}`).toBe(true);
  }
  // A rule that throws is caught by validateArticle and turned into a diagnostic: none here.
  expect(diagnostics.filter((d) => /^Rule \S+ failed/.test(d.message))).toEqual([]);
  // Every parse problem is reported by validateArticle too, at the same place.
  for (const p of article.problems) {
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: p.ruleId, line: p.line, column: p.column }));
  }
  return { article, diagnostics, at: diagnostics.map((d) => `${d.ruleId}@${d.line}:${d.column}`) };
}

const problemsAt = (article: Article): string[] => article.problems.map((p) => `${p.ruleId}@${p.line}:${p.column}`);
const count = (text: string, piece: string): number => text.split(piece).length - 1;

describe('hostile nesting', () => {
  it('flattens 100k nested <div> after front matter, and reads the next block', () => {
    const { article, at } = check(`${FM}${'<div>'.repeat(100_000)}깊은 글${'</div>'.repeat(100_000)}\n\n다음 문단\n`);
    // The first div past MAX_ELEMENT_DEPTH (document, html and body count too) is the 254th.
    expect(problemsAt(article)).toEqual([`nesting-too-deep@6:${253 * 5 + 1}`]);
    expect(article.problems[0]?.severity).toBe('warning');
    expect(article.text).toBe('깊은 글\n\n다음 문단');
    expect(article.paragraphs.map((p) => [p.text, p.position.start.line])).toEqual([['다음 문단', 8]]);
    expect(at).toEqual([`nesting-too-deep@6:1266`]);
  }, HANG_GUARD);

  it('flattens 100k unclosed <div>, which run to the end of the file', () => {
    const { article } = check(`${FM}${'<div>'.repeat(100_000)}깊은 글\n\n다음 문단\n`);
    // kramdown warns that the innermost div (the 100,000th: 99,999 × 5 columns in) is never closed.
    expect(problemsAt(article)).toEqual(['nesting-too-deep@6:1266', `kramdown-warning@6:${99_999 * 5 + 1}`]);
    expect(article.text).toBe('깊은 글 다음 문단');
    expect(article.paragraphs).toEqual([]);
  }, HANG_GUARD);

  it('reads 50k nested, closed <b> in a paragraph flat past 100, printing no end tag as text', () => {
    const { article, at } = check(`${FM}앞 ${'<b>'.repeat(50_000)}굵게${'</b>'.repeat(50_000)} 뒤\n`);
    expect(article.text).toBe('앞 굵게 뒤');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['앞 굵게 뒤']);
    // Every tag is rendered (as an element, the deep ones empty and flat); none leaks as text.
    expect(count(article.html, '<b>')).toBe(50_000);
    expect(count(article.html, '</b>')).toBe(50_000);
    expect(article.literalHtml).toEqual([]);
    // The 101st <b>, inside the paragraph and 100 others: `앞 ` is 2 columns, each tag 3.
    expect(problemsAt(article)).toEqual([`nesting-too-deep@6:${3 + 100 * 3}`]);
    expect(at).toEqual(['nesting-too-deep@6:303']);
  }, HANG_GUARD);

  it('reads 25k nested images (`![` × 25k) as text past 100 levels instead of overflowing the stack', () => {
    const source = `${FM}${'!['.repeat(25_000)}\n`;
    const { article } = check(source);
    expect(article.text).toBe('!['.repeat(25_000));
    expect(article.images).toEqual([]);
    expect(article.problems.map((p) => p.ruleId).sort()).toEqual(['kramdown-approximated', 'nesting-too-deep']);
    // The 101st nested image (each `![` is 2 columns), past the retry budget's note.
    expect(article.problems.find((p) => p.ruleId === 'nesting-too-deep')).toMatchObject({ line: 6, column: 201 });
  }, HANG_GUARD);

  it('reads `<![CDATA[` × 5.5k (nested images and brackets) as text', () => {
    const body = '<![CDATA['.repeat(5_556);
    const { article } = check(`${FM}${body}\n`);
    expect(article.text).toBe(body);
    expect(article.problems.map((p) => p.ruleId).sort()).toEqual(['kramdown-approximated', 'nesting-too-deep']);
  }, HANG_GUARD);

  it('stops 50k nested blockquotes at 64 levels, keeping the rest as text', () => {
    const { article, at } = check(`${FM}${'> '.repeat(50_000)}인용\n`);
    // 64 markers (128 columns) open blockquotes; the 65th is text.
    expect(problemsAt(article)).toEqual(['nesting-too-deep@6:129']);
    expect(article.blocks.map((b) => b.type)).toEqual(['blockquote']);
    expect(article.text).toBe(`${'> '.repeat(50_000 - 64)}인용`);
    expect(at).toEqual(['nesting-too-deep@6:129']);
  }, HANG_GUARD);
});

describe('hostile emphasis, links, comments and tables', () => {
  it('reads 1 MiB of `*` alone as a thematic break', () => {
    const { article, at } = check(`${FM}${'*'.repeat(1 << 20)}\n\n다음 문단\n`);
    expect(article.blocks.map((b) => [b.type, b.position.start.line])).toEqual([
      ['thematicBreak', 6],
      ['paragraph', 8],
    ]);
    expect(article.text).toBe('다음 문단');
    expect(article.problems).toEqual([]);
    expect(at).toEqual([]);
  }, HANG_GUARD);

  it('reads 1 MiB of `*` after a word as kramdown does: `**` pairs in strong, a last em (175k children in one paragraph)', () => {
    const { article } = check(`${FM}글 ${'*'.repeat(1 << 20)}\n`);
    // kramdown (checked with ruby-kramdown up to 16k stars): 6k+4 stars give k × <strong>**</strong>
    // and one <em>**</em>; 2^20 = 6 × 174762 + 4.
    expect(count(article.html, '<strong>**</strong>')).toBe(174_762);
    expect(count(article.html, '<em>**</em>')).toBe(1);
    expect(article.text).toBe(`글 ${'*'.repeat(2 * 174_762 + 2)}`);
    expect(article.problems).toEqual([]);
  }, HANG_GUARD);

  it('gives up on 50k `[` and 50k `](` with a note, and still reads the link of the next paragraph', () => {
    const first = `${'['.repeat(50_000)}${']('.repeat(50_000)}`;
    const { article } = check(`${FM}${first}\n\n[링크](https://example.com/)\n`);
    expect(article.problems.map((p) => [p.ruleId, p.severity, p.line])).toEqual([['kramdown-approximated', 'warning', 6]]);
    expect(article.paragraphs.map((p) => p.text)).toEqual([first, '링크']);
    expect(article.links.map((l) => [l.href, l.text, l.position.start.line, l.position.start.column])).toEqual([
      ['https://example.com/', '링크', 8, 1],
    ]);
  }, HANG_GUARD);

  it('keeps `</` and 15k unclosed `<!--` as text', () => {
    const body = `</${'<!--'.repeat(15_000)}`;
    const { article, at } = check(`${FM}${body}\n`);
    // Unclosed, `<!--` is text, and its `--` an en dash (ruby-kramdown: `&lt;/&lt;!–&lt;!–…`).
    expect(article.text).toBe(`</${'<!–'.repeat(15_000)}`);
    expect(article.paragraphs).toHaveLength(1);
    expect(article.problems).toEqual([]);
    expect(at).toEqual([]);
  }, HANG_GUARD);

  it('keeps `[ (](` × 10k as text, with a retry note', () => {
    const body = '[ (]('.repeat(10_000);
    const { article } = check(`${FM}${body}\n`);
    expect(article.text).toBe(body);
    expect(article.links).toEqual([]);
    expect(article.problems.map((p) => [p.ruleId, p.line])).toEqual([['kramdown-approximated', 6]]);
  }, HANG_GUARD);

  it('keeps `*a_ ` × 10k as text, exactly: no emphasis can close, so none is read on to the end', () => {
    const body = '*a_ '.repeat(10_000);
    const { article } = check(`${FM}${body}\n`);
    expect(article.text).toBe(body.trimEnd());
    expect(article.problems).toEqual([]);
  }, HANG_GUARD);

  it('keeps `_a_b ` × 50k, `*a ` × 100k and `[a ` × 100k as text, exactly, without a retry note', () => {
    for (const [unit, times] of [['_a_b ', 50_000], ['*a ', 100_000], ['[a ', 100_000]] as const) {
      const body = unit.repeat(times);
      const { article } = check(`${FM}${body}\n`);
      expect(article.html).toBe(`<p>${body.trimEnd()}</p>\n`);
      expect(article.problems).toEqual([]);
    }
  }, HANG_GUARD);

  it('keeps `~~a ` × 12.5k (no strikethrough can close) as text', () => {
    const body = '~~a '.repeat(12_500);
    const { article } = check(`${FM}${body}\n`);
    expect(article.text).toBe(body.trimEnd());
    expect(article.html).not.toContain('<del>');
    expect(article.problems).toEqual([]);
  }, HANG_GUARD);

  it('reads a code fence of 50k backticks (too long to spell out in a regex)', () => {
    const fence = '`'.repeat(50_000);
    const { article } = check(`${FM}${fence}\n코드 줄\n${fence}\n\n뒤 문단\n`);
    expect(article.blocks.map((b) => b.type)).toEqual(['code', 'paragraph']);
    // As for any fence: the block's text is the `<pre>`'s innerText, the code's last newline kept.
    expect(article.blocks[0]).toMatchObject({ type: 'code', value: '코드 줄\n', position: { start: { line: 6 }, end: { line: 8 } } });
    expect(article.paragraphs.map((p) => [p.text, p.position.start.line])).toEqual([['뒤 문단', 10]]);
  }, HANG_GUARD);

  it('reads 2000 lines of 200 pipes as one table of empty cells, and says so', () => {
    const { article, at } = check(`${FM}${`${'|'.repeat(200)}\n`.repeat(2000)}`);
    expect(article.tables).toHaveLength(1);
    const table = article.tables[0];
    expect(table).toMatchObject({ syntax: 'markdown', hasDelimiterRow: false, headerRows: 0 });
    // kramdown drops the outer pipes: 199 cells a row (ruby-kramdown: 6 pipes give 5 cells).
    expect(table?.rows).toHaveLength(2000);
    // kramdown writes an empty cell as a no-break space.
    expect(table?.rows.every((row) => row.length === 199 && row.every((cell) => cell === '\u00a0'))).toBe(true);
    expect(table?.position.start).toEqual({ line: 6, column: 1, offset: FM.length });
    expect(at).toEqual(['kramdown-accidental-table@6:1', 'table-empty@6:1']);
  });

  it('reads an HTML table of 130k rows (more than a call has arguments)', () => {
    const { article } = check(`${FM}<table>\n${'<tr><td>칸</td></tr>\n'.repeat(130_000)}</table>\n`);
    expect(article.tables).toHaveLength(1);
    expect(article.tables[0]?.rows).toHaveLength(130_000);
    expect(article.tables[0]?.rows[129_999]).toEqual(['칸']);
    expect(article.tables[0]?.syntax).toBe('html');
  });

  it('reads 130k abbreviation uses in a paragraph (more than a call has arguments)', () => {
    const { article } = check(`${FM}*[HT]: Hyper Text\n\n${'HT '.repeat(130_000)}\n`);
    expect(count(article.html, '<abbr title="Hyper Text">HT</abbr>')).toBe(130_000);
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]?.text.length).toBe(130_000 * 3 - 1);
  });

  it('reads 20k references to one footnote, each with its backlink', () => {
    const { article } = check(`${FM}${'x[^1] '.repeat(20_000)}\n\n[^1]: 주석\n`);
    expect(article.footnotes).toHaveLength(1);
    expect(article.footnotes[0]?.text).toBe('주석');
    const references = article.footnotes[0]?.references ?? [];
    expect(references).toHaveLength(20_000);
    // `x[^1] ` is six characters: the n-th reference starts at column 6n + 2 of line 6.
    expect([references[0]?.start, references[19_999]?.start]).toEqual([
      { line: 6, column: 2, offset: FM.length + 1 },
      { line: 6, column: 6 * 19_999 + 2, offset: FM.length + 6 * 19_999 + 1 },
    ]);
    expect(count(article.html, 'class="reversefootnote"')).toBe(20_000);
    expect(count(article.html, '<sup>20000</sup></a>')).toBe(1);
  });

  it('reads 50k comments before the first paragraph, which a browser leaves out of the body', () => {
    const { article } = check(`${FM}${'<!-- c -->\n\n'.repeat(50_000)}본문\n`);
    expect(count(article.html, '<!-- c -->')).toBe(50_000);
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph']);
    expect(article.paragraphs.map((p) => [p.text, p.position.start.line, p.position.start.column])).toEqual([['본문', 6 + 2 * 50_000, 1]]);
  });

  it('checks a paragraph of 130k code spans without a rule failing', () => {
    const { article, at } = check(`${FM}${'`a` '.repeat(130_000)}\n`);
    expect(count(article.html, '<code class="language-plaintext highlighter-rouge">a</code>')).toBe(130_000);
    expect(at).toEqual([]);
  });
});

describe('hostile front matter', () => {
  it('stops a YAML alias bomb (7 levels × 9 aliases) with a positioned error', () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let level = 1; level < 7; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const { article, at } = check(`---\ntitle: 폭탄\n${lines.join('\n')}\n---\n\n본문\n`);
    expect(article.problems).toEqual([
      expect.objectContaining({ ruleId: 'yaml-syntax', severity: 'error', line: 2, column: 1, message: expect.stringMatching(/alias/i) }),
    ]);
    expect(article.frontMatter.data).toEqual({});
    expect(article.paragraphs.map((p) => [p.text, p.position.start.line])).toEqual([['본문', 12]]);
    expect(at.filter((a) => a.startsWith('yaml'))).toEqual(['yaml-syntax@2:1']);
  }, HANG_GUARD);

  it('refuses 100k nested `[` in YAML at the 201st', () => {
    const { article } = check(`---\ntitle: 깊이\nx: ${'['.repeat(100_000)}\n---\n\n본문\n`);
    // `x: ` is 3 columns: the 201st `[` is at column 204.
    expect(problemsAt(article)).toEqual(['yaml-too-deep@3:204']);
    expect(article.frontMatter.data).toEqual({});
    expect(article.paragraphs.map((p) => p.text)).toEqual(['본문']);
  }, HANG_GUARD);

  it('loads 10k anchored scalars and their aliases, as Psych does', () => {
    const pairs = Array.from({ length: 10_000 }, (_, i) => `a${i}: &x${i} v${i}\nb${i}: *x${i}\n`).join('');
    const loaded = parseArticle(`---\ntitle: 닻\n${pairs}---\n\n본문\n`);
    expect(loaded.problems).toEqual([]);
    expect(loaded.frontMatter.data['b9999']).toBe('v9999');
    expect(Object.keys(loaded.frontMatter.data)).toHaveLength(20_001);
    expect(loaded.paragraphs.map((p) => [p.text, p.position.start.line])).toEqual([['본문', 20_005]]);
  }, HANG_GUARD);

  it('refuses front matter past 2,000 anchors and aliases of collections at the 2,001st, and loads 2,000', () => {
    const pairs = (n: number): string => Array.from({ length: n }, (_, i) => `a${i}: &x${i} [v]\nb${i}: *x${i}\n`).join('');
    const refused = parseArticle(`---\ntitle: 닻\n${pairs(10_000)}---\n\n본문\n`);
    // Line 1 is `---`, line 2 the title; pair i takes lines 3 + 2i and 4 + 2i. The 2,001st is the
    // anchored `[v]` of pair 1,000, at column 15 of `a1000: &x1000 [v]`.
    expect(refused.problems).toEqual([
      expect.objectContaining({ ruleId: 'yaml-syntax', severity: 'error', line: 2003, column: 15, message: 'More than 2000 anchors and aliases (`&name`, `*name`): not read' }),
    ]);
    expect(refused.frontMatter.data).toEqual({});
    expect(refused.paragraphs.map((p) => [p.text, p.position.start.line])).toEqual([['본문', 20_005]]);
    const loaded = parseArticle(`---\ntitle: 닻\n${pairs(1000)}---\n\n본문\n`);
    expect(loaded.problems).toEqual([]);
    expect(loaded.frontMatter.data['b999']).toEqual(['v']);
    expect(Object.keys(loaded.frontMatter.data)).toHaveLength(2001);
  }, HANG_GUARD);

  it('keeps `__proto__`, `constructor.prototype` and Object.prototype names as plain data', () => {
    const source =
      '---\ntitle: 프로토타입 오염 시험\ncategories: [__proto__, constructor]\n__proto__:\n  polluted: yes\n' +
      'constructor:\n  prototype:\n    polluted: yes\ntoString: 1\nhasOwnProperty: 2\nvalueOf: [3]\n---\n\n본문입니다.\n';
    const { article } = check(source);
    const data = article.frontMatter.data;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['title', 'categories', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']);
    // `yes` is true, as YAML 1.1 (and so Jekyll) reads it.
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: true });
    expect(data['constructor']).toEqual({ prototype: { polluted: true } });
    expect(data['toString']).toBe(1);
    expect(article.frontMatter.categories).toEqual(['__proto__', 'constructor']);
    expect(article.title).toBe('프로토타입 오염 시험');
    expect(article.problems).toEqual([]);
    // Nothing leaked into the prototypes everyone shares.
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype.constructor.prototype, 'polluted')).toBe(false);
    expect(typeof ({} as { toString: unknown }).toString).toBe('function');
  }, HANG_GUARD);

  it('counts lines in a CR-only file with validation findings where they are', () => {
    const source = '---\rtitle: 맥 줄바꿈 글\rcategories: [시험]\r---\r\r# 다른 제목\r\r본문입니다. (단어 수: 1, 문자 수: 2)\r';
    const { article, at } = check(source);
    // Jekyll's front matter needs LF line ends (Ruby's `$`): kramdown publishes the whole file,
    // `<hr />` then `<p>title: …\ncategories: …\n—</p>`.
    expect(article.frontMatter.title).toBeUndefined();
    expect(article.headings.map((h) => [h.text, h.position.start.line, h.position.start.column])).toEqual([['다른 제목', 6, 1]]);
    expect(article.paragraphs.map((p) => [p.position.start.line, p.position.start.column])).toEqual([[2, 1], [8, 1]]);
    // The note starts after `본문입니다.` (6 columns) and a space: column 8.
    expect(at).toContain('generator-note-in-text@8:8');
  }, HANG_GUARD);

  it('reads a file with no closing `---` as body, reporting the opening line', () => {
    const { article } = check('---\ntitle: 열림\n\n## 제목\n\n본문\n');
    expect(article.problems).toEqual([
      expect.objectContaining({ ruleId: 'front-matter-unclosed', severity: 'error', line: 1, column: 1, endLine: 2, endColumn: 1 }),
    ]);
    expect(article.frontMatter.data).toEqual({});
    expect(article.bodyOffset).toBe(0);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['title: 열림', '본문']);
    expect(article.headings.map((h) => [h.text, h.position.start.line])).toEqual([['제목', 4]]);
  }, HANG_GUARD);

  it('does not close front matter with `----` (kramdown then reads `title…\\n----` as a paragraph)', () => {
    const { article } = check('---\ntitle: 네 줄\n----\n\n## 제목\n\n본문\n');
    expect(problemsAt(article)).toEqual(['front-matter-unclosed@1:1']);
    // ruby-kramdown (GFM): `<hr />` then `<p>title: …\n----</p>`, no setext heading.
    expect(article.blocks.map((b) => b.type)).toEqual(['thematicBreak', 'paragraph', 'heading', 'paragraph']);
    // `---` is an em dash: `—-` (ruby-kramdown: `<p>title: 네 줄\n—-</p>`).
    expect(article.paragraphs[0]?.text).toBe('title: 네 줄 —-');
  }, HANG_GUARD);

  it('reports tab indentation in YAML at the line, and reads the front matter as Jekyll does: not at all', () => {
    const { article } = check('---\ntitle: 탭 들여쓰기 글\n\tcategories: [a]\n---\n\n본문\n');
    expect(article.problems).toEqual([
      {
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: 'This line is indented with a tab, which YAML does not allow: indent with spaces',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 17,
      },
    ]);
    expect(article.frontMatter).toMatchObject({ unreadable: true, data: {} });
    expect(article.frontMatter.title).toBeUndefined();
  }, HANG_GUARD);
});

describe('hostile characters and contacts', () => {
  it('keeps NUL, control characters and lone surrogates, and reports the invisible ones where they are', () => {
    const source = `${FM}## 제\u0001목\ud800\n\n가\u0000나\u0001다\ud800라\udc00마\u001b[31m끝\u007f\n\n| 칸\u0002 | \udfff |\n`;
    const { article, at } = check(source);
    expect(article.headings.map((h) => h.text)).toEqual(['제\u0001목\ud800']);
    // An HTML parser drops NUL from text, as browsers do; `body` keeps it.
    expect(article.paragraphs.map((p) => p.text)).toEqual(['가나\u0001다\ud800라\udc00마\u001b[31m끝\u007f']);
    expect(article.bodyOffset).toBe(FM.length); // after the closing `---` line and the blank line, as Jekyll
    expect(article.body).toBe(source.slice(FM.length));
    expect(article.tables[0]?.rows).toEqual([['칸\u0002', '\udfff']]);
    // U+0001 in the heading (col 5), NUL (8:2), U+0001 (8:4), ESC (8:10), DEL (8:16), U+0002 (10:4).
    expect(at.filter((a) => a.startsWith('text-invisible-characters'))).toEqual([
      'text-invisible-characters@6:5',
      'text-invisible-characters@8:2',
      'text-invisible-characters@8:4',
      'text-invisible-characters@8:10',
      'text-invisible-characters@8:16',
      'text-invisible-characters@10:4',
    ]);
    const counts = countCharacters(article.paragraphs[0]?.text ?? '');
    expect(counts.withoutSpaces).toBeLessThanOrEqual(counts.withSpaces);
  }, HANG_GUARD);

  it('reports a 30k-digit phone number and a 50k-character address in a contact list', () => {
    const source = `${FM}본문입니다.\n\n- 제보하기 ▷ 전화 : 02-781-1234\n- 전화 : 02-781-${'1'.repeat(30_000)}\n- 이메일 : news@${'b'.repeat(50_000)}.com\n`;
    const { article, diagnostics } = check(source);
    expect(article.lists[0]?.items.map((i) => i.text.length)).toEqual([23, 30_012, 50_015]);
    // The list's long lines are no tip-line; each item still names its channel (`전화 :`, `이메일 :`).
    expect(article.tipLines).toEqual([]);
    const found = diagnostics.filter((d) => d.ruleId === 'tip-line-contact');
    // `- 전화 : ` and `- 이메일 : ` are 7 and 8 columns wide.
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [9, 8],
      [10, 9],
    ]);
    // Lines are read to 2,000 characters; messages quote at most 80.
    expect(found[0]?.message).toMatch(/^`02-781-1{72}…` is not a complete phone number/);
    expect(found[1]?.message).toMatch(/^`news@b{74}…` is not a valid email address/);
  }, HANG_GUARD);
});

describe('hostile files through the command line', () => {
  it('reports invalid UTF-8 as a file-encoding error at its line and column, and never fixes the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'article-kit-hostile-'));
    try {
      await mkdir(join(dir, '_posts'));
      const file = join(dir, '_posts', '2024-06-12-bytes.md');
      const text = Buffer.from(`${FM}첫 줄입니다.\n둘째 줄 `, 'utf8');
      // 0xFF never occurs in UTF-8; 0xC3 0x28 is a lead byte without its continuation.
      const bytes = Buffer.concat([text, Buffer.from([0xff, 0xc3, 0x28]), Buffer.from(' 끝. (단어 수: 1, 문자 수: 2)\n', 'utf8')]);
      await writeFile(file, bytes);
      const run = async (argv: string[]): Promise<{ code: number; out: string; err: string }> => {
        let out = '';
        let err = '';
        const code = await cli(argv, { stdout: { write: (c: string) => (out += c) }, stderr: { write: (c: string) => (err += c) }, cwd: dir, env: {} });
        return { code, out, err };
      };
      const json = await run(['check', '--format', 'json']);
      expect(json.code).toBe(1);
      expect(json.err).toBe('');
      const results = JSON.parse(json.out) as Array<{ filePath: string; messages: Diagnostic[] }>;
      expect(results.map((r) => r.filePath)).toEqual(['_posts/2024-06-12-bytes.md']);
      const messages = results[0]?.messages ?? [];
      // Line 7 is `둘째 줄 ` (5 UTF-16 units) then the bad bytes: column 6.
      expect(messages[0]).toMatchObject({ ruleId: 'file-encoding', severity: 'error', line: 7, column: 6 });
      // The generator note after it is found, and would be fixable…
      expect(messages.map((m) => m.ruleId)).toContain('generator-note-in-text');
      // …but --fix leaves a file it cannot decode exactly as it was.
      const fixed = await run(['check', '--fix']);
      expect(fixed.code).toBe(1);
      expect(Buffer.compare(await readFile(file), bytes)).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, HANG_GUARD);
});

describe('a 3 MB post', () => {
  it('reads the corpus bodies concatenated exactly as it reads each alone', () => {
    const dir = `${shared}corpus/posts/`;
    const boundary = '## 경계 표시\n\n';
    const bodies = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => parseArticle(readFileSync(`${dir}${name}`, 'utf8')).body.replace(/\s*$/, '\n\n'))
      // Posts whose last block runs on (an unclosed HTML element) would swallow the next one.
      .filter((body) => parseArticle(body + boundary).blocks.at(-1)?.type === 'heading');
    expect(bodies.length).toBeGreaterThan(250);
    const parts: string[] = [];
    for (let i = 0, length = FM.length; length < 3_000_000; i++) {
      const part = (bodies[i % bodies.length] ?? '') + boundary;
      parts.push(part);
      length += part.length;
    }
    const source = FM + parts.join('');
    expect(source.length).toBeGreaterThanOrEqual(3_000_000);

    const { article, diagnostics } = check(source);
    expect(article.problems).toEqual([]);
    const expected = { headings: [] as string[], paragraphs: [] as string[], tables: 0, lists: 0, images: 0, links: 0, tipLines: 0 };
    let lineOffset = 5;
    // The parts repeat the bodies: each is read alone once (parseArticle is pure).
    const readAlone = new Map<string, Article>();
    for (const part of parts) {
      let alone = readAlone.get(part);
      if (alone === undefined) readAlone.set(part, (alone = parseArticle(part)));
      for (const h of alone.headings) expected.headings.push(`${h.text}@${h.position.start.line + lineOffset}:${h.position.start.column}`);
      for (const p of alone.paragraphs) expected.paragraphs.push(`${p.text}@${p.position.start.line + lineOffset}:${p.position.start.column}`);
      expected.tables += alone.tables.length;
      expected.lists += alone.lists.length;
      expected.images += alone.images.length;
      expected.links += alone.links.length;
      expected.tipLines += alone.tipLines.length;
      lineOffset += count(part, '\n');
    }
    expect(article.headings.map((h) => `${h.text}@${h.position.start.line}:${h.position.start.column}`)).toEqual(expected.headings);
    expect(article.paragraphs.map((p) => `${p.text}@${p.position.start.line}:${p.position.start.column}`)).toEqual(expected.paragraphs);
    expect({
      tables: article.tables.length,
      lists: article.lists.length,
      images: article.images.length,
      links: article.links.length,
      tipLines: article.tipLines.length,
    }).toEqual({ tables: expected.tables, lists: expected.lists, images: expected.images, links: expected.links, tipLines: expected.tipLines });
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(readingTime(article).words).toBe(countWords(readingText(article)));
  });
});

describe('text helpers on 1 MiB adversarial strings', () => {
  const MIB = 1 << 20;
  const fill = (piece: string): string => piece.repeat(Math.ceil(MIB / piece.length)).slice(0, MIB);

  it('counts 1 MiB of `한 ` exactly', () => {
    const text = fill('한 ');
    expect(countWords(text)).toBe(MIB / 2);
    expect(countCharacters(text)).toEqual({ withSpaces: MIB, withoutSpaces: MIB / 2, utf8Bytes: (MIB / 2) * 4, hangul: MIB / 2 });
    expect(readingTime(text)).toMatchObject({ words: MIB / 2, hangul: { words: MIB / 2, minutes: MIB / 2 / 202 } });
    expect(parseStatedCounts(text)).toBeUndefined();
    expect(stripGeneratorNotes(text)).toBe(text);
  }, HANG_GUARD);

  it('strips 1 MiB of generator notes down to nothing', () => {
    const note = '(단어 수: 1, 문자 수: 2) ';
    const text = note.repeat(Math.floor(MIB / note.length));
    expect(parseStatedCounts(text)).toMatchObject({ start: 0, words: 1, characters: 2 });
    expect(stripGeneratorNotes(text).trim()).toBe('');
    expect(makeExcerpt(text)).toBe('');
  }, HANG_GUARD);

  it.each(['(단어 수: ', '<a b="', '<!--', '[a](', '*a_ ', '&#', '\\', '👍🏽', 'e\u0301 ', '\ud800', '\u0000\u200b', '東京タワー '])(
    'handles 1 MiB of %j',
    (piece) => {
      const text = fill(piece);
      // Words, counted plainly: white-space tokens with a letter or digit (Han and Kana by Segmenter).
      const words = text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t) && !/[\p{Script=Han}\p{Script=Katakana}]/u.test(t)).length;
      if (!piece.startsWith('東')) expect(countWords(text)).toBe(words);
      const counts = countCharacters(text);
      expect(counts.withoutSpaces).toBeLessThanOrEqual(counts.withSpaces);
      expect(counts.utf8Bytes).toBe(new TextEncoder().encode(text.normalize('NFC')).length);
      expect(readingTime(text).words).toBe(countWords(text));
      const excerpt = makeExcerpt(text);
      expect([...new Intl.Segmenter().segment(excerpt)].length).toBeLessThanOrEqual(160);
      const stripped = stripGeneratorNotes(text);
      expect(stripGeneratorNotes(stripped)).toBe(stripped);
    },
    HANG_GUARD,
  );
});
