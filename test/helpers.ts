import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const shared = fileURLToPath(new URL('../../shared/', import.meta.url));

export const readShared = (path: string): string => readFileSync(`${shared}${path}`, 'utf8');
export const readFixture = (name: string, file = 'post.md'): string => readFileSync(`${root}fixtures/${name}/${file}`, 'utf8');

export const seed000 = (): string => readShared('seeds/000_156decdd737d4216.txt');
export const seed001 = (): string => readShared('seeds/001_a6e81b60bfc55f32.txt');
