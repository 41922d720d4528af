import type { Diagnostic } from '../validate/diagnostic.ts';

/** A writable stream as far as the CLI needs one (process.stdout, or a test's collector). */
export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  /** The directory paths and configuration are resolved from. */
  cwd: string;
  /** Environment variables (default: none); `NO_COLOR`, `FORCE_COLOR` and `CI` are read. */
  env?: Record<string, string | undefined>;
  /** Standard input, read by `-` (`check -`, `parse -`, `stats -`); bin passes process.stdin (default: none, and `-` is a usage error). */
  stdin?: AsyncIterable<string | Uint8Array> | string;
}

/** What `check` found in one file. */
export interface FileResult {
  /** Path relative to the working directory, with `/` separators. */
  filePath: string;
  messages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Fixes applied to this file by `--fix` (0 without it). */
  fixCount: number;
}

/** A rule as formatters describe it (SARIF's tool.driver.rules). */
export interface RuleDescription {
  id: string;
  description: string;
  url: string;
  /** Its configured severity. */
  severity: 'error' | 'warning' | 'info' | 'off';
}

export interface FormatContext {
  cwd: string;
  /** Colour the output (stylish only). */
  color: boolean;
  rules: readonly RuleDescription[];
  /** The tool's version, for SARIF. */
  version: string;
  /**
   * The text of a result's file (`filePath` as in the results), or `undefined` when it cannot be
   * read: for formatters that show source lines (html). The CLI reads the file when asked.
   */
  readSource?: (filePath: string) => string | undefined;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

/**
 * A line-oriented format, written file by file as results come: what `file` gives for each
 * result in order, then what `end` gives for all of them, is the Formatter's output.
 */
export interface StreamingFormatter {
  file: (result: FileResult, context: FormatContext) => string;
  end: (results: readonly FileResult[], context: FormatContext) => string;
}
