import type { Table } from '../article/types.ts';
import type { Element } from '../html/parse-html.ts';
import { childElements, type ExtractContext, isElement, positionOf, textOf } from './dom.ts';
import { pushAll } from '../util/push-all.ts';

/** A table's rows in the DOM's order (`table.rows`): head rows, then body rows, then foot rows. */
export function readTable(table: Element, ctx: ExtractContext): Table {
  const position = positionOf(table, ctx);
  const pipe = ctx.pipeTables.get(position.start.offset);
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (const child of table.childNodes) {
    if (isElement(child, 'tr')) body.push(child);
    else if (isElement(child, 'thead')) pushAll(head, childElements(child, 'tr'));
    else if (isElement(child, 'tbody')) pushAll(body, childElements(child, 'tr'));
    else if (isElement(child, 'tfoot')) pushAll(foot, childElements(child, 'tr'));
  }
  const rows = head.concat(body, foot).map((tr) => childElements(tr, 'td', 'th').map((cell) => textOf(cell, ctx)));
  let headerRows = head.length;
  if (headerRows === 0) {
    for (const tr of body) {
      const cells = childElements(tr, 'td', 'th');
      if (cells.length === 0 || cells.some((c) => c.tagName !== 'th')) break;
      headerRows++;
    }
  }
  return {
    rows,
    headerRows,
    syntax: pipe === undefined ? 'html' : 'markdown',
    hasDelimiterRow: pipe === undefined ? true : pipe.hasDelimiterRow,
    position,
  };
}
