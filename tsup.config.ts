import { defineConfig } from 'tsup';

// The unified utilities and parse5 ship ESM only; the CommonJS build bundles them so that
// `require('article-kit')` works on every Node 20, not only on those with require(esm).
const esmOnly = [/^hast-util-/, /^hast/, /^parse5/, /^property-information/, /^space-separated-tokens/,
  /^comma-separated-tokens/, /^web-namespaces/, /^vfile/, /^unist-/, /^devlop/, /^zwitch/, /^entities/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: true,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'node20',
    sourcemap: true,
    noExternal: esmOnly,
  },
]);
