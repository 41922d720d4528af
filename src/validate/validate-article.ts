import type { Article, Problem } from '../article/types.ts';
import { rules as registry } from '../rules/index.ts';
import { recommended } from '../rules/recommended.ts';
import type { RuleContext } from '../rules/types.ts';
import { createLineIndex } from '../position/line-index.ts';
import { type ResolvedSetting, resolveSetting, type RuleSetting, type RulesConfig, type SeveritySetting } from './config.ts';
import { type Directive, readDirectives, suppressors } from './directives.ts';
import { optionsProblem } from './check-options.ts';
import type { Diagnostic, Fix } from './diagnostic.ts';
import { createMessageFormatter } from './format-message.ts';
import type { StandardSchemaV1 } from './standard-schema.ts';
import { checkSchema, SCHEMA_RULE_ID } from './check-schema.ts';
import { createYamlLocator } from './yaml-locator.ts';
import { type IdentifiedRule, pluginRules, type Plugins } from './plugins.ts';

export interface Options {
  /**
   * Rule settings by id, over `recommended` (default: `recommended` alone). Options that do not
   * fit a rule's `meta.optionsSchema` throw a TypeError naming the rule and the option.
   */
  rules?: RulesConfig;
  /** A Standard Schema (zod, valibot, arktype…) the front matter must satisfy (default: none). */
  schema?: StandardSchemaV1;
  /**
   * Report `<!-- article-kit-disable … -->` comments (and the front matter's
   * `article-kit-disable`) that turned nothing off, at this severity (default: `'off'`).
   */
  reportUnusedDisableDirectives?: SeveritySetting;
  /**
   * Rules from outside the package, by prefix: `{ acme: { rules: { 'no-draft': rule } } }` adds
   * the rule `acme/no-draft`, configured in `rules` like any other and off until it is (default:
   * none). A plugin of the wrong shape throws a TypeError naming the plugin, the rule and the part.
   */
  plugins?: Plugins;
}

const DIRECTIVES_DOCS = 'https://www.npmjs.com/package/article-kit#inline-configuration';
const UNUSED_DIRECTIVE = 'unused-disable-directive';

const PARSE_DOCS = 'https://www.npmjs.com/package/article-kit#problems';

function settingsFor(options: Options, all: readonly IdentifiedRule[]): Map<string, ResolvedSetting | undefined> {
  const known = new Map<string, IdentifiedRule>(all.map((rule) => [rule.id, rule]));
  for (const id of Object.keys(options.rules ?? {})) {
    if (!known.has(id) && id !== SCHEMA_RULE_ID) {
      throw new TypeError(`Unknown rule "${id}" in options.rules. Known rules: ${[...known.keys(), SCHEMA_RULE_ID].sort().join(', ')}`);
    }
  }
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    const given = typeof setting === 'string' ? undefined : setting[1];
    const problem = given === undefined ? undefined : optionsProblem(given, known.get(id)?.meta.optionsSchema);
    if (problem !== undefined) throw new TypeError(`Invalid options for rule "${id}" in options.rules: ${problem}`);
  }
  const merged: Record<string, RuleSetting> = { ...recommended, ...options.rules };
  const settings = new Map<string, ResolvedSetting | undefined>();
  for (const [id, setting] of Object.entries(merged)) settings.set(id, resolveSetting(id, setting, known.get(id)?.meta.defaultOptions));
  return settings;
}

/**
 * Checks an Article: its parse problems, then every configured rule's findings, in file order.
 * Throws only for a configuration mistake (an unknown rule id or severity, a plugin of the wrong shape).
 */
export function validateArticle(article: Article, options: Options = {}): Diagnostic[] {
  const all: readonly IdentifiedRule[] = options.plugins === undefined ? registry : [...registry, ...pluginRules(options.plugins)];
  const settings = settingsFor(options, all);
  const lines = createLineIndex(article.source);
  const yaml = createYamlLocator(article);
  const diagnostics: Diagnostic[] = article.problems.map((problem) => fromProblem(problem, lines));
  const parseErrors = new Set(diagnostics.filter((d) => d.severity === 'error'));
  const formatMessage = createMessageFormatter();
  // Two literal shapes rather than spreads: a big post makes tens of thousands of these.
  const make = (ruleId: string, setting: ResolvedSetting, message: string, start: number, end: number | undefined, url: string, fix?: Fix): Diagnostic => {
    const from = lines.point(start);
    const to = end === undefined || end <= start ? undefined : lines.point(end);
    const fatal = setting.severity === 'error' ? true : setting.severity === 'warning' ? false : undefined;
    const made: Diagnostic = to
      ? { ruleId, severity: setting.severity, message, reason: message, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, place: { start: from, end: to }, source: 'article-kit', fatal, url }
      : { ruleId, severity: setting.severity, message, reason: message, line: from.line, column: from.column, place: from, source: 'article-kit', fatal, url };
    if (fix) made.fix = fix;
    return made;
  };
  for (const rule of all) {
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
  const kept = applyDirectives(diagnostics, readDirectives(article, (offset) => lines.point(offset).line), parseErrors);
  const unused = resolveSetting(UNUSED_DIRECTIVE, options.reportUnusedDisableDirectives ?? 'off');
  if (unused) {
    for (const { directive, rule } of kept.unused) {
      const message = `Unused article-kit-${directive.kind} directive (no problems were reported${rule === undefined ? '' : ` by '${rule}'`})`;
      kept.diagnostics.push(make(UNUSED_DIRECTIVE, unused, message, directive.start, directive.end > directive.start ? directive.end : undefined, DIRECTIVES_DOCS));
    }
  }
  return kept.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The diagnostics the post's directives leave on (a parse error, which breaks the build, always
 * stays), and the directives, or rules of one, that turned nothing off.
 */
function applyDirectives(
  diagnostics: Diagnostic[],
  directives: Directive[],
  parseErrors: ReadonlySet<Diagnostic>,
): { diagnostics: Diagnostic[]; unused: Array<{ directive: Directive; rule: string | undefined }> } {
  if (directives.length === 0) return { diagnostics, unused: [] };
  const used = new Map<Directive, Set<string>>();
  const offsetOf = (d: Diagnostic): number => ('start' in d.place ? d.place.start.offset : d.place.offset) ?? 0;
  const by = suppressors(directives, diagnostics.map((d) => ({ ruleId: d.ruleId, offset: offsetOf(d), line: d.line })));
  const kept = diagnostics.filter((d, i) => {
    const directive = by[i];
    if (parseErrors.has(d) || directive === undefined) return true;
    let rules = used.get(directive);
    if (rules === undefined) used.set(directive, (rules = new Set()));
    rules.add(d.ruleId);
    return false;
  });
  const unused: Array<{ directive: Directive; rule: string | undefined }> = [];
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const rules = used.get(directive);
    if (directive.rules === undefined) {
      if (rules === undefined) unused.push({ directive, rule: undefined });
    } else {
      for (const rule of directive.rules) if (!rules?.has(rule)) unused.push({ directive, rule });
    }
  }
  return { diagnostics: kept, unused };
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
