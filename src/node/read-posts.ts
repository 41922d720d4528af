import { isEntryRead } from '../jekyll/entry-filter.ts';
import { isPostFileName } from '../jekyll/post.ts';
import type { JekyllSite } from '../jekyll/site.ts';
import type { PostFile } from '../jekyll/site-posts.ts';
import { truthy } from '../ruby/values.ts';
import type { SiteFiles } from './site-files.ts';

/** A draft is any file with an extension (`Document::DATELESS_FILENAME_MATCHER`). */
const isDraftFileName = (name: string): boolean => /^.*\.[^./]+$/.test(name.slice(name.lastIndexOf('/') + 1));

/**
 * The files Jekyll reads as posts, as Reader#read_directories finds them: `_posts` of the root
 * and of every folder Jekyll reads (`blog/_posts`: not those `exclude` or a leading `_`, `.`,
 * `#`, `~` leave out), with `collections_dir` only under it; in each, every file at any depth
 * whose name is `YYYY-MM-DD-slug.ext`, but those the entry filter leaves out (`_posts/_old/…`,
 * `~` backups). `_drafts` too with `show_drafts`. The destination folder (`destination`, from the
 * root) is not searched, nor are linked folders (a link may loop back).
 */
export async function findPostFiles(files: SiteFiles, site: JekyllSite, options: { destination?: string } = {}): Promise<PostFile[]> {
  const collectionsDir = typeof site.config['collections_dir'] === 'string' ? site.config['collections_dir'] : '';
  const found: PostFile[] = [];
  const read = async (dir: string, magic: '_posts' | '_drafts'): Promise<void> => {
    const base = dir === '' ? magic : `${dir}/${magic}`;
    if ((await files.kind(base))?.kind !== 'directory') return;
    for (const entry of await files.walk(base)) {
      if (!isEntryRead(site, base, entry, false)) continue;
      if (!(magic === '_posts' ? isPostFileName(entry) : isDraftFileName(entry))) continue;
      const text = await files.read(`${base}/${entry}`);
      if (text) found.push({ path: `${base}/${entry}`, source: text.text, mtime: text.mtime });
    }
  };
  const pending = [''];
  while (pending.length > 0) {
    const dir = pending.shift() as string;
    // Reader#outside_configured_directory?: with a collections_dir, posts only under it.
    if (collectionsDir === '' || `/${dir}`.startsWith(`/${collectionsDir}`)) {
      await read(dir, '_posts');
      if (truthy(site.config['show_drafts'])) await read(dir, '_drafts');
    }
    for (const entry of await files.list(dir)) {
      const child = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.kind !== 'directory' || entry.link || child === options.destination || !isEntryRead(site, dir, entry.name, true)) continue;
      pending.push(child);
    }
  }
  return found;
}
