import path from 'node:path';

/** A file's path relative to `cwd`, with `/`. */
export const relativePath = (file: string, cwd: string): string => path.relative(cwd, file).split(path.sep).join('/');
