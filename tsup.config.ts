import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// The entries CommonJS can `require`. Each `dist/<name>.cjs` is a few lines that require the ESM
// build (`require(esm)`, unflagged since Node.js 20.19 and 22.12, which `engines` asks for): one
// copy of the code, every dependency left to the package manager (parse5, entities, yaml,
// liquidjs, the hast utilities), and one module instance whether a program imports or requires.
const commonJs = { index: 'src/index.ts', node: 'src/node/index.ts', hast: 'src/hast/index.ts', cli: 'src/cli/index.ts' };

/** The CommonJS entry for `name`: the ESM build, or a message that says what Node.js it needs. */
const wrapper = (name: string): string => `'use strict';
// CommonJS entry of article-kit: the ESM build (./${name}.js), through require(esm).
try {
  module.exports = require('./${name}.js');
} catch (error) {
  if (error && error.code === 'ERR_REQUIRE_ESM') {
    throw new Error('article-kit needs Node.js ^20.19.0 or >=22.12.0 to be loaded with require() (it loads ES modules); use import() on older versions', { cause: error });
  }
  throw error;
}
`;

export default defineConfig({
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
    // The Article's HTML as hast, positioned in the post: its own entry, so hast-util-from-parse5
    // reaches no one who does not ask for it.
    hast: 'src/hast/index.ts',
    cli: 'src/cli/index.ts',
    bin: 'src/cli/bin.ts',
    worker: 'src/cli/worker.ts',
  },
  format: ['esm'],
  splitting: true,
  // The .d.cts beside each .d.ts are written from them by scripts/cjs-types.mjs (`npm run build`).
  dts: { entry: commonJs },
  clean: true,
  target: 'node20',
  // No source maps: they were two thirds of the tarball. `npx tsup --sourcemap` makes them locally.
  sourcemap: false,
  async onSuccess() {
    await Promise.all(Object.keys(commonJs).map((name) => writeFile(`dist/${name}.cjs`, wrapper(name))));
  },
});
