import type { Article } from '../article/types.ts';
import type { RuleContext, RuleMeta } from '../rules/types.ts';
import { type OptionSchema, optionsProblem } from './check-options.ts';
import { describeValue, isRecord } from './describe-value.ts';

/**
 * A rule from a plugin: a built-in rule's shape (`meta.description`, `meta.url`, `meta.messages`,
 * `check`, optionally `meta.optionsSchema` and `meta.defaultOptions`), with `meta.docs` optional
 * and no `id`: its id is `prefix/name`, from where it is listed.
 */
export interface PluginRule<Options = Record<string, unknown>> {
  meta: Omit<RuleMeta, 'docs'> & Partial<Pick<RuleMeta, 'docs'>>;
  check(article: Article, context: RuleContext<Options>): void;
}

/**
 * Rules from outside the package, as in ESLint's flat config: listed under a prefix,
 * `plugins: { acme: { rules: { 'no-draft': rule } } }` makes the rule `acme/no-draft`.
 */
export interface Plugin {
  rules: Readonly<Record<string, PluginRule<never>>>;
}

/** Plugins by prefix. */
export type Plugins = Readonly<Record<string, Plugin>>;

/** A prefix or a rule name: what a `--rule` flag and a disable comment can name. */
const NAME = /^[^\s,:/]+$/;
const OPTION_TYPES: ReadonlySet<unknown> = new Set(['integer', 'number', 'string', 'boolean', 'array']);

function optionSchemaProblem(schema: unknown, where: string): string | undefined {
  if (!isRecord(schema) || !OPTION_TYPES.has(schema.type)) {
    return `${where} must be an option's schema ({ type: 'integer' | 'number' | 'string' | 'boolean' | 'array', … }), got ${describeValue(schema)}`;
  }
  return schema.type === 'array' ? optionSchemaProblem(schema.items, `${where}.items`) : undefined;
}

/** What is wrong with one rule's shape, as a path below the rule and a reason. */
function ruleProblem(rule: unknown): string | undefined {
  if (!isRecord(rule)) return ` must be a rule ({ meta, check }), got ${describeValue(rule)}`;
  if (typeof rule.check !== 'function') return `.check must be a function, got ${describeValue(rule.check)}`;
  const { meta } = rule;
  if (!isRecord(meta)) return `.meta must be an object, got ${describeValue(meta)}`;
  if (typeof meta.description !== 'string') return `.meta.description must be a string, got ${describeValue(meta.description)}`;
  if (typeof meta.url !== 'string') return `.meta.url must be a string, got ${describeValue(meta.url)}`;
  if (!isRecord(meta.messages)) return `.meta.messages must be an object (message id → text), got ${describeValue(meta.messages)}`;
  for (const [id, text] of Object.entries(meta.messages)) {
    if (typeof text !== 'string') return `.meta.messages[${JSON.stringify(id)}] must be a string, got ${describeValue(text)}`;
  }
  const schema = meta.optionsSchema;
  if (schema !== undefined) {
    if (!isRecord(schema) || schema.type !== 'object' || !isRecord(schema.properties) || schema.additionalProperties !== false) {
      return `.meta.optionsSchema must be { type: 'object', properties: {…}, additionalProperties: false }, got ${describeValue(schema)}`;
    }
    for (const [name, property] of Object.entries(schema.properties)) {
      const problem = optionSchemaProblem(property, `.meta.optionsSchema.properties[${JSON.stringify(name)}]`);
      if (problem !== undefined) return problem;
    }
  }
  if (meta.defaultOptions !== undefined) {
    const problem = optionsProblem(meta.defaultOptions, schema as { type: 'object'; properties: Record<string, OptionSchema>; additionalProperties: false } | undefined);
    if (problem !== undefined) return `.meta.defaultOptions: ${problem}`;
  }
  return undefined;
}

/**
 * What is wrong with `plugins`, in words that name the plugin, the rule and the part of it;
 * `undefined` when every plugin has the shape of {@link Plugin} and every rule the shape of a rule.
 */
export function pluginsProblem(plugins: unknown): string | undefined {
  if (!isRecord(plugins)) return `"plugins" must be an object (prefix → { rules }), got ${describeValue(plugins)}`;
  for (const [prefix, plugin] of Object.entries(plugins)) {
    const at = `plugins[${JSON.stringify(prefix)}]`;
    if (!NAME.test(prefix)) return `${at}: a prefix must be a name without spaces, commas, ':' or '/'`;
    if (!isRecord(plugin)) return `${at} must be an object with "rules", got ${describeValue(plugin)}`;
    if (!isRecord(plugin.rules)) return `${at}.rules must be an object (rule name → rule), got ${describeValue(plugin.rules)}`;
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const where = `${at}.rules[${JSON.stringify(name)}]`;
      if (!NAME.test(name)) return `${where}: a rule's name must be a name without spaces, commas, ':' or '/'`;
      const problem = ruleProblem(rule);
      if (problem !== undefined) return `${where}${problem}`;
    }
  }
  return undefined;
}

/** A rule as validation runs it: a built-in one, or a plugin's with its id. */
export interface IdentifiedRule {
  id: string;
  meta: PluginRule['meta'];
  check(article: Article, context: RuleContext<never>): void;
}

const resolved = new WeakMap<object, readonly IdentifiedRule[]>();

/**
 * The plugins' rules with their ids (`prefix/name`), in the order they are listed. Throws a
 * TypeError saying what is wrong with a plugin that does not have the shape of {@link Plugin}.
 * Checked once per `plugins` object.
 */
export function pluginRules(plugins: Plugins | undefined): readonly IdentifiedRule[] {
  if (plugins === undefined) return [];
  const known = resolved.get(plugins);
  if (known !== undefined) return known;
  const problem = pluginsProblem(plugins);
  if (problem !== undefined) throw new TypeError(`Invalid options.plugins: ${problem}`);
  const rules: IdentifiedRule[] = [];
  for (const [prefix, plugin] of Object.entries(plugins)) {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      rules.push({ id: `${prefix}/${name}`, meta: rule.meta, check: (article, context) => rule.check(article, context) });
    }
  }
  resolved.set(plugins, rules);
  return rules;
}
