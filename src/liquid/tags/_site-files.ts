import { createLineIndex } from '../../position/line-index.ts';
import { readFrontMatter } from '../../front-matter/read-front-matter.ts';
import { frontMatterDefaults } from '../../jekyll/front-matter-defaults.ts';
import { isMarkdownPath, rubyExtname } from '../../jekyll/markdown-ext.ts';
import { rubyBasename } from '../../jekyll/ruby-path.ts';
import type { JekyllSite } from '../../jekyll/site.ts';
import { escapePath, sanitizeUrl } from '../../jekyll/url.ts';

/** A file Jekyll writes, as `site.each_site_file` yields it: its `relative_path` and `url`. */
export interface SiteItem {
  relativePath: string;
  url: string;
}

/** Ruby's `File.fnmatch?` without flags: `*` and `?` match `/` too. */
function fnmatch(pattern: string, path: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && i + 1 < pattern.length) source += `\\${pattern[++i]}`;
    else if (c === '*') source += '[^]*';
    else if (c === '?') source += '[^]';
    else if (c === '[' && pattern.indexOf(']', i + 2) > 0) {
      const end = pattern.indexOf(']', i + 2);
      const set = pattern.slice(i + 1, end);
      source += `[${set.startsWith('!') ? `^${set.slice(1)}` : set.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`).test(path);
  } catch {
    return false;
  }
}

/** EntryFilter#glob_include?, on paths from the site root. */
function globInclude(patterns: unknown[], entry: string, directory: boolean): boolean {
  return patterns.some((pattern) => typeof pattern === 'string' && (fnmatch(`/${pattern}`, `/${entry}`) || `/${entry}`.startsWith(`/${pattern}`) || (directory && pattern === `${entry}/`)));
}

/** Whether Jekyll's reader keeps the file (EntryFilter#filter at each folder down to it). */
function isRead(path: string, site: JekyllSite): boolean {
  const include = Array.isArray(site.config.include) ? site.config.include : [];
  const exclude = (Array.isArray(site.config.exclude) ? site.config.exclude : []).filter((e) => !include.includes(e));
  const parts = path.split('/');
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i] as string;
    const relative = parts.slice(0, i + 1).join('/');
    const directory = i < parts.length - 1;
    if (name.endsWith('.')) return false;
    const included = globInclude(include, name, directory);
    if (globInclude(exclude, relative, directory) && !included) return false;
    if (included) continue;
    if (/^[._#~]/.test(name) || name.endsWith('~')) return false;
  }
  return true;
}

/** Utils.has_yaml_header?: the first line (with its line break) is `---` and white space. */
function hasYamlHeader(content: string): boolean {
  const end = content.indexOf('\n');
  return /^---[ \t\r\n\f\v]*\r?\n/.test(end < 0 ? content : content.slice(0, end + 1));
}

/** Page#url: the template for its kind (or its `permalink`), `:path`, `:basename`, `:output_ext` filled in. */
function pageUrl(path: string, content: string, site: JekyllSite): string {
  const name = rubyBasename(path);
  const ext = rubyExtname(name);
  const basename = name.slice(0, name.length - ext.length);
  const dir = path.includes('/') ? `/${path.slice(0, path.lastIndexOf('/'))}` : '';
  const data = readFrontMatter(content, createLineIndex(content)).frontMatter.data;
  const written = Object.prototype.hasOwnProperty.call(data, 'permalink') ? data['permalink'] : frontMatterDefaults(site.config.defaults, path, 'pages')['permalink'];
  const permalink = typeof written === 'string' && written !== '' ? written : undefined;
  const permalinkExt = permalink !== undefined && !permalink.endsWith('/') ? rubyExtname(permalink) : '';
  const outputExt = permalinkExt !== '' ? permalinkExt : isMarkdownPath(name, site) ? '.html' : ext === '.scss' || ext === '.sass' ? '.css' : ext;
  const style = String(site.config.permalink);
  let template: string;
  if (!['.html', '.xhtml', '.htm'].includes(outputExt)) template = '/:path/:basename:output_ext';
  else if (basename === 'index') template = '/:path/';
  else if (style === 'pretty') template = '/:path/:basename/';
  else if (['date', 'ordinal', 'none'].includes(style)) template = '/:path/:basename:output_ext';
  else template = `/:path/:basename${style.endsWith('/') ? '/' : ''}${style.endsWith(':output_ext') ? ':output_ext' : ''}`;
  let url = permalink ?? template;
  for (const [key, value] of [['path', dir], ['basename', basename], ['output_ext', outputExt]] as const) {
    if (!url.includes(':')) break;
    url = url.replaceAll(`:${key}`, escapePath(value) ?? value);
  }
  return sanitizeUrl(url);
}

/**
 * The site's files `{% link %}` may name, in `site.each_site_file`'s order: its pages (files of
 * `site.files` with front matter) and static files (the others, `relative_path` with a leading
 * `/`), then its posts. Files Jekyll's reader skips (`_`- or `.`-folders, `exclude:`) are not
 * among them.
 */
export function siteItems(site: JekyllSite): SiteItem[] {
  let items = ITEMS.get(site);
  if (items === undefined) ITEMS.set(site, (items = readItems(site)));
  return items;
}

// A site's files are read once, as its Liquid engine is made once (engine.ts).
const ITEMS = new WeakMap<JekyllSite, SiteItem[]>();

function readItems(site: JekyllSite): SiteItem[] {
  const pages: SiteItem[] = [];
  const statics: SiteItem[] = [];
  for (const [path, content] of Object.entries(site.files ?? {})) {
    if (!isRead(path, site)) continue;
    if (typeof content === 'string' && hasYamlHeader(content)) pages.push({ relativePath: path, url: pageUrl(path, content, site) });
    else statics.push({ relativePath: `/${path}`, url: `/${path}` });
  }
  const posts = (site.posts ?? []).map((post) => ({ relativePath: post.relativePath ?? post.path, url: post.url }));
  return [...pages, ...statics, ...posts];
}
