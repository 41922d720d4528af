// The playground (playground/): built from the library's browser bundle with esbuild, the
// fixtures bundled in, into a static folder; and a small static server for it.
//
//   npx tsx scripts/playground.ts [--port 4173] [--out playground/dist] [--build-only]
//
// `npm run playground` builds the library, then this: it builds the page and serves it on
// http://127.0.0.1:4173/ (any free port with --port 0).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { parse as parseYaml } from 'yaml';
import type { JekyllSite } from '../src/index.ts';
import { loadJekyllSite } from '../src/node/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const playground = path.join(root, 'playground');
const fixturesDir = path.join(root, 'fixtures');

/** A fixture as the playground bundles it (playground/fixtures.d.ts). */
export interface Fixture {
  name: string;
  source: string;
  /** The site's `_config.yml` (its own, else fixtures/_config.yml), read as YAML 1.1. */
  config: Record<string, unknown>;
  /** What `loadJekyllSite` reads besides the configuration, as JSON (dates become strings). */
  site?: Pick<JekyllSite, 'includes' | 'data' | 'posts' | 'files'>;
}

/** Files of a fixture's folder that are the fixture's own, not its site's. */
const FIXTURE_FILES = new Set(['post.md', 'article.json', 'jekyll.html']);

/**
 * Each fixture's post with its site: the `_config.yml` (its own, else fixtures/_config.yml) and,
 * for a fixture with its own, the includes, data, posts and files `loadJekyllSite` reads there.
 */
export async function readFixtures(): Promise<Fixture[]> {
  const read = (file: string) => (parseYaml(readFileSync(file, 'utf8'), { version: '1.1' }) ?? {}) as Record<string, unknown>;
  const shared = read(path.join(fixturesDir, '_config.yml'));
  const names = readdirSync(fixturesDir).filter((name) => existsSync(path.join(fixturesDir, name, 'post.md'))).sort();
  return Promise.all(
    names.map(async (name): Promise<Fixture> => {
      const dir = path.join(fixturesDir, name);
      const source = readFileSync(path.join(dir, 'post.md'), 'utf8');
      if (!existsSync(path.join(dir, '_config.yml'))) return { name, source, config: shared };
      const { includes, data, posts, files } = await loadJekyllSite(dir);
      const own = Object.fromEntries(Object.entries(files ?? {}).filter(([file]) => !FIXTURE_FILES.has(file)));
      const site = JSON.parse(JSON.stringify({ includes, data, posts, files: own })) as NonNullable<Fixture['site']>;
      return { name, source, config: read(path.join(dir, '_config.yml')), site };
    }),
  );
}

/** `import fixtures from 'playground:fixtures'`: the fixtures as JSON. */
const fixturesPlugin: Plugin = {
  name: 'playground-fixtures',
  setup(b) {
    b.onResolve({ filter: /^playground:fixtures$/ }, () => ({ path: 'fixtures', namespace: 'playground' }));
    b.onLoad({ filter: /.*/, namespace: 'playground' }, async () => ({ contents: JSON.stringify(await readFixtures()), loader: 'json' }));
  },
};

/**
 * Builds the playground into `outdir` (default: playground/dist): index.html, style.css and
 * main.js, which bundles the built library (dist/index.js, so `npm run build` first) for browsers
 * and the fixtures. Returns the bytes of main.js.
 */
export async function buildPlayground(outdir = path.join(playground, 'dist')): Promise<{ outdir: string; bytes: number }> {
  if (!existsSync(path.join(root, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run npm run build first');
  await mkdir(outdir, { recursive: true });
  const result = await build({
    entryPoints: [path.join(playground, 'main.ts')],
    outfile: path.join(outdir, 'main.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    // As a browser bundler resolves packages: liquidjs's `browser` field picks its build without Node.
    platform: 'browser',
    target: 'es2022',
    plugins: [fixturesPlugin],
    logLevel: 'silent',
    metafile: true,
  });
  await Promise.all(['index.html', 'style.css'].map((file) => copyFile(path.join(playground, file), path.join(outdir, file))));
  const bytes = Object.values(result.metafile.outputs).reduce((n, output) => n + output.bytes, 0);
  return { outdir, bytes };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serves the files of `dir` (GET and HEAD; `/` is index.html) on 127.0.0.1; nothing outside `dir`. */
export async function serveStatic(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const base = path.resolve(dir);
  const server = createServer((request, response) => {
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'Bad request');
    }
    const file = path.resolve(base, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) return send(404, 'Not found');
    readFile(file).then(
      (body) => send(200, body, TYPES[path.extname(file)] ?? 'application/octet-stream'),
      () => send(404, 'Not found'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' }, out: { type: 'string' }, 'build-only': { type: 'boolean' } } });
  const { outdir, bytes } = await buildPlayground(values.out === undefined ? undefined : path.resolve(values.out));
  console.log(`Built ${path.relative(process.cwd(), outdir) || '.'} (main.js: ${(bytes / 1024).toFixed(0)} KiB)`);
  if (values['build-only']) return;
  if (!statSync(outdir).isDirectory()) throw new Error(`${outdir} is not a folder`);
  const { url } = await serveStatic(outdir, Number(values.port));
  console.log(`Playground: ${url} (Ctrl-C stops it)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
