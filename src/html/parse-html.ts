import { type DefaultTreeAdapterTypes, parse } from 'parse5';

export type Document = DefaultTreeAdapterTypes.Document;
export type ParentNode = DefaultTreeAdapterTypes.ParentNode;
export type ChildNode = DefaultTreeAdapterTypes.ChildNode;
export type Element = DefaultTreeAdapterTypes.Element;

/**
 * Elements nested deeper than this are flattened: their text is kept, in order, under the
 * element at this depth, so that no walk over the tree ever needs more than a few hundred levels.
 */
export const MAX_ELEMENT_DEPTH = 256;

export interface Options {
  /** Record each node's offsets in the HTML (`sourceCodeLocation`); costs about half of parse5's time (default: false). */
  locations?: boolean;
}

export interface ParsedHtml {
  document: Document;
  /** The document's body (parse5 always builds one). */
  body: Element | undefined;
  /** The first element whose descendants were flattened for depth, if any. */
  flattened?: Element;
}

const hasChildren = (node: ChildNode | ParentNode): node is ChildNode & ParentNode =>
  'childNodes' in node && Array.isArray(node.childNodes) && node.nodeName !== 'template';

/** Every leaf under `node`, in document order, without recursion. */
function leavesOf(node: ParentNode): ChildNode[] {
  const leaves: ChildNode[] = [];
  const pending: ChildNode[] = [];
  for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i] as ChildNode);
  while (pending.length > 0) {
    const next = pending.pop() as ChildNode;
    if (hasChildren(next) && next.childNodes.length > 0) {
      for (let i = next.childNodes.length - 1; i >= 0; i--) pending.push(next.childNodes[i] as ChildNode);
    } else {
      leaves.push(next);
    }
  }
  return leaves;
}

/** How deep a document's body is: under the document and its `<html>`. */
export const BODY_DEPTH = 2;

/**
 * Flattens what lies deeper than {@link MAX_ELEMENT_DEPTH} under `root` (itself at `depth`):
 * each element there keeps its leaves, in order. Returns the first element flattened.
 */
export function capDepth(root: ParentNode, depth = 0): Element | undefined {
  let flattened: Element | undefined;
  const pending: Array<[ParentNode, number]> = [[root, depth]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop() as [ParentNode, number];
    if (depth >= MAX_ELEMENT_DEPTH && node.childNodes.some((c) => hasChildren(c) && c.childNodes.length > 0)) {
      const leaves = leavesOf(node);
      for (const leaf of leaves) leaf.parentNode = node as Element;
      node.childNodes = leaves;
      flattened ??= node as Element;
      continue;
    }
    for (const child of node.childNodes) if (hasChildren(child)) pending.push([child, depth + 1]);
  }
  return flattened;
}

const isElementNamed = (node: ChildNode | undefined, name: string): node is Element =>
  node !== undefined && 'tagName' in node && node.tagName === name;

/** Every node under `root`, `root` included, template contents too; without recursion. */
export function* nodesUnder(root: ParentNode | ChildNode): Generator<ParentNode | ChildNode> {
  const pending: Array<ParentNode | ChildNode> = [root];
  while (pending.length > 0) {
    const node = pending.pop() as ParentNode | ChildNode;
    yield node;
    if ('childNodes' in node) for (const child of node.childNodes) pending.push(child);
    if ('content' in node) pending.push(node.content);
  }
}

/** Removes what a located parse adds (`sourceCodeLocation`), leaving the tree a parse without locations builds. */
export function dropLocations(root: ParentNode | ChildNode): void {
  for (const node of nodesUnder(root)) if ('sourceCodeLocation' in node) delete node.sourceCodeLocation;
}

/** Parses HTML as a browser would, with nesting capped at {@link MAX_ELEMENT_DEPTH}. */
export function parseHtml(html: string, options: Options = {}): ParsedHtml {
  const document = parse(html, { sourceCodeLocationInfo: options.locations === true });
  const flattened = capDepth(document);
  const root = document.childNodes.find((c) => isElementNamed(c, 'html')) as Element | undefined;
  const body = root?.childNodes.find((c) => isElementNamed(c, 'body')) as Element | undefined;
  return flattened === undefined ? { document, body } : { document, body, flattened };
}
