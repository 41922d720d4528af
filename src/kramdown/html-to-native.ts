import { entityByCodePoint, entityByName, entityChar } from './entities.ts';
import { BLOCK_ELEMENTS, contentModelOf, SPAN_ELEMENTS } from './html-elements.ts';
import { type Alignment, type KNode, type KNodeType, node } from './nodes.ts';
import { pushAll } from '../util/push-all.ts';

/**
 * kramdown's `html_to_native` (parser/html.rb, ElementConverter): an HTML element the parser has
 * just read, and the HTML inside it, becomes kramdown's own elements where it can (`<p>` a
 * paragraph, `<em>` an emphasis, `<h2>` a header, a simple `<table>` a table, `<pre>` a code
 * block, …), in place. Text inside has its white space runs collapsed (not in `<textarea>`, nor
 * where an element stays HTML) and its entity references read, `&ldquo;` as a smart quote and
 * `&hellip;` as a typographic symbol. The other elements stay `html_element`s, now with
 * kramdown's category and content model for their name.
 *
 * kramdown converts each block HTML element once it is read, and each span HTML element once
 * its content is read: call it there. What the element holds was read the same way, so an
 * element converted before is seen again inside its parent, as kramdown sees it.
 */
export function htmlToNative(el: KNode): void {
  const state: State = { texts: new Map() };
  const first = begin(state, el, depthOf(el) <= MAX_DEPTH, false, undefined);
  if (first === undefined) return;
  // HTML nests deeper than the call stack allows: kramdown's recursion, with an explicit stack.
  const stack: Frame[] = [first];
  for (;;) {
    const top = stack[stack.length - 1];
    if (top === undefined) return;
    if (top.next < top.children.length) {
      const child = top.children[top.next++] as KNode;
      if (child.type === 'text') {
        for (const piece of processText(child, top.preserveText || !top.doConversion)) top.out.push(piece);
      } else {
        top.out.push(child);
        const frame = begin(state, child, top.doConversion, top.preserveText, top.el);
        if (frame !== undefined) stack.push(frame);
      }
      continue;
    }
    stack.pop();
    top.el.children = top.out;
    top.done?.();
  }
}

/**
 * An element holding HTML nested deeper than this stays HTML, with all it holds, as a table that
 * is not simple does. kramdown's own recursion overflows Ruby's stack before (Jekyll fails on
 * some 1,500 nested `<div>`s); converted, the HTML would grow with the square of the depth (each
 * level indented), and so would the text of headers inside headers.
 */
const MAX_DEPTH = 1000;

/** One conversion's memory: the text of each element (kramdown's extract_text), read once. */
interface State {
  texts: Map<KNode, Extracted>;
}

/** How deep the element's descendants nest, up to just past MAX_DEPTH. */
function depthOf(el: KNode): number {
  let deepest = 0;
  const pending: Array<[KNode, number]> = [[el, 0]];
  while (pending.length > 0) {
    const [c, depth] = pending.pop() as [KNode, number];
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_DEPTH) break;
    for (const child of c.children) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** kramdown's process_children, pending: the element's children, converted one by one, then `done`. */
interface Frame {
  el: KNode;
  doConversion: boolean;
  preserveText: boolean;
  children: KNode[];
  next: number;
  out: KNode[];
  done: (() => void) | undefined;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

const REMOVE_TEXT_CHILDREN = words('html head hgroup ol ul dl table colgroup tbody thead tfoot tr select optgroup');
const WRAP_TEXT_CHILDREN = words('body section nav article aside header footer address div li dd blockquote figure figcaption fieldset form');
const REMOVE_WHITESPACE_CHILDREN = words('body section nav article aside header footer address div li dd blockquote figure figcaption td th fieldset form');
const STRIP_WHITESPACE = words('address article aside blockquote body caption dd div dl dt fieldset figcaption form footer header h1 h2 h3 h4 h5 h6 legend li nav p section td th');
/** Elements that become the kramdown element of the same name. */
const SIMPLE_ELEMENTS = words('em strong blockquote hr br img p thead tbody tfoot tr td th ul ol dl li dt dd');

/**
 * Header cells: kramdown gives them the type `th` until a simple table makes them `td`; a `th`
 * left elsewhere (kramdown's converter then fails) is written as a `td`.
 */
const TH_CELLS = new WeakSet<KNode>();

/** kramdown's Element::CATEGORY: the types whose category does not depend on the element. */
const BLOCK_TYPES: ReadonlySet<string> = words('blank p header blockquote codeblock ul ol li dl dt dd table td hr');
const SPAN_TYPES: ReadonlySet<string> = words('text a br img codespan footnote em strong entity typographic_sym smart_quote abbreviation');

/** kramdown's `block?`. */
const isBlock = (el: KNode): boolean =>
  !TH_CELLS.has(el) && (BLOCK_TYPES.has(el.type) || (!SPAN_TYPES.has(el.type) && el.category === 'block'));

/** Types whose kramdown `value` is a string (an HTML element's is its name). */
const STRING_VALUED: ReadonlySet<string> = words('text raw blank xml_comment xml_pi comment codespan codeblock math abbreviation');

/** kramdown's `el.value`, where it can be compared with a tag name. */
function valueOf(el: KNode): string | undefined {
  if (el.type === 'html_element') return el.name;
  return STRING_VALUED.has(el.type) ? el.value : undefined;
}

/**
 * The content kramdown reads as spans later (its `raw_text` child): an element read with the
 * span content model holds it in `raw`, and nothing else.
 */
function rawTextOf(el: KNode): string | undefined {
  if (el.raw === undefined) return undefined;
  let text = '';
  for (const part of el.raw) text += part.text;
  return text === '' ? undefined : text;
}

/** The children kramdown's checks see: the `raw_text` child included, as a `raw` stand-in. */
function childrenOf(el: KNode): KNode[] {
  const raw = rawTextOf(el);
  if (raw === undefined) return el.children;
  return [...el.children, node('raw', el.start, el.end, { value: raw })];
}

/** kramdown's `process`: converts `el`, and returns the conversion of its children still to do. */
function begin(state: State, el: KNode, doConversion: boolean, preserveText: boolean, parent: KNode | undefined): Frame | undefined {
  if (el.type === 'xml_comment' || el.type === 'xml_pi') {
    const parentName =
      parent === undefined ? 'div'
      : parent.type === 'html_element' ? (parent.name ?? '')
      : parent.type === 'header' ? 'h1'
      : TH_CELLS.has(parent) ? 'th'
      : parent.type;
    resetOptions(el);
    el.category = contentModelOf(parentName) === 'span' ? 'span' : 'block';
    return undefined;
  }
  if (el.type !== 'html_element') return undefined;
  const name = el.name ?? '';
  const convert = doConversion && Object.hasOwn(CONVERTERS, name) ? CONVERTERS[name] : undefined;
  if (convert !== undefined) return convert(el, state);
  if (doConversion && REMOVE_TEXT_CHILDREN.has(name)) removeTextChildren(el);
  const done = doConversion ? () => finishElement(el, name) : undefined;
  if (doConversion && SIMPLE_ELEMENTS.has(name)) {
    setBasics(el, name === 'th' ? 'td' : (name as KNodeType));
    if (name === 'th') TH_CELLS.add(el);
    return childrenFrame(el, doConversion, preserveText, done);
  }
  return processHtmlElement(el, doConversion, preserveText, done);
}

/** What `process` does after the children of an element without a converter of its own. */
function finishElement(el: KNode, name: string): void {
  if (STRIP_WHITESPACE.has(name)) stripWhitespace(el);
  if (REMOVE_WHITESPACE_CHILDREN.has(name)) removeWhitespaceChildren(el);
  if (WRAP_TEXT_CHILDREN.has(name)) wrapTextChildren(el);
}

function childrenFrame(el: KNode, doConversion: boolean, preserveText: boolean, done?: () => void): Frame {
  return { el, doConversion, preserveText, children: el.children, next: 0, out: [], done };
}

/** kramdown's process_html_element: stays HTML, with the category and content model of its name. */
function processHtmlElement(el: KNode, doConversion: boolean, preserveText: boolean, done?: () => void): Frame {
  const name = el.name ?? '';
  resetOptions(el);
  el.category = SPAN_ELEMENTS.has(name) ? 'span' : 'block';
  el.contentModel = doConversion ? contentModelOf(name) : 'raw';
  return childrenFrame(el, doConversion, preserveText, done);
}

/** kramdown's `options.replace`: the parser's options (IAL, `is_closed`, content model, …) are gone. */
function resetOptions(el: KNode): void {
  el.category = undefined;
  el.contentModel = undefined;
  el.isClosed = undefined;
  el.transparent = undefined;
  el.noDelimiterRow = undefined;
  el.lang = undefined;
  el.ial = undefined;
  el.alignment = undefined;
  el.rawText = undefined;
  el.level = undefined;
  el.marker = undefined;
  el.rawTypes = undefined;
}

/** kramdown's set_basics: the element becomes a `type`, its attributes kept. */
function setBasics(el: KNode, type: KNodeType): void {
  el.type = type;
  resetOptions(el);
  el.name = undefined;
  el.value = undefined;
}

const ASCII_SPACE = /[ \t\n\v\f\r]+/g;
/** Ruby's `strip` family: white space and NUL. */
const isStripped = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0;
const HTML_ENTITY = /&([\w:][-\w.:]*);|&#(\d+);|&#x([0-9a-fA-F]+);/g;
const SMART_QUOTES = words('lsquo rsquo ldquo rdquo');
const TYPOGRAPHIC = words('mdash ndash hellip laquo raquo');

/**
 * kramdown's process_text: white space runs become one space (unless `preserve`), entity
 * references become entities, smart quotes and typographic symbols. Every reference is preceded
 * by a text node, an empty one if need be, as kramdown makes them.
 */
function processText(textNode: KNode, preserve: boolean): KNode[] {
  const written = textNode.value ?? '';
  // Offsets into the file: character by character when the text is as long as its span.
  const mapped = textNode.end - textNode.start === written.length;
  let raw = written;
  let sourceIndex: (i: number) => number = (i) => i;
  if (!preserve) {
    const index: number[] = [];
    let out = '';
    let last = 0;
    ASCII_SPACE.lastIndex = 0;
    for (let m = ASCII_SPACE.exec(written); m !== null; m = ASCII_SPACE.exec(written)) {
      for (let i = last; i < m.index; i++) index.push(i);
      out += `${written.slice(last, m.index)} `;
      index.push(m.index);
      last = m.index + m[0].length;
    }
    for (let i = last; i <= written.length; i++) index.push(i);
    raw = out + written.slice(last);
    sourceIndex = (i) => index[i] ?? written.length;
  }
  const at = (i: number): number => (mapped ? textNode.start + sourceIndex(i) : textNode.start);
  const text = (from: number, to: number): KNode => node('text', at(from), at(to), { value: raw.slice(from, to) });
  const result: KNode[] = [];
  let pos = 0;
  while (pos < raw.length) {
    HTML_ENTITY.lastIndex = pos;
    const m = HTML_ENTITY.exec(raw);
    if (m === null) {
      result.push(text(pos, raw.length));
      break;
    }
    result.push(text(pos, m.index));
    const end = m.index + m[0].length;
    pos = end;
    const [original, name, decimal, hex] = m;
    if (name !== undefined && SMART_QUOTES.has(name)) {
      result.push(node('smart_quote', at(m.index), at(end), { value: name }));
    } else if (name !== undefined && TYPOGRAPHIC.has(name)) {
      result.push(node('typographic_sym', at(m.index), at(end), { value: name }));
    } else {
      const entity = name !== undefined ? entityByName(name) : entityByCodePoint(decimal !== undefined ? Number(decimal) : parseInt(hex ?? '0', 16));
      if (entity !== undefined) {
        result.push(node('entity', at(m.index), at(end), { value: original, codePoint: entity.codePoint, entityName: entity.name }));
      } else {
        // An unknown name: an `&`, and the rest read again as text.
        pos = m.index + 1;
        result.push(node('entity', at(m.index), at(pos), { codePoint: 38, entityName: 'amp' }));
      }
    }
  }
  return result;
}

function removeTextChildren(el: KNode): void {
  el.children = el.children.filter((c) => c.type !== 'text');
}

/** kramdown's wrap_text_children: runs of text and span elements go into transparent paragraphs. */
function wrapTextChildren(el: KNode): void {
  const wrapped: KNode[] = [];
  let paragraph: KNode | undefined;
  const raw = el.raw;
  if (raw !== undefined && rawTextOf(el) !== undefined) {
    // The raw_text child, read as spans later, in its paragraph.
    el.raw = undefined;
    const last = raw[raw.length - 1];
    paragraph = node('p', raw[0]?.offsets[0] ?? el.start, last?.offsets[last.offsets.length - 1] ?? el.end, { transparent: true, raw });
    wrapped.push(paragraph);
  }
  for (const child of el.children) {
    if (!isBlock(child) || child.type === 'text') {
      if (paragraph === undefined) {
        paragraph = node('p', child.start, child.end, { transparent: true });
        wrapped.push(paragraph);
      }
      paragraph.children.push(child);
      paragraph.end = child.end;
    } else {
      wrapped.push(child);
      paragraph = undefined;
    }
  }
  el.children = wrapped;
}

function stripWhitespace(el: KNode): void {
  if (rawTextOf(el) !== undefined) return;
  const first = el.children[0];
  if (first?.type === 'text') {
    const value = first.value ?? '';
    let i = 0;
    while (i < value.length && isStripped(value.charCodeAt(i))) i++;
    first.value = value.slice(i);
    first.start = Math.min(first.start + i, first.end);
  }
  const last = el.children[el.children.length - 1];
  if (last?.type === 'text') {
    const value = last.value ?? '';
    let i = value.length;
    while (i > 0 && isStripped(value.charCodeAt(i - 1))) i--;
    last.end = Math.max(last.end - (value.length - i), last.start);
    last.value = value.slice(0, i);
  }
}

const isBlank = (value: string): boolean => {
  for (let i = 0; i < value.length; i++) if (!isStripped(value.charCodeAt(i))) return false;
  return true;
};

/** kramdown's remove_whitespace_children: white space text at either end, or between two blocks, goes. */
function removeWhitespaceChildren(el: KNode): void {
  const { children } = el;
  const last = children.length - 1;
  el.children = children.filter(
    (c, i) =>
      !(
        c.type === 'text' &&
        isBlank(c.value ?? '') &&
        (i === 0 || i === last || (isBlock(children[i - 1] as KNode) && isBlock(children[i + 1] as KNode)))
      ),
  );
}

/** An element's text, and its first and last characters (testing a joined string would copy it). */
interface Extracted {
  text: string;
  first: string;
  last: string;
}

/**
 * kramdown's extract_text: the text nodes' values, in order, however deep. When an element is
 * converted, nothing inside it has been yet: the text of every element inside is read at once and
 * kept, so that emphasis in emphasis does not read the same text again at every level.
 */
function extractText(state: State, el: KNode): Extracted {
  const known = state.texts.get(el);
  if (known !== undefined) return known;
  // Post-order: an element's text once its children's are known.
  const pending: Array<[KNode, boolean]> = [[el, false]];
  while (pending.length > 0) {
    const [c, childrenDone] = pending.pop() as [KNode, boolean];
    if (state.texts.has(c)) continue;
    if (c.type === 'text') {
      const value = c.value ?? '';
      state.texts.set(c, { text: value, first: value.slice(0, 1), last: value.slice(-1) });
      continue;
    }
    if (!childrenDone) {
      pending.push([c, true]);
      for (let i = c.children.length - 1; i >= 0; i--) pending.push([c.children[i] as KNode, false]);
      continue;
    }
    let text = '';
    let first = '';
    let last = '';
    for (const child of c.children) {
      const part = state.texts.get(child) as Extracted;
      text += part.text;
      if (first === '') first = part.first;
      if (part.last !== '') last = part.last;
    }
    state.texts.set(c, { text, first, last });
  }
  return state.texts.get(el) as Extracted;
}

/** The elements with a converter of their own (kramdown's `convert_<name>` methods). */
const CONVERTERS: Record<string, (el: KNode, state: State) => Frame | undefined> = {
  textarea: (el) => processHtmlElement(el, true, true),
  a: convertA,
  em: convertEmphasis,
  i: convertEmphasis,
  strong: convertEmphasis,
  b: convertEmphasis,
  h1: convertHeader,
  h2: convertHeader,
  h3: convertHeader,
  h4: convertHeader,
  h5: convertHeader,
  h6: convertHeader,
  code: convertCode,
  pre: convertCode,
  table: convertTable,
  script: convertScript,
};

/** A link needs an `href`: without one, the element and what it holds stay HTML. */
function convertA(el: KNode): Frame {
  if (el.attrs?.['href'] === undefined) return processHtmlElement(el, false, false);
  setBasics(el, 'a');
  return childrenFrame(el, true, false);
}

/** `<em>`, `<i>`, `<strong>`, `<b>`: emphasis, unless the text starts or ends with white space. */
function convertEmphasis(el: KNode, state: State): Frame {
  const { first, last } = extractText(state, el);
  if (isAsciiSpace(first) || isAsciiSpace(last)) return processHtmlElement(el, false, false);
  setBasics(el, el.name === 'em' || el.name === 'i' ? 'em' : 'strong');
  return childrenFrame(el, true, false);
}

const isAsciiSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';

function convertHeader(el: KNode, state: State): Frame {
  const level = Number((el.name ?? 'h1')[1]);
  setBasics(el, 'header');
  el.level = level;
  el.rawText = extractText(state, el).text;
  return childrenFrame(el, true, false);
}

/** Its characters, as kramdown joins a code element's text; undefined where one has none. */
function codeText(pieces: readonly KNode[]): string | undefined {
  let text = '';
  for (const piece of pieces) {
    if (piece.type === 'text') {
      text += piece.value ?? '';
    } else if (piece.type === 'entity') {
      const point = piece.codePoint ?? 0;
      const char = point === 60 || point === 62 || point === 34 || point === 38 ? String.fromCharCode(point) : entityChar({ codePoint: point, name: piece.entityName });
      if (char === undefined) return undefined;
      text += char;
    } else {
      const entity = entityByName(piece.value ?? '');
      const char = entity === undefined ? undefined : entityChar(entity);
      if (char === undefined) return undefined;
      text += char;
    }
  }
  return text;
}

const WORD = '[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]';
/** Ruby's `\b` is Unicode's word boundary, its `\w` ASCII. */
const HIGHLIGHTER_CLASS = new RegExp(`[ \\t\\n\\v\\f\\r]+highlighter-\\w+(?!${WORD})|(?<!${WORD})highlighter-\\w+(?!${WORD})[ \\t\\n\\v\\f\\r]*`, 'gu');
const LANGUAGE_CLASS = new RegExp(`(?<!${WORD})language-[^ \\t\\n\\v\\f\\r]+`, 'u');
const MATH_TYPE = new RegExp(`(?<!${WORD})math/tex(?!${WORD})`, 'u');

/**
 * `<code>` becomes a code span and `<pre>` a code block, holding their text with its entities
 * read; if anything in it cannot be a character, it stays HTML, its text as written.
 */
function convertCode(el: KNode, state: State): Frame | undefined {
  const pieces = processText(node('text', el.start, el.start, { value: extractText(state, el).text }), true);
  const text = codeText(pieces);
  // A reference that is no character (kramdown fails to join it) leaves a text and an entity.
  if (text === undefined) return processHtmlElement(el, false, true);
  const value = text;
  const attrs = el.attrs ?? {};
  if (el.name === 'code') {
    setBasics(el, 'codespan');
    if (attrs['class'] !== undefined) attrs['class'] = attrs['class'].replace(HIGHLIGHTER_CLASS, '');
  } else {
    const only = el.children.length === 1 && rawTextOf(el) === undefined ? el.children[0] : undefined;
    setBasics(el, 'codeblock');
    if (only !== undefined && valueOf(only) === 'code') {
      const language = LANGUAGE_CLASS.exec(only.attrs?.['class'] ?? '')?.[0];
      if (language !== undefined) attrs['class'] = `${language} ${attrs['class'] ?? ''}`.replace(/[ \t\n\v\f\r\0]+$/, '');
    }
  }
  el.attrs = attrs;
  el.value = value;
  el.children = [];
  el.raw = undefined;
  return undefined;
}

/** A simple table (see isSimpleTable) becomes a table; any other stays HTML with all it holds. */
function convertTable(el: KNode): Frame {
  if (!isSimpleTable(el)) return processHtmlElement(el, false, false);
  removeTextChildren(el);
  return childrenFrame(el, true, false, () => finishTable(el));
}

const ALIGNMENT_STYLE = /(?:;[ \t\n\v\f\r]*)?text-align:[ \t\n\v\f\r]+(center|left|right)/;

function finishTable(el: KNode): void {
  setBasics(el, 'table');
  // Each row's cells give their alignment (the last row's is kept) and lose it from their style.
  const rows: KNode[] = [el];
  while (rows.length > 0) {
    const c = rows.pop() as KNode;
    if (c.type !== 'tr') {
      for (let i = c.children.length - 1; i >= 0; i--) rows.push(c.children[i] as KNode);
      continue;
    }
    el.alignment = c.children.map((td): Alignment => {
      const style = td.attrs?.['style'];
      if (style === undefined || td.attrs === undefined) return 'default';
      const m = ALIGNMENT_STYLE.exec(style);
      if (m !== null) td.attrs['style'] = style.slice(0, m.index) + style.slice(m.index + m[0].length);
      if (isBlank(td.attrs['style'] ?? '')) delete td.attrs['style'];
      return m === null ? 'default' : (m[1] as Alignment);
    });
  }
  el.children = el.children.filter((c) => c.type !== 'html_element');
  const cells: KNode[] = [el];
  while (cells.length > 0) {
    const c = cells.pop() as KNode;
    if (TH_CELLS.has(c)) TH_CELLS.delete(c);
    else pushAll(cells, c.children);
  }
  if (el.children[0]?.type === 'tr') {
    const tbody = node('tbody', el.children[0].start, el.children[el.children.length - 1]?.end ?? el.end);
    tbody.children = el.children;
    el.children = [tbody];
  }
}

const isCell = (el: KNode): boolean => {
  const value = valueOf(el);
  return value === 'th' || value === 'td';
};

/**
 * kramdown's is_simple_table?: cells hold no block element, every row has as many cells and the
 * same alignments (none justified or inherited), and the rows are all `td` rows, or sit in a
 * `thead` (of `th` rows), `tbody` and `tfoot` (of `td` rows), with a `tbody`.
 */
function isSimpleTable(table: KNode): boolean {
  return cellsArePhrasing(table) && sameCellCounts(table) && sameAlignments(table) && rowsAreSimple(table);
}

/** Walks the element and what it holds, in document order, while `visit` returns true; `false` stops it. */
function walk(el: KNode, visit: (el: KNode) => 'descend' | 'skip' | 'stop'): boolean {
  const pending: KNode[] = [el];
  while (pending.length > 0) {
    const c = pending.pop() as KNode;
    const next = visit(c);
    if (next === 'stop') return false;
    if (next === 'descend') {
      const children = childrenOf(c);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as KNode);
    }
  }
  return true;
}

function cellsArePhrasing(table: KNode): boolean {
  const phrasing = (cell: KNode): boolean =>
    walk(cell, (c) => (c !== cell && c.type !== 'text' && BLOCK_ELEMENTS.has(valueOf(c) ?? '') ? 'stop' : 'descend'));
  return walk(table, (c) => (!isCell(c) ? 'descend' : phrasing(c) ? 'skip' : 'stop'));
}

function sameCellCounts(table: KNode): boolean {
  let count = 0;
  walk(table, (c) => {
    if (valueOf(c) !== 'tr') return 'descend';
    const n = childrenOf(c).filter(isCell).length;
    if (n !== count) count = count === 0 ? n : -1;
    return 'skip';
  });
  return count !== -1;
}

function sameAlignments(table: KNode): boolean {
  let alignment: string | undefined;
  return walk(table, (c) => {
    if (valueOf(c) !== 'tr') return 'descend';
    const current: string[] = [];
    for (const cell of childrenOf(c).filter(isCell)) {
      const m = /text-align:[ \t\n\v\f\r]+(center|left|right|justify|inherit)/.exec(cell.attrs?.['style'] ?? '');
      if (m !== null && (m[1] === 'justify' || m[1] === 'inherit')) return 'stop';
      current.push(m === null ? 'default' : (m[1] as string));
    }
    alignment ??= current.join(' ');
    return alignment === current.join(' ') ? 'skip' : 'stop';
  });
}

function rowsAreSimple(table: KNode): boolean {
  const rowsOf = (section: KNode, cell: string): boolean =>
    childrenOf(section).every(
      (r) => (valueOf(r) === 'tr' || r.type === 'text') && childrenOf(r).every((c) => valueOf(c) === cell || c.type === 'text'),
    );
  if (rowsOf(table, 'td')) return true;
  const sections = childrenOf(table);
  return (
    sections.every((t) => {
      const name = valueOf(t);
      return t.type === 'text' || (name === 'thead' && rowsOf(t, 'th')) || ((name === 'tfoot' || name === 'tbody') && rowsOf(t, 'td'));
    }) && sections.some((t) => valueOf(t) === 'tbody')
  );
}

/** `<script type="math/tex">` is math (block math with `mode=display`); other scripts stay HTML. */
function convertScript(el: KNode): Frame | undefined {
  const type = el.attrs?.['type'];
  if (type === undefined || !MATH_TYPE.test(type)) return processHtmlElement(el, true, false);
  const block = type.includes('mode=display');
  const first = el.children.shift();
  const written = first?.value ?? '';
  setBasics(el, 'math');
  el.category = block ? 'block' : 'span';
  el.value = written.replace(/^(?:%[ \t\n\v\f\r]*)?<!\[CDATA\[\n?([\s\S]*?)(?:[ \t\n\v\f\r]%)?\]\]>$/, '$1');
  delete el.attrs?.['type'];
  return undefined;
}
