import type { KNode } from '../../src/kramdown/nodes.ts';
import { markerOf } from '../../src/extract/dom.ts';
import type { ChildNode, Element } from '../../src/html/parse-html.ts';

/**
 * A DOM tree as text, for comparing trees from two routes: each element's marker is replaced by
 * the start and end of the node that wrote it (the routes number their markers differently).
 */
export function domSignature(root: Element, elements: readonly KNode[]): string {
  const out: string[] = [];
  const pending: Array<ChildNode | string> = [root];
  while (pending.length > 0) {
    const next = pending.pop() as ChildNode | string;
    if (typeof next === 'string') {
      out.push(next);
      continue;
    }
    if ('tagName' in next) {
      const writer = elements[markerOf(next)];
      const attrs = next.attrs.filter((a) => a.name !== '@').map((a) => `${a.name}=${JSON.stringify(a.value)}`);
      out.push(`<${next.tagName}${writer ? `@${writer.start}-${writer.end}` : ''} ${attrs.join(' ')}>`);
      pending.push(`</${next.tagName}>`);
      for (let i = next.childNodes.length - 1; i >= 0; i--) pending.push(next.childNodes[i] as ChildNode);
    } else if ('value' in next) {
      out.push(`#text${JSON.stringify(next.value)}`);
    } else if ('data' in next) {
      out.push(`#comment${JSON.stringify(next.data)}`);
    }
  }
  return out.join('\n');
}
