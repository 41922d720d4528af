import type { Rule } from './types.ts';

/** Upper bound on a span value; browsers clamp colspan at 1,000 and rowspan at 65,534. */
const MAX_SPAN = 1000;

/**
 * An HTML table whose rows have different numbers of cells: browsers leave holes at the ends of
 * the short rows. `colspan` and `rowspan` are counted (a table that uses them is measured on its
 * source; one holding another table is skipped). Pipe tables are not checked: kramdown pads them.
 */
export const tableRagged: Rule = {
  id: 'table-ragged',
  meta: {
    description: 'An HTML table whose rows have different numbers of cells',
    url: 'https://www.npmjs.com/package/article-kit#table-ragged',
    messages: {
      ragged: 'The rows of this table have {{counts}} cells: readers see holes in the short rows; give every row the same number of cells (or use colspan)',
    },
    docs: {
      ok: {
        source:
          '---\ntitle: 정상\n---\n\n<table>\n<tr><th colspan="2">지원 내용</th></tr>\n<tr><td>대상</td><td>청년층</td></tr>\n<tr><td>금액</td><td>월 50만 원</td></tr>\n</table>\n',
      },
      notOk: {
        source:
          '---\ntitle: 칸이 다른 표\n---\n\n<table>\n<tr><td>지원대상</td><td>지원내용</td></tr>\n<tr><td>저소득 가구</td></tr>\n<tr><td>청년층</td><td>월 50만 원</td><td>비고</td></tr>\n</table>\n',
        expected: [
          '5:1: The rows of this table have 1, 2, 3 cells: readers see holes in the short rows; give every row the same number of cells (or use colspan)',
        ],
      },
    },
  },
  check(article, context) {
    const source = typeof article.source === 'string' ? article.source : '';
    for (const table of article.tables ?? []) {
      if (!table?.position || table.syntax !== 'html') continue;
      const rows = Array.isArray(table.rows) ? table.rows : [];
      let widths = rows.map((row) => (Array.isArray(row) ? row.length : 0));
      const html = source.slice(table.position.start.offset, table.position.end.offset);
      if (/\b(?:col|row)span\s*=/i.test(html)) {
        const grid = gridWidths(html);
        if (!grid || grid.length !== rows.length) continue;
        widths = grid;
      }
      const counts = [...new Set(widths)].sort((a, b) => a - b);
      if (counts.length < 2) continue;
      context.report({
        messageId: 'ragged',
        data: { counts: counts.join(', ') },
        start: table.position.start.offset,
        end: table.position.end.offset,
      });
    }
  },
};

/** Each row's width in columns, spans counted; undefined for a table that holds a table. */
function gridWidths(html: string): number[] | undefined {
  if (html.toLowerCase().indexOf('<table', 1) >= 0) return undefined;
  const widths: number[] = [];
  let carry: number[] = [];
  let row: { occupied: boolean[]; carried: number[]; column: number; width: number } | undefined;
  const finish = () => {
    if (!row) return;
    widths.push(row.width);
    carry = row.carried;
    row = undefined;
  };
  const tags = /<(tr|td|th)\b([^>]*)>/gi;
  let match: RegExpExecArray | null;
  while ((match = tags.exec(html)) !== null) {
    const name = (match[1] ?? '').toLowerCase();
    if (name === 'tr' || !row) {
      finish();
      const occupied = carry.map((n) => n > 0);
      const carried = carry.map((n) => Math.max(0, n - 1));
      row = { occupied, carried, column: 0, width: occupied.lastIndexOf(true) + 1 };
      if (name === 'tr') continue;
    }
    const attributes = match[2] ?? '';
    const colspan = span(attributes, 'colspan', 1);
    const rowspan = span(attributes, 'rowspan', 1);
    while (row.occupied[row.column]) row.column++;
    for (let c = row.column; c < row.column + colspan; c++) {
      row.occupied[c] = true;
      row.carried[c] = Math.max(row.carried[c] ?? 0, rowspan - 1);
    }
    row.column += colspan;
    row.width = Math.max(row.width, row.column);
  }
  finish();
  return widths;
}

function span(attributes: string, name: 'colspan' | 'rowspan', fallback: number): number {
  const at = attributes.toLowerCase().indexOf(name);
  if (at < 0) return fallback;
  const value = /^\s*=\s*["']?\s*(\d{1,6})/.exec(attributes.slice(at + name.length, at + name.length + 40));
  const n = value ? Number.parseInt(value[1] ?? '', 10) : fallback;
  if (!Number.isFinite(n) || n < 1) return name === 'rowspan' && n === 0 ? MAX_SPAN : fallback;
  return Math.min(n, MAX_SPAN);
}
