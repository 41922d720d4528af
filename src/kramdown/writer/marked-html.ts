import type { KNode } from '../nodes.ts';
import { type OffsetMap, OffsetMapBuilder } from '../offset-map.ts';
import { rubyStrip } from '../mapped-replace.ts';
import { type EndTagPiece, escapeAttribute, forEachPiece, type Fragment, type StartTagPiece, type TextPiece } from './fragment.ts';

export interface MarkedHtml {
  /**
   * The published HTML with a {@link MARKER} attribute on every element the writer opens: its
   * value indexes `elements`, so a parsed element finds the node, and the file span, that wrote it.
   */
  markedHtml: string;
  elements: KNode[];
  /** For each marked element, the index of the marked element it was written in (-1: none). */
  parents: number[];
  /** From an offset in `markedHtml` to one in the original file. */
  map: OffsetMap;
  /**
   * Whether markup the writer passed through (highlighted code, raw HTML) holds a start tag: an
   * element without a marker, which a parse then needs locations to place.
   */
  passesTags: boolean;
  /**
   * Where each top-level block starts: the index in `fragment.parts` of a start tag written when
   * no element is open and no raw text runs, its offset in `markedHtml`, and the index of its
   * element (the first block at part 0).
   */
  blocks: TopLevelBlock[];
}

export interface TopLevelBlock {
  part: number;
  offset: number;
  element: number;
}

/**
 * The attribute that ties an element of the marked HTML to its node, by an index in base 36. No
 * attribute kramdown writes can start with `@`, and it is written first, so it wins over a
 * duplicate; it is short because parse5 reads every character of it.
 */
export const MARKER = '@';

/**
 * The attributes the marked HTML keeps: those an Article reads (or innerText does: an ordered
 * list's `start`), and those that
 * change how a browser builds the tree (an input's `type` in a table, a font's `color`, `face`
 * and `size` in SVG, an annotation-xml's `encoding`). parse5 spends about half its time on
 * attributes, and posts carry long `style`s.
 */
export const PARSED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href', 'src', 'alt', 'rel', 'id', 'class', 'hidden', 'open', 'wrap', 'nowrap', 'type', 'color', 'face', 'size', 'encoding', 'start',
]);

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * The elements whose content an HTML parser reads as text (RCDATA, RAWTEXT, script data, and
 * `plaintext`, which no end tag closes; `noscript` with scripting on, as parse5 has it): a tag the
 * writer writes inside one is text there, so it gets no marker, which would show in that text.
 */
const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['title', 'textarea', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'script', 'plaintext']);
/** Inside these, `style` or `title` is a foreign element, read as markup. */
const FOREIGN_ELEMENTS: ReadonlySet<string> = new Set(['svg', 'math']);

const TAG_NAME_END = /[\t\n\f\r />]/;
const START_TAG = /<[A-Za-z]/;

/** Where the end tag `</name` of raw text `name` starts in `text` from `from` (-1: none), as a tokenizer finds it. */
function rawTextEnd(text: string, name: string, from: number): number {
  if (name === 'plaintext') return -1;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(`</${name}`, from); at >= 0; at = lower.indexOf(`</${name}`, at + 2)) {
    const after = text[at + 2 + name.length];
    if (after === undefined || TAG_NAME_END.test(after)) return at;
  }
  return -1;
}

/**
 * The raw-text element open after markup `text` is read, given the one open before it (undefined:
 * none): raw HTML the writer passes through (nomarkdown, raw content) may open or close one.
 */
function rawTextAfter(text: string, open: string | undefined): string | undefined {
  if (!text.includes('<')) return open;
  let raw = open;
  let at = 0;
  for (;;) {
    if (raw !== undefined) {
      const end = rawTextEnd(text, raw, at);
      if (end < 0) return raw;
      raw = undefined;
      at = end + 2;
      continue;
    }
    const lt = text.indexOf('<', at);
    if (lt < 0) return undefined;
    const name = /^[A-Za-z][^\t\n\f\r />]*/.exec(text.slice(lt + 1, lt + 12))?.[0].toLowerCase();
    at = lt + 1;
    if (name === undefined || !RAW_TEXT_ELEMENTS.has(name) || !TAG_NAME_END.test(text[lt + 1 + name.length] ?? '')) continue;
    const gt = text.indexOf('>', lt);
    if (gt < 0) return undefined;
    raw = name;
    at = gt + 1;
  }
}

/** The sink that writes the marked HTML, for an HTML parser, with its map back to the file. */
export function markedHtml(fragment: Fragment): MarkedHtml {
  const out = new OffsetMapBuilder();
  const elements: KNode[] = [];
  const parents: number[] = [];
  const open: Array<{ index: number; name: string }> = [];
  /** The raw-text element the parser is in (lowercase), whose content is text to it. */
  let raw: string | undefined;
  let foreign = 0;
  let passesTags = false;
  const blocks: TopLevelBlock[] = [{ part: 0, offset: 0, element: 0 }];
  const write = (piece: TextPiece | StartTagPiece | EndTagPiece): void => {
    if (piece.kind === 'text') {
      out.write(piece.text, piece.origin, piece.verbatim);
      if (piece.markup && !passesTags && raw === undefined) passesTags = START_TAG.test(piece.text);
      if (piece.markup || raw !== undefined) raw = rawTextAfter(piece.text, raw);
      return;
    }
    if (piece.kind === 'end') {
      const top = open.at(-1);
      const name = piece.name.toLowerCase();
      if (raw !== undefined) {
        if (raw === name && raw !== 'plaintext') raw = undefined;
        else {
          out.write(`</${piece.name}>`, piece.origin);
          return;
        }
      }
      if (top !== undefined && top.name === piece.name) {
        open.pop();
        if (FOREIGN_ELEMENTS.has(name)) foreign--;
      }
      out.write(`</${piece.name}>`, piece.origin);
      return;
    }
    // `<이름>` is text to a browser (a tag name starts with an ASCII letter), and so is a tag in
    // raw text: a marker would show.
    if (raw !== undefined || !isAsciiLetter(piece.name.charCodeAt(0))) {
      out.write(piece.text, piece.node.start);
      return;
    }
    let parsed = '';
    for (const name in piece.attrs) {
      if (PARSED_ATTRIBUTES.has(name) || PARSED_ATTRIBUTES.has(name.toLowerCase())) {
        const value = piece.attrs[name] as string;
        if (name === 'id' && rubyStrip(value) === '') continue; // Ruby's strip: ASCII white space
        parsed += ` ${name}="${escapeAttribute(value)}"`;
      }
    }
    const index = elements.length;
    const marked = `<${piece.name} ${MARKER}=${index.toString(36)}${parsed}${piece.selfClosing ? ' /' : ''}`;
    // An element without content ends where its node ends: its `>` says so to a located parse.
    if (piece.selfClosing) {
      out.writeMarked(piece.text.slice(0, -1), marked, piece.node.start);
      out.write('>', piece.node.end);
    } else {
      out.writeMarked(piece.text, `${marked}>`, piece.node.start);
    }
    elements.push(piece.node);
    parents.push(open.at(-1)?.index ?? -1);
    const name = piece.name.toLowerCase();
    // `<textarea />` opens raw text too: HTML ignores the slash on an element that is not void.
    if (foreign === 0 && RAW_TEXT_ELEMENTS.has(name)) raw = name;
    if (!piece.selfClosing) {
      open.push({ index, name: piece.name });
      if (FOREIGN_ELEMENTS.has(name)) foreign++;
    }
  };
  fragment.parts.forEach((part, index) => {
    if (index > 0 && part.kind === 'start' && open.length === 0 && raw === undefined && foreign === 0) {
      blocks.push({ part: index, offset: out.markedLength, element: elements.length });
    }
    if (part.kind === 'fragment') forEachPiece(part, write);
    else write(part);
  });
  return { markedHtml: out.markedHtml(), elements, parents, map: out.build(), passesTags, blocks };
}
