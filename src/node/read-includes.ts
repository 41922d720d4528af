import type { SiteFiles } from './site-files.ts';

/**
 * The files of the includes folder (`includes_dir`, `_includes` by default) as strings, keyed by
 * their path under it (`toc.html`, `nav/menu.html`, names starting with `.` included): what
 * `{% include %}` may name. Links that leave the site are not followed.
 */
export async function readIncludes(files: SiteFiles, dir: string): Promise<Record<string, string>> {
  const includes: Record<string, string> = {};
  const info = await files.kind(dir);
  if (info?.kind !== 'directory') return includes;
  for (const name of await files.walk(dir, { dotFiles: true })) {
    const read = await files.read(`${dir}/${name}`);
    // File.read with `bom|utf-8`: no byte order mark.
    if (read) Object.defineProperty(includes, name, { value: read.text.replace(/^\ufeff/, ''), enumerable: true, writable: true, configurable: true });
  }
  return includes;
}
