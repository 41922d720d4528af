import type { Position } from '../article/types.ts';
import type { BuiltElement, TextSpan } from '../html/build-dom.ts';
import { innerText } from '../html/inner-text.ts';
import type { ChildNode, Element, ParentNode } from '../html/parse-html.ts';
import type { KNode } from '../kramdown/nodes.ts';
import type { OffsetMap } from '../kramdown/offset-map.ts';
import { MARKER } from '../kramdown/writer/marked-html.ts';
import type { LineIndex } from '../position/line-index.ts';

export type DomNode = ChildNode | ParentNode;

export interface ExtractContext {
  /** The nodes that wrote the marked elements, by their marker; empty when positions come from locations. */
  elements: readonly KNode[];
  /** From an offset in the parsed HTML to the file, for nodes without a marker (parsed with locations). */
  map: OffsetMap;
  lines: LineIndex;
  /** The pipe tables kramdown made, by their offset in the file. */
  pipeTables: Map<number, { hasDelimiterRow: boolean }>;
  /** innerText already computed during this parse, by node. */
  texts: Map<DomNode, string>;
  /** The spans of the texts straight in a built body (see BuiltDom). */
  bodyTexts?: ReadonlyMap<ChildNode, TextSpan>;
}

export const isElement = (node: DomNode | undefined, ...names: string[]): node is Element =>
  node !== undefined && 'tagName' in node && (names.length === 0 || names.includes(node.tagName));

/** innerText, as a reader sees it (computed once per node and parse). */
export function textOf(node: DomNode, ctx: Pick<ExtractContext, 'texts'>): string {
  let text = ctx.texts.get(node);
  if (text === undefined) {
    text = innerText(node);
    ctx.texts.set(node, text);
  }
  return text;
}

/** The index of the node that wrote `el`: a built element's own, or its marker's (base 36); -1 when it has none or a forged one. */
export function markerOf(el: Element): number {
  const built = (el as Partial<BuiltElement>).writer;
  if (built !== undefined) return built;
  // The writer puts the marker first; a browser keeps the first of duplicate attributes.
  const attr = el.attrs[0]?.name === MARKER ? el.attrs[0] : el.attrs.find((a) => a.name === MARKER);
  if (attr === undefined || attr.value.length === 0 || attr.value.length > 6) return -1;
  let index = 0;
  for (let i = 0; i < attr.value.length; i++) {
    const digit = base36Digit(attr.value.charCodeAt(i));
    if (digit < 0) return -1;
    index = index * 36 + digit;
  }
  return index;
}

const base36Digit = (code: number): number => (code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 122 ? code - 87 : -1);

/** The node that wrote `el`, if it carries a valid marker. */
export function writerOf(el: Element, elements: readonly KNode[]): KNode | undefined {
  const index = markerOf(el);
  return index < 0 ? undefined : elements[index];
}

/** A node's span in the file: the node that wrote it, or else its location in the HTML, mapped. */
export function spanOf(node: DomNode, ctx: ExtractContext): { start: number; end: number } {
  const writer = 'tagName' in node ? writerOf(node, ctx.elements) : undefined;
  if (writer) {
    // An element a browser closed before its end tag (a paragraph at a block, an item at the
    // next item) ends where the tag that closed it starts, as its located parse says.
    const closedAt = (node as Partial<BuiltElement>).closedAt ?? -1;
    return { start: writer.start, end: Math.max(writer.start, closedAt >= 0 ? closedAt : writer.end) };
  }
  const placed = 'tagName' in node ? undefined : ctx.bodyTexts?.get(node as ChildNode);
  if (placed !== undefined && placed.start >= 0) return { start: placed.start, end: Math.max(placed.start, placed.end) };
  const location = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined;
  const start = ctx.map.start(location?.startOffset ?? 0);
  return { start, end: Math.max(start, ctx.map.end(location?.endOffset ?? location?.startOffset ?? 0)) };
}

/** A node's place in the original file. */
export function positionOf(node: DomNode, ctx: ExtractContext): Position {
  const { start, end } = spanOf(node, ctx);
  return ctx.lines.position(start, end);
}

export function attribute(el: Element, name: string): string | undefined {
  for (const attr of el.attrs) if (attr.name === name) return attr.value;
  return undefined;
}

/** Child elements of `el` with one of `names`. */
export function childElements(el: ParentNode, ...names: string[]): Element[] {
  const found: Element[] = [];
  for (const child of el.childNodes) if ('tagName' in child && names.includes(child.tagName)) found.push(child);
  return found;
}

const BLANK = /^[\s\u00a0\u200b\ufeff]*$/;
export const isBlank = (text: string): boolean => BLANK.test(text);

/** Whether the body holds text of its own, outside any element, that no writer and none of `placed` gives a place. */
export const hasTextInBody = (body: Element, placed?: ReadonlyMap<ChildNode, TextSpan>): boolean =>
  body.childNodes.some((c) => c.nodeName === '#text' && 'value' in c && !isBlank(c.value) && (placed?.get(c)?.start ?? -1) < 0);
