import type { Severity } from '../article/types.ts';
import type { RuleOptions } from '../rules/options.ts';

/** A rule's severity: `'warn'` and `'warning'` are the same. */
export type SeveritySetting = 'off' | 'info' | 'warn' | 'warning' | 'error';
/** A rule's setting: a severity, or a severity and the rule's options. */
export type RuleSetting = SeveritySetting | readonly [SeveritySetting] | readonly [SeveritySetting, Record<string, unknown>];

/** A rule's setting with its options' type: `'warn'`, `['warn']`, `['warn', { maxLength: 200 }]`. */
export type RuleSettingOf<Options> = SeveritySetting | readonly [SeveritySetting] | readonly [SeveritySetting, Options];

/** Rule settings by id; the rules of `RuleOptions` with their options typed. */
export type RulesConfig = { readonly [Id in keyof RuleOptions]?: RuleSettingOf<RuleOptions[Id]> } & { readonly [id: string]: RuleSetting };

export interface ResolvedSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

const SEVERITIES: Record<Exclude<SeveritySetting, 'off'>, Severity> = { info: 'info', warn: 'warning', warning: 'warning', error: 'error' };

/** Turns a setting into a diagnostic severity and options; undefined for `'off'`. */
export function resolveSetting(id: string, setting: RuleSetting, defaults: Record<string, unknown> = {}): ResolvedSetting | undefined {
  const [level, options] = typeof setting === 'string' ? [setting, undefined] : [setting[0], setting[1]];
  if (level === 'off') return undefined;
  // An own key of the fixed table only: 'toString', 'constructor' and '__proto__' are not severities.
  const severity = typeof level === 'string' && Object.hasOwn(SEVERITIES, level) ? SEVERITIES[level as Exclude<SeveritySetting, 'off'>] : undefined;
  if (severity === undefined) {
    throw new TypeError(`Rule "${id}" has severity ${JSON.stringify(level)}; expected 'off', 'info', 'warn' (or 'warning') or 'error'`);
  }
  return { severity, options: { ...defaults, ...(options ?? {}) } };
}
