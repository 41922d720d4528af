import type { KNode } from './nodes.ts';
import { OffsetMapBuilder, type OffsetMap } from './offset-map.ts';
import { REFERENCE } from './syntax.ts';

export interface RenderedHtml {
  html: string;
  /** From an offset in `html` to one in the original file. */
  map: OffsetMap;
}

const TEXT_ESCAPE = new RegExp(`${REFERENCE}|[<>&]`, 'g');
const ATTRIBUTE_ESCAPE = new RegExp(`${REFERENCE}|[<>&"]`, 'g');
const ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/** kramdown's escape_html: `<`, `>` and a bare `&` are escaped; entity references are kept. */
export const escapeText = (text: string): string => text.replace(TEXT_ESCAPE, (m) => ESCAPES[m] ?? m);
const escapeAttribute = (text: string): string => text.replace(ATTRIBUTE_ESCAPE, (m) => ESCAPES[m] ?? m);
const escapeAll = (text: string): string => text.replace(/[<>&]/g, (m) => ESCAPES[m] ?? m);

function attributes(attrs: Record<string, string> | undefined): string {
  if (!attrs) return '';
  let out = '';
  for (const [name, value] of Object.entries(attrs)) out += ` ${name}="${escapeAttribute(value)}"`;
  return out;
}

interface Frame {
  node: KNode;
  parent: KNode | undefined;
  entered: boolean;
}

/**
 * Writes the tree as kramdown's HTML converter would, closely enough that an HTML parser reads
 * the same document. Walks with an explicit stack: raw HTML may nest far deeper than the call
 * stack allows.
 */
export function renderHtml(root: KNode): RenderedHtml {
  const out = new OffsetMapBuilder();
  const stack: Frame[] = [{ node: root, parent: undefined, entered: false }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { node, parent } = frame;
    if (frame.entered) {
      close(out, node, parent);
      continue;
    }
    if (open(out, node, parent)) {
      frame.entered = true;
      stack.push(frame);
      for (let i = node.children.length - 1; i >= 0; i--) {
        stack.push({ node: node.children[i] as KNode, parent: node, entered: false });
      }
    }
  }
  return { html: out.html(), map: out.build() };
}

const inRawHtml = (parent: KNode | undefined): boolean => parent?.type === 'html_element';

/** Writes what comes before a node's children; returns whether it has children to walk. */
function open(out: OffsetMapBuilder, node: KNode, parent: KNode | undefined): boolean {
  switch (node.type) {
    case 'root':
    case 'eob':
      return node.type === 'root';
    case 'blank':
      out.write('\n', node.start);
      return false;
    case 'text': {
      const value = node.value ?? '';
      const raw = parent?.rawContent === true;
      const escaped = raw ? value : escapeText(value);
      out.write(escaped, node.start, escaped === value);
      return false;
    }
    case 'entity':
    case 'xml_comment':
      out.write(node.value ?? '', node.start, true);
      if (node.type === 'xml_comment' && !node.span && !inRawHtml(parent) && parent?.type !== 'p') out.write('\n', node.end);
      return false;
    case 'codespan':
      out.write('<code>', node.start);
      out.write(escapeAll(node.value ?? ''), node.start);
      out.writeTag('</code>', node.end, node.end);
      return false;
    case 'codeblock':
      out.write(`<pre><code${node.lang ? ` class="language-${escapeAttribute(node.lang)}"` : ''}>`, node.start);
      out.write(escapeAll(node.value ?? '').replace(/\n$/, ''), node.start);
      out.write('</code></pre>\n', node.end);
      return false;
    case 'hr':
      out.writeTag('<hr />', node.start, node.end);
      out.write('\n', node.end);
      return false;
    case 'br':
      out.writeTag('<br />', node.start, node.end);
      return false;
    case 'img':
      out.writeTag(`<img${attributes(node.attrs)} />`, node.start, node.end);
      return false;
    case 'p':
      if (!node.transparent) out.write('<p>', node.start);
      return true;
    case 'header':
      out.write(`<h${node.level ?? 1}${attributes(node.attrs)}>`, node.start);
      return true;
    case 'td':
      out.write(node.header ? '<th>' : '<td>', node.start);
      return true;
    case 'html_element':
      if (node.selfClosing) {
        out.writeTag(`<${node.name ?? 'span'}${attributes(node.attrs)} />`, node.start, node.end);
        if (!node.span && !inRawHtml(parent)) out.write('\n', node.end);
        return false;
      }
      out.write(`<${node.name ?? 'span'}${attributes(node.attrs)}>`, node.start);
      return true;
    case 'a':
      out.write(`<a${attributes(node.attrs)}>`, node.start);
      return true;
    case 'blockquote':
    case 'ul':
    case 'ol':
    case 'table':
    case 'thead':
    case 'tbody':
    case 'tfoot':
    case 'tr':
      out.write(`<${node.type}>\n`, node.start);
      return true;
    default:
      out.write(`<${node.type}>`, node.start);
      return true;
  }
}

function close(out: OffsetMapBuilder, node: KNode, parent: KNode | undefined): void {
  switch (node.type) {
    case 'root':
      return;
    case 'p':
      if (!node.transparent) out.write('</p>\n', node.end);
      return;
    case 'header':
      out.write(`</h${node.level ?? 1}>\n`, node.end);
      return;
    case 'td':
      out.write(node.header ? '</th>' : '</td>', node.end);
      return;
    case 'html_element':
      out.write(`</${node.name ?? 'span'}>`, node.end);
      if (!node.span && !inRawHtml(parent)) out.write('\n', node.end);
      return;
    case 'li':
    case 'blockquote':
    case 'ul':
    case 'ol':
    case 'table':
    case 'thead':
    case 'tbody':
    case 'tfoot':
    case 'tr':
      out.write(`</${node.type}>\n`, node.end);
      return;
    default:
      out.write(`</${node.type}>`, node.end);
  }
}
