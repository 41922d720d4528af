import { type KNode, node } from '../nodes.ts';
import { pushAll } from '../../util/push-all.ts';

export interface TocEntry {
  level: number;
  id: string;
  /** The header's content, written again (without footnotes, links unwrapped) in the entry. */
  children: KNode[];
}

/** kramdown's generate_toc_tree: nested lists of links to every header in the table of contents. */
export function tocTree(toc: readonly TocEntry[], type: 'ul' | 'ol', placeholder: KNode): KNode {
  const sections = node(type, placeholder.start, placeholder.end, { attrs: { ...placeholder.attrs } });
  const attrs = sections.attrs as Record<string, string>;
  attrs['id'] ??= 'markdown-toc';
  const stack: KNode[] = [];
  const dropEmptySublist = (item: KNode): void => {
    if (item.children.at(-1)?.children.length === 0) item.children.pop();
  };
  for (const entry of toc) {
    const li = node('li', placeholder.start, placeholder.end, { level: entry.level });
    const p = node('p', placeholder.start, placeholder.end, { transparent: true });
    const a = node('a', placeholder.start, placeholder.end, { attrs: { href: `#${entry.id}`, id: `${attrs['id']}-${entry.id}` } });
    a.children = forTocEntry(entry.children);
    p.children.push(a);
    li.children.push(p, node(type, placeholder.start, placeholder.end));
    for (;;) {
      const top = stack.at(-1);
      if (top === undefined) {
        sections.children.push(li);
        stack.push(li);
        break;
      }
      if ((top.level ?? 0) < entry.level) {
        top.children.at(-1)?.children.push(li);
        stack.push(li);
        break;
      }
      dropEmptySublist(stack.pop() as KNode);
    }
  }
  while (stack.length > 0) dropEmptySublist(stack.pop() as KNode);
  return sections;
}

/** A copy of a header's content for the table of contents: footnotes removed, links unwrapped. */
function forTocEntry(children: readonly KNode[]): KNode[] {
  const out: KNode[] = [];
  for (const child of children) {
    if (child.type === 'footnote') continue;
    const inner = forTocEntry(child.children);
    if (child.type === 'a') pushAll(out, inner);
    else out.push({ ...child, children: inner });
  }
  return out;
}
