import type { KNode } from '../kramdown/nodes.ts';

export interface TreeFacts {
  /** The tables kramdown made from pipes, by their start: whether each was written with a `|---|` row. */
  pipeTables: Map<number, { hasDelimiterRow: boolean }>;
  /** Every math node, the body's then the footnotes', in the order of the trees. */
  math: KNode[];
}

/**
 * What the Article needs from kramdown's trees besides the HTML, in one walk: pipe tables (not
 * inside a table or an HTML element, where a table is the HTML's) and math nodes (anywhere).
 */
export function treeFacts(root: KNode, footnotes: readonly KNode[]): TreeFacts {
  const pipeTables = new Map<number, { hasDelimiterRow: boolean }>();
  const math: KNode[] = [];
  // Two stacks side by side, so that a walk over every node allocates nothing per node.
  const pending: KNode[] = [];
  const inTables: boolean[] = [];
  for (let i = footnotes.length - 1; i >= 0; i--) {
    pending.push(footnotes[i] as KNode);
    inTables.push(false);
  }
  pending.push(root);
  inTables.push(true);
  while (pending.length > 0) {
    const el = pending.pop() as KNode;
    const tables = inTables.pop() === true;
    if (el.type === 'math') math.push(el);
    if (tables && el.type === 'table') pipeTables.set(el.start, { hasDelimiterRow: el.noDelimiterRow !== true });
    const inner = tables && el.type !== 'table' && el.type !== 'html_element';
    // A loop, not push(...children): a paragraph can have more children than a call has arguments.
    for (let i = el.children.length - 1; i >= 0; i--) {
      pending.push(el.children[i] as KNode);
      inTables.push(inner);
    }
  }
  return { pipeTables, math };
}
