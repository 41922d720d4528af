import { buildDom, type TextSpan } from '../html/build-dom.ts';
import { type ChildNode, dropLocations, type Element, parseHtml } from '../html/parse-html.ts';
import type { KNode } from '../kramdown/nodes.ts';
import type { OffsetMap } from '../kramdown/offset-map.ts';
import type { Fragment } from '../kramdown/writer/fragment.ts';
import { markedHtml } from '../kramdown/writer/marked-html.ts';
import { hasTextInBody } from './dom.ts';
import { needsLocations } from './needs-locations.ts';
import { readDomInParts } from './read-dom-in-parts.ts';

export interface ReadDom {
  body: Element | undefined;
  /** The nodes that wrote the marked elements; empty when positions come from parse5's locations. */
  elements: readonly KNode[];
  /** The spans of the texts straight in a built body (see BuiltDom). */
  bodyTexts?: ReadonlyMap<ChildNode, TextSpan>;
  /** From offsets in the parsed HTML to the file (for nodes without a marker). */
  map: OffsetMap;
  /** The first element whose descendants were flattened for depth, if any. */
  flattened?: Element;
}

/** Marked HTML this long, or longer, is parsed in parts where it can be (see readDomInParts). */
const READ_IN_PARTS_FROM = 100_000;

const NO_MAP: OffsetMap = { start: () => 0, end: () => 0 };

/**
 * The DOM a reader's browser builds for what the writer writes, with what gives each node its place in
 * the file. Straight from the tree when no browser could reshape the written HTML; otherwise
 * parse5 reads the marked HTML, and its own locations (which cost as much again as the parse) are
 * only used when the parsed tree does not have the written shape.
 */
export function readDom(fragment: Fragment, readInPartsFrom = READ_IN_PARTS_FROM): ReadDom {
  const direct = buildDom(fragment);
  // Text straight in the body has no writer to give it a place: the build gives most of it one,
  // as a located parse would; only locations place the rest.
  const textInBody = direct !== undefined && hasTextInBody(direct.body, direct.bodyTexts);
  if (direct && !textInBody) {
    return { body: direct.body, elements: direct.elements, bodyTexts: direct.bodyTexts, map: NO_MAP, ...(direct.flattened ? { flattened: direct.flattened } : {}) };
  }
  const rendered = markedHtml(fragment);
  if (rendered.markedHtml.length >= readInPartsFrom && !textInBody) {
    const inParts = readDomInParts(fragment, rendered);
    if (inParts) {
      return { body: inParts.body, elements: rendered.elements, bodyTexts: inParts.bodyTexts, map: rendered.map, ...(inParts.flattened ? { flattened: inParts.flattened } : {}) };
    }
  }
  // Where the tree will need locations (text in the body; tags in markup passed through, such as
  // highlighted code or `{::nomarkdown}`, which get no marker), it is parsed with them at once
  // rather than twice: so are 35 of the 39 posts of the shared sets that need them, and none that
  // does not.
  const likely = textInBody || rendered.passesTags;
  const parsed = parseHtml(rendered.markedHtml, { locations: likely });
  const located = needsLocations(parsed.body, rendered.parents);
  if (likely && !located) dropLocations(parsed.document);
  const { body, flattened } = located && !likely ? parseHtml(rendered.markedHtml, { locations: true }) : parsed;
  return { body, elements: located ? [] : rendered.elements, map: rendered.map, ...(flattened ? { flattened } : {}) };
}
