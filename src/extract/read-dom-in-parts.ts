import { ASCII_WHITESPACE, buildDom, type BuiltDom, emptyBody, type TextSpan } from '../html/build-dom.ts';
import { type ChildNode, dropLocations, type Element, nodesUnder, parseHtml } from '../html/parse-html.ts';
import type { Fragment } from '../kramdown/writer/fragment.ts';
import { MARKER, type MarkedHtml } from '../kramdown/writer/marked-html.ts';
import { hasTextInBody, isBlank, isElement } from './dom.ts';
import { needsLocations } from './needs-locations.ts';

/**
 * What makes a part of the HTML read differently after other parts than alone, whatever is left
 * open: a doctype (quirks mode is the document's), the tags that reach the document's own
 * elements, and `<form>` (a browser remembers the form it last opened, closed or not).
 */
const WHOLE_DOCUMENT = /<!doctype|<\/?(?:html|head|body|frameset|form)[\t\n\f\r />]/i;
const SENTINEL = 'x-article-kit-part';
/** Written before a part that does not start the document: the body is open when the part begins. */
const BEFORE = `<${SENTINEL}-before></${SENTINEL}-before>`;
/** Written after a part: it is the body's last child only if the part left nothing open. */
const AFTER = `<${SENTINEL}-after></${SENTINEL}-after>`;

export interface DomInParts {
  body: Element;
  /** The spans of the built blocks' texts straight in the body (see BuiltDom). */
  bodyTexts: Map<ChildNode, TextSpan>;
  /** The first element whose descendants were flattened for depth, if any. */
  flattened?: Element;
}

/**
 * The DOM of a document some of whose top-level blocks a browser could reshape, without sending
 * the whole document to parse5: each block is built from the writer's pieces as `buildDom`
 * builds a whole document, and only the runs of blocks it declines are parsed, each alone. A run
 * is parsed with an element after it, which stays the body's last child only when the run left
 * no element open, no formatting element to reopen and no raw text running, the parser's state
 * every block starts from in the whole document; otherwise the run goes on to the end. Runs are
 * parsed with locations, shifted to the whole marked HTML: where the tree put together does not
 * have the written shape, the runs' nodes are placed by them (their markers dropped), as a
 * located whole parse places them; the built blocks keep their markers. Undefined when the
 * document cannot be read in parts: then the caller parses it whole.
 */
export function readDomInParts(fragment: Fragment, rendered: MarkedHtml): DomInParts | undefined {
  const html = rendered.markedHtml;
  if (WHOLE_DOCUMENT.test(html) || html.includes(SENTINEL)) return undefined;
  const { blocks } = rendered;
  /** Block `index` built from its pieces, or undefined when a browser could reshape it (or it holds text of the body's own). */
  const built = (index: number): BuiltDom | undefined => {
    const block = blocks[index]!;
    const dom = buildDom(fragment, { from: block.part, to: blocks[index + 1]?.part ?? fragment.parts.length, firstElement: block.element });
    return dom === undefined || hasTextInBody(dom.body, dom.bodyTexts) ? undefined : dom;
  };
  const body = emptyBody();
  const bodyTexts = new Map<ChildNode, TextSpan>();
  const runs: Run[] = [];
  let flattened: Element | undefined;
  let next = built(0);
  let i = 0;
  while (i < blocks.length) {
    if (next !== undefined) {
      flattened ??= next.flattened;
      for (const [text, span] of next.bodyTexts) bodyTexts.set(text, span);
      if (!appendAll(body, next.body.childNodes, html, blocks[i]!.offset, bodyTexts)) return undefined;
      i++;
      next = i < blocks.length ? built(i) : undefined;
      continue;
    }
    // A run of the blocks buildDom declines, up to the next it builds.
    let end = i + 1;
    while (end < blocks.length && (next = built(end)) === undefined) end++;
    const start = blocks[i]!.offset;
    const run = parseRun(html, start, blocks[end]?.offset ?? html.length);
    if (run === undefined) return undefined;
    if (run.end === html.length) {
      end = blocks.length;
      next = undefined;
    }
    flattened ??= run.flattened;
    if (!appendAll(body, run.nodes, html, start, bodyTexts)) return undefined;
    runs.push(run);
    i = end;
  }
  // Where the whole tree does not have the written shape, a whole parse places every node by
  // locations: so are the runs' nodes (those of a run to the end can end there, where markers
  // say their block ends). The built blocks' markers place them as their locations would.
  const located = needsLocations(body, rendered.parents);
  for (const run of runs) {
    for (const node of run.nodes) {
      if (located) dropMarkers(node);
      else dropLocations(node);
    }
  }
  return flattened === undefined ? { body, bodyTexts } : { body, bodyTexts, flattened };
}

interface Run {
  /** The body's nodes of the run, with locations and markers both (readDomInParts keeps one). */
  nodes: ChildNode[];
  /** Where the run ended in the marked HTML: where asked, or the end when it left something open. */
  end: number;
  flattened?: Element;
}

/** The body's nodes of the marked HTML from `start` to `end`, parsed alone; see readDomInParts. */
function parseRun(html: string, start: number, end: number): Run | undefined {
  // The whole document in one run: the caller's parse.
  if (start === 0 && end === html.length) return undefined;
  // With locations at once: whether they place its nodes is known only once the tree is whole.
  let run = parsePart(html, start, end);
  if (run === undefined && end < html.length) {
    end = html.length;
    if (start === 0) return undefined;
    run = parsePart(html, start, end);
  }
  return run && { ...run, end };
}

/**
 * The body's nodes of one part, parsed with locations (shifted to the whole marked HTML), its
 * sentinels taken out; undefined when the part left something open (with an end before the document's).
 */
function parsePart(html: string, start: number, end: number): { nodes: ChildNode[]; flattened?: Element } | undefined {
  const before = start === 0 ? '' : BEFORE;
  const after = end === html.length ? '' : AFTER;
  const parsed = parseHtml(before + html.slice(start, end) + after, { locations: true });
  const nodes = parsed.body?.childNodes;
  if (nodes === undefined) return undefined;
  if (before !== '') {
    const first = nodes[0];
    if (first === undefined || !isElement(first, `${SENTINEL}-before`)) return undefined;
    nodes.shift();
  }
  if (after !== '') {
    const last = nodes.at(-1);
    if (last === undefined || !isElement(last, `${SENTINEL}-after`) || last.childNodes.length > 0) return undefined;
    nodes.pop();
  }
  for (const node of nodes) shiftLocations(node, start - before.length);
  return parsed.flattened === undefined ? { nodes } : { nodes, flattened: parsed.flattened };
}

/**
 * Appends `nodes` (those of a part starting at `at` in `html`, the marked HTML) to the body.
 * Where the body ends with text and they start with text, a whole parse has one text node: so the
 * two become one, placed from the first's start when the second has a place (the first is then
 * white space a block left, written as it is), or from one built text's start to the other's
 * end; false when that cannot be said.
 */
function appendAll(body: Element, nodes: readonly ChildNode[], html: string, at: number, bodyTexts: Map<ChildNode, TextSpan>): boolean {
  const last = body.childNodes.at(-1);
  const first = nodes[0];
  if (last !== undefined && first !== undefined && last.nodeName === '#text' && first.nodeName === '#text') {
    if (!('value' in last) || !('value' in first) || 'sourceCodeLocation' in last) return false;
    const location = 'sourceCodeLocation' in first ? first.sourceCodeLocation : undefined;
    if (location) {
      if (!ASCII_WHITESPACE.test(last.value) || html.slice(at - last.value.length, at) !== last.value) return false;
      first.value = last.value + first.value;
      location.startOffset = at - last.value.length;
      body.childNodes.pop();
    } else {
      const before = bodyTexts.get(last);
      const after = bodyTexts.get(first);
      last.value += first.value;
      nodes = nodes.slice(1);
      if (before !== undefined && after !== undefined && before.start >= 0 && after.start >= 0) before.end = after.end;
      else if (!isBlank(last.value)) return false;
      else bodyTexts.delete(last);
    }
  }
  for (const node of nodes) {
    node.parentNode = body;
    body.childNodes.push(node);
  }
  return true;
}

function shiftLocations(root: ChildNode, by: number): void {
  for (const node of nodesUnder(root)) {
    const location = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined;
    if (!location) continue;
    location.startOffset += by;
    location.endOffset += by;
  }
}

/** A reshaped run is placed by its locations, as a whole located parse places everything: no marker may speak for it. */
function dropMarkers(root: ChildNode): void {
  for (const node of nodesUnder(root)) if ('tagName' in node) node.attrs = node.attrs.filter((a) => a.name !== MARKER);
}
