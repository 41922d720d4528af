import { buildDom } from '../html/build-dom.ts';
import { type Element, parseHtml } from '../html/parse-html.ts';
import type { KNode } from '../kramdown/nodes.ts';
import type { OffsetMap } from '../kramdown/offset-map.ts';
import type { Fragment } from '../kramdown/writer/fragment.ts';
import { markedHtml } from '../kramdown/writer/marked-html.ts';
import { hasTextInBody } from './dom.ts';
import { needsLocations } from './needs-locations.ts';

export interface ReadDom {
  body: Element | undefined;
  /** The nodes that wrote the marked elements; empty when positions come from parse5's locations. */
  elements: readonly KNode[];
  /** From offsets in the parsed HTML to the file (for nodes without a marker). */
  map: OffsetMap;
  /** The first element whose descendants were flattened for depth, if any. */
  flattened?: Element;
}

const NO_MAP: OffsetMap = { start: () => 0, end: () => 0 };

/**
 * The DOM a reader's browser builds for what the writer writes, with what gives each node its place in
 * the file. Straight from the tree when no browser could reshape the written HTML; otherwise
 * parse5 reads the marked HTML, and its own locations (which cost as much again as the parse) are
 * only asked for when the parsed tree does not have the written shape.
 */
export function readDom(fragment: Fragment): ReadDom {
  const direct = buildDom(fragment);
  // Text straight in the body has no writer to give it a place: only locations do.
  if (direct && !hasTextInBody(direct.body)) {
    return { body: direct.body, elements: direct.elements, map: NO_MAP };
  }
  const rendered = markedHtml(fragment);
  const parsed = parseHtml(rendered.markedHtml);
  const located = needsLocations(parsed.body, rendered.parents);
  const { body, flattened } = located ? parseHtml(rendered.markedHtml, { locations: true }) : parsed;
  return { body, elements: located ? [] : rendered.elements, map: rendered.map, ...(flattened ? { flattened } : {}) };
}
