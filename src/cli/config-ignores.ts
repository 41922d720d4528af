import path from 'node:path';

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** `text` with glob syntax escaped, so that a folder's name matches as it is. */
const escapeGlob = (text: string): string => text.replace(/[\\*?[\]{}()!+@,|^$]/g, '\\$&');

/**
 * A configuration's `ignores` (relative to its folder, `configDir`) as `findPostFiles` takes them
 * (relative to `cwd`): as they are when the configuration sits in `cwd`, else made absolute
 * (the folder's name escaped), since a glob cannot climb out of `cwd` with `..`. A leading `!`
 * (a pattern that takes files back) stays in front.
 */
export function ignoresFor(ignores: readonly string[], configDir: string, cwd: string): string[] {
  if (path.resolve(configDir) === path.resolve(cwd)) return [...ignores];
  const base = escapeGlob(toPosix(path.resolve(configDir)));
  return ignores.map((glob) => {
    const negated = glob.startsWith('!');
    const rest = negated ? glob.slice(1) : glob;
    const absolute = rest.startsWith('/') ? rest : `${base}/${rest.replace(/^\.\//, '')}`;
    return negated ? `!${absolute}` : absolute;
  });
}
