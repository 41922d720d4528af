import { type KNode, node } from './nodes.ts';

const NON_WORD = /[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]/gu;

/** The text kramdown builds a header's id from: text, code spans and entities' characters. */
function headerText(header: KNode): string {
  let text = '';
  const pending: KNode[] = [header];
  while (pending.length > 0) {
    const el = pending.pop() as KNode;
    if (el.type === 'text' || el.type === 'codespan') text += el.value ?? '';
    else if (el.type === 'entity') text += decodeEntityForId(el.value ?? '');
    else for (let i = el.children.length - 1; i >= 0; i--) pending.push(el.children[i] as KNode);
  }
  return text;
}

function decodeEntityForId(entity: string): string {
  const numeric = /^&#(?:x([0-9a-f]+)|(\d+));$/i.exec(entity);
  if (numeric) {
    const code = numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }
  return entity === '&nbsp;' ? '\u00a0' : entity === '&amp;' ? '&' : '';
}

/** kramdown's GFM auto ids: lower-cased words joined by `-`, numbered when repeated. */
export function assignHeaderIds(root: KNode): void {
  const seen = new Map<string, number>();
  const pending: KNode[] = [root];
  while (pending.length > 0) {
    const el = pending.pop() as KNode;
    if (el.type === 'html_element') continue;
    if (el.type === 'header') {
      if (!el.attrs?.['id']) {
        const base = headerText(el).toLowerCase().replace(NON_WORD, '').replace(/[ \t]/g, '-');
        const count = (seen.get(base) ?? -1) + 1;
        seen.set(base, count);
        el.attrs = { ...el.attrs, id: count > 0 ? `${base}-${count}` : base };
      }
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) pending.push(el.children[i] as KNode);
  }
}

const BLOCK_CONTAINERS = new Set(['p', 'header', 'td', 'li', 'dt', 'dd', 'blockquote', 'root']);

/** GFM with hard_wrap off: a backslash at a line's end is a line break. */
export function splitBackslashBreaks(root: KNode): void {
  const pending: KNode[] = [root];
  while (pending.length > 0) {
    const el = pending.pop() as KNode;
    if (el.type === 'html_element') continue;
    const children: KNode[] = [];
    el.children.forEach((child, index) => {
      if (child.type !== 'text' || !child.value?.includes('\\\n')) {
        children.push(child);
        pending.push(child);
        return;
      }
      const lines = child.value.split('\\\n');
      const omitTrailing = lines.at(-1) === '' && BLOCK_CONTAINERS.has(el.type) && index === el.children.length - 1;
      lines.forEach((line, i) => {
        const value = i > 0 ? `\n${line}` : line;
        if (value) children.push(node('text', child.start, child.end, { value }));
        if (i < lines.length - 2 || (i === lines.length - 2 && !omitTrailing)) children.push(node('br', child.start));
      });
    });
    el.children = children;
  }
}
