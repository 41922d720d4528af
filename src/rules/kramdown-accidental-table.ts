import type { Table } from '../article/types.ts';
import type { Fix } from '../validate/diagnostic.ts';
import type { Rule } from './types.ts';

/**
 * The fix for a table written without meaning one: each `|` kramdown splits cells at escaped as
 * `\|`, which kramdown prints as `|`. Only where that is surely meant: no line starts or ends with
 * `|` (a table written on purpose does), and every such `|` stands in plain text, not in a code
 * span, a tag, a link's address or Liquid, where a backslash would change what is published.
 */
function escapeFix(source: string, table: Table): Fix | undefined {
  const start = table.position.start.offset;
  const end = table.position.end.offset;
  const text = source.slice(start, end);
  if (text.split(/\r\n|\r|\n/).some((line) => /^[ \t]*\||\|[ \t]*$/.test(line))) return undefined;
  let out = '';
  let escaped = 0;
  // Where the scan stands: inside a tag, a link's address, Liquid.
  let tag = false;
  let address = false;
  let liquid = false;
  for (let at = 0; at < text.length; at++) {
    const c = text[at] ?? '';
    const next = text[at + 1] ?? '';
    if (c === '\\') {
      out += text.slice(at, at + 2);
      at++;
      continue;
    }
    if (c === '`' && !tag && !liquid) {
      // A code span: its pipes are no separators.
      const run = /^`+/.exec(text.slice(at, at + 100))?.[0] ?? '`';
      const close = text.indexOf(run, at + run.length);
      if (close === -1) return undefined;
      out += text.slice(at, close + run.length);
      at = close + run.length - 1;
      continue;
    }
    if (c === '|') {
      if (tag || address || liquid) return undefined;
      out += '\\|';
      escaped++;
      continue;
    }
    if (c === '<') tag = true;
    else if (c === '>') tag = false;
    else if (c === ']' && next === '(') address = true;
    else if (c === ')' || c === '\n') address = false;
    else if (c === '{' && (next === '{' || next === '%')) liquid = true;
    else if ((c === '}' || c === '%') && next === '}') liquid = false;
    out += c;
  }
  return escaped > 0 ? { range: [start, end], text: out } : undefined;
}

/**
 * A pipe table written without a `|---|` delimiter row: usually a credit line such as
 * `[출처: …](url) | 뉴스다오` that kramdown turns into a table because it holds a `|`. Fixed, where
 * the line is surely text, by escaping its `|`.
 */
export const kramdownAccidentalTable: Rule = {
  id: 'kramdown-accidental-table',
  meta: {
    description: 'A line that kramdown turns into a table although it was not written as one',
    url: 'https://www.npmjs.com/package/article-kit#kramdown-accidental-table',
    fixable: 'code',
    messages: {
      accidental: 'kramdown renders this line as a table with {{cells}} cells: escape the `|` as `\\|`, or add a `|---|` row if a table is meant',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\n---\n\n| 지역 | 인구 |\n|---|---|\n| 서울 | 940만 |\n' },
      notOk: {
        source: '---\ntitle: 출처 줄\n---\n\n[출처: 전통시장 지원 확대](https://example.com/1) | 예시뉴스\n',
        expected: ['5:1: kramdown renders this line as a table with 2 cells: escape the `|` as `\\|`, or add a `|---|` row if a table is meant'],
      },
    },
  },
  check(article, context) {
    for (const table of article.tables) {
      if (table.syntax !== 'markdown' || table.hasDelimiterRow) continue;
      const fix = escapeFix(context.source, table);
      context.report({
        messageId: 'accidental',
        data: { cells: table.rows.reduce((n, row) => n + row.length, 0) },
        start: table.position.start.offset,
        end: table.position.end.offset,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
