import path from 'node:path';
import { parseArticle } from '../article/parse-article.ts';
import { createLineIndex } from '../position/line-index.ts';
import type { Diagnostic } from '../validate/diagnostic.ts';
import type { Plugins } from '../validate/plugins.ts';
import type { StandardSchemaV1 } from '../validate/standard-schema.ts';
import { validateArticle } from '../validate/validate-article.ts';
import { applyFixes } from './apply-fixes.ts';
import type { ReadPostResult } from './read-post.ts';
import { rulesForFile, type RulesForFileOptions } from './rules-for-file.ts';
import { relativePath } from './relative-path.ts';
import { articleOptions, type SiteChoice, siteFor } from './site-for.ts';
import type { FileResult } from './types.ts';

/** How to check a text: the rule settings (see `rulesForFile`) and the rest. */
export interface TextCheckOptions extends RulesForFileOptions {
  cwd: string;
  /** The front matter's Standard Schema (a JavaScript configuration's `schema`). */
  schema?: StandardSchemaV1;
  /** Rules from outside the package (a JavaScript configuration's `plugins`). */
  plugins?: Plugins;
  /** Apply the rules' fixes to the text (default: false). */
  fix?: boolean;
  /** The Jekyll site the post is read with (default: none). */
  site?: SiteChoice;
  /** `--report-unused-disable-directives`: disable comments that turned nothing off are errors. */
  reportUnusedDisableDirectives?: boolean;
  /** The path results show (default: the file's path relative to `cwd`, with `/`). */
  filePath?: string;
  /** Adds the milliseconds spent parsing and running the rules here (`TIMING=1`). */
  spent?: Timing;
}

/** Milliseconds spent on a file's phases (`TIMING=1`). */
export interface Timing {
  parse: number;
  rules: number;
}

export interface TextCheck {
  result: FileResult;
  /** The text with the fixes applied (the text as it was without `fix`, or when it is not valid UTF-8). */
  output: string;
}

/** Fixing can reveal more to fix (ESLint does the same); this bounds the passes. */
const MAX_FIX_PASSES = 10;

function summarize(filePath: string, messages: Diagnostic[], fixCount: number): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { filePath, messages, errorCount, warningCount, infoCount, fixCount };
}

function encodingDiagnostic(text: string, offset: number): Diagnostic {
  const place = createLineIndex(text).point(offset);
  const message = 'The file is not valid UTF-8: invalid bytes are shown as U+FFFD, and --fix will not write it';
  return { ruleId: 'file-encoding', severity: 'error', message, reason: message, line: place.line, column: place.column, place, source: 'article-kit', fatal: true };
}

/**
 * Parses and validates a post's text as the file `file` (absolute; its path is what the
 * file-name and date rules, permalinks and the site lookup read); with `fix`, applies the rules'
 * fixes, pass after pass, and validates the result. Reads nothing but the site.
 */
export async function checkText(post: Pick<ReadPostResult, 'text' | 'invalidUtf8'>, file: string, options: TextCheckOptions): Promise<TextCheck> {
  const filePath = options.filePath ?? relativePath(file, options.cwd);
  const site = await siteFor(file, options.site ?? { kind: 'none' });
  const rules = rulesForFile(path.resolve(file), options);
  const readAs = articleOptions(file, options.cwd, site);
  const { spent } = options;
  const validate = (text: string): Diagnostic[] => {
    const started = spent ? performance.now() : 0;
    const article = parseArticle(text, readAs);
    const parsed = spent ? performance.now() : 0;
    const diagnostics = validateArticle(article, {
      rules,
      ...(options.schema ? { schema: options.schema } : {}),
      ...(options.plugins ? { plugins: options.plugins } : {}),
      ...(options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: 'error' as const } : {}),
    });
    if (post.invalidUtf8) diagnostics.unshift(encodingDiagnostic(post.text, post.invalidUtf8.offset));
    if (spent) {
      spent.parse += parsed - started;
      spent.rules += performance.now() - parsed;
    }
    return diagnostics;
  };
  let text = post.text;
  let messages = validate(text);
  if (!options.fix || post.invalidUtf8) return { result: summarize(filePath, messages, 0), output: text };
  let fixCount = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const { output, applied } = applyFixes(text, fixes);
    if (applied.length === 0 || output === text) break;
    fixCount += applied.length;
    text = output;
    messages = validate(text);
  }
  return { result: summarize(filePath, messages, text === post.text ? 0 : fixCount), output: text };
}
