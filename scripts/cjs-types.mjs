#!/usr/bin/env node
// The CommonJS entries' types: each dist/*.d.ts written again as .d.cts, its relative imports
// pointing at the .d.cts beside it. tsup's own `format: ['cjs'], dts` pass ran the TypeScript
// compiler a second time to write the same declarations (18 s of a 45 s build) with only these
// import paths different.
import { readdir, readFile, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
const RELATIVE_JS = /(\bfrom\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]+)\.js\2/g;

const names = (await readdir(dist)).filter((name) => name.endsWith('.d.ts'));
if (names.length === 0) throw new Error('dist holds no .d.ts: run tsup first');
await Promise.all(
  names.map(async (name) => {
    const text = await readFile(new URL(name, dist), 'utf8');
    await writeFile(new URL(name.replace(/\.d\.ts$/, '.d.cts'), dist), text.replace(RELATIVE_JS, '$1$2$3.cjs$2'));
  }),
);
