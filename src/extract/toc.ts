import type { Heading, TocEntry } from '../article/types.ts';

/** kramdown's generate_toc_tree: each heading under the last one of a lower level before it. */
export function outline(headings: readonly Heading[]): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: TocEntry[] = [];
  for (const heading of headings) {
    const entry: TocEntry = { level: heading.level, text: heading.text, id: heading.id, position: heading.position, children: [] };
    while (stack.length > 0 && (stack.at(-1) as TocEntry).level >= entry.level) stack.pop();
    (stack.length === 0 ? root : (stack.at(-1) as TocEntry).children).push(entry);
    stack.push(entry);
  }
  return root;
}
