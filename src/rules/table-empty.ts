import type { Rule } from './types.ts';

/** A table whose cells are all empty (or that has no cells at all): readers see an empty grid. */
export const tableEmpty: Rule = {
  id: 'table-empty',
  meta: {
    description: 'A table whose cells are all empty',
    url: 'https://www.npmjs.com/package/article-kit#table-empty',
    messages: {
      empty: 'Every cell of this table is empty: fill it in, or remove the table',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\n---\n\n<table>\n<tr><td>지역</td><td>인구</td></tr>\n<tr><td>서울</td><td>940만</td></tr>\n</table>\n' },
      notOk: {
        source: '---\ntitle: 빈 표\n---\n\n본문입니다.\n\n<table>\n<tr><td></td><td> </td></tr>\n<tr><td></td><td></td></tr>\n</table>\n',
        expected: ['7:1: Every cell of this table is empty: fill it in, or remove the table'],
      },
    },
  },
  check(article, context) {
    for (const table of article.tables ?? []) {
      if (!table?.position) continue;
      const rows = Array.isArray(table.rows) ? table.rows : [];
      const empty = rows.every((row) => (Array.isArray(row) ? row : []).every((cell) => (cell ?? '').replace(/[\s\u200b\ufeff]/g, '') === ''));
      if (!empty) continue;
      context.report({ messageId: 'empty', start: table.position.start.offset, end: table.position.end.offset });
    }
  },
};
