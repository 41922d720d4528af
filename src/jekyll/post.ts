import { RubyTime, rubyTimeToS } from '../ruby/ruby-time.ts';
import { hasOwn, isHash, rubyInspect, rubyToS, setOwn, truthy } from '../ruby/values.ts';
import { deepMergeHashes } from './_deep-merge.ts';
import { extractExcerpt } from './excerpt.ts';
import { frontMatterDefaults, UNREADABLE } from './front-matter-defaults.ts';
import { isMarkdownPath, rubyExtname } from './markdown-ext.ts';
import { parseDateValue, parseTime } from './parse-time.ts';
import { rubyBasename, rubyDirname, rubyJoin } from './ruby-path.ts';
import { siteTime, siteZone } from './site-time.ts';
import type { JekyllSite, SitePost, SiteProblem } from './site.ts';
import { expandUrl } from './url.ts';
import { urlPlaceholders } from './url-placeholders.ts';

export interface PostInput {
  /** The file's path from the site's root (`_posts/2024-06-12-slug.md`, `blog/_posts/…`, `_drafts/…`). */
  path: string;
  /** Its front matter as read (`{}` without one). */
  data: Record<string, unknown>;
  /** The body after the front matter (default: `''`). */
  content?: string;
  /**
   * Whether the front matter failed to load (a YAML error, a list): Jekyll then logs the error and
   * keeps the post without its front matter, and without the title, slug and date it adds after
   * (default: `false`).
   */
  frontMatterFailed?: boolean;
  /** The file's modification time, a draft's date when its front matter has none (default: the site's time). */
  mtime?: Date;
}

export interface PostResult {
  post: SitePost;
  problems: SiteProblem[];
  /** Jekyll reads no content for it (its defaults could not be merged), so it is not a post of the site. */
  skipped?: true;
  /**
   * Its date is Document#date's fallback (the site's time, a draft's file time): Jekyll only sets
   * it when first asked, which with `future: true` is after the posts are sorted.
   */
  undated?: true;
}

/** `Document::DATE_FILENAME_MATCHER` on a path: the date, slug and extension of the file name. */
const DATE_NAME = /^(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^./]+)$/;
/** `Document::DATELESS_FILENAME_MATCHER`. */
const DATELESS_NAME = /^(.*)(\.[^./]+)$/;

/** Whether a file in `_posts` is one Jekyll reads as a post (`PostReader#read_posts`). */
export const isPostFileName = (path: string): boolean => DATE_NAME.test(rubyBasename(path));

/** Ruby's `String#split` without arguments: on runs of white space, none at either end. */
const rubySplit = (text: string): string[] => text.split(/[\t\n\v\f\r ]+/).filter((part) => part !== '');

/** Ruby's `Array#|`: the union, first occurrences kept in order. */
function union(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const value of [...a, ...b]) {
    const key = typeof value === 'object' && value !== null ? `o:${rubyInspect(value)}` : `${typeof value}:${String(value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]);

/** Ruby's `flatten`, nested arrays spread. */
const flatten = (values: readonly unknown[]): unknown[] => values.flatMap((v) => (Array.isArray(v) ? flatten(v) : [v]));

/** `Utils.pluralized_array_from_hash`: the singular key's value, else the plural's (a string split), flattened, nils dropped. */
function pluralized(data: Record<string, unknown>, singular: string, plural: string): unknown[] {
  let value: unknown = hasOwn(data, singular) ? data[singular] : undefined;
  if (value === null || value === undefined || value === false) {
    const p = hasOwn(data, plural) ? data[plural] : undefined;
    value = typeof p === 'string' ? rubySplit(p) : Array.isArray(p) ? p.filter((v) => v !== null && v !== undefined) : undefined;
  }
  return flatten([value]).filter((v) => v !== null && v !== undefined);
}

interface State {
  site: JekyllSite;
  relativePath: string;
  data: Record<string, unknown>;
  problems: SiteProblem[];
  path: string;
}

/** Ruby's TypeError in Document#merge_categories! (`Array#|` of a number): Jekyll logs it and stops reading the file. */
class MergeError extends Error {}

/** Document#merge_data!: categories united with those already there, a deep merge, the date read again. */
function mergeData(state: State, other: Record<string, unknown>, source: string): void {
  const incoming = { ...other };
  if (hasOwn(incoming, 'categories') && incoming['categories'] !== null && incoming['categories'] !== undefined) {
    if (typeof incoming['categories'] === 'string') incoming['categories'] = rubySplit(incoming['categories']);
    if (Array.isArray(state.data['categories'])) {
      if (!Array.isArray(incoming['categories'])) throw new MergeError(`no implicit conversion of ${rubyInspect(incoming['categories'])} into Array`);
      incoming['categories'] = union(state.data['categories'], incoming['categories']);
    }
  }
  state.data = deepMergeHashes(state.data, incoming);
  if (hasOwn(state.data, 'date')) readDate(state, source);
}

/** Document#merge_date!: `Utils.parse_date(date.to_s)`, which Jekyll stops on when it fails. */
function readDate(state: State, source: string): void {
  const value = state.data['date'];
  const parsed = parseDateValue(value, siteZone(state.site));
  if (parsed.time) {
    // Time#to_s, read again by the next merge, keeps whole seconds only.
    setOwn(state.data, 'date', truncate(parsed.time));
    return;
  }
  state.problems.push({
    ruleId: 'jekyll-date-invalid',
    severity: 'error',
    message: `Invalid date '${rubyToS(value)}': Document '${state.relativePath}' does not have a valid date in the ${source} (${parsed.error}): Jekyll stops`,
    file: state.path,
  });
  delete state.data['date'];
}

const truncate = (time: RubyTime): RubyTime => new RubyTime(Math.floor(time.getTime() / 1000) * 1000, time.utcOffset);

/** Document#categories_from_path: the folders above `_posts` (`blog/_posts` gives `blog`). */
function categoriesFromPath(relativePath: string, specialDir: string): string[] {
  if (relativePath.startsWith(specialDir)) return [];
  const at = relativePath.indexOf(specialDir);
  const above = at === -1 ? relativePath : relativePath.slice(0, at);
  const basename = rubyBasename(relativePath);
  return above.split('/').filter((c) => c !== '' && c !== specialDir && c !== basename);
}

/** Utils.titleize_slug: each `-`-separated word capitalised, joined by spaces. */
const titleize = (slug: string): string =>
  slug
    .split('-')
    .reduceRight<string[]>((words, w) => (words.length === 0 && w === '' ? words : [w, ...words]), [])
    .map((w) => (w === '' ? '' : (w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ');

/** Document#populate_title: the date, slug, title and extension the file name gives, unless set. */
function populateTitle(state: State, site: JekyllSite, basenameWithoutExt: string): void {
  const base = rubyBasename(state.relativePath);
  const dated = DATE_NAME.exec(base);
  let slug: string | undefined;
  let ext: string | undefined;
  if (dated) {
    slug = dated[2];
    ext = dated[3];
    // Document#modify_date: the file name's date unless the front matter gives one.
    const current = state.data['date'];
    if (!truthy(current) || (current instanceof Date && Math.floor(current.getTime() / 1000) === Math.floor(siteTime(site).getTime() / 1000))) {
      mergeData(state, { date: dated[1] }, 'filename');
    }
  } else {
    const dateless = DATELESS_NAME.exec(base);
    if (dateless) [slug, ext] = [dateless[1], dateless[2]];
  }
  const clean = (slug ?? basenameWithoutExt).replace(/\.+$/, '');
  if (!truthy(state.data['title'])) setOwn(state.data, 'title', titleize(clean));
  if (!truthy(state.data['slug'])) setOwn(state.data, 'slug', clean);
  if (!truthy(state.data['ext'])) setOwn(state.data, 'ext', ext ?? null);
}

/** Document#populate_categories and #populate_tags. */
function populateCategoriesAndTags(state: State): void {
  const categories = [...asArray(state.data['categories']), ...pluralized(state.data, 'category', 'categories')].map(rubyToS);
  mergeData(state, { categories: union([], categories) }, 'YAML front matter');
  mergeData(state, { tags: pluralized(state.data, 'tag', 'tags') }, 'YAML front matter');
}

/**
 * Reads a post as Jekyll's `Document#read` makes it, for `site.posts` and `page`: the folders
 * above `_posts` as categories, the front matter `defaults:` that apply (FrontmatterDefaults#all)
 * deep-merged under the post's own front matter, categories and tags as arrays (`category:`,
 * `tags: "a b"`), the date (front matter `date`, else the file name's, as a `RubyTime` in the
 * site's `timezone`), `slug`, `ext`, a `title` from the slug when there is none, the excerpt's
 * source, and the URL by the permalink rules. Pure; what Jekyll would stop on is a problem.
 */
export function readPost(site: JekyllSite, input: PostInput): PostResult {
  const collectionsDir = typeof site.config['collections_dir'] === 'string' ? site.config['collections_dir'] : '';
  const relativePath = collectionsDir !== '' && input.path.startsWith(`${collectionsDir}/`) ? input.path.slice(collectionsDir.length + 1) : input.path;
  const state: State = { site, relativePath, data: {}, problems: [], path: input.path };
  let skipped = false;
  const draft = !relativePath.includes('_posts');
  const extname = rubyExtname(input.path);
  const basename = rubyBasename(input.path);
  const basenameWithoutExt = extname === '' ? basename : basename.slice(0, -extname.length);
  // Document#draft?, asked first: `data["draft"] ||= …` (false for a post of `_posts`).
  setOwn(state.data, 'draft', draft);
  mergeData(state, { categories: categoriesFromPath(relativePath, draft ? '_drafts' : '_posts') }, 'file path');
  const defaults = frontMatterDefaults(site.config['defaults'], relativePath, 'posts', {
    collectionsDir,
    report: (problem) => state.problems.push({ ...problem, key: problem.key ?? 'defaults' }),
  });
  if (defaults[UNREADABLE]) {
    // Document#read fails before reading the content: the post is not one of the site's.
    return { post: { path: input.path, data: state.data, date: '', slug: '', url: '', relativePath, content: input.content ?? '' }, problems: state.problems, skipped: true };
  }
  // Document#read: an error while merging stops the reading there; Jekyll logs it and goes on.
  let stage = 'front matter defaults';
  try {
    if (Object.keys(defaults).length > 0) mergeData(state, defaults, stage);
    stage = 'YAML front matter';
    if (!input.frontMatterFailed) {
      mergeData(state, input.data, stage);
      populateTitle(state, site, basenameWithoutExt);
      populateCategoriesAndTags(state);
    }
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    state.problems.push({
      ruleId: 'jekyll-post-unreadable',
      severity: site.config['strict_front_matter'] === true ? 'error' : 'warning',
      message: `could not read file: ${error.message} (the ${stage}'s \`categories\`)${stage === 'YAML front matter' ? ': Jekyll keeps the post without its front matter' : ': Jekyll skips the post'}`,
      file: input.path,
    });
    if (stage !== 'YAML front matter') skipped = true;
  }
  // Document#date: a post without one is dated by the site's time, a draft by its file's.
  const undated = !truthy(state.data['date']);
  if (undated) {
    const when = draft && input.mtime ? input.mtime : siteTime(site);
    const parsed = parseTime(rubyTimeToS(when), siteZone(site));
    setOwn(state.data, 'date', parsed.time ?? siteTime(site));
  }
  const date = state.data['date'] as RubyTime;
  const url = postUrl(state, { extname, basenameWithoutExt, date });
  const slugValue = state.data['slug'];
  const id = rubyJoin(rubyDirname(url), rubyToS(truthy(slugValue) ? slugValue : basenameWithoutExt));
  const content = input.content ?? '';
  const separator = rubyToS(truthy(state.data['excerpt_separator']) ? state.data['excerpt_separator'] : site.config.excerpt_separator);
  const post: SitePost = {
    path: input.path,
    data: state.data,
    date: rubyTimeToS(date),
    slug: rubyToS(slugValue ?? basenameWithoutExt),
    url,
    id,
    relativePath,
    content,
  };
  if (separator !== '' && !truthy(state.data['excerpt'])) post.excerpt = extractExcerpt(content, separator);
  if (draft) post.draft = true;
  return { post, problems: state.problems, ...(skipped ? { skipped } : {}), ...(undated ? { undated } : {}) };
}

/** Document#url: the post's permalink, else its collection's template, with the URL drop's values. */
function postUrl(state: State, doc: { extname: string; basenameWithoutExt: string; date: RubyTime }): string {
  const { site, data, relativePath } = state;
  const collection = site.config['collections'];
  const metadata = isHash(collection) && isHash(collection['posts']) ? collection['posts'] : {};
  const permalink = truthy(data['permalink']) ? data['permalink'] : undefined;
  let template = permalink ?? metadata['permalink'];
  if (typeof template !== 'string') {
    state.problems.push({
      ruleId: 'jekyll-permalink-invalid',
      severity: 'error',
      message: `The permalink must be a string, not ${rubyInspect(template)}: Jekyll stops`,
      file: state.path,
    });
    template = '/:categories/:year/:month/:day/:title:output_ext';
  }
  // Renderer#output_ext: a permalink's own extension, else the converter's.
  const permalinkExt = typeof permalink === 'string' && !permalink.endsWith('/') ? rubyExtname(permalink) : '';
  const outputExt = permalinkExt !== '' ? permalinkExt : isMarkdownPath(state.path, site) ? '.html' : doc.extname;
  const cleaned = relativePath.slice(0, relativePath.length - doc.extname.length).replace('_posts', '').replace(/\.+$/, '');
  const expanded = expandUrl(template as string, urlPlaceholders({
    collection: 'posts',
    basenameWithoutExt: doc.basenameWithoutExt,
    cleanedRelativePath: cleaned,
    outputExt,
    slug: data['slug'],
    categories: asArray(data['categories']),
    date: doc.date,
  }));
  for (const name of expanded.unknown) {
    state.problems.push({
      ruleId: 'jekyll-permalink-invalid',
      severity: 'error',
      message: `The URL template doesn't have ${name.endsWith('_') ? `${name} or ${name.slice(0, -1)}` : name} keys. Check your permalink template!: Jekyll stops`,
      file: state.path,
    });
  }
  for (const value of expanded.unencodable) {
    state.problems.push({ ruleId: 'jekyll-permalink-invalid', severity: 'error', message: `${JSON.stringify(value)} cannot be written in a URL (Addressable::URI::InvalidURIError): Jekyll stops`, file: state.path });
  }
  return expanded.url;
}
