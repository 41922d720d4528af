import type { KNode } from '../nodes.ts';
import { type OffsetMap, OffsetMapBuilder } from '../offset-map.ts';
import { escapeAttribute, forEachPiece, type Fragment } from './fragment.ts';

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

/** The sink that writes the marked HTML, for an HTML parser, with its map back to the file. */
export function markedHtml(fragment: Fragment): MarkedHtml {
  const out = new OffsetMapBuilder();
  const elements: KNode[] = [];
  const parents: number[] = [];
  const open: Array<{ index: number; name: string }> = [];
  forEachPiece(fragment, (piece) => {
    if (piece.kind === 'text') {
      out.write(piece.text, piece.origin, piece.verbatim);
      return;
    }
    if (piece.kind === 'end') {
      const top = open.at(-1);
      if (top !== undefined && top.name === piece.name) open.pop();
      out.write(`</${piece.name}>`, piece.origin);
      return;
    }
    // `<이름>` is text to a browser (a tag name starts with an ASCII letter): a marker would show.
    if (!isAsciiLetter(piece.name.charCodeAt(0))) {
      out.write(piece.text, piece.node.start);
      return;
    }
    let parsed = '';
    for (const name in piece.attrs) {
      if (PARSED_ATTRIBUTES.has(name) || PARSED_ATTRIBUTES.has(name.toLowerCase())) {
        const value = piece.attrs[name] as string;
        if (name === 'id' && value.trim() === '') continue;
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
    if (!piece.selfClosing) open.push({ index, name: piece.name });
  });
  return { markedHtml: out.markedHtml(), elements, parents, map: out.build() };
}
