import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function bundle(entry: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { countWords } from '${entry}'; console.log(countWords('a b'))`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    // As a browser bundler resolves packages: liquidjs's `browser` field picks its build without Node.
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('tree-shaking', () => {
  // dist/index.js is the built package (npm test builds before it tests).
  for (const entry of ['./dist/index.js', './src/index.ts', './src/text/index.ts']) {
    it(`bundles countWords alone from ${entry} to under 2.2 KB`, async () => {
      const code = await bundle(entry);
      expect(code).toContain('Intl.Segmenter');
      expect(code.length).toBeLessThan(2200);
      expect(code).not.toMatch(/parse5|yaml|gray-?matter|hast|fromParse5|startTag|YAMLParseError/i);
    });
  }
});
