import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { JekyllSite } from '../jekyll/site.ts';
import { loadJekyllSite } from '../node/load-jekyll-site.ts';

/** Which Jekyll site posts are read with: none (`--no-site`), the one named (`--site DIR`), or the nearest found upward. */
export type SiteChoice = { kind: 'none' } | { kind: 'auto' } | { kind: 'dir'; dir: string };

export interface PostSite {
  /** The site's folder, absolute. */
  root: string;
  site: JekyllSite;
}

/** The configuration files that make a folder a Jekyll site (Configuration#config_files). */
const CONFIG_FILES = ['_config.yml', '_config.yaml'];

const ROOTS = new Map<string, Promise<string | undefined>>();
const SITES = new Map<string, Promise<JekyllSite>>();

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The nearest folder at or above `dir` that holds a `_config.yml` (or `_config.yaml`). */
export function findSiteRoot(dir: string): Promise<string | undefined> {
  let found = ROOTS.get(dir);
  if (found === undefined) {
    found = (async () => {
      for (const name of CONFIG_FILES) if (await isFile(path.join(dir, name))) return dir;
      const parent = path.dirname(dir);
      return parent === dir ? undefined : findSiteRoot(parent);
    })();
    ROOTS.set(dir, found);
  }
  return found;
}

/** A site read once per process (and per worker thread), whatever number of its posts is read. */
function loaded(root: string): Promise<JekyllSite> {
  let site = SITES.get(root);
  if (site === undefined) SITES.set(root, (site = loadJekyllSite(root)));
  return site;
}

/** The site a post is read with, by the choice; undefined for none. */
export async function siteFor(file: string, choice: SiteChoice): Promise<PostSite | undefined> {
  if (choice.kind === 'none') return undefined;
  const root = choice.kind === 'dir' ? path.resolve(choice.dir) : await findSiteRoot(path.dirname(path.resolve(file)));
  if (root === undefined) return undefined;
  return { root, site: await loaded(root) };
}

/**
 * The path parseArticle reads a post by: from its site's root (`_posts/2024-06-12-slug.md`), which
 * Jekyll's permalinks and `defaults:` scopes read; from the working folder when it has no site or
 * lies outside it.
 */
export function articlePath(file: string, cwd: string, site: PostSite | undefined): string {
  const fromRoot = site === undefined ? undefined : path.relative(site.root, path.resolve(file));
  const rel = fromRoot !== undefined && fromRoot !== '' && !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot) ? fromRoot : path.relative(cwd, path.resolve(file));
  return rel.split(path.sep).join('/');
}

/** `parseArticle`'s options for `file`, read as a post of `site` (or of none). */
export function articleOptions(file: string, cwd: string, site: PostSite | undefined): { path: string; site?: PostSite['site'] } {
  return { path: articlePath(file, cwd, site), ...(site ? { site: site.site } : {}) };
}
