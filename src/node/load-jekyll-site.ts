import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { deepMergeHashes } from '../jekyll/_deep-merge.ts';
import { loadYaml, type YamlLoad } from '../ruby/psych-yaml.ts';
import { isHash, rubyClass } from '../ruby/values.ts';
import { createJekyllSite, type JekyllSite, type SiteProblem } from '../jekyll/site.ts';
import { createLineIndex, type LineIndex } from '../position/line-index.ts';
import { collectPosts } from '../jekyll/site-posts.ts';
import { siteZone } from '../jekyll/site-time.ts';
import { timeInZone } from '../ruby/ruby-time.ts';
import { readData } from './read-data.ts';
import { readIncludes } from './read-includes.ts';
import { findPostFiles } from './read-posts.ts';
import { readSiteFiles } from './read-site-files.ts';
import { SiteFiles } from './site-files.ts';
import { pushAll } from '../util/push-all.ts';

export interface Options {
  /** Configuration over the file's, as Jekyll's command-line options are (default: none). */
  overrides?: Record<string, unknown>;
  /**
   * Read only the configuration, not `_includes/`, `_data/` and the posts (default: `false`): for a
   * caller that needs only how posts render without Liquid.
   */
  configOnly?: boolean;
}

/** Configuration#config_files: the first of these in the site's folder, else none. */
const CONFIG_FILES = ['_config.yml', '_config.yaml', '_config.toml'];

const isInside = (root: string, file: string): boolean => {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Positions a problem that names a key at that key's value in the file. */
function place(problem: SiteProblem, file: string, lines: LineIndex, loaded: YamlLoad): SiteProblem {
  const range = problem.key === undefined ? undefined : loaded.rangeOf(problem.key.split('.'));
  if (!range) return { ...problem, file };
  const start = lines.point(range[0]);
  const end = lines.point(range[1]);
  return { ...problem, file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * The site's configuration from its folder: `_config.yml`, else `_config.yaml` (the files Jekyll
 * looks for without `--config`; Configuration#config_files), as Psych loads YAML (YAML 1.1: `yes`,
 * `on` and `off` are booleans, `2024-01-01` a date), into `createJekyllSite`. No file gives
 * Jekyll's defaults. A file that does not parse, a `_config.toml`, or one that links outside
 * `root` gives the defaults and a problem; a value Jekyll refuses to load (a Ruby `:symbol`) a
 * problem at it. Problems about a key are positioned at its value in the file.
 */
async function loadConfig(root: string, options: Options): Promise<JekyllSite> {
  const source = path.resolve(root);
  const problems: SiteProblem[] = [];
  const finish = (config: Record<string, unknown>, place?: (problem: SiteProblem) => SiteProblem): JekyllSite => {
    const overrides = options.overrides;
    const site = createJekyllSite(isHash(overrides) ? deepMergeHashes(config, overrides) : config, { source });
    site.problems = [...problems, ...(place ? site.problems.map(place) : site.problems)];
    return site;
  };
  let rootReal: string;
  try {
    rootReal = await realpath(source);
  } catch (error) {
    problems.push({ ruleId: 'jekyll-config-unreadable', severity: 'error', message: `The site's folder cannot be read: ${message(error)}` });
    return finish({});
  }
  let name: string | undefined;
  for (const candidate of CONFIG_FILES) {
    if (await isFile(path.join(source, candidate))) {
      name = candidate;
      break;
    }
  }
  // Configuration#read_config_file: with no file Jekyll says "Configuration file: none" and builds.
  if (name === undefined) return finish({});
  const file = path.join(source, name);
  let text: string;
  try {
    const real = await realpath(file);
    if (!isInside(rootReal, real)) {
      problems.push({ ruleId: 'jekyll-config-outside-root', severity: 'error', message: `\`${name}\` links outside the site's folder: not read`, file: name });
      return finish({});
    }
    if (name.endsWith('.toml')) {
      problems.push({ ruleId: 'jekyll-config-unsupported', severity: 'warning', message: `\`${name}\` is not read (article-kit reads YAML only): Jekyll's defaults are used`, file: name });
      return finish({});
    }
    text = await readFile(real, 'utf8');
  } catch (error) {
    problems.push({ ruleId: 'jekyll-config-unreadable', severity: 'error', message: `\`${name}\` cannot be read: ${message(error)}`, file: name });
    return finish({});
  }
  const lines = createLineIndex(text);
  const loaded = loadYaml(text, { permitDates: true });
  for (const p of loaded.problems) {
    const start = lines.point(p.offset);
    const end = p.endOffset === undefined ? undefined : lines.point(p.endOffset);
    problems.push({
      ruleId: 'jekyll-config-yaml',
      severity: 'error',
      message: `${p.message}${loaded.value === undefined ? ": Jekyll stops; its defaults are used" : ': Jekyll stops'}`,
      file: name,
      line: start.line,
      column: start.column,
      ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    });
  }
  // Configuration#safe_load_file: an empty file (nil) or `false` is `{}`.
  const value: unknown = loaded.value === undefined || loaded.value === null || loaded.value === false ? {} : loaded.value;
  if (!isHash(value)) {
    // Configuration#read_config_file: "Configuration file: (INVALID)", then Jekyll's defaults.
    problems.push({ ruleId: 'jekyll-config-not-mapping', severity: 'warning', message: `\`${name}\` holds a ${rubyClass(value)}, not a mapping: Jekyll uses its defaults`, file: name, line: 1, column: 1 });
  }
  const inFile = name;
  return finish(isHash(value) ? value : {}, (problem) => place(problem, inFile, lines, loaded));
}

/** A folder key of the configuration (`includes_dir`, `data_dir`) as a path under the root, Jekyll's `in_source_dir`. */
function folder(config: Record<string, unknown>, key: string, fallback: string): string {
  const value = typeof config[key] === 'string' && config[key] !== '' ? (config[key] as string) : fallback;
  // Jekyll.sanitized_path: never above the source.
  return path.posix.normalize(`/${value}`).replace(/^\/+|\/+$/g, '');
}

/**
 * Reads a Jekyll site from its folder, as Jekyll 4.3 reads it before rendering: the
 * configuration (`_config.yml`, see below), the files of `_includes/` (`site.includes`, by path
 * under it), `site.data` from `_data/` (YAML, JSON, CSV and TSV by DataReader's rules), the posts
 * (`_posts/` and `*​/_posts/` at any depth, with `defaults:`, dates in the site's `timezone`,
 * categories, tags and URLs by the permalink rules; oldest first) and `site.files`, every other
 * file by its path (its text, or `null` when it is not text), for `{% link %}` and
 * `{% include_relative %}`. `site.time` is
 * the time of the call. Never throws, and never reads outside `root`: a link that leads out is
 * not followed; files past `SITE_LIMITS` are left out. Whatever Jekyll would stop or warn on is
 * a problem of the site, with its file. The configuration is read as `loadConfig` says.
 */
export async function loadJekyllSite(root: string, options: Options = {}): Promise<JekyllSite> {
  const site = await loadConfig(root, options);
  site.time = timeInZone(Date.now(), siteZone(site));
  if (options.configOnly) return site;
  let rootReal: string;
  try {
    rootReal = await realpath(path.resolve(root));
  } catch {
    return site;
  }
  const files = new SiteFiles(rootReal);
  const config = site.config;
  site.includes = await readIncludes(files, folder(config, 'includes_dir', '_includes'));
  site.data = await readData(files, folder(config, 'data_dir', '_data'), config, site.problems);
  const destination = typeof config['destination'] === 'string' ? path.relative(rootReal, path.resolve(path.resolve(root), config['destination'])).split(path.sep).join('/') : undefined;
  const where = destination === undefined ? {} : { destination };
  const collected = collectPosts(site, await findPostFiles(files, site, where));
  site.posts = collected.posts;
  site.files = await readSiteFiles(files, site, where);
  // A file the configuration reader already refused is not reported twice.
  const refused = new Set(site.problems.filter((p) => p.ruleId === 'jekyll-config-outside-root').map((p) => p.file));
  pushAll(pushAll(site.problems, collected.problems), files.problems.filter((p) => !refused.has(p.file)));
  return site;
}
