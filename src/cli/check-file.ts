import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { parseArticle } from '../article/parse-article.ts';
import type { Diagnostic } from '../validate/diagnostic.ts';
import type { Plugins } from '../validate/plugins.ts';
import type { StandardSchemaV1 } from '../validate/standard-schema.ts';
import { validateArticle } from '../validate/validate-article.ts';
import { applyFixes } from './apply-fixes.ts';
import { inside, treeOf } from './find-files.ts';
import { readPost } from './read-post.ts';
import { rulesForFile, type RulesForFileOptions } from './rules-for-file.ts';
import { articlePath, type SiteChoice, siteFor } from './site-for.ts';
import type { FileResult } from './types.ts';
import { unifiedDiff } from './unified-diff.ts';
import { type WriteOutcome, writeFileSafely } from './write-file-safely.ts';

/** How to check files: the rule settings (see `rulesForFile`) and the rest. */
export interface CheckOptions extends RulesForFileOptions {
  cwd: string;
  fix: boolean;
  dryRun: boolean;
  /** The Jekyll site posts are read with (default: none). */
  site?: SiteChoice;
  /** `--report-unused-disable-directives`: disable comments that turned nothing off are errors. */
  reportUnusedDisableDirectives?: boolean;
  /** Read and write through symbolic links out of the tree (default: false; see `findPostFiles`). */
  allowOutsideLinks?: boolean;
  /** The front matter's Standard Schema (a JavaScript configuration's `schema`). */
  schema?: StandardSchemaV1;
  /** Rules from outside the package (a JavaScript configuration's `plugins`). */
  plugins?: Plugins;
}

export type CheckOutcome =
  /** `writeError`: why `--fix` could not write the file (it is then reported with the text as it was). */
  | { kind: 'checked'; result: FileResult; diff?: string; note?: string; writeError?: string }
  | { kind: 'unreadable'; filePath: string; message: string };

/** Fixing can reveal more to fix (ESLint does the same); this bounds the passes. */
const MAX_FIX_PASSES = 10;

export const relativePath = (file: string, cwd: string): string => path.relative(cwd, file).split(path.sep).join('/');

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
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
  const message = 'The file is not valid UTF-8: invalid bytes are shown as U+FFFD, and --fix will not write it';
  const start = { line, column, offset };
  return { ruleId: 'file-encoding', severity: 'error', message, reason: message, line, column, place: start, source: 'article-kit', fatal: true };
}

/** An I/O error's message without the path Node appends (`ENOSPC: no space left on device`). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return typeof (error as { code?: unknown }).code === 'string' ? error.message.replace(/, \w+(?: '[^]*')?$/, '') : error.message;
}

/** Reads, parses and validates one post; with `fix`, applies the rules' fixes safely. */
export async function checkFile(file: string, options: CheckOptions): Promise<CheckOutcome> {
  const filePath = relativePath(file, options.cwd);
  let post: Awaited<ReturnType<typeof readPost>>;
  let real: string;
  try {
    // Listed inside the tree, but a link may have been put in its place since: look again, read
    // the real file, and write only that one.
    real = await realpath(file);
    if (!options.allowOutsideLinks) {
      const tree = treeOf(path.resolve(file), options.cwd);
      if (!inside(real, await realpath(tree).catch(() => tree))) {
        return { kind: 'unreadable', filePath, message: `it is now a symbolic link out of ${tree} (to ${real}): not read` };
      }
    }
    post = await readPost(real);
  } catch (error) {
    return { kind: 'unreadable', filePath, message: error instanceof Error ? error.message : String(error) };
  }
  const site = await siteFor(file, options.site ?? { kind: 'none' });
  const rules = rulesForFile(path.resolve(file), options);
  const articleOptions = { path: articlePath(file, options.cwd, site), ...(site ? { site: site.site } : {}) };
  const validate = (text: string): Diagnostic[] => {
    const diagnostics = validateArticle(parseArticle(text, articleOptions), {
      rules,
      ...(options.schema ? { schema: options.schema } : {}),
      ...(options.plugins ? { plugins: options.plugins } : {}),
      ...(options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: 'error' as const } : {}),
    });
    if (post.invalidUtf8) diagnostics.unshift(encodingDiagnostic(post.text, post.invalidUtf8.offset));
    return diagnostics;
  };
  let text = post.text;
  let messages = validate(text);
  if (!options.fix || post.invalidUtf8) return { kind: 'checked', result: summarize(filePath, messages, 0) };
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
  if (text === post.text) return { kind: 'checked', result: summarize(filePath, messages, 0) };
  if (options.dryRun) {
    return { kind: 'checked', result: summarize(filePath, messages, fixCount), diff: unifiedDiff(filePath, post.text, text) };
  }
  let written: WriteOutcome;
  try {
    written = await writeFileSafely(file, text, { bytes: post.bytes, realPath: real });
  } catch (error) {
    return { kind: 'checked', result: summarize(filePath, validate(post.text), 0), writeError: `${describeError(error)}; not fixed` };
  }
  if (written === 'changed-on-disk') {
    return {
      kind: 'checked',
      result: summarize(filePath, validate(post.text), 0),
      note: `${filePath} changed on disk while it was checked: not fixed`,
    };
  }
  if (written === 'changed-while-written') {
    return {
      kind: 'checked',
      result: summarize(filePath, validate(post.text), 0),
      note: `${filePath} was changed by another program while it was fixed: its text is kept, not fixed`,
    };
  }
  return { kind: 'checked', result: summarize(filePath, messages, fixCount) };
}
