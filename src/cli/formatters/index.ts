import { github } from './github.ts';
import { json } from './json.ts';
import { sarif } from './sarif.ts';
import { stylish } from './stylish.ts';

export { github, json, sarif, stylish };

export const formatters = { stylish, json, github, sarif } as const;

export type FormatName = keyof typeof formatters;
