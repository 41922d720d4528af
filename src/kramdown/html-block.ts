import { addText } from './block-parser.ts';
import { contentModelOf, isKnownElement, isKnownName, SPAN_ELEMENTS, VOID_ELEMENTS } from './html-elements.ts';
import { matchEndTag, matchLineEndTag, matchLineStartTag, matchStartTag, type StartTag } from './html-tag.ts';
import type { MappedText } from './mapped-text.ts';
import { sliceText } from './mapped-text.ts';
import { htmlToNative } from './html-to-native.ts';
import { cached } from './pattern-cache.ts';
import { type KNode, node } from './nodes.ts';
import type { Scanner } from './scanner.ts';
import { MAX_NESTING, type ParseState } from './state.ts';
import * as re from './syntax.ts';

type ParseBlocks = (state: ParseState, el: KNode, text?: MappedText) => boolean;
type ContentModel = 'block' | 'span' | 'raw';

/** kramdown's `markdown` attribute values. */
const MARKDOWN_ATTRIBUTE: Record<string, 'raw' | 'default' | 'span' | 'block'> = { 0: 'raw', 1: 'default', span: 'span', block: 'block' };

/**
 * kramdown's block HTML: a line that starts with a tag kramdown does not count as span-level
 * opens an element. Its content is read as blocks, as spans or as raw HTML (by default, unless
 * `parse_block_html` or a `markdown` attribute says otherwise), up to its end tag.
 */
export function parseHtmlBlock(state: ParseState, parseBlocks: ParseBlocks): boolean {
  const { src } = state;
  const start = src.pos;
  let lt = start;
  while (lt < start + 3 && src.text.charCodeAt(lt) === 0x20) lt++;
  if (src.text.charCodeAt(lt) !== 0x3c) return false;
  if (src.scan(re.HTML_COMMENT) !== null) {
    state.tree.children.push(node('xml_comment', src.origin(start), src.origin(), { value: src.text.slice(start, src.pos), category: 'block' }));
    src.scan(re.TRAILING_WHITESPACE);
    return true;
  }
  const open = matchLineStartTag(src.text, start, isKnownName);
  if (open && !SPAN_ELEMENTS.has(open.name.toLowerCase())) {
    src.pos = open.end;
    startElement(state, open, src.origin(open.start), parseBlocks);
    if (state.options.html_to_native) htmlToNative(state.tree.children[state.tree.children.length - 1] as KNode);
    return true;
  }
  const close = matchLineEndTag(src.text, start);
  if (close && !SPAN_ELEMENTS.has(close.name.toLowerCase())) {
    const { tree } = state;
    if (tree.type === 'html_element' && tree.name === close.name.toLowerCase()) {
      src.pos = close.end;
      tree.end = src.origin();
      state.stopBlockParsing = true;
      return true;
    }
  }
  return false;
}

/** kramdown's handle_html_start_tag with handle_kramdown_html_tag: appends the element and reads its content. */
function startElement(state: ParseState, tag: StartTag, at: number, parseBlocks: ParseBlocks): void {
  const { src } = state;
  const parent = state.tree;
  const el = elementOf(state, tag, at);
  parent.children.push(el);
  if (el.name === 'script' || el.name === 'style') {
    readRawText(src, el);
    setContentModel(state, parent, el, false);
    return;
  }
  const model = setContentModel(state, parent, el, tag.selfClosing || VOID_ELEMENTS.has(el.name ?? ''));
  if (el.isClosed) return;
  readContent(state, el, model, parseBlocks);
  const parentIsRaw = parent.type === 'html_element' && parent.contentModel === 'raw';
  if (!parentIsRaw) src.scan(re.TRAILING_WHITESPACE);
}

function elementOf(state: ParseState, tag: StartTag, at: number): KNode {
  const name = isKnownName(tag.name) ? tag.name.toLowerCase() : tag.name;
  const el = node('html_element', at, state.src.origin(), { name, attrs: tag.attrs, category: 'block' });
  if (state.blockIal !== undefined && state.tree.type !== 'html_element') {
    el.ial = state.blockIal;
    state.blockIal = undefined;
  }
  return el;
}

/** The content model kramdown reads the element's content with; records it, and whether the tag closes itself. */
function setContentModel(state: ParseState, parent: KNode, el: KNode, closed: boolean): ContentModel {
  const attrs = el.attrs as Record<string, string>;
  const name = el.name ?? '';
  let model: ContentModel =
    parent.type !== 'html_element' || parent.contentModel !== 'raw' ? (state.options.parse_block_html ? contentModelOf(name) : 'raw') : 'raw';
  const written = attrs['markdown'];
  delete attrs['markdown'];
  const asked = written === undefined ? undefined : MARKDOWN_ATTRIBUTE[written];
  if (asked !== undefined) model = asked === 'default' ? contentModelOf(name) : asked;
  if (model === 'block') state.src.scan(re.TRAILING_WHITESPACE);
  el.contentModel = model;
  el.isClosed = closed;
  return model;
}

function readContent(state: ParseState, el: KNode, model: ContentModel, parseBlocks: ParseBlocks): void {
  const { src } = state;
  if (model === 'block') {
    if (state.depth >= MAX_NESTING) {
      parseRawHtml(state, el, parseBlocks);
      return;
    }
    state.depth++;
    if (!parseBlocks(state, el)) {
      warn(state, el, `Found no end tag for '${el.name ?? ''}' - auto-closing it`);
      el.end = src.origin();
    }
    state.depth--;
    return;
  }
  if (model === 'span') {
    const from = src.pos;
    const close = closingTag(el.name ?? '');
    close.lastIndex = from;
    const found = close.exec(src.text);
    const to = found ? found.index : src.text.length;
    el.raw = [sliceText(src.source, from, to)];
    src.pos = found ? found.index + found[0].length : src.text.length;
    if (!found) warn(state, el, `Found no end tag for '${el.name ?? ''}' - auto-closing it`);
    el.end = src.origin();
    return;
  }
  parseRawHtml(state, el, parseBlocks);
}

/** End tag patterns (global, case-insensitive) by name. */
const CLOSING_TAGS = new Map<string, RegExp>();
const closingTag = (name: string): RegExp => cached(CLOSING_TAGS, name, () => re.endTagPattern(name, true, 'g'));

function warn(state: ParseState, el: KNode, message: string): void {
  state.notes.push({ ruleId: 'kramdown-warning', severity: 'warning', message, offset: el.start });
}

function readRawText(src: Scanner, el: KNode): void {
  const contentStart = src.pos;
  const close = closingTag(el.name ?? '');
  close.lastIndex = src.pos;
  const found = close.exec(src.text);
  const contentEnd = found ? found.index : src.text.length;
  if (contentEnd > contentStart) {
    el.children.push(node('raw', src.origin(contentStart), src.origin(contentEnd), { value: src.text.slice(contentStart, contentEnd) }));
  }
  src.pos = found ? found.index + found[0].length : src.text.length;
  el.end = src.origin();
}

/**
 * kramdown's parse_raw_html: tags and text up to `root`'s end tag, each element's own content read
 * the same way unless a `markdown` attribute asks for Markdown. Open elements are kept on an
 * explicit stack, as HTML may nest deeper than the call stack allows; an end tag that matches
 * the innermost open element closes it, any other is text.
 */
function parseRawHtml(state: ParseState, root: KNode, parseBlocks: ParseBlocks): void {
  const { src } = state;
  const open: KNode[] = [root];
  const savedTree = state.tree;
  while (open.length > 0) {
    const current = open[open.length - 1] as KNode;
    state.tree = current;
    const textStart = src.pos;
    const before = src.scanUntil(re.HTML_RAW_START);
    if (before === null) {
      addText(current, src.origin(textStart), src.rest());
      src.pos = src.text.length;
      for (const el of open) el.end = src.origin();
      warn(state, current, `Found no end tag for '${current.name ?? ''}' - auto-closing it`);
      break;
    }
    addText(current, src.origin(textStart), before);
    const at = src.pos;
    const next = src.text[at + 1];
    if (next === '!' && src.scan(re.HTML_COMMENT) !== null) {
      current.children.push(node('xml_comment', src.origin(at), src.origin(), { value: src.text.slice(at, src.pos), category: 'block' }));
      continue;
    }
    if (next === '?' && src.scan(re.HTML_INSTRUCTION) !== null) {
      current.children.push(node('xml_pi', src.origin(at), src.origin(), { value: src.text.slice(at, src.pos), category: 'block' }));
      continue;
    }
    const tag = next === '/' ? null : matchStartTag(src.text, at, isKnownName);
    if (tag) {
      src.pos = tag.end;
      const el = elementOf(state, tag, src.origin(at));
      current.children.push(el);
      if (el.name === 'script' || el.name === 'style') {
        readRawText(src, el);
        setContentModel(state, current, el, false);
        continue;
      }
      const model = setContentModel(state, current, el, tag.selfClosing || VOID_ELEMENTS.has(el.name ?? ''));
      if (el.isClosed) continue;
      if (model === 'raw') open.push(el);
      else readContent(state, el, model, parseBlocks);
      continue;
    }
    const close = matchEndTag(src.text, at);
    if (close) {
      src.pos = close.end;
      const written = close.name;
      if (current.name === (isKnownElement(current.name ?? '') ? written.toLowerCase() : written)) {
        current.end = src.origin();
        open.pop();
      } else {
        const raw = src.text.slice(at, close.end);
        addText(current, src.origin(at), raw);
        state.literalTags.set(src.origin(at), { tagName: written, raw, start: src.origin(at), end: src.origin() });
      }
      continue;
    }
    src.pos++;
    addText(current, src.origin(at), '<');
  }
  state.tree = savedTree;
}
