import type { MathFormula } from '../article/types.ts';
import type { KNode } from '../kramdown/nodes.ts';
import type { LineIndex } from '../position/line-index.ts';

/** The formulas of kramdown's math nodes (see treeFacts), in file order. */
export function collectMath(nodes: readonly KNode[], lines: LineIndex): MathFormula[] {
  const found = nodes.map((el) => ({ tex: el.value ?? '', display: el.category === 'block', position: lines.position(el.start, el.end) }));
  return found.sort((a, b) => a.position.start.offset - b.position.start.offset);
}
