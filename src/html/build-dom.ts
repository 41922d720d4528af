import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import type { KNode } from '../kramdown/nodes.ts';
import { escapeAttribute, escapeText, MARKER, PARSED_ATTRIBUTES } from '../kramdown/to-html.ts';
import type { ChildNode, Element, ParentNode } from './parse-html.ts';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml' as Element['namespaceURI'];

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));
/** Elements that never close or move anything when nested as written, and hold phrasing only. */
const PHRASING = words('a abbr b bdi bdo big br cite code data del dfn em i img ins kbd mark q s samp small span strike strong sub sup time tt u var wbr');
/** Flow elements whose only effect on a browser's tree is closing an open `<p>` (and li, dt, dd, table parts on their own rules). */
const BLOCK = words(
  'div p h1 h2 h3 h4 h5 h6 blockquote ul ol li table thead tbody tfoot tr td th pre hr section article aside header footer nav main figure figcaption address center details summary dl dt dd',
);
const PHRASING_ONLY = words('p h1 h2 h3 h4 h5 h6');
const VOID = words('br hr img wbr');
const TABLE_PARTS = words('table thead tbody tfoot tr');
/** The parent each table part, list item and definition must have for a browser to leave it there. */
const REQUIRED_PARENT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['li', words('ul ol')],
  ['dt', words('dl')],
  ['dd', words('dl')],
  ['thead', words('table')],
  ['tbody', words('table')],
  ['tfoot', words('table')],
  ['tr', words('table thead tbody tfoot')],
  ['td', words('tr')],
  ['th', words('tr')],
]);
const ALLOWED_CHILDREN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['table', words('thead tbody tfoot tr')],
  ['thead', words('tr')],
  ['tbody', words('tr')],
  ['tfoot', words('tr')],
  ['tr', words('td th')],
]);
/**
 * Deeper trees go to parse5, which flattens past 256 levels. A `<table><tr>` adds a tbody level
 * for every three of the tree's, so 180 levels of tree stay under 256 of DOM.
 */
const MAX_DEPTH = 180;
const ASCII_WHITESPACE = /^[\t\n\f\r ]*$/;
const LEADING_ASCII_WHITESPACE = /^[\t\n\f\r ]+/;

export interface BuiltDom {
  body: Element;
  /** The node that wrote each element, by the index its marker holds. */
  elements: KNode[];
}

/** Thrown inside `buildDom` (only) when the tree is one a browser could reshape. */
class Reshaped extends Error {}

interface Frame {
  node: KNode;
  parent: KNode | undefined;
  /** The DOM node this node is appended to. */
  into: ParentNode;
  depth: number;
  /** Set once the node is open: where its children go, and what follows its end tag. */
  opened?: Opened;
}

/**
 * The DOM a browser builds from the HTML `renderHtml` writes for `root`, built straight from the
 * tree, without writing or parsing HTML: parse5's default tree shape, every element marked as in
 * the marked HTML. Returns undefined when the written HTML is one a browser could reshape (a
 * block inside a paragraph, a link inside a link, a table part out of place, an element outside a
 * small known set, raw text with `<`, NUL or CR, very deep nesting): then the caller parses the
 * HTML instead. `test/html/build-dom.test.ts` holds the result to parse5's.
 */
export function buildDom(root: KNode): BuiltDom | undefined {
  try {
    return build(root);
  } catch (error) {
    if (error instanceof Reshaped) return undefined;
    throw error;
  }
}

function build(root: KNode): BuiltDom {
  const body = element('body', [], undefined);
  const elements: KNode[] = [];
  const stack: Frame[] = [{ node: root, parent: undefined, into: body, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.opened !== undefined) {
      appendText(frame.into, frame.opened.after);
      continue;
    }
    const opened = open(frame, elements);
    if (opened === undefined) continue;
    frame.opened = opened;
    stack.push(frame);
    const { children } = frame.node;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as KNode, parent: frame.node, into: opened.into, depth: frame.depth + 1 });
    }
  }
  for (const el of descendants(body, TABLE_OR_PRE)) {
    if (el.tagName === 'table') implyTbody(el);
    else dropLeadingNewline(el);
  }
  dropLeadingWhitespace(body);
  return { body, elements };
}

interface Opened {
  into: ParentNode;
  after: string;
}

const inRawHtml = (parent: KNode | undefined): boolean => parent?.type === 'html_element';

/** Appends what the writer writes before a node's children; returns where its children go, if it has any. */
function open(frame: Frame, elements: KNode[]): Opened | undefined {
  const { node, parent, into } = frame;
  if (frame.depth > MAX_DEPTH) throw new Reshaped();
  const tag = (name: string, attrs: Record<string, string> | undefined): Element => {
    const el = element(name, domAttributes(elements.length, attrs), into);
    check(el, into);
    elements.push(node);
    return el;
  };
  switch (node.type) {
    case 'root':
      return { into, after: '' };
    case 'eob':
      return undefined;
    case 'blank':
      appendText(into, '\n');
      return undefined;
    case 'text': {
      const value = node.value ?? '';
      if (parent?.rawContent === true) {
        if (value.includes('<')) throw new Reshaped();
        appendText(into, value.includes('&') ? decodeHTML(value) : value);
      } else {
        // Escaping then decoding gives the text back unless it holds a character reference.
        appendText(into, value.includes('&') ? decodeHTML(escapeText(value)) : value);
      }
      return undefined;
    }
    case 'entity':
      appendText(into, decodeHTML(node.value ?? ''));
      return undefined;
    case 'xml_comment':
      appendComment(into, node.value ?? '');
      if (!node.span && !inRawHtml(parent) && parent?.type !== 'p') appendText(into, '\n');
      return undefined;
    case 'codespan':
      appendText(tag('code', undefined), node.value ?? '');
      return undefined;
    case 'codeblock': {
      const pre = tag('pre', undefined);
      const code = element('code', domAttributes(elements.length, node.lang ? { class: `language-${node.lang}` } : undefined), pre);
      elements.push(node);
      appendText(code, (node.value ?? '').replace(/\n$/, ''));
      appendText(into, '\n');
      return undefined;
    }
    case 'hr':
      tag('hr', undefined);
      appendText(into, '\n');
      return undefined;
    case 'br':
      tag('br', undefined);
      return undefined;
    case 'img':
      tag('img', node.attrs);
      return undefined;
    case 'p':
      if (node.transparent) return { into, after: '' };
      return { into: tag('p', undefined), after: '\n' };
    case 'header':
      return { into: tag(`h${node.level ?? 1}`, node.attrs), after: '\n' };
    case 'td':
      return { into: tag(node.header ? 'th' : 'td', undefined), after: '' };
    case 'html_element': {
      const name = asciiLowerCase(node.name ?? 'span');
      const code = name.charCodeAt(0);
      // `<이름>` is text to a browser; `<div />` opens a div.
      if (code < 97 || code > 122 || (node.selfClosing === true && !VOID.has(name))) throw new Reshaped();
      const newline = !node.span && !inRawHtml(parent) ? '\n' : '';
      const el = tag(name, node.attrs);
      if (node.selfClosing) {
        if (newline) appendText(into, newline);
        return undefined;
      }
      return { into: el, after: newline };
    }
    case 'a':
      return { into: tag('a', node.attrs), after: '' };
    case 'blockquote':
    case 'ul':
    case 'ol':
    case 'table':
    case 'thead':
    case 'tbody':
    case 'tfoot':
    case 'tr': {
      const el = tag(node.type, undefined);
      appendText(el, '\n');
      return { into: el, after: '\n' };
    }
    case 'li':
      return { into: tag('li', undefined), after: '\n' };
    case 'em':
    case 'strong':
    case 'del':
      return { into: tag(node.type, undefined), after: '' };
    default:
      throw new Reshaped();
  }
}

/** Throws unless a browser leaves `el` where it is written, as a child of `parent`. */
function check(el: Element, parent: ParentNode): void {
  const name = el.tagName;
  if (!PHRASING.has(name) && !BLOCK.has(name)) throw new Reshaped();
  const parentName = 'tagName' in parent ? parent.tagName : '';
  const required = REQUIRED_PARENT.get(name);
  if (required !== undefined && !required.has(parentName)) throw new Reshaped();
  const allowed = ALLOWED_CHILDREN.get(parentName);
  if (allowed !== undefined && !allowed.has(name)) throw new Reshaped();
  for (let at: ParentNode | null = parent; at !== null && 'tagName' in at; at = at.parentNode) {
    if (PHRASING_ONLY.has(at.tagName) && !PHRASING.has(name)) throw new Reshaped();
    if (name === 'a' && at.tagName === 'a') throw new Reshaped();
  }
}

function element(tagName: string, attrs: Element['attrs'], parent: ParentNode | undefined): Element {
  const el: Element = {
    nodeName: tagName,
    tagName,
    attrs,
    namespaceURI: HTML_NAMESPACE,
    childNodes: [],
    parentNode: null,
  };
  if (parent) append(parent, el);
  return el;
}

function append(parent: ParentNode, child: ChildNode): void {
  child.parentNode = parent as Element;
  parent.childNodes.push(child);
}

function appendText(parent: ParentNode, value: string): void {
  if (value === '') return;
  if (value.includes('\0') || value.includes('\r')) throw new Reshaped();
  if ('tagName' in parent && TABLE_PARTS.has(parent.tagName) && !ASCII_WHITESPACE.test(value)) throw new Reshaped();
  const last = parent.childNodes.at(-1);
  if (last !== undefined && last.nodeName === '#text' && 'value' in last) {
    last.value += value;
    return;
  }
  append(parent, { nodeName: '#text', value, parentNode: null });
}

/** A comment as the writer writes it, if a browser reads it as that one comment. */
function appendComment(parent: ParentNode, written: string): void {
  const data = written.slice(4, -3);
  if (!written.startsWith('<!--') || !written.endsWith('-->') || written.length < 7) throw new Reshaped();
  if (data.startsWith('>') || data.startsWith('->') || data.includes('--!>') || data.includes('-->')) throw new Reshaped();
  // A browser reads NUL in a comment as U+FFFD.
  append(parent, { nodeName: '#comment', data: data.replaceAll('\0', '\uFFFD'), parentNode: null });
}

/** The attributes parse5 gives an element of the marked HTML: the marker, then those kept. */
function domAttributes(index: number, attrs: Record<string, string> | undefined): Element['attrs'] {
  const list: Element['attrs'] = [{ name: MARKER, value: index.toString(36) }];
  for (const written in attrs) {
    const name = asciiLowerCase(written);
    if (!PARSED_ATTRIBUTES.has(name) || list.some((a) => a.name === name)) continue;
    // A browser reads NUL in an attribute value as U+FFFD (a reference cannot make one).
    const value = (attrs[written] ?? '').replaceAll('\0', '\uFFFD');
    list.push({ name, value: value.includes('&') ? decodeHTMLAttribute(escapeAttribute(value)) : value });
  }
  return list;
}

function asciiLowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }
  return text;
}

const TABLE_OR_PRE = words('table pre');

/** The elements under `root` named one of `names`. */
function descendants(root: Element, names: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  const pending: Element[] = [root];
  while (pending.length > 0) {
    const el = pending.pop() as Element;
    if (names.has(el.tagName)) found.push(el);
    for (const child of el.childNodes) if ('tagName' in child) pending.push(child);
  }
  return found;
}

/** A browser drops a line feed right after `<pre>`. */
function dropLeadingNewline(pre: Element): void {
  const first = pre.childNodes[0];
  if (first === undefined || first.nodeName !== '#text' || !('value' in first) || !first.value.startsWith('\n')) return;
  first.value = first.value.slice(1);
  if (first.value === '') pre.childNodes.shift();
}

/** `<table><tr>`: a browser puts the rows, and what follows the first, into a tbody it implies. */
function implyTbody(table: Element): void {
  const first = table.childNodes.findIndex((c) => 'tagName' in c && c.tagName === 'tr');
  if (first < 0) return;
  if (table.childNodes.some((c) => 'tagName' in c && c.tagName !== 'tr')) throw new Reshaped();
  const tbody = element('tbody', [], undefined);
  const rows = table.childNodes.splice(first);
  for (const row of rows) append(tbody, row);
  append(table, tbody);
}

/** White space and comments before the first content are not the body's: a browser drops or hoists them. */
function dropLeadingWhitespace(body: Element): void {
  while (body.childNodes.length > 0) {
    const first = body.childNodes[0] as ChildNode;
    if (first.nodeName === '#comment') {
      body.childNodes.shift();
      continue;
    }
    if (first.nodeName === '#text' && 'value' in first) {
      const rest = first.value.replace(LEADING_ASCII_WHITESPACE, '');
      if (rest === '') {
        body.childNodes.shift();
        continue;
      }
      first.value = rest;
    }
    return;
  }
}
