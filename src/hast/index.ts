export { toHast } from './lib/to-hast.ts';
export type { Options } from './lib/to-hast.ts';
