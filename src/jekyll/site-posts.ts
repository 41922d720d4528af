import { readFrontMatter } from '../front-matter/read-front-matter.ts';
import { createLineIndex } from '../position/line-index.ts';
import { hasOwn, truthy } from '../ruby/values.ts';
import { readPost } from './post.ts';
import { frontMatterFailed } from './published-url.ts';
import { siteTime } from './site-time.ts';
import type { JekyllSite, SitePost, SiteProblem } from './site.ts';
import { pushAll } from '../util/push-all.ts';

/** A post file as read from the site. */
export interface PostFile {
  /** From the site's root: `_posts/2024-06-12-slug.md`. */
  path: string;
  /** Its text. */
  source: string;
  /** Its modification time (a draft's date when it has none). */
  mtime?: Date;
}

export interface SitePosts {
  /** Oldest first, as Jekyll sorts `site.posts.docs` (by date, then path). */
  posts: SitePost[];
  problems: SiteProblem[];
}

/** Ruby's `String#<=>`: byte order of the UTF-8 text (UTF-16 order differs past U+FFFF). */
function compareBytes(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]?.codePointAt(0) ?? 0;
    const y = cb[i]?.codePointAt(0) ?? 0;
    if (x !== y) return x - y;
  }
  return ca.length - cb.length;
}

/** Document#<=>: by date, then by path. */
export const comparePosts = (a: SitePost, b: SitePost): number => {
  const da = a.data['date'] instanceof Date ? a.data['date'].getTime() : 0;
  const db = b.data['date'] instanceof Date ? b.data['date'].getTime() : 0;
  return Math.floor(da / 1000) - Math.floor(db / 1000) || compareBytes(a.path, b.path);
};

/**
 * The posts Jekyll publishes from these files (PostReader and Site#limit_posts!), each read as
 * `readPost` does: a post with `published: false` is left out unless the site sets `unpublished`,
 * one dated after the site's time unless it sets `future`; then `limit_posts` keeps the newest.
 * Pure; problems (a front matter Jekyll could not read, an invalid date) are given with the file.
 */
export function collectPosts(site: JekyllSite, files: readonly PostFile[]): SitePosts {
  const problems: SiteProblem[] = [];
  const posts: SitePost[] = [];
  const now = Math.floor(siteTime(site).getTime() / 1000);
  const future = truthy(site.config['future']);
  // Posts Jekyll has not dated when it sorts them (see PostResult#undated): `nil <=> date` falls back to the paths.
  const unsorted = new Set<SitePost>();
  for (const file of files) {
    const lines = createLineIndex(file.source);
    const read = readFrontMatter(file.source, lines);
    const failed = read.problems.find((p) => frontMatterFailed([p]));
    if (failed) {
      problems.push({
        ruleId: 'jekyll-post-front-matter',
        severity: site.config['strict_front_matter'] === true ? 'error' : 'warning',
        message: `YAML Exception reading ${file.path}: ${failed.message}: ${site.config['strict_front_matter'] === true ? 'Jekyll stops' : 'Jekyll keeps the post without its front matter'}`,
        file: file.path,
        line: failed.line,
        column: failed.column,
      });
    }
    const result = readPost(site, {
      path: file.path,
      data: read.frontMatter.data,
      content: file.source.slice(read.bodyOffset),
      ...(failed ? { frontMatterFailed: true } : {}),
      ...(file.mtime ? { mtime: file.mtime } : {}),
    });
    pushAll(problems, result.problems);
    if (result.skipped) continue;
    const { data } = result.post;
    // Publisher#publish?: `data.fetch("published", true) || site.unpublished`, and not in the future.
    if (hasOwn(data, 'published') && !truthy(data['published']) && !truthy(site.config['unpublished'])) continue;
    const date = data['date'] instanceof Date ? Math.floor(data['date'].getTime() / 1000) : 0;
    if (!future && date > now) continue;
    if (future && result.undated) unsorted.add(result.post);
    posts.push(result.post);
  }
  posts.sort((a, b) => (unsorted.has(a) || unsorted.has(b) ? compareBytes(a.path, b.path) : comparePosts(a, b)));
  const limit = typeof site.config['limit_posts'] === 'number' ? site.config['limit_posts'] : 0;
  const kept = limit > 0 ? posts.slice(-limit) : posts;
  IN_JEKYLL_ORDER.add(kept);
  return { posts: kept, problems };
}

/** The lists `collectPosts` made, which hold Jekyll's order as they are. */
const IN_JEKYLL_ORDER = new WeakSet<readonly SitePost[]>();

/** A site's posts in Jekyll's order, oldest first: as `collectPosts` left them, else sorted by date and path. */
export function postsInOrder(posts: readonly SitePost[] | undefined): readonly SitePost[] {
  if (posts === undefined) return [];
  return IN_JEKYLL_ORDER.has(posts) ? posts : [...posts].sort(comparePosts);
}
