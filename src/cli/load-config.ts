/// <reference types="node" />
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules as registry } from '../rules/index.ts';
import { optionsProblem } from '../validate/check-options.ts';
import type { RuleSetting } from '../validate/config.ts';

/** The configuration file's shape. */
export interface ArticleKitConfig {
  /** Rule id → a severity (`'off' | 'info' | 'warn' | 'error'`) or `[severity, options?]`. */
  rules?: Record<string, RuleSetting>;
}

export interface LoadedConfig {
  config: ArticleKitConfig;
  /** The file the configuration came from; absent when none was found. */
  path?: string;
}

/** A configuration that cannot be read or has the wrong shape. The CLI exits 2 with its message. */
export class ConfigError extends Error {
  /** The configuration file concerned. */
  readonly path: string;

  constructor(message: string, configPath: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
    this.path = configPath;
  }
}

/** The files looked for in each directory, in order; `package.json` counts only with the key. */
export const CONFIG_FILE_NAMES = ['article-kit.config.json', 'article-kit.config.js', 'article-kit.config.mjs'] as const;
const PACKAGE_KEY = 'article-kit';
const SEVERITIES: ReadonlySet<unknown> = new Set(['off', 'info', 'warn', 'warning', 'error']);
const ALLOWED_KEYS: ReadonlySet<string> = new Set(['rules']);

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : `a ${typeof value}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Checks the shape of a loaded configuration; throws a ConfigError naming `file`. */
export function validateConfig(value: unknown, file: string): ArticleKitConfig {
  const fail = (reason: string): never => {
    throw new ConfigError(`Invalid configuration in ${file}: ${reason}`, file);
  };
  if (!isRecord(value)) return fail(`expected an object, got ${describe(value)}`);
  for (const key of Object.keys(value)) {
    if (!ALLOWED_KEYS.has(key)) fail(`unknown key ${JSON.stringify(key)} (allowed: ${[...ALLOWED_KEYS].join(', ')})`);
  }
  if (value.rules === undefined) return {};
  const rules = value.rules;
  if (!isRecord(rules)) return fail(`"rules" must be an object, got ${describe(rules)}`);
  const severities = "'off', 'info', 'warn' (or 'warning') or 'error'";
  for (const [id, setting] of Object.entries(rules)) {
    const where = `rules[${JSON.stringify(id)}]`;
    if (typeof setting === 'string') {
      if (!SEVERITIES.has(setting)) fail(`${where} has severity ${JSON.stringify(setting)}; expected ${severities}`);
    } else if (Array.isArray(setting)) {
      if (setting.length < 1 || setting.length > 2) fail(`${where} must be [severity] or [severity, options]`);
      if (!SEVERITIES.has(setting[0])) fail(`${where}[0] is ${describe(setting[0])}; expected ${severities}`);
      if (setting.length === 2 && !isRecord(setting[1])) fail(`${where}[1] (the options) must be an object, got ${describe(setting[1])}`);
      const problem = setting.length === 2 ? optionsProblem(setting[1], registry.find((rule) => rule.id === id)?.meta.optionsSchema) : undefined;
      if (problem !== undefined) fail(`${where}[1]: ${problem}`);
    } else {
      fail(`${where} must be a severity string or [severity, options], got ${describe(setting)}`);
    }
  }
  return { rules: { ...(rules as Record<string, RuleSetting>) } };
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read configuration ${file}: ${errorMessage(error)}`, file, { cause: error });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new ConfigError(`Cannot parse configuration ${file}: ${errorMessage(error)}`, file, { cause: error });
  }
}

async function importModule(file: string): Promise<unknown> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`Cannot load configuration ${file}: ${errorMessage(error)}`, file, { cause: error });
  }
  return 'default' in mod ? mod.default : { ...mod };
}

/** Reads a configuration file by its extension (`.js`, `.mjs`, `.cjs` are imported; anything else is JSON). */
async function readConfigFile(file: string): Promise<unknown> {
  if (isJs(file)) return importModule(file);
  const json = await readJson(file);
  if (path.basename(file) === 'package.json') {
    if (!isRecord(json) || !(PACKAGE_KEY in json)) {
      throw new ConfigError(`${file} has no ${JSON.stringify(PACKAGE_KEY)} key`, file);
    }
    return json[PACKAGE_KEY];
  }
  return json;
}

export interface LoadConfigOptions {
  /** Never import a JavaScript configuration (`.js`, `.mjs`, `.cjs`): they run code (default: false). */
  noConfigJs?: boolean;
  /** Told of each JS configuration found but not loaded because of `noConfigJs`. */
  onIgnored?: (file: string) => void;
}

const isJs = (file: string): boolean => /\.[cm]?js$/i.test(file);

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

/**
 * Loads the configuration. With `explicit` (the `--config` flag, relative to `cwd`), that file,
 * which must exist. Otherwise the nearest of, in the folders of {@link configSearchPath} (from
 * `cwd` up to the first with `.git` or a `package.json`, never above), checking each in this
 * order: `article-kit.config.json`, `article-kit.config.js`, `article-kit.config.mjs`, then a
 * `package.json` with an `"article-kit"` key. None: `{ config: {} }`. A JS configuration is
 * imported, so it runs code: with `noConfigJs` it is passed over (and reported to `onIgnored`),
 * and an explicit one is an error.
 * Throws a {@link ConfigError} for a missing explicit file, a file that cannot be read or parsed,
 * and a configuration of the wrong shape.
 */
export async function loadConfig(cwd: string, explicit?: string, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const file = path.resolve(cwd, explicit);
    if (!(await isFile(file))) throw new ConfigError(`Configuration file not found: ${file}`, file);
    if (options.noConfigJs && isJs(file)) throw new ConfigError(`Not loading ${file}: it is JavaScript, and --no-config-js forbids running a configuration's code`, file);
    return { config: validateConfig(await readConfigFile(file), file), path: file };
  }
  for (const dir of await configSearchPath(cwd)) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      if (!(await isFile(file))) continue;
      if (options.noConfigJs && isJs(file)) {
        options.onIgnored?.(file);
        continue;
      }
      return { config: validateConfig(await readConfigFile(file), file), path: file };
    }
    const pkg = path.join(dir, 'package.json');
    if (await isFile(pkg)) {
      const json = await readJson(pkg);
      if (isRecord(json) && PACKAGE_KEY in json) {
        return { config: validateConfig(json[PACKAGE_KEY], pkg), path: pkg };
      }
    }
  }
  return { config: {} };
}
