#!/usr/bin/env node
// parseArticle of this build against another build of article-kit (an earlier commit's dist),
// interleaved over the same posts, medians of N rounds: what "no more than 15% slower than
// before" is measured with.
//   git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci && npx tsup)
//   node scripts/bench-against.mjs /tmp/before/dist [POSTS_DIR] [--rounds N]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 15;
const [otherDist, postsArg] = args;
if (otherDist === undefined) {
  console.error('usage: node scripts/bench-against.mjs OTHER_DIST [POSTS_DIR] [--rounds N]');
  process.exit(2);
}
const postsDir = postsArg ?? fileURLToPath(new URL('../../shared/corpus/posts', import.meta.url));
const posts = readdirSync(postsDir)
  .filter((f) => /\.(md|markdown|html)$/.test(f))
  .sort()
  .map((f) => readFileSync(path.join(postsDir, f), 'utf8'));
const before = await import(pathToFileURL(path.resolve(otherDist, 'index.js')).href);
const now = await import(new URL('../dist/index.js', import.meta.url).href);

const ms = (fn) => {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const times = { before: [], now: [] };
for (let round = 0; round < rounds; round++) {
  times.before.push(ms(() => posts.forEach((p) => before.parseArticle(p))));
  times.now.push(ms(() => posts.forEach((p) => now.parseArticle(p))));
}
const [a, b] = [median(times.before), median(times.now)];
console.log(`${posts.length} posts, ${rounds} interleaved rounds: before ${a.toFixed(1)} ms, now ${b.toFixed(1)} ms, now ÷ before ${(b / a).toFixed(3)}`);
