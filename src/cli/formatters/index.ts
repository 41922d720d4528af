import { github, githubStream } from './github.ts';
import { html } from './html.ts';
import { json } from './json.ts';
import { sarif } from './sarif.ts';
import { stylish, stylishStream } from './stylish.ts';
import type { StreamingFormatter } from '../types.ts';

export { github, html, json, sarif, stylish };

export const formatters = { stylish, json, github, sarif, html } as const;

export type FormatName = keyof typeof formatters;

/** The formats the CLI writes file by file, as each file's result is known (in the files' order). */
export const streamingFormatters: Partial<Record<FormatName, StreamingFormatter>> = { stylish: stylishStream, github: githubStream };
