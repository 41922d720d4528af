import type { Rule } from './types.ts';

/**
 * A pipe table written without a `|---|` delimiter row: usually a credit line such as
 * `[출처: …](url) | 뉴스다오` that kramdown turns into a table because it holds a `|`.
 */
export const kramdownAccidentalTable: Rule = {
  id: 'kramdown-accidental-table',
  meta: {
    description: 'A line that kramdown turns into a table although it was not written as one',
    url: 'https://www.npmjs.com/package/article-kit#kramdown-accidental-table',
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
      context.report({
        messageId: 'accidental',
        data: { cells: table.rows.reduce((n, row) => n + row.length, 0) },
        start: table.position.start.offset,
        end: table.position.end.offset,
      });
    }
  },
};
