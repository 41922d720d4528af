#!/usr/bin/env node
// `npm run bench`: how fast parseArticle and the text helpers are, against their floors and
// peers, on the shared corpus. All pipelines run in one process, interleaved, and the figures are
// medians. Prints a Markdown table that README.md quotes.
//   node scripts/bench.mjs [POSTS_DIR] [--rounds N]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { toText } from 'hast-util-to-text';
import { parse } from 'parse5';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { countCharacters, countWords, parseArticle } from '../dist/index.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 11;
const postsDir = args[0] ?? fileURLToPath(new URL('../../shared/corpus/posts', import.meta.url));
const posts = readdirSync(postsDir)
  .filter((f) => /\.(md|markdown|html|txt)$/.test(f))
  .sort()
  .map((f) => readFileSync(`${postsDir}/${f}`, 'utf8'));
const megabytes = posts.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6;
const body = (post) => post.replace(/^---\s*\n[\s\S]*?\n---\s*\n/, '');

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
const unifiedPipeline = (post) => toText(processor.runSync(processor.parse(body(post))));

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const seconds = (fn) => {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e9;
};

function interleaved(pipelines) {
  const times = Object.fromEntries(Object.keys(pipelines).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(pipelines)) times[name].push(seconds(fn));
  }
  return Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, median(xs)]));
}

// 1. Parsing throughput.
const parsing = interleaved({
  parseArticle: () => posts.forEach((p) => parseArticle(p)),
  'parse5, with locations': () => posts.forEach((p) => parse(p, { sourceCodeLocationInfo: true })),
  'parse5, without locations': () => posts.forEach((p) => parse(p)),
  'unified (remark-parse + remark-gfm + remark-rehype + rehype-raw + hast-util-to-text)': () => posts.forEach(unifiedPipeline),
});

// 2. Text helpers against Intl.Segmenter, on each post's rendered text.
const texts = posts.map((p) => parseArticle(p).text);
const textMegabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });
const segmenterGraphemes = (t) => {
  let n = 0;
  for (const _ of graphemes.segment(t)) n++;
  return n;
};
const mismatches = texts.filter((t) => countCharacters(t, { normalize: false }).withSpaces !== segmenterGraphemes(t)).length;
const counting = interleaved({
  countCharacters: () => texts.forEach((t) => countCharacters(t, { normalize: false })),
  'Intl.Segmenter graphemes': () => texts.forEach(segmenterGraphemes),
  countWords: () => texts.forEach((t) => countWords(t)),
  'split on white space': () => texts.forEach((t) => t.split(/\s+/).length),
});

// 3. Linear growth: one post's body repeated 1, 4 and 16 times.
const sample = posts.reduce((a, b) => (a.length >= b.length ? a : b));
const frontMatter = sample.slice(0, sample.length - body(sample).length);
const scaled = [1, 4, 16].map((k) => frontMatter + `${body(sample)}\n\n`.repeat(k));
const growth = interleaved(Object.fromEntries(scaled.map((s, i) => [`${[1, 4, 16][i]}×`, () => parseArticle(s)])));

// 4. The CLI over the whole directory.
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const checkTimes = [];
for (let i = 0; i < 3; i++) {
  checkTimes.push(
    seconds(() => {
      try {
        execFileSync(process.execPath, [bin, 'check', postsDir, '--format', 'json'], { stdio: 'ignore' });
      } catch (error) {
        if (error.status !== 1) throw error;
      }
    }),
  );
}

const mbps = (mb, s) => `${(mb / s).toFixed(1)} MB/s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const lines = [
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}. ${posts.length} posts, ${megabytes.toFixed(2)} MB; medians of ${rounds} interleaved rounds.`,
  '',
  '| measure | result |',
  '| --- | --- |',
  ...Object.entries(parsing).map(([name, s]) => `| ${name} | ${mbps(megabytes, s)} |`),
  `| parseArticle time ÷ parse5 (with locations) time | ${ratio(parsing.parseArticle, parsing['parse5, with locations'])} (target ≤ 2×) |`,
  `| unified time ÷ parseArticle time | ${ratio(parsing['unified (remark-parse + remark-gfm + remark-rehype + rehype-raw + hast-util-to-text)'], parsing.parseArticle)} (target ≥ 5×) |`,
  `| countCharacters | ${mbps(textMegabytes, counting.countCharacters)} |`,
  `| Intl.Segmenter graphemes | ${mbps(textMegabytes, counting['Intl.Segmenter graphemes'])} |`,
  `| countCharacters speed-up over Segmenter | ${ratio(counting['Intl.Segmenter graphemes'], counting.countCharacters)} (target ≥ 10×), ${mismatches} different answers |`,
  `| countWords | ${mbps(textMegabytes, counting.countWords)} (white-space split: ${mbps(textMegabytes, counting['split on white space'])}) |`,
  `| parseArticle on 1×, 4×, 16× one post (${(Buffer.byteLength(scaled[0]) / 1e3).toFixed(0)} kB) | ${Object.entries(growth).map(([k, s], i) => `${k}: ${((s * 1e3) / [1, 4, 16][i]).toFixed(2)} ms per copy`).join(', ')} |`,
  `| \`article-kit check\` of the ${posts.length} posts, wall time | ${median(checkTimes).toFixed(2)} s |`,
];
console.log(lines.join('\n'));
