import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { build } from 'esbuild';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';

// The package as npm publishes it: `npm test` builds dist/ first, and these tests pack it once.
// Budgets sit about 15% above the sizes measured when they were set (README, "The package").
const BUDGET = {
  /** Bytes of the .tgz. */
  tarball: 365_000,
  /** Bytes of the files in it, as installed (npm's unpackedSize). */
  unpacked: 1_260_000,
  /** Bytes of `parseArticle` bundled for browsers (esbuild, minified), gzipped. */
  browserGzip: 260_000,
};

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string; size: number }>;
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, { types: string; default: string }>>;
  dependencies: Record<string, string>;
  engines: { node: string };
};
let dir = '';
let packed: PackResult;
let tarball: Uint8Array;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'article-kit-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  packed = (JSON.parse(out) as PackResult[])[0] as PackResult;
  tarball = new Uint8Array(readFileSync(join(dir, packed.filename)));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the published package', () => {
  it('holds the built entries, the licence and the readme, and no source maps', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') continue;
      for (const condition of Object.values(target)) {
        for (const file of [condition.types, condition.default]) expect(paths, `${subpath}: ${file}`).toContain(file.slice(2));
      }
    }
  });

  it('stays within its size budgets', () => {
    expect(packed.size).toBeLessThan(BUDGET.tarball);
    expect(packed.unpackedSize).toBeLessThan(BUDGET.unpacked);
  });

  it('passes publint, strict', async () => {
    const { messages } = await publint({ pack: { tarball: tarball.slice().buffer }, strict: true });
    expect(messages).toEqual([]);
  });

  it('passes @arethetypeswrong for every entry, in every resolution mode', async () => {
    const result = await checkPackage(createPackageFromTarballData(tarball));
    expect(result.types).not.toBe(false);
    expect('problems' in result ? result.problems : []).toEqual([]);
    const entries = 'entrypoints' in result ? Object.keys(result.entrypoints).sort() : [];
    expect(entries).toEqual(Object.keys(pkg.exports).sort());
  });

  it('bundles no dependency: every bare import in dist is a dependency or a Node.js builtin', () => {
    const declared = new Set([...Object.keys(pkg.dependencies), ...builtinModules]);
    for (const file of packed.files.filter((f) => /\.c?js$/.test(f.path))) {
      const code = readFileSync(join(root, file.path), 'utf8');
      for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\(\s*)(["'])([^"'\s./][^"'\s]*)\1/g)) {
        const specifier = match[2] as string;
        if (specifier.startsWith('node:')) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] as string);
        expect(declared, `${file.path} imports ${specifier}`).toContain(name);
      }
    }
  });

  it('requires from CommonJS the same modules it imports, every entry', () => {
    // In a Node.js of its own, as a program that depends on the package loads it.
    const subpaths = Object.keys(pkg.exports).filter((s) => s !== './package.json');
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(${JSON.stringify(join(root, 'package.json'))});
      const out = {};
      for (const subpath of ${JSON.stringify(subpaths)}) {
        const name = subpath === '.' ? 'article-kit' : 'article-kit/' + subpath.slice(2);
        const cjs = require(name);
        const esm = await import(name);
        out[name] = { keys: Object.keys(esm).sort(), same: Object.keys(esm).every((k) => cjs[k] === esm[k]) && Object.keys(cjs).length === Object.keys(esm).length };
      }
      console.log(JSON.stringify(out));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })) as Record<string, { keys: string[]; same: boolean }>;
    expect(Object.keys(out)).toHaveLength(subpaths.length);
    for (const [name, entry] of Object.entries(out)) {
      expect(entry.keys.length, name).toBeGreaterThan(0);
      // One module instance, whichever way it is loaded.
      expect(entry.same, name).toBe(true);
    }
    expect(out['article-kit/hast']?.keys).toEqual(['toHast']);
    // CommonJS entries are thin: the code is the ESM build's.
    for (const file of packed.files.filter((f) => f.path.endsWith('.cjs'))) expect(file.size, file.path).toBeLessThan(1024);
  });

  it('runs on every Node.js 20 and later, as the design card asks', () => {
    expect(pkg.engines.node).toBe('>=20');
  });

  it('bundles parseArticle for browsers within its budget', async () => {
    const result = await build({
      stdin: { contents: `import { parseArticle } from './dist/index.js'; console.log(parseArticle('# x'))`, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      platform: 'browser',
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    expect(gzipSync(code).length).toBeLessThan(BUDGET.browserGzip);
    expect(new TextDecoder().decode(code)).not.toMatch(/node:fs|hast-util|fromParse5/);
  });
});
