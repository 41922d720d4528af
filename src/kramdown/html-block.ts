import { addText } from './block-parser.ts';
import { isKnownElement, isKnownName, SPAN_ELEMENTS, VOID_ELEMENTS } from './html-elements.ts';
import { matchEndTag, matchLineStartTag, matchStartTag, type StartTag } from './html-tag.ts';
import { type KNode, node } from './nodes.ts';
import type { Scanner } from './scanner.ts';
import type { ParseState } from './state.ts';
import * as re from './syntax.ts';

/**
 * A line that starts with a tag kramdown does not count as span-level opens a raw HTML block.
 * Its content is not Markdown: kramdown reads it as a tree of tags and text up to the matching end
 * tag, across blank lines; an end tag that matches nothing open becomes literal text.
 */
export function parseHtmlBlock(state: ParseState): boolean {
  const { src } = state;
  const start = src.pos;
  // What follows (a comment, or a start tag after up to three spaces) begins with `<`.
  let lt = start;
  while (lt < start + 3 && src.text.charCodeAt(lt) === 0x20) lt++;
  if (src.text.charCodeAt(lt) !== 0x3c) return false;
  if (src.scan(re.HTML_COMMENT) !== null) {
    state.tree.children.push(node('xml_comment', src.origin(start), src.origin(), { value: src.text.slice(start, src.pos) }));
    src.scan(re.TRAILING_WHITESPACE);
    return true;
  }
  const open = matchLineStartTag(src.text, start, isKnownName);
  if (open && !SPAN_ELEMENTS.has(open.name.toLowerCase())) {
    src.pos = open.end;
    const el = startElement(state, state.tree, open, src.origin(open.start));
    if (el) {
      parseRawHtml(state, el);
      src.scan(re.TRAILING_WHITESPACE);
    }
    return true;
  }
  // A stray end tag at a line start is left to the paragraph parser, which prints it as text.
  return false;
}

/**
 * Appends the element a start tag opens. Returns it when its content still has to be read, or
 * undefined when it is closed already (void, `<x/>`, script and style).
 */
function startElement(state: ParseState, parent: KNode, tag: StartTag, at: number): KNode | undefined {
  const { src } = state;
  const name = isKnownName(tag.name) ? tag.name.toLowerCase() : tag.name;
  const { attrs } = tag;
  delete attrs['markdown'];
  const el = node('html_element', at, src.origin(), { name, attrs });
  parent.children.push(el);
  if (tag.selfClosing || VOID_ELEMENTS.has(name)) {
    el.selfClosing = true;
    return undefined;
  }
  if (name === 'script' || name === 'style') {
    readRawText(src, el, name);
    return undefined;
  }
  return el;
}

function readRawText(src: Scanner, el: KNode, name: string): void {
  const contentStart = src.pos;
  const close = re.endTagPattern(name, true, 'g');
  close.lastIndex = src.pos;
  const found = close.exec(src.text);
  const contentEnd = found ? found.index : src.text.length;
  el.rawContent = true;
  el.children.push(node('text', src.origin(contentStart), src.origin(contentEnd), { value: src.text.slice(contentStart, contentEnd) }));
  src.pos = found ? found.index + found[0].length : src.text.length;
  el.end = src.origin();
}

/** Reads raw HTML content into `root` until its end tag, keeping open elements on an explicit stack. */
function parseRawHtml(state: ParseState, root: KNode): void {
  const { src } = state;
  const open: KNode[] = [root];
  while (open.length > 0) {
    const current = open[open.length - 1] as KNode;
    const textStart = src.pos;
    const before = src.scanUntil(re.HTML_RAW_START);
    if (before === null) {
      addText(current, src.origin(textStart), src.rest());
      src.pos = src.text.length;
      for (const el of open) el.end = src.origin();
      return;
    }
    addText(current, src.origin(textStart), before);
    const at = src.pos;
    // The character after `<` says which of the patterns can match.
    const next = src.text[at + 1];
    if ((next === '!' && src.scan(re.HTML_COMMENT) !== null) || (next === '?' && src.scan(re.HTML_INSTRUCTION) !== null)) {
      current.children.push(node('xml_comment', src.origin(at), src.origin(), { value: src.text.slice(at, src.pos) }));
      continue;
    }
    const tag = next === '/' ? null : matchStartTag(src.text, at, isKnownName);
    if (tag) {
      src.pos = tag.end;
      const el = startElement(state, current, tag, src.origin(at));
      if (el) open.push(el);
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
        // An end tag that closes nothing open is printed as text: readers see it.
        const raw = src.text.slice(at, close.end);
        addText(current, src.origin(at), raw);
        state.literalTags.set(src.origin(at), { tagName: written, raw, start: src.origin(at), end: src.origin() });
      }
      continue;
    }
    src.pos++;
    addText(current, src.origin(at), '<');
  }
}

