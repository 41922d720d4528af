import { parseJekyllFileName } from '../jekyll/file-name.ts';
import type { JekyllSite } from '../jekyll/site.ts';

export interface PageInput {
  /** The post's path from the site root (`_posts/2024-06-12-slug.md`), when known. */
  path: string | undefined;
  /** Its front matter as read. */
  data: Record<string, unknown>;
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[ \t\n\v\f\r]+/).filter((v) => v !== '') : value === null || value === undefined ? [] : [value];

/** The Liquid variables Jekyll gives a post: `site`, `page`, `jekyll`. */
export function scopeOf(site: JekyllSite, page: PageInput): Record<string, unknown> {
  const name = page.path === undefined ? undefined : parseJekyllFileName(page.path);
  const posts = [...(site.posts ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const siteDrop: Record<string, unknown> = {
    ...site.config,
    data: site.data ?? {},
    posts: posts.map((p) => ({ ...p.data, url: p.url, date: new Date(p.date), slug: p.slug, path: p.path })),
    time: new Date(),
  };
  const self = posts.find((p) => p.path === page.path);
  const pageDrop: Record<string, unknown> = {
    ...page.data,
    categories: asList(page.data['categories'] ?? page.data['category']),
    tags: asList(page.data['tags'] ?? page.data['tag']),
    ...(name ? { slug: name.slug, date: page.data['date'] ?? new Date(`${name.date}T00:00:00`) } : {}),
    ...(self ? { url: self.url, id: self.url.replace(/\.html$/, '').replace(/\/$/, '') } : {}),
    ...(page.path !== undefined ? { path: page.path, relative_path: page.path, collection: 'posts' } : {}),
  };
  return { site: siteDrop, page: pageDrop, jekyll: { version: '4.3.1', environment: 'development' } };
}
