import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { VFile } from 'vfile';

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/**
 * Elements nested deeper than this are flattened: their text is kept, in order, under the
 * element at this depth. hast-util-from-parse5 and hast-util-to-text recurse once per level and
 * overflow the stack near ten thousand.
 */
export const MAX_ELEMENT_DEPTH = 256;

export interface ParsedHtml {
  tree: Root;
  /** Offset in the HTML of the first element flattened for depth, if any. */
  flattenedAt?: number;
}

const hasChildren = (node: ChildNode | ParentNode): node is ChildNode & ParentNode =>
  'childNodes' in node && Array.isArray(node.childNodes) && node.nodeName !== 'template';

/** Every leaf under `node`, in document order, without recursion. */
function leavesOf(node: ParentNode): ChildNode[] {
  const leaves: ChildNode[] = [];
  const pending: ChildNode[] = [...node.childNodes].reverse();
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

function capDepth(root: ParentNode): number | undefined {
  let flattenedAt: number | undefined;
  const pending: Array<[ParentNode, number]> = [[root, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop() as [ParentNode, number];
    if (depth >= MAX_ELEMENT_DEPTH && node.childNodes.some((c) => hasChildren(c) && c.childNodes.length > 0)) {
      const leaves = leavesOf(node);
      for (const leaf of leaves) leaf.parentNode = node as DefaultTreeAdapterTypes.Element;
      node.childNodes = leaves;
      const location = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined;
      flattenedAt ??= location?.startOffset ?? 0;
      continue;
    }
    for (const child of node.childNodes) if (hasChildren(child)) pending.push([child, depth + 1]);
  }
  return flattenedAt;
}

/** Parses generated HTML as a browser would, into hast with offsets into that HTML. */
export function parseHtml(html: string): ParsedHtml {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const flattenedAt = capDepth(document);
  const tree = fromParse5(document as never, { file: new VFile(html) }) as Root;
  return flattenedAt === undefined ? { tree } : { tree, flattenedAt };
}
