#!/usr/bin/env node
// `npm run bench:check`: wall time of `article-kit check` (the built bin) over the shared corpus,
// with workers and without, interleaved, as medians of 5 runs each; then --cache cold (no cache
// file) and warm (the file the cold run wrote).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const corpus = process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus/posts', import.meta.url));
const variants = { [`workers (${availableParallelism()})`]: [], 'main thread only': ['--concurrency', '1'] };
const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));

function once(extra) {
  const started = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, [bin, 'check', corpus, '--format', 'json', ...extra], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 26 });
  } catch (error) {
    if (error.status !== 1) throw error; // exit 1 means findings, which the corpus has
  }
  return Number(process.hrtime.bigint() - started) / 1e6;
}

for (let round = 0; round < 5; round++) for (const [name, extra] of Object.entries(variants)) times[name].push(once(extra));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [name, xs] of Object.entries(times)) console.log(`check ${corpus}: ${name}: ${median(xs).toFixed(0)} ms (median of ${xs.length})`);

const cacheDir = mkdtempSync(path.join(tmpdir(), 'article-kit-bench-cache-'));
const cacheFlags = ['--cache', '--cache-location', path.join(cacheDir, 'cache.json')];
const cache = { cold: [], warm: [] };
try {
  for (let round = 0; round < 5; round++) {
    rmSync(path.join(cacheDir, 'cache.json'), { force: true });
    cache.cold.push(once(cacheFlags));
    cache.warm.push(once(cacheFlags));
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
console.log(`check ${corpus}: --cache: cold ${median(cache.cold).toFixed(0)} ms, warm ${median(cache.warm).toFixed(0)} ms (medians of 5)`);
