import { rules as registry } from '../rules/index.ts';
import { optionsProblem, type OptionsSchema } from '../validate/check-options.ts';
import { SCHEMA_RULE_ID } from '../validate/check-schema.ts';
import type { RulesConfig } from '../validate/config.ts';
import { describeValue, isRecord } from '../validate/describe-value.ts';
import { type Plugins, pluginRules, pluginsProblem } from '../validate/plugins.ts';
import { ConfigError } from './config-error.ts';
import type { ArticleKitConfig, ConfigOverride } from './define-config.ts';

/** The keys a configuration may have. */
export const CONFIG_KEYS = ['rules', 'ignores', 'overrides', 'schema', 'plugins', 'site'] as const;
const ALLOWED_KEYS: ReadonlySet<string> = new Set(CONFIG_KEYS);
const OVERRIDE_KEYS: ReadonlySet<string> = new Set(['files', 'rules']);
const SEVERITIES: ReadonlySet<unknown> = new Set(['off', 'info', 'warn', 'warning', 'error']);
const SEVERITY_WORDS = "'off', 'info', 'warn' (or 'warning') or 'error'";

/** Rule ids a configuration can set, with their options' schemas. */
export function knownRules(plugins: Plugins | undefined): Map<string, OptionsSchema | undefined> {
  const known = new Map<string, OptionsSchema | undefined>(registry.map((rule) => [rule.id, rule.meta.optionsSchema]));
  known.set(SCHEMA_RULE_ID, undefined);
  for (const rule of pluginRules(plugins)) known.set(rule.id, rule.meta.optionsSchema);
  return known;
}

/** Why `id` is no rule: a plugin's prefix or rule name that is not there. */
function unknownRule(id: string, plugins: Plugins | undefined): string {
  const slash = id.indexOf('/');
  if (slash < 0) return 'no such rule';
  const prefix = id.slice(0, slash);
  const plugin = plugins !== undefined && Object.hasOwn(plugins, prefix) ? plugins[prefix] : undefined;
  if (plugin === undefined) return `no plugin ${JSON.stringify(prefix)} in "plugins"`;
  return `plugin ${JSON.stringify(prefix)} has no rule ${JSON.stringify(id.slice(slash + 1))}`;
}

const isStandardSchema = (value: unknown): boolean =>
  isRecord(value) && isRecord(value['~standard']) && typeof value['~standard'].validate === 'function';

type Fail = (reason: string) => never;

function checkRules(rules: unknown, at: string, plugins: Plugins | undefined, fail: Fail): RulesConfig {
  if (!isRecord(rules)) return fail(`${at === 'rules' ? '"rules"' : at} must be an object, got ${describeValue(rules)}`);
  const known = knownRules(plugins);
  for (const [id, setting] of Object.entries(rules)) {
    const where = `${at}[${JSON.stringify(id)}]`;
    if (typeof setting === 'string') {
      if (!SEVERITIES.has(setting)) fail(`${where} has severity ${JSON.stringify(setting)}; expected ${SEVERITY_WORDS}`);
    } else if (Array.isArray(setting)) {
      if (setting.length < 1 || setting.length > 2) fail(`${where} must be [severity] or [severity, options]`);
      if (!SEVERITIES.has(setting[0])) fail(`${where}[0] is ${describeValue(setting[0])}; expected ${SEVERITY_WORDS}`);
      if (setting.length === 2 && !isRecord(setting[1])) fail(`${where}[1] (the options) must be an object, got ${describeValue(setting[1])}`);
    } else {
      fail(`${where} must be a severity string or [severity, options], got ${describeValue(setting)}`);
    }
    if (!known.has(id)) fail(`${where}: ${unknownRule(id, plugins)}`);
    const problem = Array.isArray(setting) && setting.length === 2 ? optionsProblem(setting[1], known.get(id)) : undefined;
    if (problem !== undefined) fail(`${where}[1]: ${problem}`);
  }
  return { ...(rules as RulesConfig) };
}

/** A non-empty glob. */
const isGlob = (value: unknown): value is string => typeof value === 'string' && value !== '';

function checkIgnores(ignores: unknown, fail: Fail): string[] {
  if (!Array.isArray(ignores)) return fail(`"ignores" must be an array of globs, got ${describeValue(ignores)}`);
  ignores.forEach((glob, i) => {
    if (!isGlob(glob)) fail(`ignores[${i}] must be a glob (a non-empty string), got ${describeValue(glob)}`);
  });
  return [...(ignores as string[])];
}

function checkOverrides(overrides: unknown, plugins: Plugins | undefined, fail: Fail): ConfigOverride[] {
  if (!Array.isArray(overrides)) return fail(`"overrides" must be an array of { files, rules }, got ${describeValue(overrides)}`);
  return overrides.map((override: unknown, i) => {
    const at = `overrides[${i}]`;
    if (!isRecord(override)) return fail(`${at} must be an object { files, rules }, got ${describeValue(override)}`);
    for (const key of Object.keys(override)) {
      if (!OVERRIDE_KEYS.has(key)) fail(`${at} has unknown key ${JSON.stringify(key)} (allowed: files, rules)`);
    }
    const { files } = override;
    const globs = typeof files === 'string' ? [files] : files;
    if (!Array.isArray(globs) || globs.length === 0 || !globs.every(isGlob)) {
      fail(`${at}.files must be a glob or a non-empty array of globs (non-empty strings), got ${describeValue(files)}`);
    }
    if (override.rules === undefined) fail(`${at} has no "rules"`);
    return { files: [...(globs as string[])], rules: checkRules(override.rules, `${at}.rules`, plugins, fail) };
  });
}

/**
 * Checks the shape of a loaded configuration and returns the keys it has; throws a
 * {@link ConfigError} naming `file`, the key and what it must be.
 */
export function validateConfig(value: unknown, file: string): ArticleKitConfig {
  const fail: Fail = (reason) => {
    throw new ConfigError(`Invalid configuration in ${file}: ${reason}`, file);
  };
  if (!isRecord(value)) return fail(`expected an object, got ${describeValue(value)}`);
  for (const key of Object.keys(value)) {
    if (!ALLOWED_KEYS.has(key)) fail(`unknown key ${JSON.stringify(key)} (allowed: ${CONFIG_KEYS.join(', ')})`);
  }
  const config: ArticleKitConfig = {};
  let plugins: Plugins | undefined;
  if (value.plugins !== undefined) {
    const problem = pluginsProblem(value.plugins);
    if (problem !== undefined) fail(problem);
    config.plugins = plugins = value.plugins as Plugins;
  }
  if (value.rules !== undefined) config.rules = checkRules(value.rules, 'rules', plugins, fail);
  if (value.ignores !== undefined) config.ignores = checkIgnores(value.ignores, fail);
  if (value.overrides !== undefined) config.overrides = checkOverrides(value.overrides, plugins, fail);
  if (value.schema !== undefined) {
    if (!isStandardSchema(value.schema)) {
      fail(`"schema" must be a Standard Schema (an object whose "~standard".validate is a function, as zod, valibot and arktype make; a JavaScript configuration only), got ${describeValue(value.schema)}`);
    }
    config.schema = value.schema as NonNullable<ArticleKitConfig['schema']>;
  }
  if (value.site !== undefined) {
    if (!isGlob(value.site)) fail(`"site" must be a folder's path (relative to the configuration's folder), got ${describeValue(value.site)}`);
    config.site = value.site as string;
  }
  return config;
}
