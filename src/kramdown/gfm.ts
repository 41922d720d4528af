import { type KNode, node } from './nodes.ts';
import { pushAll } from '../util/push-all.ts';

/** Elements of kramdown's block category, by type (kramdown's Element::CATEGORY). */
const BLOCK_TYPES = new Set(['blank', 'p', 'header', 'blockquote', 'codeblock', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'td', 'hr']);
const isBlock = (el: KNode): boolean => BLOCK_TYPES.has(el.type) || (el.category === 'block' && !['text', 'a', 'br', 'img', 'codespan', 'footnote', 'em', 'strong', 'entity', 'typographic_sym', 'smart_quote', 'abbreviation'].includes(el.type));

const NON_WORD = /[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]/gu;

/**
 * kramdown-parser-gfm's update_elements, after kramdown's parse: hard line breaks in text become
 * `br`, and headers without an id get GitHub's. HTML elements, and what is inside headers, are
 * not visited (so neither get either).
 */
export function updateElements(root: KNode, options: { autoIds: boolean; idPrefix: string; hardWrap: boolean }): void {
  const hardBreak = options.hardWrap ? '\n' : '\\\n';
  const counts = new Map<string, number>();
  const pending: KNode[] = [root];
  while (pending.length > 0) {
    const el = pending.pop() as KNode;
    let children: KNode[] | undefined;
    const visitFrom = pending.length;
    const { children: current } = el;
    for (let index = 0; index < current.length; index++) {
      const child = current[index] as KNode;
      if (child.type === 'text' && child.value?.includes(hardBreak)) {
        children ??= current.slice(0, index);
        pushAll(children, splitHardBreaks(el, child, hardBreak, index === current.length - 1));
        continue;
      }
      children?.push(child);
      if (child.type === 'html_element') continue;
      if (child.type === 'header' && options.autoIds && child.attrs?.['id'] === undefined) {
        child.attrs = { ...child.attrs, id: gfmHeaderId(child.rawText ?? '', counts, options.idPrefix) };
        continue;
      }
      pending.push(child);
    }
    if (children !== undefined) el.children = children;
    // Depth first, in document order: ids count repeats in the order headers are written.
    reverseFrom(pending, visitFrom);
  }
}

function reverseFrom(list: KNode[], from: number): void {
  for (let i = from, j = list.length - 1; i < j; i++, j--) {
    const swap = list[i] as KNode;
    list[i] = list[j] as KNode;
    list[j] = swap;
  }
}

function gfmHeaderId(text: string, counts: Map<string, number>, prefix: string): string {
  let id = text.toLowerCase().replace(NON_WORD, '').replace(/[ \t]/g, '-');
  const count = (counts.get(id) ?? -1) + 1;
  counts.set(id, count);
  if (count > 0) id += `-${count}`;
  return `${prefix}${id}`;
}

function splitHardBreaks(parent: KNode, text: KNode, hardBreak: string, isLast: boolean): KNode[] {
  const lines = (text.value ?? '').split(hardBreak);
  const omitTrailing = lines.at(-1) === '' && isBlock(parent) && isLast;
  const out: KNode[] = [];
  let at = text.start;
  lines.forEach((line, i) => {
    const value = i > 0 ? `\n${line}` : line;
    out.push(node('text', at, at + value.length, { value }));
    at += value.length + (i === 0 ? hardBreak.length - 1 : hardBreak.length - 1);
    if (i < lines.length - 2 || (i === lines.length - 2 && !omitTrailing)) out.push(node('br', at, at));
  });
  return out;
}
