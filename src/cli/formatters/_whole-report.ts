import type { Formatter, StreamingFormatter } from '../types.ts';

/** The whole report of a line format: each result's lines in order, then its end. */
export const wholeReport =
  (format: StreamingFormatter): Formatter =>
  (results, context) =>
    results.map((result) => format.file(result, context)).join('') + format.end(results, context);
