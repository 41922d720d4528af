import type { Ial, KNode, LiteralTag } from './nodes.ts';
import type { KramdownOptions } from './options.ts';
import type { Scanner } from './scanner.ts';

export interface LinkDefinition {
  url: string;
  title?: string;
  /** The definition's `eob` node, which carries an IAL written under it. */
  eob?: KNode;
}

export interface FootnoteDefinition {
  content: KNode;
  /** The definition's `eob` node, until a marker takes its IAL. */
  eob: KNode | undefined;
  attrs?: Record<string, string>;
  ial?: Ial;
  /** Markers that refer to it, in the order read. */
  markers: KNode[];
}

export interface AbbreviationDefinition {
  title: string;
  /** The definition's `eob` node: an IAL under it gives the abbreviation attributes. */
  eob: KNode;
}

export interface ParseNote {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  offset: number;
}

/** Everything the block and span parsers share while they read one body. */
export interface ParseState {
  /** The parser's options: `{::options}` changes them from where it stands. */
  options: KramdownOptions;
  /** What `{::options}` set, which the converter takes over its own options. */
  inlineOptions: Partial<KramdownOptions>;
  tree: KNode;
  src: Scanner;
  /** An IAL line waiting for the next block (it also counts as a block boundary). */
  blockIal: Ial | undefined;
  /** Set by the end tag of the HTML element being read as blocks: kramdown's throw :stop_block_parsing. */
  stopBlockParsing: boolean;
  linkDefinitions: Map<string, LinkDefinition>;
  /** Attribute list definitions (`{:name: …}`), by name. */
  alds: Map<string, Ial>;
  footnotes: Map<string, FootnoteDefinition>;
  abbreviations: Map<string, AbbreviationDefinition>;
  /** How many containers (blockquotes, list items) are open: capped to keep the stack safe. */
  depth: number;
  notes: ParseNote[];
  /** Keyed by offset: kramdown re-reads text when a link or emphasis fails, and meets a tag twice. */
  literalTags: Map<number, LiteralTag>;
  /**
   * Characters kramdown may still re-read after failed links and emphasis. Its span parser
   * retries from every `[` and `*`, which is quadratic on hostile text; once this runs out,
   * further attempts are read as literal text and a note says where.
   */
  retryBudget: number;
}

/** The retry budget for a text of `length` characters (each paragraph, header or cell has its own): far above what real posts use. */
export const retryBudgetFor = (length: number): number => 8 * length + 65_536;

/** Charges a failed attempt that read from `start` to `reached`; false once the budget is spent. */
export function chargeRetry(state: ParseState, start: number, reached: number, offset: number): void {
  const before = state.retryBudget;
  state.retryBudget -= Math.max(1, reached - start);
  if (before >= 0 && state.retryBudget < 0 && !state.notes.some((n) => n.ruleId === 'kramdown-approximated')) {
    state.notes.push({
      ruleId: 'kramdown-approximated',
      severity: 'warning',
      message: 'Too many unclosed links or emphasis markers: from here on they are read as text (kramdown would take very long)',
      offset,
    });
  }
}

/** Deeper nesting than this is read as plain text, with a note, instead of recursing. */
export const MAX_NESTING = 64;
