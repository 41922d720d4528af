import type { Point, Position, Severity } from '../article/types.ts';

/** An edit that repairs a finding: replace the file's text in `range` (offsets) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/**
 * One finding, from parsing or from a rule, positioned in the original file (1-based, front
 * matter included). Field names follow vfile-message, the unified ecosystem's diagnostic:
 * `reason`, `place`, `ruleId`, `source`, `fatal` (true for errors, false for warnings, undefined
 * for info), `url`; `place` is a unist Point or Position, so `new VFileMessage(d.reason, { place:
 * d.place })` type-checks.
 */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The same text as `message`, under vfile-message's name. */
  reason: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /**
   * Where it is, as vfile-message's `place`: a unist `Position` (`{ start, end }`) when the finding
   * spans characters, else the `Point` it is at. Assignable to vfile-message's `Options['place']`.
   */
  place: Point | Position;
  source: 'article-kit';
  fatal: boolean | undefined;
  url?: string;
  fix?: Fix;
}
