import type { DefaultTreeAdapterTypes, Token } from 'parse5';

type Node = DefaultTreeAdapterTypes.ParentNode | DefaultTreeAdapterTypes.ChildNode;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const ZERO_WIDTH_SPACE = 0x200b;

// What hast-util-to-text's name lists say about an element, as bits.
const BLOCK = 1; // block-level or `table-caption`: one required line break either side
const NOT_RENDERED = 2;
const TABLE_PART = 4;
const CELL = 8;
const ROW = 16;
const ROW_GROUP = 32;
const TABLE = 64;
const BR = 128;
const P = 256;
const DIALOG = 512;
const PRE = 1024; // `white-space` other than `normal`, whatever the attributes
const TEMPLATE = 2048;

const named = (flags: number, names: string) => names.split(' ').map((name) => [name, flags] as const);

// hast-util-to-text's lists, plus the tags its other rules name.
const flagsByName = new Map<string, number>([
  ...named(NOT_RENDERED, 'datalist head noembed noframes noscript rp script style title'),
  ...named(NOT_RENDERED | TEMPLATE, 'template'),
  ...named(BLOCK, 'address article aside blockquote body center dd dir dl dt div figure figcaption footer form'),
  ...named(BLOCK, 'h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol section ul'),
  ...named(BLOCK | TABLE_PART, 'caption'),
  ...named(BLOCK | DIALOG, 'dialog'),
  ...named(BLOCK | P, 'p'),
  ...named(BLOCK | PRE, 'listing plaintext pre xmp'),
  ...named(PRE, 'nobr textarea'),
  ...named(BR, 'br'),
  ...named(TABLE, 'table'),
  ...named(TABLE_PART | ROW_GROUP, 'tbody thead tfoot'),
  ...named(TABLE_PART | ROW, 'tr'),
  ...named(TABLE_PART | CELL, 'td th'),
  ...named(TABLE_PART, 'col colgroup'),
  // Common names without a rule, so that they skip `unusualFlags`.
  ...named(0, 'a abbr b cite code del em i img ins kbd mark q s small source span strong sub sup u var'),
  ...named(0, 'svg path g math picture video iframe'),
]);

/**
 * The rules for the name hast gives `el`: hastscript reads the tag name as a CSS selector (`p.x`
 * is a `p`, an empty name a `div`, or a `g` in SVG) and lowercases it.
 */
function flagsOf(el: Element): number {
  return flagsByName.get(el.tagName) ?? unusualFlags(el);
}

function unusualFlags(el: Element): number {
  const tagName = el.tagName;
  let end = 0;
  while (end < tagName.length && tagName[end] !== '.' && tagName[end] !== '#') end++;
  if (end === 0) return el.namespaceURI === SVG_NAMESPACE ? 0 : BLOCK;
  return flagsByName.get(tagName.slice(0, end).toLowerCase()) ?? 0;
}

const isElement = (node: ChildNode): node is Element => 'tagName' in node;

/**
 * Whether the hast property hast-util-from-parse5 makes of attribute `name` is truthy. In HTML,
 * `hidden`, `open` and `nowrap` are booleans, so being there at all (even as `="false"`) is
 * enough. SVG knows none of them and keeps the attribute's text, which is falsy when empty.
 */
function hasProperty(el: Element, name: string): boolean {
  const attrs = el.attrs;
  // The last one wins, should a tree (not from parse5) have it twice.
  for (let i = attrs.length - 1; i >= 0; i--) {
    const attr = attrs[i] as Token.Attribute;
    if (attr.name === name && !attr.prefix) return attr.value !== '' || el.namespaceURI !== SVG_NAMESPACE;
  }
  return false;
}

/**
 * The output, built as hast-util-to-text's final step builds it from its list of strings and
 * required line break counts: counts before the first string and after the last are dropped,
 * and a run of counts between two strings becomes its largest count of line feeds (0: a space).
 */
class TextBuilder {
  private text = '';
  /** Largest count since the last string: -2 before any string, -1 when there is none. */
  private breaks = -2;
  /** The open frames (innerText's stack, to `depth`); those from `waitingFrom` on have written no string yet. */
  frames: Frame[] = [];
  depth = 0;
  waitingFrom = 1;

  string(value: string): void {
    if (value === '') return;
    if (this.breaks >= 0) this.text += this.breaks === 0 ? ' ' : this.breaks === 1 ? '\n' : '\n\n';
    this.breaks = -1;
    if (this.waitingFrom <= this.depth) this.settleStarts();
    this.text += value;
  }

  lineBreaks(count: number): void {
    if (this.breaks !== -2 && count > this.breaks) this.breaks = count;
  }

  /** Where the next string starts, for each open frame that has written none. */
  private settleStarts(): void {
    for (let d = this.waitingFrom; d <= this.depth; d++) (this.frames[d] as Frame).start = this.text.length;
    this.waitingFrom = this.depth + 1;
  }

  get length(): number {
    return this.text.length;
  }

  toString(): string {
    return this.text;
  }
}

/**
 * Text that is not a single line already collapsed: a line feed, a tab, two spaces in a row, or a
 * bidi control (dropped as if not there). A native scan; about 3× a `charCodeAt` loop on the corpus.
 */
const NEEDS_COLLAPSING = /[\t\n\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]| {2}/;

const isBidiControl = (code: number): boolean =>
  code === 0x061c ||
  code === 0x200e ||
  code === 0x200f ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);

/** `line`, already collapsed, without its space at an edge with a break. */
function trimEdges(line: string, breakBefore: boolean, breakAfter: boolean): string {
  let start = 0;
  let end = line.length;
  if (breakBefore && line.charCodeAt(0) === 0x20) start = 1;
  if (breakAfter && end > start && line.charCodeAt(end - 1) === 0x20) end--;
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

/**
 * One line of a text node (`value` from `start` to `end`) with bidi controls removed and each run
 * of spaces and tabs (only those) collapsed to one space, dropped at an edge with a break.
 */
function collapseLine(value: string, start: number, end: number, breakBefore: boolean, breakAfter: boolean): string {
  let line = '';
  let kept = false;
  let space = false;
  let runStart = -1;
  for (let i = start; i < end; i++) {
    const code = value.charCodeAt(i);
    const isSpace = code === 0x20 || code === 0x09;
    if (isSpace || (code >= 0x061c && code <= 0x2069 && isBidiControl(code))) {
      if (runStart !== -1) line += value.slice(runStart, i);
      runStart = -1;
      if (isSpace) space = true;
    } else if (runStart === -1) {
      if (space && (kept || !breakBefore)) line += ' ';
      space = false;
      kept = true;
      runStart = i;
    }
  }
  if (runStart !== -1) line += value.slice(runStart, end);
  // A line of spaces alone keeps one only with no break on either side.
  if (space && !breakAfter && (kept || !breakBefore)) line += ' ';
  return line;
}

const NOT_BLANK = 0;
const BLANK_LINE = 1; // spaces and tabs
const BLANK_LINES = 2; // spaces, tabs and at least one line feed

/** Whether `value` is only spaces, tabs and line feeds (the separators between kramdown's blocks). */
function blankKind(value: string): number {
  let kind = value.length === 0 ? NOT_BLANK : BLANK_LINE;
  for (let i = 0; i < value.length && kind !== NOT_BLANK; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x0a) kind = BLANK_LINES;
    else if (code !== 0x20 && code !== 0x09) kind = NOT_BLANK;
  }
  return kind;
}

/**
 * A text node in normal white space: its lines (split at line feeds only) collapsed, joined by
 * spaces, except that a line next to a zero-width space joins with nothing, and that empty lines
 * vanish; an empty first or last line still counts as a possible space.
 */
function collectText(out: TextBuilder, value: string, breakBefore: boolean, breakAfter: boolean): void {
  const blank = blankKind(value);
  if (blank !== NOT_BLANK) {
    // Every line collapses to nothing, but a lone line of spaces between two inline neighbours.
    if (blank === BLANK_LINE && !breakBefore && !breakAfter) out.string(' ');
    else out.lineBreaks(0);
    return;
  }
  if (!NEEDS_COLLAPSING.test(value)) {
    const line = trimEdges(value, breakBefore, breakAfter);
    if (line === '') out.lineBreaks(0);
    else out.string(line);
    return;
  }
  let join = false;
  let previous = '';
  let start = 0;
  for (let index = 0; ; index++) {
    const newline = value.indexOf('\n', start);
    const last = newline === -1;
    const line = collapseLine(value, start, last ? value.length : newline, index === 0 ? breakBefore : true, last ? breakAfter : true);
    if (index > 0) join = settleLine(out, previous, index === 1, false, line.charCodeAt(0) === ZERO_WIDTH_SPACE, join);
    if (last) {
      settleLine(out, line, index === 0, true, false, join);
      return;
    }
    previous = line;
    start = newline + 1;
  }
}

/** Writes one collapsed line of a text node; returns whether a space goes before the next one. */
function settleLine(out: TextBuilder, line: string, first: boolean, last: boolean, beforeZwsp: boolean, join: boolean): boolean {
  if (beforeZwsp || line.charCodeAt(line.length - 1) === ZERO_WIDTH_SPACE) {
    out.string(line);
    return false;
  }
  if (line !== '') {
    if (join) out.lineBreaks(0);
    out.string(line);
    return true;
  }
  if (first || last) out.lineBreaks(0);
  return join;
}

/** `[\t\n\f\r ]+`: white space that a table, row group or row drops between its parts. */
function isTableWhitespace(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return false;
  }
  return value.length > 0;
}

/** An element (or the node `innerText` was called on) whose children are being collected. */
interface Frame {
  children: ChildNode[];
  /** Index of the next child to collect. */
  next: number;
  /** The element's `flagsOf`; 0 for a document or fragment. */
  flags: number;
  /** Whether its white space is other than `normal`, so that text is kept as it is. */
  pre: boolean;
  /** Whether there is a break before its first child, and after its last. */
  breakBefore: boolean;
  breakAfter: boolean;
  /** Whether a row comes after it in its table (known only in a table or row group). */
  rowAfter: boolean;
  /** Required line breaks before and after it (`<p>`: 2, blocks: 1). */
  lineBreaks: number;
  /** Whether a tab (cells but the last) and then a line feed (`<br>`, rows but the last) follow it. */
  tab: boolean;
  lineFeed: boolean;
  /** Index of the last child that is a cell, a row, or a row or row group with a row (-2: not yet known). */
  lastCell: number;
  lastRow: number;
  lastRowOrGroup: number;
  /** The element, when its text is recorded (see {@link innerTextRecording}). */
  recorded: Element | undefined;
  /** Where its first string starts in the output; -1 before it writes one. */
  start: number;
}

function newFrame(): Frame {
  return {
    children: [],
    next: 0,
    flags: 0,
    pre: false,
    breakBefore: false,
    breakAfter: false,
    rowAfter: false,
    lineBreaks: 0,
    tab: false,
    lineFeed: false,
    lastCell: -2,
    lastRow: -2,
    lastRowOrGroup: -2,
    recorded: undefined,
    start: -1,
  };
}

function lastIndexWhere(children: ChildNode[], test: (el: Element) => boolean): number {
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i] as ChildNode;
    if (isElement(child) && test(child)) return i;
  }
  return -1;
}

const isCell = (el: Element): boolean => (flagsOf(el) & CELL) !== 0;
const isRow = (el: Element): boolean => (flagsOf(el) & ROW) !== 0;
const isRowOrGroupWithRow = (el: Element): boolean => {
  const flags = flagsOf(el);
  return (flags & ROW) !== 0 || ((flags & ROW_GROUP) !== 0 && lastIndexWhere(el.childNodes, isRow) !== -1);
};

function cellAfter(parent: Frame, position: number): boolean {
  if (parent.lastCell === -2) parent.lastCell = lastIndexWhere(parent.children, isCell);
  return position < parent.lastCell;
}

function rowAfter(parent: Frame, position: number): boolean {
  if (parent.lastRow === -2) parent.lastRow = lastIndexWhere(parent.children, isRow);
  return position < parent.lastRow;
}

function rowOrGroupAfter(parent: Frame, position: number): boolean {
  if (parent.lastRowOrGroup === -2) parent.lastRowOrGroup = lastIndexWhere(parent.children, isRowOrGroupWithRow);
  return position < parent.lastRowOrGroup;
}

/** Whether white space in `el` is other than `normal`; `nowrap` on a cell is the one attribute that counts. */
function isPre(el: Element, flags: number, parentPre: boolean): boolean {
  if ((flags & PRE) !== 0) return true;
  if ((flags & CELL) !== 0 && el.namespaceURI !== SVG_NAMESPACE && hasProperty(el, 'nowrap')) return true;
  return parentPre;
}

const isRendered = (el: Element, flags: number): boolean =>
  (flags & NOT_RENDERED) === 0 && !hasProperty(el, 'hidden') && ((flags & DIALOG) === 0 || hasProperty(el, 'open'));

/**
 * Sets `frame` up for `el`, the child at `position` of `parent`, and writes what comes before its
 * children; false when `el` is not rendered.
 */
function openElement(out: TextBuilder, parent: Frame, el: Element, position: number, frame: Frame): boolean {
  const flags = flagsOf(el);
  if (!isRendered(el, flags)) return false;
  // Only a table and its row groups know whether a row follows their children in the table.
  const ownRowAfter =
    (parent.flags & TABLE) !== 0 ? rowOrGroupAfter(parent, position) : (parent.flags & ROW_GROUP) !== 0 && parent.rowAfter;
  const lineFeed = (flags & BR) !== 0 || ((flags & ROW) !== 0 && (ownRowAfter || rowAfter(parent, position)));
  const lineBreaks = lineFeed ? 0 : (flags & P) !== 0 ? 2 : (flags & BLOCK) !== 0 ? 1 : 0;
  frame.children = el.childNodes;
  frame.next = 0;
  frame.flags = flags;
  frame.pre = isPre(el, flags, parent.pre);
  frame.breakBefore = lineBreaks > 0;
  frame.breakAfter = lineBreaks > 0 || lineFeed;
  frame.rowAfter = ownRowAfter;
  frame.lineBreaks = lineBreaks;
  frame.tab = (flags & CELL) !== 0 && cellAfter(parent, position);
  frame.lineFeed = lineFeed;
  frame.lastCell = frame.lastRow = frame.lastRowOrGroup = -2;
  frame.start = -1;
  if (lineBreaks > 0) out.lineBreaks(lineBreaks);
  return true;
}

function closeElement(out: TextBuilder, frame: Frame): void {
  if (frame.tab) out.string('\t');
  if (frame.lineFeed) out.string('\n');
  if (frame.lineBreaks > 0) out.lineBreaks(frame.lineBreaks);
}

function collectChildText(out: TextBuilder, parent: Frame, value: string, position: number): void {
  const children = parent.children;
  const after = children[position + 1];
  if ((parent.flags & (TABLE | ROW_GROUP | ROW)) !== 0 && isBetweenTableParts(children, position) && isTableWhitespace(value)) {
    return;
  }
  if (parent.pre) {
    out.string(value);
    return;
  }
  const breakBefore = position === 0 && parent.breakBefore;
  const breakAfter = after === undefined ? parent.breakAfter : isElement(after) && (flagsOf(after) & BR) !== 0;
  collectText(out, value, breakBefore, breakAfter);
}

/** Whether each side of the child at `position` is an edge or a table part. */
function isBetweenTableParts(children: ChildNode[], position: number): boolean {
  const before = children[position - 1];
  const after = children[position + 1];
  return (
    (before === undefined || (isElement(before) && (flagsOf(before) & TABLE_PART) !== 0)) &&
    (after === undefined || (isElement(after) && (flagsOf(after) & TABLE_PART) !== 0))
  );
}

/**
 * The text of a parse5 node as a reader sees it: exactly what hast-util-to-text's `toText`
 * (an implementation of the HTML `innerText` getter, with its default `whitespace: 'normal'`)
 * returns for the node converted by hast-util-from-parse5, without building the hast tree.
 * A text or comment node gives its value with white space collapsed.
 */
export function innerText(node: Node): string {
  return collectInnerText(node, undefined, undefined);
}

/**
 * {@link innerText} of `node`, and into `texts` that of each element inside it that `wanted`
 * picks, as `innerText` would give it: read off the one walk, not walked again. An element's
 * own text is the stretch of the output from its first string to its last, wherever its
 * walk inside the ancestor is the walk `innerText` makes from it. That holds but for a row
 * (a line feed after it) or row group (which knows whether a row follows it in its table), and
 * for an element in preformatted white space that is not itself preformatted.
 */
export function innerTextRecording(node: Node, wanted: (el: Element) => boolean, texts: Map<Node, string>): string {
  const elements: Element[] = [];
  const ranges: number[] = [];
  const text = collectInnerText(node, wanted, (el, start, end) => {
    elements.push(el);
    ranges.push(start, end);
  });
  // Sliced once the output is whole: a slice of the string being built would flatten it each time.
  for (let i = 0; i < elements.length; i++) {
    const start = ranges[2 * i] as number;
    texts.set(elements[i] as Element, start < 0 ? '' : text.slice(start, ranges[2 * i + 1]));
  }
  return text;
}

function collectInnerText(node: Node, wanted: ((el: Element) => boolean) | undefined, record: ((el: Element, start: number, end: number) => void) | undefined): string {
  const out = new TextBuilder();
  if ('value' in node || 'data' in node) {
    collectText(out, 'value' in node ? node.value : node.data, true, true);
    return out.toString();
  }
  if (!('childNodes' in node)) return '';

  // The node itself is collected even if not rendered, and adds no breaks of its own.
  const root = newFrame();
  root.children = node.childNodes;
  if ('tagName' in node) {
    root.flags = flagsOf(node);
    // hast keeps an HTML template's children apart, as its `content`.
    if ((root.flags & TEMPLATE) !== 0 && node.namespaceURI === HTML_NAMESPACE) return '';
    root.pre = isPre(node, root.flags, false);
    root.breakBefore = root.breakAfter = (root.flags & BLOCK) !== 0;
  }

  // `stack[depth]` is the current frame; deeper ones are kept for reuse.
  const stack: Frame[] = out.frames;
  stack.push(root);
  out.waitingFrom = 0;
  let depth = 0;
  let current = root;
  for (;;) {
    if (current.next === current.children.length) {
      if (depth === 0) return out.toString();
      if (current.recorded !== undefined) record?.(current.recorded, current.start, out.length);
      closeElement(out, current);
      current = stack[--depth] as Frame;
      out.depth = depth;
      if (out.waitingFrom > depth + 1) out.waitingFrom = depth + 1;
      continue;
    }
    const position = current.next++;
    const child = current.children[position] as ChildNode;
    if (child.nodeName === '#text') {
      collectChildText(out, current, (child as DefaultTreeAdapterTypes.TextNode).value, position);
    } else if (isElement(child)) {
      const frame = (stack[depth + 1] ??= newFrame());
      if (!openElement(out, current, child, position, frame)) continue;
      frame.recorded = wanted !== undefined && wanted(child) && walksAsAlone(child, frame) ? child : undefined;
      if (frame.children.length === 0) {
        if (frame.recorded !== undefined) record?.(frame.recorded, -1, 0);
        closeElement(out, frame);
      } else {
        depth++;
        current = frame;
        out.depth = depth;
        if (out.waitingFrom > depth) out.waitingFrom = depth;
      }
    }
  }
}

/** Whether the walk inside `el`, opened as `frame` in an ancestor's walk, is the one innerText(el) makes. */
const walksAsAlone = (el: Element, frame: Frame): boolean =>
  (frame.flags & (ROW | ROW_GROUP | BR)) === 0 && frame.pre === isPre(el, frame.flags, false);
