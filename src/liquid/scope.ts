/**
 * The Liquid variables Jekyll 4.3 renders a post with (`site`, `page`, `jekyll`), shaped as its
 * drops show them (Drops::SiteDrop, Drops::DocumentDrop, Drops::ExcerptDrop,
 * Drops::CollectionDrop): plain objects whose computed keys are getters, read on first use.
 *
 * Dates are `RubyTime`s (src/ruby/ruby-time.ts): a JavaScript `Date` for the instant, with
 * `utcOffset`, the seconds east of UTC that Ruby shows it in. `page.date`, `post.date` and
 * `site.time` are in the site's `timezone` (its offset at that instant, summer time included),
 * or the runtime's zone without one, as Jekyll runs in the machine's: format them with
 * `wallClock(time)` and `formatOffset(time.utcOffset)`, which is what Ruby's `strftime` and
 * `Time#to_s` read.
 */
import { readPost } from '../jekyll/post.ts';
import { rubyBasename } from '../jekyll/ruby-path.ts';
import { comparePosts, postsInOrder } from '../jekyll/site-posts.ts';
import { siteTime } from '../jekyll/site-time.ts';
import type { JekyllSite, SitePost } from '../jekyll/site.ts';
import { hasOwn, isHash, rubyToS, setOwn, truthy } from '../ruby/values.ts';
import { renderDocument } from './render-document.ts';

export interface PageInput {
  /** The post's path from the site root (`_posts/2024-06-12-slug.md`), when known. */
  path: string | undefined;
  /** Its front matter as read. */
  data: Record<string, unknown>;
  /** Its body, after the front matter (default: `''`). */
  content?: string;
}

type Drop = Record<string, unknown>;

interface Context {
  site: JekyllSite;
  /** The site's posts, oldest first. */
  posts: readonly SitePost[];
  /** The post being rendered, if it is one. */
  current: SitePost | undefined;
  drops: Map<SitePost, Drop>;
}

/** Documents rendered inside one another (a post's content naming an older post's): past this, as written. */
const MAX_NESTED_RENDERS = 16;
let nested = 0;

/** What Jekyll has rendered, per site: the content (before layouts) of posts and of their excerpts. */
const RENDERED = new WeakMap<JekyllSite, Map<string, string>>();

function rendered(site: JekyllSite, key: string, render: () => string, fallback: string): string {
  let cache = RENDERED.get(site);
  if (cache === undefined) RENDERED.set(site, (cache = new Map()));
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (nested >= MAX_NESTED_RENDERS) return fallback;
  nested++;
  try {
    const html = render();
    cache.set(key, html);
    return html;
  } finally {
    nested--;
  }
}

/** An enumerable key computed on first read. */
function lazy(target: Drop, key: string, compute: () => unknown): void {
  let done = false;
  let value: unknown;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  });
}

const plain = (target: Drop, key: string, value: unknown): void => setOwn(target, key, value);

/** The keys DocumentDrop#collapse_document leaves out of a nested document. */
const NESTED = new Set(['content', 'output', 'excerpt', 'next', 'previous']);

/** DocumentDrop#hash_for_json: `next` and `previous` without the keys that lead on to other documents. */
function withJson(drop: Drop): Drop {
  const collapse = (doc: unknown): unknown => {
    if (!isHash(doc)) return doc;
    const out: Drop = {};
    for (const key of Object.keys(doc)) if (!NESTED.has(key)) setOwn(out, key, doc[key]);
    return out;
  };
  Object.defineProperty(drop, 'toJSON', {
    enumerable: false,
    value: () => {
      const out: Drop = {};
      for (const key of Object.keys(drop)) setOwn(out, key, key === 'next' || key === 'previous' ? collapse(drop[key]) : drop[key]);
      return out;
    },
  });
  return drop;
}

/** Whether Jekyll renders a post before the current one (collection order: oldest first). */
function renderedBefore(ctx: Context, post: SitePost): boolean {
  if (ctx.current === undefined || post.path === ctx.current.path) return false;
  const at = ctx.posts.findIndex((p) => p.path === post.path);
  const current = ctx.posts.findIndex((p) => p.path === ctx.current?.path);
  return at >= 0 && current >= 0 ? at < current : comparePosts(post, ctx.current) < 0;
}

function documentDrop(ctx: Context, post: SitePost): Drop {
  const known = ctx.drops.get(post);
  if (known) return known;
  const drop: Drop = {};
  ctx.drops.set(post, drop);
  for (const [key, value] of Object.entries(post.data)) plain(drop, key, value);
  const body = post.content ?? '';
  const html = (): string => rendered(ctx.site, post.path, () => renderDocument(ctx.site, post.path, body, post.data, scopeFor(ctx.site, post)), body);
  // Document#content: what Jekyll has at hand, the converted body once it rendered the post.
  if (renderedBefore(ctx, post)) {
    lazy(drop, 'content', html);
    lazy(drop, 'output', html);
  } else {
    plain(drop, 'content', body);
    plain(drop, 'output', null);
  }
  const relativePath = post.relativePath ?? post.path;
  plain(drop, 'relative_path', relativePath);
  plain(drop, 'path', relativePath);
  plain(drop, 'url', post.url);
  plain(drop, 'id', post.id ?? post.url);
  plain(drop, 'date', post.data['date']);
  plain(drop, 'collection', 'posts');
  lazy(drop, 'excerpt', () => excerptOf(ctx, post));
  return withJson(withNeighbours(drop, ctx, post));
}

/** What a document's drop and its excerpt's share: `name`, `next`, `previous`, `title`, `categories`, `tags`. */
function withNeighbours(drop: Drop, ctx: Context, post: SitePost): Drop {
  plain(drop, 'name', truthy(post.data['name']) ? post.data['name'] : rubyBasename(post.path));
  const at = ctx.posts.findIndex((p) => p.path === post.path);
  lazy(drop, 'next', () => (at >= 0 && at < ctx.posts.length - 1 ? documentDrop(ctx, ctx.posts[at + 1] as SitePost) : null));
  lazy(drop, 'previous', () => (at > 0 ? documentDrop(ctx, ctx.posts[at - 1] as SitePost) : null));
  for (const key of ['title', 'categories', 'tags']) plain(drop, key, hasOwn(post.data, key) ? post.data[key] : null);
  return drop;
}

/**
 * DocumentDrop#excerpt: `data["excerpt"].to_s`: the front matter's `excerpt` as written, else
 * Jekyll's excerpt rendered (Liquid with the excerpt as `page`, then kramdown), `''` without one.
 */
function excerptOf(ctx: Context, post: SitePost): string {
  if (truthy(post.data['excerpt'])) return rubyToS(post.data['excerpt']);
  const source = post.excerpt;
  if (source === undefined) return '';
  return rendered(
    ctx.site,
    `${post.path}#excerpt`,
    () => {
      const scope = scopeFor(ctx.site, post);
      return renderDocument(ctx.site, post.path, source, post.data, { ...scope, page: excerptDrop(ctx, post, source) });
    },
    source,
  );
}

/** Drops::ExcerptDrop: the post's data less `layout` and `excerpt`, its own content, path and id. */
function excerptDrop(ctx: Context, post: SitePost, source: string): Drop {
  const drop: Drop = {};
  for (const [key, value] of Object.entries(post.data)) if (key !== 'layout' && key !== 'excerpt') plain(drop, key, value);
  const relativePath = `${post.relativePath ?? post.path}/#excerpt`;
  plain(drop, 'content', source);
  plain(drop, 'output', null);
  plain(drop, 'relative_path', relativePath);
  plain(drop, 'path', relativePath);
  plain(drop, 'url', post.url);
  plain(drop, 'id', `${post.id ?? post.url}#excerpt`);
  plain(drop, 'date', post.data['date']);
  plain(drop, 'collection', 'posts');
  plain(drop, 'excerpt', null);
  plain(drop, 'layout', post.data['layout'] ?? null);
  return withJson(withNeighbours(drop, ctx, post));
}

/** Site#post_attr_hash: each value of the attribute, with its posts newest first. */
function postAttrHash(ctx: Context, attribute: string): Drop {
  const hash: Drop = {};
  const lists = new Map<string, SitePost[]>();
  for (const post of ctx.posts) {
    const values = post.data[attribute];
    if (!Array.isArray(values)) continue;
    for (const value of values) {
      const key = rubyToS(value);
      let list = lists.get(key);
      if (list === undefined) lists.set(key, (list = []));
      list.push(post);
    }
  }
  for (const [key, posts] of lists) setOwn(hash, key, [...posts].sort(comparePosts).reverse().map((p) => documentDrop(ctx, p)));
  return hash;
}

/** Drops::CollectionDrop of `posts`: its configuration, label, docs (oldest first). */
function collectionDrop(ctx: Context): Drop {
  const collections = ctx.site.config['collections'];
  const metadata = isHash(collections) && isHash(collections['posts']) ? collections['posts'] : {};
  const drop: Drop = {};
  for (const [key, value] of Object.entries(metadata)) plain(drop, key, value);
  plain(drop, 'label', 'posts');
  lazy(drop, 'docs', () => ctx.posts.map((p) => documentDrop(ctx, p)));
  plain(drop, 'files', []);
  plain(drop, 'relative_directory', '_posts');
  plain(drop, 'directory', `${String(ctx.site.config.source).replace(/\/+$/, '')}/_posts`);
  plain(drop, 'output', true);
  return drop;
}

function siteDrop(ctx: Context): Drop {
  const { site } = ctx;
  const drop: Drop = {};
  for (const [key, value] of Object.entries(site.config)) plain(drop, key, value);
  // SiteDrop#[]: a collection's label gives its documents (none are read but the posts).
  const collections = site.config['collections'];
  if (isHash(collections)) for (const label of Object.keys(collections)) if (label !== 'posts') plain(drop, label, []);
  plain(drop, 'data', truthy(site.config['data']) ? site.config['data'] : (site.data ?? {}));
  plain(drop, 'time', siteTime(site));
  lazy(drop, 'posts', () => [...ctx.posts].reverse().map((p) => documentDrop(ctx, p)));
  lazy(drop, 'categories', () => postAttrHash(ctx, 'categories'));
  lazy(drop, 'tags', () => postAttrHash(ctx, 'tags'));
  lazy(drop, 'documents', () => ctx.posts.map((p) => documentDrop(ctx, p)));
  lazy(drop, 'collections', () => [collectionDrop(ctx)]);
  // RelatedPosts without LSI: the ten most recent posts but this one.
  lazy(drop, 'related_posts', () =>
    ctx.current === undefined ? null : [...ctx.posts.slice(-11)].reverse().filter((p) => p.path !== ctx.current?.path).slice(0, 10).map((p) => documentDrop(ctx, p)),
  );
  plain(drop, 'pages', []);
  plain(drop, 'html_pages', []);
  plain(drop, 'static_files', []);
  plain(drop, 'config', null);
  return drop;
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[ \t\n\v\f\r]+/).filter((v) => v !== '') : value === null || value === undefined ? [] : [value];

const JEKYLL = { version: '4.3.1', environment: 'development' };

/** The scope of a post of the site, for rendering it (its own or another's content). */
function scopeFor(site: JekyllSite, post: SitePost): Record<string, unknown> {
  const posts = postsInOrder(site.posts);
  const ctx: Context = { site, posts, current: post, drops: new Map() };
  const known = posts.find((p) => p.path === post.path);
  // The page is the post as read now; in `site.posts` it is the same drop.
  if (known) ctx.drops.delete(known);
  const page = documentDrop(ctx, post);
  if (known) ctx.drops.set(known, page);
  return { site: siteDrop(ctx), page, jekyll: JEKYLL, layout: null, paginator: null, content: null };
}

/**
 * The Liquid variables Jekyll gives a post: `site` (the configuration's keys, `data`, `time`,
 * `posts` newest first, `categories`, `tags`, `documents`, `collections`, `related_posts`; no
 * pages), `page` (the post's front matter over its `defaults:`, with `url`, `id`, `date`,
 * `slug`, `categories`, `tags`, `title`, `path`, `relative_path`, `collection`, `excerpt`, `name`,
 * `next`, `previous`, `content`) and `jekyll`. Without a path, `page` is the front matter.
 */
export function scopeOf(site: JekyllSite, page: PageInput): Record<string, unknown> {
  if (page.path === undefined) {
    const ctx: Context = { site, posts: postsInOrder(site.posts), current: undefined, drops: new Map() };
    const data: Drop = { ...page.data, categories: asList(page.data['categories'] ?? page.data['category']), tags: asList(page.data['tags'] ?? page.data['tag']) };
    return { site: siteDrop(ctx), page: data, jekyll: JEKYLL, layout: null, paginator: null, content: null };
  }
  // The site's own reading of the same file, when it has one (it knows how Jekyll read its front matter).
  const content = page.content ?? '';
  const known = site.posts?.find((p) => p.path === page.path && p.content === content);
  return scopeFor(site, known ?? readPost(site, { path: page.path, data: page.data, content }).post);
}
