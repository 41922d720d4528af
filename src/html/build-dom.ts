import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import type { KNode } from '../kramdown/nodes.ts';
import { type EndTagPiece, escapeAttribute, forEachPiece, Fragment, type Piece, type StartTagPiece, type TextPiece } from '../kramdown/writer/fragment.ts';
import { PARSED_ATTRIBUTES } from '../kramdown/writer/marked-html.ts';
import { BODY_DEPTH, capDepth, type ChildNode, type Element, MAX_ELEMENT_DEPTH, type ParentNode } from './parse-html.ts';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml' as Element['namespaceURI'];

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));
/** Flow elements whose only effect on a browser's tree is closing an open `<p>` (and li, dt, dd, table parts on their own rules). */
const BLOCK = words(
  'div p h1 h2 h3 h4 h5 h6 blockquote ul ol li table thead tbody tfoot tr td th pre hr section article aside header footer nav main figure figcaption address center details summary dl dt dd',
);
const PHRASING_ONLY = words('p h1 h2 h3 h4 h5 h6');
/**
 * The blocks whose start tag closes an open `<p>` in a browser (in quirks mode, as the marked HTML
 * is parsed: not a table), leaving out list items and terms, which look for an item to close first.
 */
const CLOSES_P = words(
  'div p h1 h2 h3 h4 h5 h6 blockquote ul ol pre hr section article aside header footer nav main figure figcaption address center details summary dl',
);
const VOID = words('br hr img wbr source track');
/**
 * The start tags with rules of their own in a browser's body (besides those above): any other
 * name is an ordinary element (`video`, `figure`, `o:p`, a custom `x-card`), which stays where it
 * is written, holding what is written in it, and may sit in a paragraph.
 */
const SPECIAL = words(
  'html head body frameset frame base basefont bgsound link meta noframes script style template title dialog dir fieldset hgroup menu search listing form plaintext button font nobr applet marquee object area embed keygen input param image textarea xmp iframe noembed noscript select optgroup option rb rtc rp rt math svg col colgroup',
);
/**
 * Elements of HTML's "special" category that a list item's start tag stops at when it looks up
 * the tree for an item to close (all of them but address, div and p, which it passes): those
 * among the elements built here.
 */
const ITEM_SCOPE = words(
  'article aside blockquote body br center dd details dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr img li main nav ol pre section source summary table tbody td tfoot th thead tr track ul wbr',
);
/** How far up the tree a list item's start tag is followed before it is left to parse5. */
const MAX_ITEM_LOOKUP = 64;
const ITEMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['li', words('li')],
  ['dt', words('dt dd')],
  ['dd', words('dt dd')],
]);
const TABLE_PARTS = words('table thead tbody tfoot tr');
/** The parent each table part must have for a browser to leave it there. */
const REQUIRED_PARENT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['thead', words('table')],
  ['tbody', words('table')],
  ['tfoot', words('table')],
  ['caption', words('table')],
  ['tr', words('table thead tbody tfoot')],
  ['td', words('tr')],
  ['th', words('tr')],
]);
const ALLOWED_CHILDREN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['table', words('caption thead tbody tfoot tr')],
  ['thead', words('tr')],
  ['tbody', words('tr')],
  ['tfoot', words('tr')],
  ['tr', words('td th')],
]);
/**
 * A tree this deep may reach parse5's flattening depth once tbodies are implied (a `<table><tr>`
 * adds a level for every three of the tree's): it is then capped as a parse is.
 */
const CAP_FROM_DEPTH = Math.floor(((MAX_ELEMENT_DEPTH - BODY_DEPTH) * 3) / 4);
/** Only ASCII white space (HTML's), or nothing. */
export const ASCII_WHITESPACE = /^[\t\n\f\r ]*$/;
const LEADING_ASCII_WHITESPACE = /^[\t\n\f\r ]+/;

export interface BuiltDom {
  body: Element;
  /** The node that wrote each element, by the index its marker holds. */
  elements: KNode[];
  /**
   * Each text straight in the body (which no writer places: kramdown's `\\[…\\]` math, text after
   * a paragraph a block closed), with the span in the file a located parse gives it; `start` -1
   * where that is not known (white space a browser drops from its start, markup written as it is).
   */
  bodyTexts: Map<ChildNode, TextSpan>;
  /** The first element whose descendants were flattened for depth, as a parse flattens them, if any. */
  flattened?: Element;
}

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * What a browser's ancestors of the insertion point say about the next element, counted as
 * elements open and close rather than looked up the tree: deep trees are built in linear time.
 */
interface OpenAncestors {
  /** Open elements that hold phrasing content only (`p`, `h1`…): a block inside one is moved. */
  phrasingOnly: number;
  /** Open `<a>` elements: an `<a>` inside one closes it. */
  anchors: number;
  /** Open tables: outside every one, a table part's tag is one a browser ignores. */
  tables: number;
}

/** What the writer opened, innermost last: an element, a tag a browser reads as text, or one it ignores. */
type Opened = Element | typeof AS_TEXT | typeof IGNORED;
const AS_TEXT: unique symbol = Symbol('as text');
const IGNORED: unique symbol = Symbol('ignored');
/** The table parts whose tags a browser ignores outside a table (`<div><td>`): their content stays where it is. */
const STRAY_OUTSIDE_TABLES = words('caption col colgroup tbody td tfoot th thead tr');

/** Thrown inside `buildDom` (only) when the HTML is one a browser could reshape. */
class Reshaped extends Error {}

/**
 * The DOM sink of the writer: the DOM a browser builds from the HTML the writer writes, built
 * from the same pieces without writing or parsing HTML: parse5's default tree shape, every
 * element marked as in the marked HTML. Returns undefined when the written HTML is one a browser
 * could reshape (a block inside a paragraph, a link inside a link, a table part out of place, an
 * element outside a small known set, raw markup, very deep nesting): then the caller parses the
 * marked HTML instead. `test/html/build-dom.test.ts` holds the result to parse5's.
 */
export function buildDom(fragment: Fragment, part?: PartOfFragment): BuiltDom | undefined {
  try {
    return build(fragment, part);
  } catch (error) {
    if (error instanceof Reshaped) return undefined;
    throw error;
  }
}

/**
 * Some of a fragment's top-level parts, `fragment.parts[from]` to before `[to]`, written where no
 * element is open: their DOM is what a browser builds there, in the body, after what came
 * before. `firstElement`: the index the markers of the marked HTML give its first element.
 */
export interface PartOfFragment {
  from: number;
  to: number;
  firstElement: number;
}

/** A body element of parse5's tree shape, empty and without a parent. */
export const emptyBody = (): Element => element('body', [], undefined);

function build(fragment: Fragment, part: PartOfFragment | undefined): BuiltDom {
  const builder = new DomBuilder(part);
  forEachPiece(part ? partsOf(fragment, part) : fragment, (piece) => {
    if (piece.kind === 'text') builder.text(piece);
    else if (piece.kind === 'end') builder.end(piece);
    else builder.start(piece);
  });
  return builder.finish();
}

/** The DOM a browser builds from the writer's pieces, piece by piece; Reshaped where it would be another's. */
class DomBuilder {
  private readonly body = emptyBody();
  private readonly elements: KNode[] = [];
  private into: ParentNode = this.body;
  private depth = 0;
  private deepest = 0;
  private readonly open: OpenAncestors = { phrasingOnly: 0, anchors: 0, tables: 0 };
  private readonly opened: Opened[] = [];
  /** The tables and pres made, which a browser then mends (tbody, the pre's first line feed). */
  private readonly fixed: Element[] = [];
  /**
   * Where a located parse ends an element closed at the next tag: the file offset its map gives
   * just past what was last written (a verbatim text's end, else the origin of the last piece).
   */
  private writtenEnd = 0;
  private readonly bodyTexts = new Map<ChildNode, TextSpan>();
  /**
   * A browser's list of active formatting elements (there are no markers: a table tag is left to
   * parse5 while one waits to be reopened). Those closed before their end tag (by the item an item
   * closes) wait at its end, and the next text or phrasing tag reopens them: see {@link reopen}.
   */
  private readonly active: BuiltElement[] = [];
  /** The copies {@link reopen} made: a browser's, which no writer's end tag names. */
  private readonly copies = new Set<Element>();
  /** The body's text last placed, and its length then: every write of text into the body places it. */
  private placedText: ChildNode | undefined;
  private placedLength = 0;

  constructor(private readonly part: PartOfFragment | undefined) {}

  private get startsDocument(): boolean {
    return (this.part?.from ?? 0) === 0;
  }

  text(piece: TextPiece): void {
    // Any character, white space too, reopens what waits; a comment does not.
    if (piece.text !== '' && !(piece.markup && piece.text.startsWith('<!--'))) {
      if (piece.markup && piece.text.includes('<') && this.waiting()) throw new Reshaped();
      this.reopen();
    }
    if (piece.markup) appendMarkup(this.into, piece.text, this.fixed, this.open);
    else appendText(this.into, decoded(piece.text));
    this.writtenEnd = piece.verbatim ? piece.origin + piece.text.length : piece.origin;
    // Markup with tags (highlighted code) may leave text of its own around them: not placed.
    if (this.into === this.body) this.placeBodyText(piece.origin, !(piece.markup && piece.text.includes('<')));
  }

  end(piece: EndTagPiece): void {
    this.writtenEnd = piece.origin;
    const top = this.opened.pop();
    if (top === AS_TEXT) {
      // `</이름>` is a bogus comment to a browser.
      append(this.into, { nodeName: '#comment', data: piece.name.replaceAll('\0', '\uFFFD'), parentNode: null });
      return;
    }
    if (top === IGNORED) {
      if (endTagCloses(this.into, asciiLowerCase(piece.name))) throw new Reshaped();
      return;
    }
    if (top !== undefined && (top as BuiltElement).closedAt >= 0) {
      if (FORMATTING.has(top.tagName) && this.endFormattingClosedBefore(top.tagName)) return;
      // The end tag of an element closed before it: `</p>`, with no paragraph open, makes an
      // empty one; any other is ignored, where the browser finds no element of its name to close.
      if (endTagCloses(this.into, top.tagName)) throw new Reshaped();
      if (top.tagName === 'p') {
        const empty = element('p', [], undefined);
        check(empty, this.into, this.open);
        append(this.into, empty);
      }
      return;
    }
    if (top === undefined || top.tagName !== asciiLowerCase(piece.name)) throw new Reshaped();
    const formatting = FORMATTING.has(top.tagName);
    // A formatting end tag closes the last element of its name on the list: it must be this one.
    if (formatting && this.lastActive(top.tagName) !== top) throw new Reshaped();
    // The copies opened inside it close with it and wait again; a cell's end would forget them.
    while (this.into !== top) {
      if (!this.copies.has(this.into as Element) || TABLE_TAGS.has(top.tagName)) throw new Reshaped();
      this.closeInto();
    }
    if (TABLE_TAGS.has(top.tagName) && this.waiting()) throw new Reshaped();
    countOpen(this.open, top.tagName, -1);
    this.into = top.parentNode as ParentNode;
    this.depth--;
    if (formatting) this.forget(top as BuiltElement);
  }

  start(piece: StartTagPiece): void {
    const name = asciiLowerCase(piece.name);
    const code = name.charCodeAt(0);
    if (code < 97 || code > 122) {
      // `<이름>` is text to a browser, written as it is.
      if (piece.text.indexOf('<', 1) >= 0) throw new Reshaped();
      this.reopen();
      appendText(this.into, decoded(piece.text));
      if (!piece.selfClosing) this.opened.push(AS_TEXT);
      this.writtenEnd = piece.node.start;
      if (this.into === this.body) this.placeBodyText(piece.node.start, true);
      return;
    }
    if (this.open.tables === 0 && STRAY_OUTSIDE_TABLES.has(name)) {
      this.ignore(piece);
      return;
    }
    // `<div />` opens a div.
    if (piece.selfClosing !== VOID.has(name)) throw new Reshaped();
    // A table's tags put markers on the list of formatting elements, which are not built.
    if (TABLE_TAGS.has(name) && this.waiting()) throw new Reshaped();
    this.closeWhatItCloses(name);
    if (!OPENS_NOTHING_AGAIN.has(name)) this.reopen();
    const el = element(name, domAttributes(piece.attrs), this.into, (this.part?.firstElement ?? 0) + this.elements.length);
    check(el, this.into, this.open);
    if (name === 'table' || name === 'pre') this.fixed.push(el);
    this.elements.push(piece.node);
    if (!piece.selfClosing) {
      if (FORMATTING.has(name)) this.active.push(el as BuiltElement);
      this.opened.push(el);
      this.into = el;
      countOpen(this.open, name, 1);
      if (++this.depth > this.deepest) this.deepest = this.depth;
    }
    this.writtenEnd = writtenEndOf(piece);
  }

  finish(): BuiltDom {
    const { body, elements, bodyTexts } = this;
    if (this.into !== body) throw new Reshaped();
    for (const el of this.fixed) {
      if (el.tagName === 'table') implyTbody(el);
      else dropLeadingNewline(el);
    }
    // Only the start of the document is before its first content.
    if (this.startsDocument) {
      const first = dropLeadingWhitespace(body);
      // Its text no longer starts where its first piece does.
      if (first !== undefined) bodyTexts.set(first, { start: -1, end: -1 });
    }
    const flattened = this.deepest >= CAP_FROM_DEPTH ? capDepth(body, BODY_DEPTH) : undefined;
    return flattened === undefined ? { body, elements, bodyTexts } : { body, elements, bodyTexts, flattened };
  }

  /** A table part's tag outside any table: ignored, but numbered as the marked HTML numbers its elements. */
  private ignore(piece: StartTagPiece): void {
    const { into } = this;
    // Before any content it would start the body, keeping the white space after it: left to parse5.
    if (this.startsDocument && !hasContent(this.body)) throw new Reshaped();
    // Right after `<pre>`, it would keep the line feed after it, which the pre's first one drops.
    if ('tagName' in into && into.tagName === 'pre' && into.childNodes.length === 0) throw new Reshaped();
    this.elements.push(piece.node);
    if (!piece.selfClosing) this.opened.push(IGNORED);
    this.writtenEnd = writtenEndOf(piece);
  }

  /**
   * What a browser closes before an element named `name`: the paragraph a block starts in, the
   * link a link starts in (each when nothing is open inside it), the open item an item finds
   * (with what is open in it, but not formatting, which a browser would open again after it).
   */
  private closeWhatItCloses(name: string): void {
    const { into, open } = this;
    if ('tagName' in into && open.phrasingOnly === 1 && CLOSES_P.has(name) && into.tagName === 'p') {
      this.closeUpTo(into);
      return;
    }
    if ('tagName' in into && name === 'a' && open.anchors === 1 && into.tagName === 'a') {
      // A browser's adoption of the open link: it leaves the list too.
      this.closeUpTo(into);
      this.forget(into as BuiltElement);
      return;
    }
    const closes = ITEMS.get(name);
    const item = closes === undefined ? undefined : openItem(into, closes);
    if (item === undefined) return;
    // The formatting elements it closes stay on the list, to be reopened; not a link (whose copy
    // would be a second link) or a nobr.
    for (let node: ParentNode | null = into; node !== item && node !== null && 'tagName' in node; node = node.parentNode) {
      if (node.tagName === 'a' || node.tagName === 'nobr') throw new Reshaped();
    }
    this.closeUpTo(item);
  }

  /**
   * A browser's reconstruction of the active formatting elements: those closed before their end
   * tag, at the end of the list, are opened again where the insertion point is, as copies (the
   * same name and attributes, and so the same marker), which then take their places on the list.
   */
  private reopen(): void {
    const { active } = this;
    let first = active.length;
    while (first > 0 && (active[first - 1] as BuiltElement).closedAt >= 0) first--;
    if (first === active.length) return;
    const into = this.into;
    // At the body's top level a copy would be a block of its own; in a table, text is not
    // reopened; right after `<pre>`, the line feed a browser drops would be the copy's.
    if (into === this.body || ('tagName' in into && (TABLE_TAGS.has(into.tagName) || (into.tagName === 'pre' && into.childNodes.length === 0)))) throw new Reshaped();
    for (let i = first; i < active.length; i++) {
      const closed = active[i] as BuiltElement;
      const copy = element(closed.tagName, closed.attrs, this.into, closed.writer) as BuiltElement;
      this.copies.add(copy);
      active[i] = copy;
      this.into = copy;
      if (++this.depth > this.deepest) this.deepest = this.depth;
    }
  }

  /** Whether a formatting element waits to be reopened. */
  private waiting(): boolean {
    return this.active.some((el) => el.closedAt >= 0);
  }

  private lastActive(name: string): BuiltElement | undefined {
    for (let i = this.active.length - 1; i >= 0; i--) if ((this.active[i] as BuiltElement).tagName === name) return this.active[i];
    return undefined;
  }

  /**
   * The end tag of a formatting element closed before it, as a browser's adoption agency reads
   * it: the last element of its name on the list leaves it, waiting or a copy open at the
   * insertion point (which closes); true when that is all the tag does, false when no element of
   * the name is on the list.
   */
  private endFormattingClosedBefore(name: string): boolean {
    const last = this.lastActive(name);
    if (last === undefined) return false;
    if (last.closedAt < 0) {
      if (last !== this.into || !this.copies.has(last)) throw new Reshaped();
      this.closeInto();
    }
    this.forget(last);
    return true;
  }

  /** Takes an element off the list of active formatting elements. */
  private forget(el: BuiltElement): void {
    const at = this.active.lastIndexOf(el);
    if (at >= 0) this.active.splice(at, 1);
  }

  /** Closes the innermost open element before its end tag, where a located parse ends it. */
  private closeInto(): void {
    const closing = this.into as BuiltElement;
    closing.closedAt = this.writtenEnd;
    countOpen(this.open, closing.tagName, -1);
    this.into = closing.parentNode as ParentNode;
    this.depth--;
  }

  /** Closes the open elements from the innermost up to `last`, where a located parse ends them. */
  private closeUpTo(last: Element): void {
    for (;;) {
      const closing = this.into;
      this.closeInto();
      if (closing === last) return;
    }
  }

  /**
   * After a piece written into the body: the span in the file of the body's last text, new or
   * grown, from `start` for a new one (unknown unless `placeable`) to what was last written.
   */
  private placeBodyText(start: number, placeable: boolean): void {
    const last = this.body.childNodes.at(-1);
    if (last === undefined || last.nodeName !== '#text' || !('value' in last)) return;
    if (last !== this.placedText) this.bodyTexts.set(last, { start: placeable ? start : -1, end: this.writtenEnd });
    else if (last.value.length !== this.placedLength) {
      const span = this.bodyTexts.get(last);
      if (span === undefined || !placeable) this.bodyTexts.set(last, { start: -1, end: this.writtenEnd });
      else span.end = this.writtenEnd;
    }
    this.placedText = last;
    this.placedLength = last.value.length;
  }
}

/** Where the map of the marked HTML places the end of a start tag: a self-closing one ends where its node does. */
const writtenEndOf = (piece: StartTagPiece): number => (piece.selfClosing ? piece.node.end : piece.node.start);
const decoded = (text: string): string => (text.includes('&') ? decodeHTML(text) : text);

function countOpen(open: OpenAncestors, name: string, by: 1 | -1): void {
  if (PHRASING_ONLY.has(name)) open.phrasingOnly += by;
  else if (name === 'a') open.anchors += by;
  else if (name === 'table') open.tables += by;
}

/** A fragment holding `fragment.parts[from]` to before `[to]`, by reference. */
function partsOf(fragment: Fragment, { from, to }: PartOfFragment): Fragment {
  const some = new Fragment();
  for (let i = from; i < to; i++) some.parts.push(fragment.parts[i] as Piece);
  return some;
}

/**
 * Markup the writer did not build from nodes: a comment is read as one, and so is highlighted
 * code (see {@link appendHighlighted}); any other tag is left to parse5.
 */
function appendMarkup(into: ParentNode, text: string, fixed: Element[], open: OpenAncestors): void {
  if (text.startsWith('<!--')) {
    appendComment(into, text);
    return;
  }
  if (text.includes('<')) {
    appendHighlighted(into, text, fixed, open);
    return;
  }
  appendText(into, decoded(text));
}

/** The tags a highlighter writes (Rouge's HTML formatter and kramdown's wrapping of it), with a class at most. */
const HIGHLIGHTER_TAG = /<(\/?)(span|code|pre|div)(?: class="([^"&<>]*)")?>/y;
/** Deeper than Rouge writes (div, pre, code, span): anything deeper is left to parse5. */
const MAX_HIGHLIGHTER_DEPTH = 6;

/**
 * Highlighted code as a browser reads it: text and the tags of {@link HIGHLIGHTER_TAG}, each
 * closed in order within the markup (`<div class="highlight"><pre class="highlight"><code><span
 * class="k">def</span>…</code></pre></div>`); anything else is Reshaped. The elements have no
 * marker, as in the marked HTML, where they are markup too.
 */
function appendHighlighted(into: ParentNode, markup: string, fixed: Element[], ancestors: OpenAncestors): void {
  const open: ParentNode[] = [];
  let parent = into;
  let at = 0;
  while (at < markup.length) {
    const lt = markup.indexOf('<', at);
    if (lt < 0) {
      appendDecoded(parent, markup.slice(at));
      break;
    }
    if (lt > at) appendDecoded(parent, markup.slice(at, lt));
    HIGHLIGHTER_TAG.lastIndex = lt;
    const tag = HIGHLIGHTER_TAG.exec(markup);
    if (tag === null) throw new Reshaped();
    at = HIGHLIGHTER_TAG.lastIndex;
    const name = tag[2] as string;
    if (tag[1] === '/') {
      if (!('tagName' in parent) || parent.tagName !== name || open.length === 0) throw new Reshaped();
      parent = open.pop() as ParentNode;
      continue;
    }
    const el = element(name, tag[3] === undefined ? [] : [{ name: 'class', value: tag[3] }], undefined);
    // The highlighter's tags are neither phrasing-only nor links: the ancestors outside count.
    check(el, parent, ancestors);
    if (name === 'pre') fixed.push(el);
    append(parent, el);
    open.push(parent);
    if (open.length > MAX_HIGHLIGHTER_DEPTH) throw new Reshaped();
    parent = el;
  }
  if (open.length > 0) throw new Reshaped();
}

const appendDecoded = (into: ParentNode, text: string): void => appendText(into, decoded(text));

/** Throws unless a browser leaves `el` where it is written, as a child of `parent` (inside the `open` ancestors). */
function check(el: Element, parent: ParentNode, open: OpenAncestors): void {
  const name = el.tagName;
  if (SPECIAL.has(name)) throw new Reshaped();
  const parentName = 'tagName' in parent ? parent.tagName : '';
  const required = REQUIRED_PARENT.get(name);
  if (required !== undefined && !required.has(parentName)) throw new Reshaped();
  const closes = ITEMS.get(name);
  if (closes !== undefined) checkItem(parent, closes);
  const allowed = ALLOWED_CHILDREN.get(parentName);
  if (allowed !== undefined && !allowed.has(name)) throw new Reshaped();
  if (open.phrasingOnly > 0 && BLOCK.has(name)) throw new Reshaped();
  if (name === 'a' && open.anchors > 0) throw new Reshaped();
}

/** The open item (or term, or definition) a list item's start tag closes, if any: see {@link checkItem}. */
function openItem(parent: ParentNode, closes: ReadonlySet<string>): Element | undefined {
  let node: ParentNode | null = parent;
  for (let steps = 0; steps < MAX_ITEM_LOOKUP && node !== null && 'tagName' in node; steps++) {
    if (closes.has(node.tagName)) return node;
    if (ITEM_SCOPE.has(node.tagName)) return undefined;
    node = node.parentNode;
  }
  if (node !== null && 'tagName' in node) throw new Reshaped();
  return undefined;
}

/** The formatting elements a browser reopens after closing them as it closes an element above. */
const FORMATTING = words('a b big code em font i nobr s small strike strong tt u');
/** The start tags a browser inserts without first reopening the formatting elements that wait (among those built). */
const OPENS_NOTHING_AGAIN = words(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing li dd dt hr param source track table caption colgroup col tbody thead tfoot tr td th',
);
/** Tags of a table and its parts: the table modes and the markers of cells, which are not built while a formatting element waits. */
const TABLE_TAGS = words('table caption colgroup col tbody thead tfoot tr td th');

/** The special elements among those built (an end tag of no open element stops at one). */
const SPECIAL_BUILT = new Set([...ITEM_SCOPE, 'address', 'div', 'p']);
/** The default scope's elements among those built. */
const DEFAULT_SCOPE = words('table td th caption');
const LIST_ITEM_SCOPE = words('table td th caption ol ul');
/**
 * The end tags of blocks, which look for their element in the default scope and close it with
 * whatever is open inside it (a `</div>` in a `<dt>` closes the dt and the div around it); any
 * other end tag looks only as far as the nearest special element.
 */
const BLOCK_END_TAGS = words('address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup listing main menu nav ol pre search section summary ul dt dd p h1 h2 h3 h4 h5 h6');
const HEADINGS = words('h1 h2 h3 h4 h5 h6');

/** Whether an end tag named `name`, met in `into`, would close an open element a browser has (a heading's, any heading). */
function endTagCloses(into: ParentNode, name: string): boolean {
  const scope = name === 'li' ? LIST_ITEM_SCOPE : BLOCK_END_TAGS.has(name) ? DEFAULT_SCOPE : undefined;
  const heading = HEADINGS.has(name);
  for (let node: ParentNode | null = into; node !== null && 'tagName' in node && node.tagName !== 'body'; node = node.parentNode) {
    if (node.tagName === name || (heading && HEADINGS.has(node.tagName))) return true;
    if (scope !== undefined ? scope.has(node.tagName) : SPECIAL_BUILT.has(node.tagName)) return false;
  }
  return false;
}

/**
 * A list item (or term, or definition) closes the nearest one open above it, unless an element
 * of {@link ITEM_SCOPE} comes first: built only when one does (a list's item in a list, an item
 * in a div in a list, an item in a span in a paragraph of the body).
 */
function checkItem(parent: ParentNode, closes: ReadonlySet<string>): void {
  if (openItem(parent, closes) !== undefined) throw new Reshaped();
}

/**
 * A built element: parse5's shape, with the index the marked HTML's marker would give it as a
 * field (-1: none) rather than as an attribute, which would cost an object and a string each.
 */
export interface BuiltElement extends Element {
  writer: number;
  /** Where a browser closed this element before its end tag, as a located parse ends it (-1: at its end tag). */
  closedAt: number;
}

function element(tagName: string, attrs: Element['attrs'], parent: ParentNode | undefined, writer = -1): Element {
  const el: BuiltElement = {
    nodeName: tagName,
    tagName,
    attrs,
    namespaceURI: HTML_NAMESPACE,
    childNodes: [],
    parentNode: null,
    writer,
    closedAt: -1,
  };
  if (parent) append(parent, el);
  return el;
}

function append(parent: ParentNode, child: ChildNode): void {
  child.parentNode = parent as Element;
  parent.childNodes.push(child);
}

function appendText(parent: ParentNode, value: string): void {
  if (value === '') return;
  if (value.includes('\0') || value.includes('\r')) throw new Reshaped();
  if ('tagName' in parent && TABLE_PARTS.has(parent.tagName) && !ASCII_WHITESPACE.test(value)) throw new Reshaped();
  const last = parent.childNodes.at(-1);
  if (last !== undefined && last.nodeName === '#text' && 'value' in last) {
    last.value += value;
    return;
  }
  append(parent, { nodeName: '#text', value, parentNode: null });
}

/** A comment as the writer writes it, if a browser reads it as that one comment. */
function appendComment(parent: ParentNode, written: string): void {
  const data = written.slice(4, -3);
  if (!written.startsWith('<!--') || !written.endsWith('-->') || written.length < 7) throw new Reshaped();
  if (data.startsWith('>') || data.startsWith('->') || data.includes('--!>') || data.includes('-->')) throw new Reshaped();
  // A browser reads NUL in a comment as U+FFFD.
  append(parent, { nodeName: '#comment', data: data.replaceAll('\0', '\uFFFD'), parentNode: null });
}

/** The attributes parse5 gives an element of the marked HTML, its marker aside (see {@link BuiltElement}). */
function domAttributes(attrs: Record<string, string> | undefined): Element['attrs'] {
  const list: Element['attrs'] = [];
  for (const written in attrs) {
    const name = asciiLowerCase(written);
    if (!PARSED_ATTRIBUTES.has(name) || hasAttribute(list, name)) continue;
    if (written === 'id' && (attrs[written] ?? '').trim() === '') continue;
    // A browser reads NUL in an attribute value as U+FFFD (a reference cannot make one).
    const raw = attrs[written] ?? '';
    const value = raw.includes('\0') ? raw.replaceAll('\0', '\uFFFD') : raw;
    list.push({ name, value: value.includes('&') ? decodeHTMLAttribute(escapeAttribute(value)) : value });
  }
  return list;
}

function hasAttribute(list: Element['attrs'], name: string): boolean {
  for (const attr of list) if (attr.name === name) return true;
  return false;
}

function asciiLowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }
  return text;
}

/** A browser drops a line feed right after `<pre>`. */
function dropLeadingNewline(pre: Element): void {
  const first = pre.childNodes[0];
  if (first === undefined || first.nodeName !== '#text' || !('value' in first) || !first.value.startsWith('\n')) return;
  first.value = first.value.slice(1);
  if (first.value === '') pre.childNodes.shift();
}

/**
 * `<table><tr>`: a browser puts each run of rows written straight in a table, with the white
 * space and comments after them, into a tbody it implies; a caption or a section ends the run.
 */
function implyTbody(table: Element): void {
  if (!table.childNodes.some((c) => 'tagName' in c && c.tagName === 'tr')) return;
  const children = table.childNodes;
  table.childNodes = [];
  let tbody: Element | undefined;
  for (const child of children) {
    if ('tagName' in child && child.tagName === 'tr') tbody ??= element('tbody', [], table);
    else if ('tagName' in child) tbody = undefined;
    append(tbody ?? table, child);
  }
}

/** Whether the body holds more than the white space and comments a browser keeps out of it at its start. */
const hasContent = (body: Element): boolean =>
  body.childNodes.some((c) => c.nodeName !== '#comment' && !(c.nodeName === '#text' && 'value' in c && ASCII_WHITESPACE.test(c.value)));

/**
 * White space and comments before the first content are not the body's: a browser drops or
 * hoists them. Returns the text whose start it cut, if it cut one.
 */
function dropLeadingWhitespace(body: Element): ChildNode | undefined {
  const children = body.childNodes;
  let dropped = 0;
  let cut: ChildNode | undefined;
  while (dropped < children.length) {
    const first = children[dropped] as ChildNode;
    if (first.nodeName === '#comment') {
      dropped++;
      continue;
    }
    if (first.nodeName === '#text' && 'value' in first) {
      const rest = first.value.replace(LEADING_ASCII_WHITESPACE, '');
      if (rest === '') {
        dropped++;
        continue;
      }
      if (rest !== first.value) cut = first;
      first.value = rest;
    }
    break;
  }
  // At once: one `shift()` at a time copies the rest of the children each time.
  if (dropped > 0) children.splice(0, dropped);
  return cut;
}
