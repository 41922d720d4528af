import type { Problem } from '../article/types.ts';
import { absoluteUrl } from './absolute-url.ts';
import { isPostFileName, readPost } from './post.ts';
import type { JekyllSite } from './site.ts';

/** The front matter problems with which Jekyll reads a post without its front matter (Psych raised, or it is not a mapping). */
const FAILED = new Set(['yaml-syntax', 'yaml-too-deep', 'front-matter-not-mapping']);

/** Whether these problems of a post's front matter make Jekyll read it without its front matter. */
export const frontMatterFailed = (problems: readonly Pick<Problem, 'ruleId' | 'severity'>[]): boolean =>
  problems.some((p) => p.severity === 'error' && FAILED.has(p.ruleId));

/** A path Jekyll reads as a post: `YYYY-MM-DD-slug.ext` anywhere under a `_posts` folder, or any file under `_drafts`. */
export const isPostPath = (path: string): boolean => {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  const folders = parts.slice(0, -1);
  return (folders.includes('_posts') && isPostFileName(name)) || (folders.includes('_drafts') && /\.[^./]+$/.test(name));
};

/**
 * Where Jekyll publishes a post: its URL by the permalink rules (`readPost`), made absolute as
 * `{{ page.url | absolute_url }}` makes it (the site's `url`, then `baseurl`); without a `url`
 * in the configuration, from the site's root (`/blog/2024/06/12/slug.html`). Undefined for a
 * path that is not a post's (`isPostPath`), from the site's root, and for a post Jekyll fails
 * to read (its `defaults:`).
 */
export function publishedUrl(site: JekyllSite, input: { path: string; data: Record<string, unknown>; frontMatterFailed?: boolean }): string | undefined {
  if (!isPostPath(input.path)) return undefined;
  const result = readPost(site, { path: input.path, data: input.data, ...(input.frontMatterFailed ? { frontMatterFailed: true } : {}) });
  return result.skipped ? undefined : absoluteUrl(site, result.post.url);
}
