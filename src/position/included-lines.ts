import type { IncludeOrigin, Position } from '../article/types.ts';
import { lastAtMost } from './last-at-most.ts';
import { createLineIndex, type LineIndex } from './line-index.ts';

/**
 * A run of the rendered body that an include wrote. Its characters carry offsets of their own
 * past the end of the post (`start` to `end`, one past the last), so that positions can say where
 * in the include they are; in the post, they all sit at the `{% include %}` tag that led there.
 */
export interface IncludeRun {
  /** The run's first offset, and the one just past its last character. */
  start: number;
  end: number;
  /** The post's tag that led to the include (the outermost one, however deep it nests). */
  tagStart: number;
  tagEnd: number;
  /** The include's path from the site root (`_includes/toc.html`), and its text. */
  path: string;
  text: string;
  /** Where in the include what wrote the run starts and ends. */
  offset: number;
  offsetEnd: number;
  /** Copied from the include: character i is at `offset + i` there; else a tag or output wrote it. */
  verbatim: boolean;
}

/** A LineIndex that also reads the offsets of include runs: they are in the post at their tag. */
export interface PostLines extends LineIndex {
  /** The post offset an offset stands for: itself, or for an include's, its tag's start or end. */
  resolve(offset: number, side: 'start' | 'end'): number;
}

/**
 * `lines` of the post, knowing `runs` (in order of their offsets): a position that starts in an
 * include is the tag's span in the post, with `include` saying where in the include it is.
 */
export function withIncludes(lines: LineIndex, runs: readonly IncludeRun[]): PostLines {
  const first = runs[0]?.start;
  if (first === undefined) return { point: lines.point, offset: lines.offset, position: lines.position, resolve: (offset) => offset };
  const startOf = (i: number): number => (runs[i] as IncludeRun).start;
  const runAt = (offset: number): IncludeRun | undefined => {
    if (offset < first) return undefined;
    const run = runs[lastAtMost(runs.length, startOf, offset)] as IncludeRun;
    return offset <= run.end ? run : undefined;
  };
  const resolve = (offset: number, side: 'start' | 'end'): number => {
    const run = runAt(offset);
    if (run === undefined) return offset;
    return side === 'start' && offset < run.end ? run.tagStart : run.tagEnd;
  };
  const inInclude = (run: IncludeRun, offset: number, side: 'start' | 'end'): number => {
    if (run.verbatim) return run.offset + (offset - run.start);
    return side === 'start' && offset < run.end ? run.offset : run.offsetEnd;
  };
  const indexes = new Map<string, LineIndex>();
  const indexOf = (text: string): LineIndex => {
    let index = indexes.get(text);
    if (index === undefined) indexes.set(text, (index = createLineIndex(text)));
    return index;
  };
  const origin = (start: number, end: number): IncludeOrigin | undefined => {
    const run = runAt(start);
    if (run === undefined) return undefined;
    const endRun = runAt(end);
    const from = inInclude(run, start, 'start');
    const to = endRun !== undefined && endRun.text === run.text ? inInclude(endRun, end, 'end') : inInclude(run, run.end, 'end');
    const index = indexOf(run.text);
    return { path: run.path, start: index.point(from), end: index.point(Math.max(from, to)) };
  };
  return {
    point: (offset) => lines.point(resolve(offset, 'start')),
    offset: lines.offset,
    position(start, end): Position {
      const from = resolve(start, 'start');
      const position = lines.position(from, Math.max(from, resolve(end, 'end')));
      const include = origin(start, end);
      return include === undefined ? position : { ...position, include };
    },
    resolve,
  };
}
