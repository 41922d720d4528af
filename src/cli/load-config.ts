/// <reference types="node" />
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { lilconfig } from 'lilconfig';
import { ConfigError } from './config-error.ts';
import { isJs, LOADERS, readConfigFile } from './config-loaders.ts';
import type { ArticleKitConfig } from './define-config.ts';
import { validateConfig } from './validate-config.ts';

export { ConfigError } from './config-error.ts';
export { validateConfig } from './validate-config.ts';

export interface LoadedConfig {
  config: ArticleKitConfig;
  /** The file the configuration came from; absent when none was found. */
  path?: string;
}

/**
 * The files looked for in each folder, in this order; `package.json` counts only with an
 * `"article-kit"` key. Data before code, as markdownlint-cli2 orders its own (`.jsonc`, `.yaml`,
 * then `.cjs`, `.mjs`): a JSON or YAML configuration beside a JavaScript one is the one read, with
 * `--no-config-js` or without. The dedicated file before `package.json`, whose key is the fallback.
 */
export const CONFIG_FILE_NAMES = [
  'article-kit.config.json',
  'article-kit.config.jsonc',
  'article-kit.config.yaml',
  'article-kit.config.yml',
  'article-kit.config.js',
  'article-kit.config.mjs',
  'article-kit.config.cjs',
  'package.json',
] as const;
const PACKAGE_KEY = 'article-kit';

export interface LoadConfigOptions {
  /** Never import a JavaScript configuration (`.js`, `.mjs`, `.cjs`): they run code (default: false). */
  noConfigJs?: boolean;
  /** Told of each JS configuration found but not loaded because of `noConfigJs`. */
  onIgnored?: (file: string) => void;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folders searched for a configuration: from `cwd` up to the project's root, the first
 * folder holding `.git` (a repository, or a worktree's `.git` file) or a `package.json`, and
 * never above it. Without such a folder, `cwd` alone.
 */
export async function configSearchPath(cwd: string): Promise<string[]> {
  const dirs: string[] = [];
  let dir = path.resolve(cwd);
  for (;;) {
    dirs.push(dir);
    if ((await exists(path.join(dir, '.git'))) || (await exists(path.join(dir, 'package.json')))) return dirs;
    const parent = path.dirname(dir);
    if (parent === dir) return [path.resolve(cwd)];
    dir = parent;
  }
}

/** An explicit file: by its extension; a `package.json` must have the key. */
async function loadFile(file: string): Promise<unknown> {
  const value = await readConfigFile(file);
  if (path.basename(file) !== 'package.json') return value;
  if (typeof value !== 'object' || value === null || !(PACKAGE_KEY in value)) {
    throw new ConfigError(`${file} has no ${JSON.stringify(PACKAGE_KEY)} key`, file);
  }
  return (value as Record<string, unknown>)[PACKAGE_KEY];
}

/** The JavaScript configurations the search passed over with `noConfigJs`: those before `found`. */
async function passedOver(dirs: readonly string[], found: string | undefined): Promise<string[]> {
  const files: string[] = [];
  for (const dir of dirs) {
    const here = found !== undefined && path.dirname(found) === dir;
    const last = here ? CONFIG_FILE_NAMES.indexOf(path.basename(found) as (typeof CONFIG_FILE_NAMES)[number]) : CONFIG_FILE_NAMES.length;
    for (const name of CONFIG_FILE_NAMES.slice(0, last)) {
      if (isJs(name) && (await isFile(path.join(dir, name)))) files.push(path.join(dir, name));
    }
    if (here) break;
  }
  return files;
}

/**
 * Loads the configuration. With `explicit` (the `--config` flag, relative to `cwd`), that file,
 * which must exist: read by its extension (`.jsonc`, `.yaml`, `.yml`, `.js`, `.mjs`, `.cjs`; any
 * other is JSON). Otherwise the nearest one found by lilconfig in the folders of
 * {@link configSearchPath} (from `cwd` up to the first with `.git` or a `package.json`, never
 * above), looking in each for {@link CONFIG_FILE_NAMES} in their order. None: `{ config: {} }`.
 * An empty file is `{}`. A JS configuration is imported, so it runs code: with `noConfigJs` it is
 * passed over (and reported to `onIgnored`), and an explicit one is an error.
 * Throws a {@link ConfigError} for a missing explicit file, a file that cannot be read or parsed
 * (with the line and column where the parser gives them), and a configuration of the wrong shape.
 */
export async function loadConfig(cwd: string, explicit?: string, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const file = path.resolve(cwd, explicit);
    if (!(await isFile(file))) throw new ConfigError(`Configuration file not found: ${file}`, file);
    if (options.noConfigJs && isJs(file)) throw new ConfigError(`Not loading ${file}: it is JavaScript, and --no-config-js forbids running a configuration's code`, file);
    return { config: validateConfig(await loadFile(file), file), path: file };
  }
  const dirs = await configSearchPath(cwd);
  const explorer = lilconfig(PACKAGE_KEY, {
    searchPlaces: CONFIG_FILE_NAMES.filter((name) => !(options.noConfigJs && isJs(name))),
    stopDir: dirs[dirs.length - 1] as string,
    packageProp: PACKAGE_KEY,
    loaders: LOADERS,
    ignoreEmptySearchPlaces: false,
    cache: false,
  });
  let found: Awaited<ReturnType<typeof explorer.search>>;
  try {
    found = await explorer.search(path.resolve(cwd));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const file = (error as { path?: unknown }).path;
    const where = typeof file === 'string' ? file : path.resolve(cwd);
    throw new ConfigError(`Cannot read configuration in ${where}: ${error instanceof Error ? error.message : String(error)}`, where, { cause: error });
  }
  if (options.noConfigJs) for (const file of await passedOver(dirs, found?.filepath)) options.onIgnored?.(file);
  if (found === null) return { config: {} };
  return { config: validateConfig(found.isEmpty ? {} : found.config, found.filepath), path: found.filepath };
}
