import { defineConfig } from 'tsup';

// parse5 (and its entities) ship ESM only; the CommonJS build bundles them so that
// `require('article-kit')` works on every Node 20, not only on those with require(esm).
const esmOnly = [/^parse5/, /^entities/];

export default defineConfig([
  {
    // Separate entries split into shared chunks: a bundler that imports only the text helpers
    // never reaches the parser's chunk (and its parse5 and yaml imports), since the package
    // declares no side effects.
    entry: {
      index: 'src/index.ts',
      text: 'src/text/index.ts',
      parse: 'src/article/parse-article.ts',
      validate: 'src/validate/validate-article.ts',
      // Node-only: reads a site's _config.yml. The core never imports it, so no node:fs reaches it.
      node: 'src/node/index.ts',
      cli: 'src/cli/index.ts',
      bin: 'src/cli/bin.ts',
      worker: 'src/cli/worker.ts',
    },
    format: ['esm'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts', cli: 'src/cli/index.ts' } },
    clean: true,
    target: 'node20',
    sourcemap: true,
  },
  {
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'node20',
    sourcemap: true,
    noExternal: esmOnly,
  },
]);
