import type { Point, Position } from '../article/types.ts';
import { lastAtMost } from './last-at-most.ts';

export interface LineIndex {
  point(offset: number): Point;
  /** The offset of a 1-based line and column (clamped to the file). */
  offset(line: number, column: number): number;
  position(start: number, end: number): Position;
}

/**
 * Turns offsets into 1-based lines and columns. `\n`, `\r\n` and a lone `\r` each end a line, so
 * CR-only files count lines as editors do.
 */
export function createLineIndex(text: string): LineIndex {
  const starts = lineStarts(text);
  const startAt = (i: number): number => starts[i] ?? 0;
  const point = (offset: number): Point => {
    let at = Math.max(0, Math.min(offset, text.length));
    // Between the CR and the LF of a CRLF, the line has ended already: that is its end.
    if (at > 0 && text.charCodeAt(at) === 10 && text.charCodeAt(at - 1) === 13) at--;
    const low = lastAtMost(starts.length, startAt, at);
    return { line: low + 1, column: at - (starts[low] ?? 0) + 1, offset: at };
  };
  const offset = (line: number, column: number): number => {
    const start = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
    return Math.min(text.length, start + Math.max(column, 1) - 1);
  };
  return { point, offset, position: (start, end) => ({ start: point(start), end: point(Math.max(start, end)) }) };
}

/** Where each line starts: after `\n`, after a `\r` not followed by `\n`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case, found by the engine's own search.
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
