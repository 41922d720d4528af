import type { KNode } from './nodes.ts';
import { OffsetMapBuilder, type OffsetMap } from './offset-map.ts';
import { REFERENCE } from './syntax.ts';

export interface RenderedHtml {
  /** The HTML kramdown publishes. */
  html: string;
  /**
   * The same HTML with a {@link MARKER} attribute on every element the writer opens: its value
   * indexes `elements`, so a parsed element finds the node, and the file span, that wrote it.
   */
  markedHtml: string;
  elements: KNode[];
  /** For each marked element, the index of the marked element it was written in (-1: none). */
  parents: number[];
  /** From an offset in `markedHtml` to one in the original file. */
  map: OffsetMap;
}

/**
 * The attribute that ties an element of `markedHtml` to its node, by an index in base 36. No
 * attribute kramdown writes can start with `@`, and it is written first, so it wins over a
 * duplicate; it is short because parse5 reads every character of it.
 */
export const MARKER = '@';

const TEXT_ESCAPE = new RegExp(`${REFERENCE}|[<>&]`, 'g');
const ATTRIBUTE_ESCAPE = new RegExp(`${REFERENCE}|[<>&"]`, 'g');
const ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/** kramdown's escape_html: `<`, `>` and a bare `&` are escaped; entity references are kept. */
export const escapeText = (text: string): string => text.replace(TEXT_ESCAPE, (m) => ESCAPES[m] ?? m);
export const escapeAttribute = (text: string): string => text.replace(ATTRIBUTE_ESCAPE, (m) => ESCAPES[m] ?? m);
const escapeAll = (text: string): string => text.replace(/[<>&]/g, (m) => ESCAPES[m] ?? m);

/**
 * The attributes the marked HTML keeps: those an Article reads (or innerText does), and those that
 * change how a browser builds the tree (an input's `type` in a table, a font's `color`, `face`
 * and `size` in SVG, an annotation-xml's `encoding`). parse5 spends about half its time on
 * attributes, and posts carry long `style`s.
 */
export const PARSED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href', 'src', 'alt', 'rel', 'id', 'class', 'hidden', 'open', 'wrap', 'nowrap', 'type', 'color', 'face', 'size', 'encoding',
]);

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

interface Writer {
  out: OffsetMapBuilder;
  elements: KNode[];
  parents: number[];
  /** Marked elements written but not yet closed, innermost last, with the node that closes each. */
  open: Array<{ index: number; node: KNode }>;
}

/**
 * Writes `<name attrs>` (or `<name attrs />`), marked with its index in `elements`. The tag's
 * last character maps to `end`. `opens`: the element stays open for the children written next.
 */
function startTag(
  w: Writer,
  name: string,
  node: KNode,
  attrs: Record<string, string> | undefined,
  selfClosing: boolean,
  end: number,
  opens: boolean,
): void {
  const { out } = w;
  let written = '';
  let parsed = '';
  for (const attr in attrs) {
    const piece = ` ${attr}="${escapeAttribute(attrs[attr] ?? '')}"`;
    written += piece;
    if (out.marked && (PARSED_ATTRIBUTES.has(attr) || PARSED_ATTRIBUTES.has(attr.toLowerCase()))) parsed += piece;
  }
  const slash = selfClosing ? ' /' : '';
  const close = end === node.start ? '>' : '';
  const tail = `${written}${slash}${close}`;
  // `<이름>` is text to a browser (a tag name starts with an ASCII letter): a marker would show.
  if (out.marked && isAsciiLetter(name.charCodeAt(0))) {
    const index = w.elements.length;
    out.writeMarked(`<${name}${tail}`, `<${name} ${MARKER}=${index.toString(36)}${parsed}${slash}${close}`, node.start);
    w.elements.push(node);
    w.parents.push(w.open.at(-1)?.index ?? -1);
    if (opens) w.open.push({ index, node });
  } else {
    out.write(`<${name}${tail}`, node.start);
  }
  if (!close) out.write('>', end);
}

/** Writes the tree as kramdown's HTML converter would: the HTML kramdown publishes. */
export function renderPublishedHtml(root: KNode): string {
  return write(root, new OffsetMapBuilder(false)).out.html();
}

/**
 * Writes the tree as kramdown's HTML converter would, closely enough that an HTML parser reads
 * the same document, and the marked copy of it with its map back to the file.
 */
export function renderHtml(root: KNode): RenderedHtml {
  const { out, elements, parents } = write(root, new OffsetMapBuilder());
  return { html: out.html(), markedHtml: out.markedHtml(), elements, parents, map: out.build() };
}

/** Walks with an explicit stack: raw HTML may nest far deeper than the call stack allows. */
function write(root: KNode, out: OffsetMapBuilder): Writer {
  const w: Writer = { out, elements: [], parents: [], open: [] };
  // Nodes still to write, each with its parent; a node pushed a second time (`closing`) is closed.
  const nodes: KNode[] = [root];
  const parents: Array<KNode | undefined> = [undefined];
  const closing: boolean[] = [false];
  while (nodes.length > 0) {
    const node = nodes.pop() as KNode;
    const parent = parents.pop();
    if (closing.pop()) {
      if (w.open.at(-1)?.node === node) w.open.pop();
      close(out, node, parent);
      continue;
    }
    if (open(w, node, parent)) {
      nodes.push(node);
      parents.push(parent);
      closing.push(true);
      for (let i = node.children.length - 1; i >= 0; i--) {
        nodes.push(node.children[i] as KNode);
        parents.push(node);
        closing.push(false);
      }
    }
  }
  return w;
}

const inRawHtml = (parent: KNode | undefined): boolean => parent?.type === 'html_element';

/** Writes what comes before a node's children; returns whether it has children to walk. */
function open(w: Writer, node: KNode, parent: KNode | undefined): boolean {
  const { out } = w;
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
      startTag(w, 'code', node, undefined, false, node.start, false);
      out.write(escapeAll(node.value ?? ''), node.start);
      out.write('</code>', node.end);
      return false;
    case 'codeblock':
      startTag(w, 'pre', node, undefined, false, node.start, true);
      startTag(w, 'code', node, node.lang ? { class: `language-${node.lang}` } : undefined, false, node.start, false);
      if (w.open.at(-1)?.node === node) w.open.pop();
      out.write(escapeAll(node.value ?? '').replace(/\n$/, ''), node.start);
      out.write('</code></pre>\n', node.end);
      return false;
    case 'hr':
      startTag(w, 'hr', node, undefined, true, node.end, false);
      out.write('\n', node.end);
      return false;
    case 'br':
      startTag(w, 'br', node, undefined, true, node.end, false);
      return false;
    case 'img':
      startTag(w, 'img', node, node.attrs, true, node.end, false);
      return false;
    case 'p':
      if (node.transparent) return true;
      startTag(w, 'p', node, undefined, false, node.start, true);
      return true;
    case 'header':
      startTag(w, `h${node.level ?? 1}`, node, node.attrs, false, node.start, true);
      return true;
    case 'td':
      startTag(w, node.header ? 'th' : 'td', node, undefined, false, node.start, true);
      return true;
    case 'html_element':
      if (node.selfClosing) {
        startTag(w, node.name ?? 'span', node, node.attrs, true, node.end, false);
        if (!node.span && !inRawHtml(parent)) out.write('\n', node.end);
        return false;
      }
      startTag(w, node.name ?? 'span', node, node.attrs, false, node.start, true);
      return true;
    case 'a':
      startTag(w, 'a', node, node.attrs, false, node.start, true);
      return true;
    case 'blockquote':
    case 'ul':
    case 'ol':
    case 'table':
    case 'thead':
    case 'tbody':
    case 'tfoot':
    case 'tr':
      startTag(w, node.type, node, undefined, false, node.start, true);
      out.write('\n', node.start);
      return true;
    default:
      startTag(w, node.type, node, undefined, false, node.start, true);
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
