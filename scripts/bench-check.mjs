#!/usr/bin/env node
// `npm run bench:check [DIR]`: wall time of `article-kit check` (the built bin) over the shared
// corpus (or DIR), with workers and without, interleaved, as medians of 5 runs each; then --cache
// cold (no cache file) and warm (the file the cold run wrote); then where a run on one thread
// spends its time (TIMING=1, medians of 5), with Node's own start-up (`node -e 0`) apart.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const corpus = process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus/posts', import.meta.url));
const variants = { [`workers (${availableParallelism()})`]: ['--concurrency', String(availableParallelism())], 'main thread only': ['--concurrency', '1'] };
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

const split = [];
const nodeAlone = [];
for (let round = 0; round < 5; round++) {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, ['-e', '0']);
  nodeAlone.push(Number(process.hrtime.bigint() - started) / 1e6);
  const run = spawnSync(process.execPath, [bin, 'check', corpus, '--format', 'json', '--concurrency', '1'], { env: { ...process.env, TIMING: '1' }, encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = run.stderr.split('\n').find((l) => l.startsWith('article-kit: timing: '));
  if (!line) throw new Error(`no timing line: ${run.stderr}`);
  split.push(Object.fromEntries([...line.matchAll(/([a-z -]+?) (\d+) ms/g)].map((m) => [m[1].replace(/^[ ·(,]+/, ''), Number(m[2])])));
}
const phase = (name) => median(split.map((s) => s[name]));
const node = median(nodeAlone);
console.log(`check ${corpus}: where one thread's time goes (TIMING=1, medians of 5):`);
console.log('| phase | ms |');
console.log('| --- | ---: |');
console.log(`| Node's start-up (\`node -e 0\`) | ${node.toFixed(0)} |`);
console.log(`| loading article-kit's modules | ${(phase('start-up and loading') - node).toFixed(0)} |`);
for (const name of ['configuration and finding files', 'reading the sites', 'checking', 'parsing', 'rules']) {
  console.log(`| ${name === 'parsing' || name === 'rules' ? `… of which ${name}` : name} | ${phase(name).toFixed(0)} |`);
}
console.log(`| … of which loading the checker, reading the posts and the rest | ${(phase('checking') - phase('parsing') - phase('rules')).toFixed(0)} |`);
console.log(`| output | ${phase('output').toFixed(0)} |`);
console.log(`| total | ${phase('total').toFixed(0)} |`);
