import path from 'node:path';
import type { RuleSetting } from '../validate/config.ts';
import { globMatcher } from './glob-match.ts';

/** Rule settings for the files some globs match; the globs as the configuration validated them. */
export interface FileOverride {
  files: string | readonly string[];
  rules: Readonly<Record<string, RuleSetting>>;
}

export interface RulesForFileOptions {
  /** The settings of every file: `recommended` and the configuration's `rules`. */
  rules: Readonly<Record<string, RuleSetting>>;
  /** Laid over `rules`, in order, for the files they match. */
  overrides?: readonly FileOverride[];
  /** The folder the overrides' globs are relative to: the configuration file's (default: none match). */
  configDir?: string;
  /** Laid over everything: the command line's `--rule`. */
  commandLineRules?: Readonly<Record<string, RuleSetting>>;
}

const matchers = new Map<string, (p: string) => boolean>();

/** One matcher per list of globs: overrides reach workers as copies, so identity cannot key them. */
function matcherOf(files: string | readonly string[]): (p: string) => boolean {
  // `./_posts/**` means `_posts/**`: paths are matched without the leading `./`.
  const globs = (typeof files === 'string' ? [files] : [...files]).map((glob) => glob.replace(/^(!?)\.\//, '$1'));
  const key = JSON.stringify(globs);
  let matcher = matchers.get(key);
  if (matcher === undefined) matchers.set(key, (matcher = globMatcher(globs, { dot: true })));
  return matcher;
}

/**
 * `layers` laid over `base` in order. A severity alone keeps the options set before it, as in
 * ESLint: `--rule id:warn` over `['error', { maxLength: 80 }]` is `['warn', { maxLength: 80 }]`.
 */
export function layerRules(base: Readonly<Record<string, RuleSetting>>, ...layers: ReadonlyArray<Readonly<Record<string, RuleSetting>> | undefined>): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = { ...base };
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer ?? {})) {
      const before = Object.hasOwn(settings, id) ? settings[id] : undefined;
      const options = typeof before === 'object' ? before[1] : undefined;
      const severityOnly = typeof setting === 'string' || setting.length === 1;
      settings[id] = severityOnly && options !== undefined ? [typeof setting === 'string' ? setting : setting[0], options] : setting;
    }
  }
  return settings;
}

/**
 * The rule settings for `file` (absolute): `rules`, then each override whose globs match the
 * file's path relative to `configDir` (with `/` separators; a file outside that folder matches
 * none), then `commandLineRules`, each by {@link layerRules}.
 */
export function rulesForFile(file: string, options: RulesForFileOptions): Record<string, RuleSetting> {
  const layers: Array<Readonly<Record<string, RuleSetting>>> = [];
  if (options.overrides !== undefined && options.configDir !== undefined) {
    const relative = path.relative(options.configDir, file).split(path.sep).join('/');
    const inside = relative !== '' && !relative.startsWith('../') && relative !== '..' && !path.isAbsolute(relative);
    for (const override of options.overrides) {
      if (inside && matcherOf(override.files)(relative)) layers.push(override.rules);
    }
  }
  return layerRules(options.rules, ...layers, options.commandLineRules);
}
