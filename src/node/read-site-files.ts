import { isEntryRead } from '../jekyll/entry-filter.ts';
import type { JekyllSite } from '../jekyll/site.ts';
import type { SiteFiles } from './site-files.ts';

/** Extensions whose files are not text: listed with `null` content, never read. */
const BINARY = /\.(?:png|jpe?g|gif|webp|avif|ico|bmp|tiff?|psd|ai|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|woff2?|ttf|otf|eot|mp[34]|m4a|mov|avi|webm|ogg|wav|flac|exe|dll|so|dylib|class|wasm|sqlite|db)$/i;

/** Text files larger than this are listed with `null` content. */
const TEXT_BYTES = 1024 * 1024;

/**
 * `site.files`: every file of the site by its path from the root, with its text, or `null` for
 * a file that is not read (binary by its extension, larger than 1 MiB, not UTF-8): what
 * `{% link %}` and `{% include_relative %}` may name. Each text is read on first access. Folders starting with `.`, those
 * `exclude:` leaves out, the destination and linked folders are not searched.
 */
export async function readSiteFiles(files: SiteFiles, site: JekyllSite, options: { destination?: string } = {}): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  const pending = [''];
  while (pending.length > 0) {
    const dir = pending.shift() as string;
    for (const entry of await files.list(dir)) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.kind === 'directory') {
        if (entry.link || entry.name.startsWith('.') || rel === options.destination) continue;
        // `_` folders are searched (`include_relative` reads `_posts/…`); excluded ones are not.
        if (!entry.name.startsWith('_') && !isEntryRead(site, dir, entry.name, true)) continue;
        pending.push(rel);
        continue;
      }
      if (BINARY.test(entry.name)) {
        Object.defineProperty(out, rel, { value: null, enumerable: true, writable: true, configurable: true });
        continue;
      }
      // Read when a post first asks (`{% include_relative %}`, `{% link %}`), not for every load:
      // most posts ask for none, and a site holds far more files than posts.
      Object.defineProperty(out, rel, {
        get() {
          // Read as Jekyll reads files (`bom|utf-8`): no byte order mark.
          const content = files.readNow(rel, { maxBytes: TEXT_BYTES })?.replace(/^\ufeff/, '') ?? null;
          Object.defineProperty(out, rel, { value: content, enumerable: true, writable: true, configurable: true });
          return content;
        },
        set(value: string | null) {
          Object.defineProperty(out, rel, { value, enumerable: true, writable: true, configurable: true });
        },
        enumerable: true,
        configurable: true,
      });
    }
  }
  return out;
}
