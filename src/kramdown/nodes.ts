import type { MappedText } from './mapped-text.ts';

/**
 * kramdown's element tree, as its parser builds it. `start` and `end` are offsets in the
 * original file. Block parsing leaves `raw` text in paragraphs, headers and cells; span parsing
 * replaces it with inline children once every link definition is known.
 */
export type KNodeType =
  | 'root' | 'blank' | 'eob' | 'p' | 'header' | 'blockquote' | 'codeblock' | 'hr' | 'ul' | 'ol' | 'li'
  | 'dl' | 'dt' | 'dd' | 'table' | 'thead' | 'tbody' | 'tfoot' | 'tr' | 'td' | 'math'
  | 'html_element' | 'xml_comment' | 'text' | 'em' | 'strong' | 'del' | 'a' | 'img' | 'codespan' | 'br'
  | 'entity';

export interface KNode {
  type: KNodeType;
  start: number;
  end: number;
  children: KNode[];
  /** Text of `text`, `codespan`, `codeblock`, `math`, `xml_comment` and `entity` nodes. */
  value?: string;
  /** Element name of an `html_element`; also `h1`…`h6` level for headers. */
  name?: string;
  level?: number;
  attrs?: Record<string, string>;
  /** Unparsed span text of a paragraph, header or cell, until span parsing. */
  raw?: MappedText[];
  /** `raw` content model: the element's text is written out as it is (script, style). */
  rawContent?: boolean;
  /** An `html_element` written `<x/>`, or a void one. */
  selfClosing?: boolean;
  /** A span-level html_element (inside a paragraph), as opposed to a raw HTML block. */
  span?: boolean;
  /** A list item's paragraph printed without `<p>` (kramdown's "transparent" paragraph). */
  transparent?: boolean;
  /** A table written without a `|---|` delimiter row. */
  noDelimiterRow?: boolean;
  lang?: string;
  /** A cell of a header row (printed as `th`). */
  header?: boolean;
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
    rawContent: undefined,
    selfClosing: undefined,
    span: undefined,
    transparent: undefined,
    noDelimiterRow: undefined,
    lang: undefined,
    header: undefined,
  };
  return extra === undefined ? made : Object.assign(made, extra);
}

/** A block-level tag inside a paragraph, which kramdown prints as literal text. */
export interface LiteralTag {
  tagName: string;
  raw: string;
  start: number;
  end: number;
}
