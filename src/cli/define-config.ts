import type { RulesConfig } from '../validate/config.ts';
import type { Plugins } from '../validate/plugins.ts';
import type { StandardSchemaV1 } from '../validate/standard-schema.ts';

/** Rule settings for some files only: laid over `rules` for the posts `files` match. */
export interface ConfigOverride {
  /** Globs (picomatch, `/` separators), matched against the post's path relative to the configuration file's folder. */
  files: string | readonly string[];
  rules: RulesConfig;
}

/** A configuration file's shape (`article-kit.config.*`, or `"article-kit"` in package.json). */
export interface ArticleKitConfig {
  /** Rule id → a severity (`'off' | 'info' | 'warn' | 'error'`) or `[severity, options?]`, over `recommended`. */
  rules?: RulesConfig;
  /** Globs of files `check` leaves out, relative to the configuration file's folder. */
  ignores?: readonly string[];
  /** Rule settings for the files their globs match, laid over `rules` in order (`--rule` still wins). */
  overrides?: readonly ConfigOverride[];
  /** A Standard Schema (zod, valibot, arktype…) the front matter must satisfy: JavaScript configurations only. */
  schema?: StandardSchemaV1;
  /** Rules from outside the package, by prefix: JavaScript configurations only. */
  plugins?: Plugins;
  /** The Jekyll site's root, relative to the configuration file's folder: as `--site DIR` (the flag and `--no-site` win). */
  site?: string;
}

/** The configuration as given: for a typed `article-kit.config.{js,mjs,cjs}`. */
export function defineConfig(config: ArticleKitConfig): ArticleKitConfig {
  return config;
}
