import { parseBlocks } from './block-parser.ts';
import { type MappedText, identityText } from './mapped-text.ts';
import { replaceMapped } from './mapped-replace.ts';
import { type KNode, type LiteralTag, node } from './nodes.ts';
import { assignHeaderIds, splitBackslashBreaks } from './post-process.ts';
import { Scanner } from './scanner.ts';
import { parseAllSpans } from './span-parser.ts';
import { type ParseNote, type ParseState, retryBudgetFor } from './state.ts';
import { renderPublishedHtml } from './to-html.ts';

export interface KramdownResult {
  root: KNode;
  /** The HTML kramdown publishes (`renderHtml(root)` writes it marked, with a map, for parsing). */
  html: string;
  literalTags: LiteralTag[];
  notes: ParseNote[];
}

/** kramdown's adapt_source: newlines become `\n`, and the text ends with exactly one. */
function adaptSource(body: string, offset: number): MappedText {
  const text = replaceMapped(identityText(body, offset), /\r\n?/g, () => '\n');
  const chomped = text.text.endsWith('\n') ? text.text.length - 1 : text.text.length;
  const offsets = new Int32Array(chomped + 2);
  offsets.set(text.offsets.subarray(0, chomped + 1));
  offsets[chomped + 1] = (text.offsets[text.text.length] ?? offset) ;
  return { text: `${text.text.slice(0, chomped)}\n`, offsets };
}

/**
 * Reads a post body the way Jekyll's kramdown (GFM input, hard_wrap off) does, and writes the
 * HTML it publishes. `offset` is where the body starts in the file.
 */
export function parseKramdown(body: string, offset: number): KramdownResult {
  const source = adaptSource(body, offset);
  const root = node('root', offset, offset + body.length);
  const state: ParseState = {
    tree: root,
    src: new Scanner(source),
    blockIal: false,
    linkDefinitions: new Map(),
    depth: 0,
    notes: [],
    literalTags: new Map(),
    retryBudget: retryBudgetFor(body.length),
    endTags: new Map(),
    stopCandidates: new Map(),
    rawStopCandidates: new Map(),
  };
  parseBlocks(state, root, source);
  parseAllSpans(state, root);
  splitBackslashBreaks(root);
  assignHeaderIds(root);
  const literalTags = [...state.literalTags.values()].sort((a, b) => a.start - b.start);
  return { root, html: renderPublishedHtml(root), literalTags, notes: state.notes };
}
