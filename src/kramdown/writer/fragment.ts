import type { KNode } from '../nodes.ts';
import { rubyStrip } from '../mapped-replace.ts';

/**
 * What the writer writes, kept as pieces rather than one string: each sink (the published HTML,
 * the marked HTML with its map to the file, the DOM) reads the same pieces. kramdown's converter
 * returns strings and tests them (`res.empty?`, a final newline, `chomp`); a Fragment answers
 * the same questions, and holds inner fragments by reference, so nesting costs no copying.
 */
export type Piece = TextPiece | StartTagPiece | EndTagPiece | Fragment;

export interface TextPiece {
  kind: 'text';
  /** HTML as written: escaped text, or markup (`markup`) the writer did not build from nodes. */
  text: string;
  /** The file offset the text comes from; `verbatim`: character by character from there. */
  origin: number;
  verbatim: boolean;
  /** Raw HTML (nomarkdown, raw content): a DOM must parse it. */
  markup: boolean;
}

export interface StartTagPiece {
  kind: 'start';
  /** The tag as written: `<name attrs>` or `<name attrs />`. */
  text: string;
  name: string;
  attrs: Record<string, string> | undefined;
  selfClosing: boolean;
  /** The node the element stands for: its place in the file. */
  node: KNode;
}

export interface EndTagPiece {
  kind: 'end';
  name: string;
  origin: number;
}

export class Fragment {
  readonly kind = 'fragment';
  readonly parts: Piece[] = [];
  /** Characters written in this fragment and the ones inside it. */
  size = 0;
  /**
   * Filled in after the conversion (the table of contents, the footnotes): kramdown writes a
   * random string there and replaces it at the end, so while converting it is text that is not
   * empty and does not end with a newline.
   */
  isPlaceholder = false;

  static placeholder(): Fragment {
    const fragment = new Fragment();
    fragment.isPlaceholder = true;
    fragment.size = 1;
    return fragment;
  }

  text(text: string, origin: number, verbatim = false, markup = false): this {
    if (text.length === 0) return this;
    this.parts.push({ kind: 'text', text, origin, verbatim, markup });
    this.size += text.length;
    return this;
  }

  start(name: string, attrs: Record<string, string> | undefined, node: KNode, selfClosing = false, text?: string): this {
    const written = text ?? (attrs === undefined ? bareTag(name, selfClosing) : `<${name}${htmlAttributes(attrs)}${selfClosing ? ' />' : '>'}`);
    this.parts.push({ kind: 'start', text: written, name, attrs, selfClosing, node });
    this.size += written.length;
    return this;
  }

  end(name: string, origin: number): this {
    this.parts.push({ kind: 'end', name, origin });
    this.size += name.length + 3;
    return this;
  }

  /** Holds `inner` by reference: what is written into it later is written here too (placeholders). */
  append(inner: Fragment): this {
    this.parts.push(inner);
    this.size += inner.size;
    return this;
  }

  get empty(): boolean {
    return this.size === 0;
  }

  /** The last text piece written, however deep; undefined when a tag or nothing ends the fragment. */
  private lastText(): { piece: TextPiece; owner: Fragment[] } | undefined {
    const owners: Fragment[] = [];
    let at: Fragment = this;
    for (;;) {
      owners.push(at);
      let last = at.parts.at(-1);
      // Empty fragments write nothing: look before them.
      let i = at.parts.length - 1;
      while (last?.kind === 'fragment' && last.size === 0 && i > 0) last = at.parts[--i];
      if (last === undefined || last.kind === 'start' || last.kind === 'end') return undefined;
      if (last.kind === 'fragment' && last.isPlaceholder) return undefined;
      if (last.kind === 'text') return { piece: last, owner: owners };
      at = last;
    }
  }

  /** Whether the written HTML ends with a newline. */
  endsWithNewline(): boolean {
    return this.lastText()?.piece.text.endsWith('\n') === true;
  }

  /** Ruby's `chomp!`: drops one final `\n`, `\r\n` or `\r`. */
  chomp(): this {
    const last = this.lastText();
    if (last === undefined) return this;
    const { text } = last.piece;
    const cut = text.endsWith('\r\n') ? 2 : text.endsWith('\n') || text.endsWith('\r') ? 1 : 0;
    if (cut === 0) return this;
    last.piece.text = text.slice(0, -cut);
    for (const owner of last.owner) owner.size -= cut;
    return this;
  }
}

/** Start tags without attributes, made once per name (`<td>`, `<br />`). */
const BARE_TAGS = new Map<string, string>();
function bareTag(name: string, selfClosing: boolean): string {
  const key = selfClosing ? `${name}/` : name;
  let tag = BARE_TAGS.get(key);
  if (tag === undefined) {
    tag = `<${name}${selfClosing ? ' />' : '>'}`;
    if (BARE_TAGS.size < 256) BARE_TAGS.set(key, tag);
  }
  return tag;
}

const ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };
/** An entity reference, which escaping leaves alone (REXML's REFERENCE_RE). */
const REFERENCE = '&(?:[\\w:][\\w.:\\-]*;|#\\d+;|#x[0-9a-fA-F]+;)';
const ESCAPE_TEXT = new RegExp(`${REFERENCE}|[<>&]`, 'g');
const ESCAPE_ATTRIBUTE = new RegExp(`${REFERENCE}|[<>&"]`, 'g');
const NEEDS_ESCAPE = /[<>&"]/;
const escapeChar = (m: string): string => ESCAPES[m] ?? m;

/** kramdown's escape_html with `:all`: `<`, `>` and `&`. */
export const escapeAll = (text: string): string => (NEEDS_ESCAPE.test(text) ? text.replace(/[<>&]/g, escapeChar) : text);
/** kramdown's escape_html with `:text`: entity references stay. */
export const escapeText = (text: string): string => (NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_TEXT, escapeChar) : text);
/** kramdown's escape_html with `:attribute`. */
export const escapeAttribute = (text: string): string => (NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_ATTRIBUTE, escapeChar) : text);

/** kramdown's html_attributes: ` name="value"` each, skipping an empty id. */
export function htmlAttributes(attrs: Record<string, string> | undefined): string {
  if (attrs === undefined) return '';
  let out = '';
  for (const name in attrs) {
    const value = attrs[name] as string;
    if (name === 'id' && rubyStrip(value) === '') continue; // Ruby's strip: ASCII white space
    out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

/** Calls `visit` on every text and tag piece in order (iteratively: fragments nest deeply). */
export function forEachPiece(root: Fragment, visit: (piece: TextPiece | StartTagPiece | EndTagPiece) => void): void {
  const fragments: Fragment[] = [root];
  const indexes: number[] = [0];
  while (fragments.length > 0) {
    const top = fragments.length - 1;
    const fragment = fragments[top] as Fragment;
    const index = indexes[top] as number;
    if (index >= fragment.parts.length) {
      fragments.pop();
      indexes.pop();
      continue;
    }
    indexes[top] = index + 1;
    const piece = fragment.parts[index] as Piece;
    if (piece.kind === 'fragment') {
      fragments.push(piece);
      indexes.push(0);
    } else {
      visit(piece);
    }
  }
}

/** The HTML a fragment writes. */
export function fragmentHtml(root: Fragment): string {
  const out: string[] = [];
  forEachPiece(root, (piece) => {
    out.push(piece.kind === 'end' ? `</${piece.name}>` : piece.text);
  });
  return out.join('');
}
