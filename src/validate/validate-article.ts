import type { Article, Problem } from '../article/types.ts';
import { rules as registry } from '../rules/index.ts';
import { recommended } from '../rules/recommended.ts';
import type { Rule, RuleContext } from '../rules/types.ts';
import { createLineIndex } from '../position/line-index.ts';
import { type ResolvedSetting, resolveSetting, type RuleSetting } from './config.ts';
import type { Diagnostic, Fix } from './diagnostic.ts';
import { formatMessage } from './format-message.ts';
import type { StandardSchemaV1 } from './standard-schema.ts';
import { checkSchema, SCHEMA_RULE_ID } from './check-schema.ts';
import { createYamlLocator } from './yaml-locator.ts';

export interface Options {
  /** Rule settings by id, over `recommended` (default: `recommended` alone). */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** A Standard Schema (zod, valibot, arktype…) the front matter must satisfy (default: none). */
  schema?: StandardSchemaV1;
}

const PARSE_DOCS = 'https://www.npmjs.com/package/article-kit#problems';

function settingsFor(options: Options): Map<string, ResolvedSetting | undefined> {
  const known = new Map<string, Rule<never>>(registry.map((rule) => [rule.id, rule]));
  for (const id of Object.keys(options.rules ?? {})) {
    if (!known.has(id) && id !== SCHEMA_RULE_ID) {
      throw new TypeError(`Unknown rule "${id}" in options.rules. Known rules: ${[...known.keys(), SCHEMA_RULE_ID].sort().join(', ')}`);
    }
  }
  const merged: Record<string, RuleSetting> = { ...recommended, ...options.rules };
  const settings = new Map<string, ResolvedSetting | undefined>();
  for (const [id, setting] of Object.entries(merged)) settings.set(id, resolveSetting(id, setting, known.get(id)?.meta.defaultOptions));
  return settings;
}

/**
 * Checks an Article: its parse problems, then every configured rule's findings, in file order.
 * Throws only for a configuration mistake (an unknown rule id or severity).
 */
export function validateArticle(article: Article, options: Options = {}): Diagnostic[] {
  const settings = settingsFor(options);
  const lines = createLineIndex(article.source);
  const yaml = createYamlLocator(article);
  const diagnostics: Diagnostic[] = article.problems.map((problem) => fromProblem(problem, lines));
  const make = (ruleId: string, setting: ResolvedSetting, message: string, start: number, end: number | undefined, url: string, fix?: Fix): Diagnostic => {
    const from = lines.point(start);
    const to = end === undefined || end <= start ? undefined : lines.point(end);
    return {
      ruleId,
      severity: setting.severity,
      message,
      reason: message,
      line: from.line,
      column: from.column,
      ...(to ? { endLine: to.line, endColumn: to.column } : {}),
      place: to ? { start: from, end: to } : from,
      source: 'article-kit',
      fatal: setting.severity === 'error' ? true : setting.severity === 'warning' ? false : undefined,
      url,
      ...(fix ? { fix } : {}),
    };
  };
  for (const rule of registry) {
    const setting = settings.get(rule.id);
    if (!setting || (rule.meta.needsFrontMatter && article.frontMatter.unreadable)) continue;
    const context: RuleContext<never> = {
      source: article.source,
      options: setting.options as never,
      yaml,
      report: (report) => {
        const template = rule.meta.messages[report.messageId] ?? report.messageId;
        diagnostics.push(make(rule.id, setting, formatMessage(template, report.data), report.start, report.end, rule.meta.url, report.fix));
      },
    };
    try {
      rule.check(article, context);
    } catch (error) {
      diagnostics.push(make(rule.id, { severity: 'error', options: {} }, `Rule ${rule.id} failed: ${error instanceof Error ? error.message : String(error)}`, 0, undefined, rule.meta.url));
    }
  }
  const schemaSetting = settings.get(SCHEMA_RULE_ID) ?? (options.rules?.[SCHEMA_RULE_ID] === 'off' ? undefined : { severity: 'error' as const, options: {} });
  if (options.schema && schemaSetting && !article.frontMatter.unreadable) {
    for (const issue of checkSchema(article, options.schema, yaml)) {
      diagnostics.push(make(SCHEMA_RULE_ID, schemaSetting, issue.message, issue.start, issue.end, PARSE_DOCS));
    }
  }
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}

function fromProblem(problem: Problem, lines: ReturnType<typeof createLineIndex>): Diagnostic {
  const start = { line: problem.line, column: problem.column, offset: lines.offset(problem.line, problem.column) };
  const end =
    problem.endLine === undefined
      ? undefined
      : { line: problem.endLine, column: problem.endColumn ?? 1, offset: lines.offset(problem.endLine, problem.endColumn ?? 1) };
  return {
    ...problem,
    reason: problem.message,
    place: end ? { start, end } : start,
    source: 'article-kit',
    fatal: problem.severity === 'error' ? true : problem.severity === 'warning' ? false : undefined,
    url: PARSE_DOCS,
  };
}
