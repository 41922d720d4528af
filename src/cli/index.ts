export { cli, VERSION } from './cli.ts';
export type { FileResult, Io, Output } from './types.ts';
