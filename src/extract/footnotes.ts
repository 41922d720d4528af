import type { Footnote } from '../article/types.ts';
import type { ChildNode, Element } from '../html/parse-html.ts';
import { attribute, childElements, type ExtractContext, isElement, positionOf, textOf } from './dom.ts';

const hasClass = (el: Element, name: string): boolean => (attribute(el, 'class') ?? '').split(/[ \t\n\f\r]+/).includes(name);

// The marked HTML keeps few attributes (not `role`): kramdown's ids and classes say enough.

/** A footnote reference (`sup#fnref:NAME > a.footnote`): the footnote's name. */
export function referenceName(sup: Element): string | undefined {
  if (!(attribute(sup, 'id') ?? '').startsWith('fnref:')) return undefined;
  const link = childElements(sup, 'a').find((a) => hasClass(a, 'footnote'));
  const href = link ? attribute(link, 'href') : undefined;
  return href?.startsWith('#fn:') ? href.slice(4) : undefined;
}

/** kramdown's footnotes list (`div.footnotes > ol > li`), its items with the references collected. */
export function readFootnotes(div: Element, references: ReadonlyMap<string, Element[]>, ctx: ExtractContext): Footnote[] {
  const ol = childElements(div, 'ol')[0];
  if (ol === undefined) return [];
  const start = Number(attribute(ol, 'start') ?? '1');
  return childElements(ol, 'li')
    .filter((li) => (attribute(li, 'id') ?? '').startsWith('fn:'))
    .map((li, index) => {
      const name = (attribute(li, 'id') ?? '').slice(3);
      return {
        name,
        number: (Number.isInteger(start) ? start : 1) + index,
        text: textWithoutBacklinks(li, ctx),
        position: positionOf(li, ctx),
        references: (references.get(name) ?? []).map((sup) => positionOf(sup, ctx)),
      };
    });
}

const isBacklink = (node: ChildNode): boolean => isElement(node, 'a') && hasClass(node, 'reversefootnote');

/** The item's text, its backlinks (and the no-break space before each) left out. */
function textWithoutBacklinks(li: Element, ctx: ExtractContext): string {
  // Each parent holding backlinks, with its children as they were.
  const held = new Map<Element, Element['childNodes']>();
  const pending: Element[] = [li];
  while (pending.length > 0) {
    const el = pending.pop() as Element;
    for (const child of el.childNodes) {
      if (!isElement(child)) continue;
      if (isBacklink(child)) {
        if (!held.has(el)) held.set(el, el.childNodes);
      } else {
        pending.push(child);
      }
    }
  }
  if (held.size === 0) return textOf(li, ctx);
  // Taken out for the reading, then put back: the DOM is left as it was.
  for (const [parent, children] of held) parent.childNodes = children.filter((child) => !isBacklink(child));
  const text = textOf(li, { texts: new Map() });
  for (const [parent, children] of held) parent.childNodes = children;
  return text.replace(/\u00a0+$/, '');
}

export const isFootnotesDiv = (el: Element): boolean => el.tagName === 'div' && hasClass(el, 'footnotes');
