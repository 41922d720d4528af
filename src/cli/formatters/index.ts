import { github } from './github.ts';
import { html } from './html.ts';
import { json } from './json.ts';
import { sarif } from './sarif.ts';
import { stylish } from './stylish.ts';

export { github, html, json, sarif, stylish };

export const formatters = { stylish, json, github, sarif, html } as const;

export type FormatName = keyof typeof formatters;
