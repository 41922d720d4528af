import type { OptionsSchema } from '../validate/check-options.ts';
import type { Article } from '../article/types.ts';
import type { Fix } from '../validate/diagnostic.ts';
import type { YamlLocator } from '../validate/yaml-locator.ts';

export interface RuleExample {
  /** A whole post file. */
  source: string;
  /** The file's path, for rules that read it (default: `_posts/2024-06-12-example.md`). */
  path?: string;
  /** Rule options for this example (default: the rule's `defaultOptions`). */
  options?: Record<string, unknown>;
}

export interface RuleMeta {
  description: string;
  url: string;
  /** `'code'` when the rule offers fixes. */
  fixable?: 'code';
  defaultOptions?: Record<string, unknown>;
  /** The options it takes (none without one): configured options that do not fit are refused, naming the option. */
  optionsSchema?: OptionsSchema;
  /**
   * Set for a rule whose findings rest on the front matter's data: it does not run when Jekyll
   * cannot read the front matter (`frontMatter.unreadable`), so that one YAML mistake is one
   * problem, not a cascade of findings about a `data` that is `{}`.
   */
  needsFrontMatter?: true;
  /** Messages by id; `{{name}}` placeholders are filled from a report's `data`. */
  messages: Record<string, string>;
  /** Documentation that is also a test: `expected` lists `line:column: message` of the not-ok example. */
  docs: {
    ok: RuleExample;
    notOk: RuleExample & { expected: string[] };
  };
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Offset in the file where the finding starts, and (optionally) ends. */
  start: number;
  end?: number;
  fix?: Fix;
}

export interface RuleContext<Options = Record<string, unknown>> {
  /** The whole file. */
  source: string;
  /** The rule's options: its `defaultOptions` overlaid with the configured ones. */
  options: Options;
  /** Where YAML nodes of the front matter sit in the file. */
  yaml: YamlLocator;
  report(report: Report): void;
}

/** A rule only reports; configuration decides its severity. */
export interface Rule<Options = Record<string, unknown>> {
  id: string;
  meta: RuleMeta;
  check(article: Article, context: RuleContext<Options>): void;
}
