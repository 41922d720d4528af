import type { Element, ElementContent, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Position } from '../article/types.ts';
import type { OffsetMap } from '../kramdown/offset-map.ts';
import type { LineIndex } from '../position/line-index.ts';

export interface ExtractContext {
  map: OffsetMap;
  lines: LineIndex;
  /** The pipe tables kramdown made, by their offset in the file. */
  pipeTables: Map<number, { hasDelimiterRow: boolean }>;
  /** innerText already computed during this parse, by node. */
  texts: Map<Nodes, string>;
}

export const isElement = (node: Nodes | undefined, ...names: string[]): node is Element =>
  node?.type === 'element' && (names.length === 0 || names.includes(node.tagName));

/** innerText, as a reader sees it (computed once per node and parse). */
export function textOf(node: Nodes, ctx: Pick<ExtractContext, 'texts'>): string {
  let text = ctx.texts.get(node);
  if (text === undefined) {
    text = toText(node as Root | ElementContent);
    ctx.texts.set(node, text);
  }
  return text;
}

/** A node's place in the original file, through the HTML offset map. */
export function positionOf(node: Nodes, ctx: ExtractContext): Position {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const from = ctx.map.start(start);
  return ctx.lines.position(from, Math.max(from, ctx.map.end(end)));
}

export function attribute(el: Element, name: string): string | undefined {
  const value = el.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Child elements of `el` with one of `names`, looking through wrapper-less structure only. */
export const childElements = (el: Element, ...names: string[]): Element[] =>
  el.children.filter((c): c is Element => isElement(c, ...names));

const BLANK = /^[\s\u00a0\u200b\ufeff]*$/;
export const isBlank = (text: string): boolean => BLANK.test(text);
