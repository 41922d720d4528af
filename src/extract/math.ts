import type { MathFormula } from '../article/types.ts';
import type { KNode } from '../kramdown/nodes.ts';
import type { LineIndex } from '../position/line-index.ts';

/** Every math node of the trees (the body's, then the footnotes'), in file order. */
export function collectMath(trees: readonly KNode[], lines: LineIndex): MathFormula[] {
  const found: MathFormula[] = [];
  const pending: KNode[] = [...trees].reverse();
  while (pending.length > 0) {
    const el = pending.pop() as KNode;
    if (el.type === 'math') found.push({ tex: el.value ?? '', display: el.category === 'block', position: lines.position(el.start, el.end) });
    for (let i = el.children.length - 1; i >= 0; i--) pending.push(el.children[i] as KNode);
  }
  return found.sort((a, b) => a.position.start.offset - b.position.start.offset);
}
