import { pushBlock } from './block-parser.ts';
import { type MappedText, sliceText } from './mapped-text.ts';
import { replaceMapped } from './mapped-replace.ts';
import { type KNode, node } from './nodes.ts';
import { MAX_NESTING, type ParseState } from './state.ts';
import * as re from './syntax.ts';

type ParseBlocks = (state: ParseState, el: KNode, text?: MappedText) => boolean;

/**
 * kramdown's `[^name]: text` definitions: the first line and the indented lines after it are the
 * footnote's blocks, read now and written where the footnotes go. The tree keeps only an `eob`.
 */
export function parseFootnoteDefinition(state: ParseState, parseBlocks: ParseBlocks): boolean {
  const { src } = state;
  const m = src.check(re.FOOTNOTE_DEFINITION_START);
  if (m === null || state.depth >= MAX_NESTING) return false;
  const start = src.pos;
  const bodyStart = start + m[0].length - (m[2] ?? '').length;
  src.pos += m[0].length;
  const name = m[1] ?? '';
  const content = node('footnote_def', src.origin(start), src.origin(src.pos - 1));
  state.depth++;
  parseBlocks(state, content, replaceMapped(sliceText(src.source, bodyStart, src.pos), re.INDENT_ALL, () => ''));
  state.depth--;
  if (state.footnotes.has(name)) {
    state.notes.push({ ruleId: 'kramdown-warning', severity: 'warning', message: `Duplicate footnote name '${name}': overwriting`, offset: src.origin(start) });
  }
  const eob = pushBlock(state, node('eob', src.origin(start), src.origin(start), { value: 'footnote_def' }));
  state.footnotes.set(name, { content, eob, markers: [] });
  return true;
}
