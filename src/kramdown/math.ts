import { afterBlockBoundary, beforeBlockBoundary, endOfContent, pushBlock } from './block-parser.ts';
import { rubyStrip } from './mapped-replace.ts';
import { node } from './nodes.ts';
import type { ParseState } from './state.ts';
import * as re from './syntax.ts';

const ESCAPE = / {0,3}\\/y;

/**
 * kramdown's block math: `$$…$$` standing between block boundaries. An escaped `\$$` is not
 * math; kramdown drops the backslash (when the math ends its line) and lets the next rules read
 * the line.
 */
export function parseBlockMath(state: ParseState): boolean {
  const { src } = state;
  const m = src.check(re.BLOCK_MATH_START);
  if (m === null || !afterBlockBoundary(state)) return false;
  if (m[1] !== undefined) {
    if (m[3] !== undefined) src.scan(ESCAPE);
    return false;
  }
  const start = src.pos;
  src.pos += m[0].length;
  if (!beforeBlockBoundary(state)) {
    src.pos = start;
    return false;
  }
  pushBlock(state, node('math', src.origin(start), endOfContent(state), { value: rubyStrip(m[2] ?? ''), category: 'block' }));
  return true;
}
