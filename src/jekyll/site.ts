import type { Severity } from '../article/types.ts';
import { deepMergeHashes } from './_deep-merge.ts';
import { hasOwn, isHash, rubyClass, rubyToS, setOwn, truthy } from '../ruby/values.ts';
import { DEFAULT_EXCLUDES, jekyllDefaults, PERMALINK_STYLES } from './defaults.ts';
import { readKramdownOptions } from './_read-kramdown-options.ts';
import { collectPosts, type PostFile } from './site-posts.ts';
import { isKnownZone } from '../ruby/ruby-time.ts';
import { pushAll } from '../util/push-all.ts';

/**
 * Something about the site's configuration that Jekyll would fail on (`severity: 'error'`: the
 * value is replaced by Jekyll's default, so that posts still read) or that article-kit does not
 * reproduce (`'warning'`). Shaped like an article's problems; `line` and `column` are set once a
 * loader has read the configuration from a file, from `key`.
 */
export interface SiteProblem {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The configuration key it is about, dotted from the top (`kramdown.toc_levels`); none for the configuration as a whole. */
  key?: string;
  /** The file it comes from, relative to the site's root (`_config.yml`). */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * Jekyll's `site.config`: `Configuration::DEFAULTS` deep-merged with the site's configuration, as
 * Jekyll 4.3 holds it. Values are as written (unvalidated) except the keys typed here, which hold
 * what Jekyll can build with: a value of a type Jekyll fails on is replaced by the default and
 * reported in `problems`.
 */
export interface JekyllConfig {
  [key: string]: unknown;
  /** (default: `'.'`, Jekyll's `Dir.pwd`) */
  source: string;
  /** Extensions kramdown converts, comma-separated, no dots (default: `'markdown,mkdown,mkdn,mkd,md'`). */
  markdown_ext: string;
  /** (default: `'kramdown'`) */
  markdown: string;
  /** Jekyll reads it as `highlighter || 'rouge'` (default: `'rouge'`). */
  highlighter: unknown;
  /** Jekyll reads it with `to_s`; `''` turns excerpts off (default: `'\n\n'`). */
  excerpt_separator: unknown;
  /** A style (`date`, `pretty`, `ordinal`, `weekdate`, `none`) or a template (default: `'date'`). */
  permalink: string;
  /** (default: `null`) */
  baseurl: unknown;
  /** Not in Jekyll's defaults: absent unless the site sets it. */
  url?: unknown;
  /** (default: `null`, the local time zone) */
  timezone: string | null;
  /** Front matter defaults, `[{ scope, values }]`; Jekyll ignores anything but an array (default: `[]`). */
  defaults: unknown;
  /** The `kramdown:` options as written, over Jekyll's; `false` gives kramdown's own defaults. Read them with `kramdownOptionsOf`. */
  kramdown: Record<string, unknown> | false;
  /** Always holds `posts`, with `output: true` and the `permalink` its style gives. */
  collections: Record<string, Record<string, unknown>>;
  include: unknown[];
  /** With Jekyll's `DEFAULT_EXCLUDES` appended. */
  exclude: unknown[];
  plugins: unknown[];
}

/**
 * A Jekyll site as plain data, the input the core reads posts against. More parts (includes,
 * data files, other posts) join as optional fields, so a site made by hand stays valid.
 */
export interface JekyllSite {
  config: JekyllConfig;
  /** What reading and checking the configuration found; never thrown. */
  problems: SiteProblem[];
  /** The files of `_includes/`, by their path under it (`toc.html`, `nav/menu.html`). */
  includes?: Record<string, string>;
  /** `site.data`: the files of `_data/` read (YAML, JSON, CSV, TSV), by name, folders nested. */
  data?: Record<string, unknown>;
  /**
   * The site's posts, for `site.posts`, `{% post_url %}` and `{% link %}`. `loadJekyllSite` gives
   * them in Jekyll's order (`site.posts.docs`: oldest first); a list made otherwise is sorted so
   * (by date, then path) before Liquid sees it.
   */
  posts?: SitePost[];
  /** Other files `{% link %}` and `{% include_relative %}` may name, by their path from the site root. */
  files?: Record<string, string | null>;
  /**
   * `site.time`, when Jekyll's run started (a `RubyTime` in the site's zone): what `loadJekyllSite`
   * read the site at. Without it (and without a `time:` key) the first time the site is asked for.
   */
  time?: Date;
}

/** A post of the site, as Liquid sees it in `site.posts`. */
export interface SitePost {
  /** From the site root: `_posts/2024-06-12-slug.md`. */
  path: string;
  /**
   * Its data as Jekyll holds it: the front matter over the `defaults:` that apply, with what
   * Jekyll adds (`categories` and `tags` as arrays, `slug`, `ext`, `title` from the slug when
   * there is none, `date` as a `RubyTime`, `draft` for a draft).
   */
  data: Record<string, unknown>;
  /** `Time#to_s` of the date Jekyll gives the post, in the site's zone: `2024-06-12 00:00:00 +0900`. */
  date: string;
  slug: string;
  /** Where Jekyll publishes it (`permalink`, `baseurl` aside): `/2024/06/12/slug.html`. */
  url: string;
  /** `Document#id`: the URL's folder and the slug (`/2024/06/12/slug`). */
  id?: string;
  /** The path from the `collections_dir` (the site root without one), Jekyll's `relative_path`. */
  relativePath?: string;
  /** The body as written, after the front matter. */
  content?: string;
  /** The excerpt's source (Excerpt#extract_excerpt), when Jekyll makes one: before Liquid and kramdown. */
  excerpt?: string;
  /** A draft of `_drafts` (read with `show_drafts`). */
  draft?: boolean;
}

export interface Options {
  /** The site's folder, Jekyll's `source` default (default: `'.'`). */
  source?: string;
  /** The files of `_includes/`, by their path under it: `{ 'toc.html': '<nav>…</nav>' }`. */
  includes?: Record<string, string>;
  /** `site.data`, as `_data/` would give it: `{ authors: [{ name: '…' }] }`. */
  data?: Record<string, unknown>;
  /**
   * The site's post files, read as `loadJekyllSite` reads `_posts/`: their front matter, dates,
   * defaults and URLs, Jekyll's order, `published`, `future` and `limit_posts` applied; what Jekyll
   * would stop on is in `problems`: `[{ path: '_posts/2024-06-12-slug.md', source: '---…' }]`.
   */
  posts?: readonly PostFile[];
  /** Other files `{% link %}` and `{% include_relative %}` may name, by their path from the site root. */
  files?: Record<string, string | null>;
  /** `site.time` (default: the first time the site is asked for it). */
  time?: Date;
}

type Report = (problem: SiteProblem) => void;

/** Replaces a value Jekyll fails on by the default, reporting it. */
function invalid(config: Record<string, unknown>, defaults: Record<string, unknown>, key: string, message: string, report: Report): void {
  report({ ruleId: 'jekyll-config-invalid', severity: 'error', message, key });
  setOwn(config, key, defaults[key]);
}

/** Configuration#validate: the checks that raise `InvalidConfigurationError`. */
function validate(config: Record<string, unknown>, defaults: Record<string, unknown>, report: Report): void {
  for (const key of ['include', 'exclude', 'plugins']) {
    if (!Array.isArray(config[key])) invalid(config, defaults, key, `\`${key}\` should be set as an array, but was a ${rubyClass(config[key])}: Jekyll stops`, report);
  }
}

/** What the keys that shape a post's rendering must be for Jekyll to build at all. */
function checkRendering(config: Record<string, unknown>, defaults: Record<string, unknown>, report: Report): void {
  // Converters::Markdown#extname_list: `markdown_ext.split(",")`.
  if (typeof config['markdown_ext'] !== 'string') {
    invalid(config, defaults, 'markdown_ext', `\`markdown_ext\` must be a comma-separated string, not a ${rubyClass(config['markdown_ext'])}: Jekyll stops`, report);
  }
  // Converters::Markdown#get_processor: `markdown.downcase`, then kramdown or a plugin's class.
  const markdown = config['markdown'];
  if (typeof markdown !== 'string') {
    invalid(config, defaults, 'markdown', `\`markdown\` must name a Markdown processor, not a ${rubyClass(markdown)}: Jekyll stops`, report);
  } else if (markdown.toLowerCase() !== 'kramdown') {
    report({
      ruleId: 'jekyll-config-unsupported',
      severity: 'warning',
      message: `\`markdown: ${markdown}\` needs a plugin; article-kit reads Markdown as kramdown does`,
      key: 'markdown',
    });
  }
  // Site#config=: `permalink.to_sym`.
  if (typeof config['permalink'] !== 'string') {
    invalid(config, defaults, 'permalink', `\`permalink\` must be a style or a template, not a ${rubyClass(config['permalink'])}: Jekyll stops`, report);
  }
  // Jekyll.set_timezone: `ENV["TZ"] = timezone`.
  if (truthy(config['timezone']) && typeof config['timezone'] !== 'string') {
    invalid(config, defaults, 'timezone', `\`timezone\` must be an IANA time zone name, not a ${rubyClass(config['timezone'])}: Jekyll stops`, report);
  }
  if (config['timezone'] === undefined || config['timezone'] === false) setOwn(config, 'timezone', null);
  else if (typeof config['timezone'] === 'string' && !isKnownZone(config['timezone'])) {
    report({
      ruleId: 'jekyll-config-unsupported',
      severity: 'warning',
      message: `\`timezone: ${config['timezone']}\` is not a time zone name article-kit knows: dates are read in UTC, as the C library reads an unknown TZ`,
      key: 'timezone',
    });
  }
  // KramdownParser#initialize: `config["kramdown"] || {}`, then `[]` on it.
  const kramdown = config['kramdown'];
  if (!isHash(kramdown) && truthy(kramdown)) {
    invalid(config, defaults, 'kramdown', `\`kramdown\` must be a mapping of kramdown options, not a ${rubyClass(kramdown)}: Jekyll stops`, report);
  } else if (kramdown === null || kramdown === undefined) setOwn(config, 'kramdown', false);
}

/** `Configuration::STYLE_TO_PERMALINK[style.to_sym] || style.to_s`. */
const styleToPermalink = (style: string): string => (hasOwn(PERMALINK_STYLES, style) ? (PERMALINK_STYLES[style] ?? style) : style);

/** Configuration#add_default_collections: `posts` always, with `output: true` and its permalink. */
function addDefaultCollections(config: Record<string, unknown>, report: Report): void {
  let collections = config['collections'];
  if (Array.isArray(collections)) {
    const hash: Record<string, unknown> = {};
    for (const name of collections) setOwn(hash, rubyToS(name), {});
    collections = hash;
  } else if (!isHash(collections)) {
    report({ ruleId: 'jekyll-config-invalid', severity: 'error', message: `\`collections\` must be a mapping or a list, not a ${rubyClass(collections)}: Jekyll stops`, key: 'collections' });
    collections = {};
  }
  const merged = deepMergeHashes({ posts: {} }, collections as Record<string, unknown>);
  if (!isHash(merged['posts'])) {
    report({ ruleId: 'jekyll-config-invalid', severity: 'error', message: `\`collections.posts\` must be a mapping, not a ${rubyClass(merged['posts'])}: Jekyll stops`, key: 'collections.posts' });
    merged['posts'] = {};
  }
  const posts = merged['posts'] as Record<string, unknown>;
  posts['output'] = true;
  const permalink = config['permalink'];
  if (typeof permalink === 'string' && !truthy(posts['permalink'])) posts['permalink'] = styleToPermalink(permalink);
  for (const [name, value] of Object.entries(merged)) {
    // Any other collection that is not a mapping is Jekyll's to reject when it reads it.
    if (!isHash(value)) setOwn(merged, name, {});
  }
  config['collections'] = merged;
}

/** Configuration#add_default_excludes: Jekyll's own excludes appended, duplicates dropped. */
function addDefaultExcludes(config: Record<string, unknown>): void {
  const exclude = config['exclude'];
  if (Array.isArray(exclude)) config['exclude'] = [...new Set([...exclude, ...DEFAULT_EXCLUDES])];
}

/**
 * A site from its configuration (what `_config.yml` holds), as `Jekyll.configuration` builds it:
 * `Configuration::DEFAULTS` deep-merged with it (`Utils.deep_merge_hashes`: a `null` keeps the
 * default, a mapping merges, anything else replaces), `posts` added to `collections`, Jekyll's
 * excludes appended. Values Jekyll would stop on are reported in `problems` and replaced by the
 * default, kramdown's options included. Pure; never throws.
 */
export function createJekyllSite(config: Record<string, unknown> = {}, options: Options = {}): JekyllSite {
  const problems: SiteProblem[] = [];
  const report: Report = (problem) => problems.push(problem);
  const defaults = jekyllDefaults(options.source);
  let user: Record<string, unknown> = config;
  if (!isHash(config)) {
    // Configuration#read_config_file: "Configuration file: (INVALID)", then Jekyll's defaults.
    report({ ruleId: 'jekyll-config-not-mapping', severity: 'warning', message: `The configuration is a ${rubyClass(config)}, not a mapping: Jekyll uses its defaults` });
    user = {};
  }
  const merged = deepMergeHashes(defaults, user);
  validate(merged, defaults, report);
  checkRendering(merged, defaults, report);
  addDefaultCollections(merged, report);
  addDefaultExcludes(merged);
  const site: JekyllSite = { config: merged as JekyllConfig, problems };
  for (const problem of readKramdownOptions(site.config).problems) problems.push(problem);
  if (options.time !== undefined) site.time = options.time;
  if (options.includes !== undefined) site.includes = options.includes;
  if (options.data !== undefined) site.data = options.data;
  if (options.files !== undefined) site.files = options.files;
  if (options.posts !== undefined) {
    const collected = collectPosts(site, options.posts);
    site.posts = collected.posts;
    pushAll(problems, collected.problems);
  }
  return site;
}
