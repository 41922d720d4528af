import type { MappedText } from './mapped-text.ts';

/**
 * kramdown's element tree (kramdown/element.rb), as its parser builds it. `start` and `end` are
 * offsets in the original file. Block parsing leaves `raw` text in paragraphs, headers, cells
 * and terms; span parsing replaces it with inline children once every definition is known.
 */
export type KNodeType =
  | 'root' | 'blank' | 'eob' | 'p' | 'header' | 'blockquote' | 'codeblock' | 'hr' | 'ul' | 'ol' | 'li'
  | 'dl' | 'dt' | 'dd' | 'table' | 'thead' | 'tbody' | 'tfoot' | 'tr' | 'td' | 'math'
  | 'html_element' | 'xml_comment' | 'xml_pi' | 'comment' | 'raw' | 'text' | 'em' | 'strong' | 'a' | 'img'
  | 'codespan' | 'br' | 'entity' | 'smart_quote' | 'typographic_sym' | 'footnote' | 'footnote_def'
  | 'abbreviation' | 'footnote_backlink';

export type Alignment = 'default' | 'left' | 'right' | 'center';

/** An inline attribute list: attributes in the order written, and references to ALDs. */
export interface Ial {
  attrs: Record<string, string>;
  refs: string[];
}

export interface KNode {
  type: KNodeType;
  start: number;
  end: number;
  children: KNode[];
  /**
   * Text of `text`, `codespan`, `codeblock`, `math`, `xml_comment`, `xml_pi`, `comment`, `raw`
   * and `abbreviation`; the written reference of an `entity`; the name of a `smart_quote`
   * (`lsquo`…) or `typographic_sym` (`mdash`…); the kind of an `eob` (`link_def`, `ial`, …); the
   * space written before a `footnote_backlink`.
   */
  value?: string;
  /**
   * Element name of an `html_element`; the footnote's name of a `footnote`; the marker's id a
   * `footnote_backlink` (which only the writer makes) links back to.
   */
  name?: string;
  /** A header's level, 1 to 6; the number a `footnote_backlink` to a repeated marker shows. */
  level?: number;
  /** The element's attributes, in kramdown's order (a JavaScript object keeps it for names like these). */
  attrs?: Record<string, string>;
  /** Unparsed span text of a paragraph, header, cell or term, until span parsing. */
  raw?: MappedText[];
  /** kramdown's `category` of HTML elements, comments, math and `raw`. */
  category?: 'block' | 'span';
  /** How an html_element's content was read (kramdown's `content_model`). */
  contentModel?: 'block' | 'span' | 'raw';
  /** An html_element written `<x/>` (kramdown's `is_closed`). */
  isClosed?: boolean;
  /** A list item's or definition's paragraph printed without `<p>`. */
  transparent?: boolean;
  /** A pipe table written without a `|---|` delimiter row. */
  noDelimiterRow?: boolean;
  /** A code block's language as written after the fence (kramdown's `options[:lang]`). */
  lang?: string;
  /** The IAL written for this element, before it is merged into `attrs`. */
  ial?: Ial;
  /** A table's column alignments. */
  alignment?: Alignment[];
  /** A header's or term's text, for its id (kramdown's `raw_text`). */
  rawText?: string;
  /** An entity's code point; its name, when it has one. */
  codePoint?: number;
  entityName?: string;
  /** A footnote marker's definition. */
  footnote?: KNode;
  /** A list's first marker, as written (`*`, `1.`). */
  marker?: string;
  /** `raw` output types of a `{::nomarkdown type="…"}`. */
  rawTypes?: string[];
}

/**
 * Every node has every field, in one order: the parser and writer read nodes of all types in the
 * same places, and objects of one shape keep those reads fast.
 */
export function node(type: KNodeType, start: number, end = start, extra?: Partial<KNode>): KNode {
  const made: KNode = {
    type,
    start,
    end,
    children: [],
    value: undefined,
    name: undefined,
    level: undefined,
    attrs: undefined,
    raw: undefined,
    category: undefined,
    contentModel: undefined,
    isClosed: undefined,
    transparent: undefined,
    noDelimiterRow: undefined,
    lang: undefined,
    ial: undefined,
    alignment: undefined,
    rawText: undefined,
    codePoint: undefined,
    entityName: undefined,
    footnote: undefined,
    marker: undefined,
    rawTypes: undefined,
  };
  return extra === undefined ? made : Object.assign(made, extra);
}

/** The element's attributes, made on first use. */
export function attrsOf(el: KNode): Record<string, string> {
  if (el.attrs === undefined) el.attrs = {};
  return el.attrs;
}

/** A block-level tag inside a Markdown paragraph, which kramdown prints as literal text. */
export interface LiteralTag {
  tagName: string;
  raw: string;
  start: number;
  end: number;
}
