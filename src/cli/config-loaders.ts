/// <reference types="node" />
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { createLineIndex } from '../position/line-index.ts';
import { ConfigError } from './config-error.ts';
import { stripJsonc } from './strip-jsonc.ts';

/** A loader as lilconfig calls it: the file and its text, to the configuration it holds. */
export type ConfigLoader = (file: string, content: string) => Promise<unknown>;

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

/** A JSON syntax error as `Cannot parse configuration file:line:column: reason`, when the engine gives the position. */
function positioned(file: string, text: string, error: unknown): ConfigError {
  const message = errorMessage(error);
  const at = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  const point = at ? createLineIndex(text).point(Number(at[1])) : undefined;
  const where = point ? `${file}:${point.line}:${point.column}` : file;
  return new ConfigError(`Cannot parse configuration ${where}: ${at ? message.slice(0, at.index) : message}`, file, { cause: error });
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw positioned(file, text, error);
  }
}

/** JSON; a byte order mark is tolerated. */
export const loadJson: ConfigLoader = async (file, content) => parseJson(file, withoutBom(content));

/** JSONC: JSON with comments and trailing commas. */
export const loadJsonc: ConfigLoader = async (file, content) => {
  const text = withoutBom(content);
  let json: string;
  try {
    json = stripJsonc(text);
  } catch (error) {
    throw positioned(file, text, error);
  }
  return parseJson(file, json);
};

/** YAML 1.2 (the `yaml` package), one document; duplicate keys are errors. */
export const loadYaml: ConfigLoader = async (file, content) => {
  const doc = parseDocument(withoutBom(content), { prettyErrors: true, uniqueKeys: true });
  const [error] = doc.errors;
  if (error !== undefined) {
    const pos = error.linePos?.[0];
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`Cannot parse configuration ${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${reason}`, file, { cause: error });
  }
  return doc.toJS() as unknown;
};

const requireCache = createRequire(import.meta.url).cache;

/**
 * JavaScript (`.js`, `.mjs`, `.cjs`): imported, so it runs; its default export, else its named
 * exports. The file as it is now, not as an earlier load in this process saw it (as ESLint does,
 * a query of its modification time, and CommonJS's cache forgotten): a program that calls
 * `cli()` again after the configuration changed gets the new one.
 */
export const loadJs: ConfigLoader = async (file) => {
  let mod: Record<string, unknown>;
  try {
    const { mtimeMs, size } = await stat(file);
    delete requireCache[file];
    mod = (await import(`${pathToFileURL(file).href}?mtime=${mtimeMs}-${size}`)) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`Cannot load configuration ${file}: ${errorMessage(error)}`, file, { cause: error });
  }
  return 'default' in mod ? mod.default : { ...mod };
};

/** The loader of each extension; any other file is read as JSON. */
export const LOADERS: Readonly<Record<string, ConfigLoader>> = {
  '.json': loadJson,
  '.jsonc': loadJsonc,
  '.yaml': loadYaml,
  '.yml': loadYaml,
  '.js': loadJs,
  '.mjs': loadJs,
  '.cjs': loadJs,
};

/** A JavaScript configuration, which runs code when it is loaded. */
export const isJs = (file: string): boolean => /\.[cm]?js$/i.test(file);

/** Reads and loads one file by its extension (a file with another one is JSON); an empty file is `{}`. */
export async function readConfigFile(file: string): Promise<unknown> {
  const loader = LOADERS[path.extname(file).toLowerCase()] ?? loadJson;
  if (loader === loadJs) return loadJs(file, '');
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read configuration ${file}: ${errorMessage(error)}`, file, { cause: error });
  }
  return content.trim() === '' ? {} : loader(file, content);
}
