import type { Element } from '../html/parse-html.ts';
import { hasTextInBody, isElement, markerOf } from './dom.ts';

/**
 * Whether the browser's parse of the marked HTML differs in shape from what the writer wrote:
 * an element it implied or read from verbatim text (no marker), one it moved (a `<div>` closing
 * an open `<p>`, a misnested `<b>`, a table's stray content), or text straight in the body. Then
 * markers cannot give every position, and the caller parses again with locations.
 */
export function needsLocations(body: Element | undefined, parents: readonly number[]): boolean {
  if (!body) return false;
  if (hasTextInBody(body)) return true;
  const pending: Array<[Element, number]> = [];
  for (const child of body.childNodes) if (isElement(child)) pending.push([child, -1]);
  while (pending.length > 0) {
    const [el, enclosing] = pending.pop() as [Element, number];
    const index = markerOf(el);
    if (index < 0 && el.tagName === 'tbody' && el.parentNode?.nodeName === 'table' && enclosing >= 0) {
      // `<table><tr>`: the tbody a browser implies moves nothing, and an Article never positions it.
      for (const child of el.childNodes) if (isElement(child)) pending.push([child, enclosing]);
      continue;
    }
    if (index < 0 || index >= parents.length || parents[index] !== enclosing) return true;
    if (el.tagName === 'template') continue;
    for (const child of el.childNodes) if (isElement(child)) pending.push([child, index]);
  }
  return false;
}
