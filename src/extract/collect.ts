import type { Block, Definition, Footnote, Heading, Image, Link, List, Paragraph, Table } from '../article/types.ts';
import type { ChildNode, Element } from '../html/parse-html.ts';
import { innerTextRecording } from '../html/inner-text.ts';
import { attribute, childElements, type ExtractContext, isBlank, isElement, positionOf, textOf } from './dom.ts';
import { isFootnotesDiv, readFootnotes, referenceName } from './footnotes.ts';
import { readTable } from './table.ts';
import { pushAll } from '../util/push-all.ts';

export interface Collected {
  blocks: Block[];
  headings: Heading[];
  paragraphs: Paragraph[];
  tables: Table[];
  lists: List[];
  images: Image[];
  links: Link[];
  footnotes: Footnote[];
  /** The headings a table of contents lists (not those with the `no_toc` class). */
  outline: Heading[];
  text: string;
  /** Every list and paragraph, with its lines: where tip-lines are looked for. */
  lineGroups: Array<{ element: Element; lines: Element[] | 'paragraph' }>;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** The elements whose text the walk asks for (besides the body's children): headings, paragraphs, items, cells, code, links. */
const ASKED: ReadonlySet<string> = new Set([...HEADINGS, 'p', 'li', 'dt', 'dd', 'td', 'th', 'blockquote', 'pre', 'a']);

const IN_LIST = 1;
const IN_TABLE = 2;

/** One walk over the rendered body that gathers everything an Article lists. */
export function collect(body: Element | undefined, ctx: ExtractContext): Collected {
  const out: Collected = {
    blocks: [], headings: [], paragraphs: [], tables: [], lists: [], images: [], links: [], footnotes: [], outline: [], text: '', lineGroups: [],
  };
  if (!body) return out;
  const notes: Notes = { lists: [], references: new Map() };
  // A top-level table is both a block and one of the tables: read once, its rows shared.
  const read = new Map<Element, Table>();
  const tableOf = (el: Element): Table => {
    let table = read.get(el);
    if (table === undefined) read.set(el, (table = readTable(el, ctx)));
    return table;
  };
  // The texts asked for below are read off the body's one walk.
  out.text = innerTextRecording(body, (el) => ASKED.has(el.tagName) || el.parentNode === body, ctx.texts);
  ctx.texts.set(body, out.text);
  for (const child of body.childNodes) {
    const block = toBlock(child, ctx, tableOf);
    if (block) out.blocks.push(block);
  }
  // The walk's stack, as two arrays rather than an object per node: what is pending, and whether it is in a list or a table.
  const pending: ChildNode[] = [];
  const within: number[] = [];
  for (let i = body.childNodes.length - 1; i >= 0; i--) {
    pending.push(body.childNodes[i] as ChildNode);
    within.push(0);
  }
  while (pending.length > 0) {
    const node = pending.pop() as ChildNode;
    const where = within.pop() as number;
    if (!isElement(node)) continue;
    visit(node, (where & IN_LIST) !== 0, (where & IN_TABLE) !== 0, ctx, out, notes, tableOf);
    const name = node.tagName;
    const inside = where | (name === 'ul' || name === 'ol' || name === 'li' ? IN_LIST : 0) | (name === 'table' ? IN_TABLE : 0);
    const children = name === 'template' ? [] : node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      pending.push(children[i] as ChildNode);
      within.push(inside);
    }
  }
  for (const list of notes.lists) pushAll(out.footnotes, readFootnotes(list, notes.references, ctx));
  return out;
}

/** Footnote lists and references met on the walk, read once it is done. */
interface Notes {
  lists: Element[];
  references: Map<string, Element[]>;
}

const hasNoToc = (el: Element): boolean => /(?:^|[^\w])no_toc(?:[^\w]|$)/.test(attribute(el, 'class') ?? '');

function visit(el: Element, inList: boolean, inTable: boolean, ctx: ExtractContext, out: Collected, notes: Notes, tableOf: (el: Element) => Table): void {
  const name = el.tagName;
  if (HEADINGS.has(name)) {
    const found = heading(el, ctx);
    out.headings.push(found);
    if (!hasNoToc(el)) out.outline.push(found);
  } else if (name === 'sup') {
    const footnote = referenceName(el);
    if (footnote !== undefined) {
      const references = notes.references.get(footnote);
      if (references === undefined) notes.references.set(footnote, [el]);
      else references.push(el);
    }
  } else if (name === 'div' && isFootnotesDiv(el)) {
    notes.lists.push(el);
  } else if (name === 'p') {
    const text = textOf(el, ctx);
    if (!inList && !inTable && !isBlank(text)) out.paragraphs.push({ text, position: positionOf(el, ctx) });
    if (!inTable) out.lineGroups.push({ element: el, lines: 'paragraph' });
  } else if (name === 'table') {
    out.tables.push(tableOf(el));
  } else if ((name === 'ul' || name === 'ol') && !inList) {
    const list = readList(el, ctx);
    out.lists.push(list);
    out.lineGroups.push({ element: el, lines: childElements(el, 'li') });
  } else if (name === 'img') {
    out.images.push({ src: attribute(el, 'src') ?? '', alt: attribute(el, 'alt') ?? '', position: positionOf(el, ctx) });
  } else if (name === 'a' && attribute(el, 'href') !== undefined) {
    out.links.push({
      href: attribute(el, 'href') ?? '',
      text: textOf(el, ctx),
      rel: (attribute(el, 'rel') ?? '').split(/[ \t\n\f\r]+/).filter(Boolean),
      position: positionOf(el, ctx),
    });
  }
}

function heading(el: Element, ctx: ExtractContext): Heading {
  return {
    level: Number(el.tagName.slice(1)) as Heading['level'],
    text: textOf(el, ctx),
    id: attribute(el, 'id') ?? '',
    position: positionOf(el, ctx),
  };
}

function readList(el: Element, ctx: ExtractContext): List {
  return {
    ordered: el.tagName === 'ol',
    items: childElements(el, 'li').map((li) => ({ text: textOf(li, ctx), position: positionOf(li, ctx) })),
    position: positionOf(el, ctx),
  };
}

/** A definition list's groups: each run of terms with the definitions after it. */
function definitions(dl: Element, ctx: ExtractContext): Definition[] {
  const items: Definition[] = [];
  for (const child of childElements(dl, 'dt', 'dd')) {
    const last = items.at(-1);
    if (child.tagName === 'dt') {
      if (last === undefined || last.definitions.length > 0) items.push({ terms: [textOf(child, ctx)], definitions: [] });
      else last.terms.push(textOf(child, ctx));
    } else if (last === undefined) {
      items.push({ terms: [], definitions: [textOf(child, ctx)] });
    } else {
      last.definitions.push(textOf(child, ctx));
    }
  }
  return items;
}

// A class list is split at HTML's (ASCII) white space: U+2028 or U+00A0 belongs to the name.
const languageOf = (el: Element): string | undefined => /(?:^|[ \t\n\f\r])language-([^ \t\n\f\r]+)/.exec(attribute(el, 'class') ?? '')?.[1];

/** Rouge's code block, `div.highlighter-rouge > div.highlight > pre.highlight`: its `pre`. */
function highlightedPre(div: Element): Element | undefined {
  if (!/(?:^|[ \t\n\f\r])highlighter-rouge(?:[ \t\n\f\r]|$)/.test(attribute(div, 'class') ?? '')) return undefined;
  const inner = childElements(div, 'div')[0];
  return inner ? childElements(inner, 'pre')[0] : undefined;
}

function toBlock(node: ChildNode, ctx: ExtractContext, tableOf: (el: Element) => Table): Block | undefined {
  if (node.nodeName === '#text' && 'value' in node) {
    return isBlank(node.value) ? undefined : { type: 'text', text: node.value, position: positionOf(node, ctx) };
  }
  if (!isElement(node)) return undefined;
  const name = node.tagName;
  const position = positionOf(node, ctx);
  if (HEADINGS.has(name)) return { type: 'heading', ...heading(node, ctx) };
  if (name === 'p') {
    const text = textOf(node, ctx);
    return isBlank(text) ? undefined : { type: 'paragraph', text, position };
  }
  if (name === 'table') return { type: 'table', ...tableOf(node) };
  if (name === 'ul' || name === 'ol') return { type: 'list', ...readList(node, ctx) };
  if (name === 'blockquote') return { type: 'blockquote', text: textOf(node, ctx), position };
  if (name === 'dl') return { type: 'definitionList', items: definitions(node, ctx), position };
  if (name === 'hr') return { type: 'thematicBreak', position };
  if (name === 'pre') {
    const code = childElements(node, 'code')[0];
    const lang = code ? languageOf(code) : undefined;
    return { type: 'code', value: textOf(node, ctx), ...(lang ? { lang } : {}), position };
  }
  const highlighted = name === 'div' ? highlightedPre(node) : undefined;
  if (highlighted !== undefined) {
    const lang = languageOf(node);
    return { type: 'code', value: textOf(highlighted, ctx), ...(lang ? { lang } : {}), position };
  }
  const text = textOf(node, ctx);
  if (isBlank(text) && name !== 'img' && !node.childNodes.some((c) => isElement(c, 'img'))) return undefined;
  return { type: 'html', tagName: name, text, position };
}
