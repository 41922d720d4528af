import path from 'node:path';
import type { SiteProblem } from '../jekyll/site.ts';
import { createLineIndex } from '../position/line-index.ts';
import type { Diagnostic } from '../validate/diagnostic.ts';
import type { PostSite } from './site-for.ts';
import type { FileResult } from './types.ts';

/** A site problem as a diagnostic of its file (the configuration's when it names none), at its line and column. */
function diagnosticOf(problem: SiteProblem, text: string | null | undefined): Diagnostic {
  const line = problem.line ?? 1;
  const column = problem.column ?? 1;
  const lines = typeof text === 'string' ? createLineIndex(text) : undefined;
  const offsetOf = (l: number, c: number): number => (lines ? lines.offset(l, c) : 0);
  const start = { line, column, offset: offsetOf(line, column) };
  const end = problem.endLine !== undefined && problem.endColumn !== undefined ? { line: problem.endLine, column: problem.endColumn, offset: offsetOf(problem.endLine, problem.endColumn) } : undefined;
  return {
    ruleId: problem.ruleId,
    severity: problem.severity,
    message: problem.message,
    reason: problem.message,
    line,
    column,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    place: end ? { start, end } : start,
    source: 'article-kit',
    fatal: problem.severity === 'error' ? true : problem.severity === 'warning' ? false : undefined,
  };
}

/**
 * What loading the sites found (Jekyll's configuration, data files, posts it could not read), as
 * results of the files they are about, paths from the working folder; one result per file.
 */
export function siteResults(sites: readonly PostSite[], cwd: string): FileResult[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const { root, site } of sites) {
    for (const problem of site.problems) {
      const file = problem.file ?? (typeof site.files?.['_config.yaml'] === 'string' && site.files['_config.yml'] === undefined ? '_config.yaml' : '_config.yml');
      const filePath = path.relative(cwd, path.join(root, file)).split(path.sep).join('/');
      let list = byFile.get(filePath);
      if (list === undefined) byFile.set(filePath, (list = []));
      list.push(diagnosticOf(problem, site.files?.[file]));
    }
  }
  return [...byFile].map(([filePath, messages]) => {
    messages.sort((a, b) => a.line - b.line || a.column - b.column);
    const count = (severity: string): number => messages.filter((m) => m.severity === severity).length;
    return { filePath, messages, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info'), fixCount: 0 };
  });
}
