/** @internal Ruby's `File` path helpers on `/`-separated paths, as Jekyll uses them on Linux. */

/** `File.basename(path)`. */
export function rubyBasename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? (path === '' ? '' : '/') : trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** `File.dirname(path)`: trailing slashes ignored; `.` for a bare name, `/` for the root. */
export function rubyDirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const at = trimmed.lastIndexOf('/');
  if (at === -1) return '.';
  const dir = trimmed.slice(0, at).replace(/\/+$/, '');
  return dir === '' ? '/' : dir;
}

/** `File.join(a, b, …)`: one `/` between the parts, whatever they end or start with. */
export function rubyJoin(...parts: string[]): string {
  return parts.reduce((joined, part, i) => (i === 0 ? part : `${joined.replace(/\/+$/, '')}/${part.replace(/^\/+/, '')}`), '');
}
