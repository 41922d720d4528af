#!/usr/bin/env node
// `npm run bench:hostile`: parse + validate time and memory of hostile and big inputs, each in a
// child process of its own (so that one case's heap does not weigh on the next, and a case that
// hangs is stopped at --timeout seconds). Prints a Markdown table that README.md quotes; the
// target is 250 ms and 20× the input's size in memory, for each case, on a quiet machine.
//   node scripts/bench-hostile.mjs [--timeout S] [--only NAME]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FM = '---\ntitle: 시험\ncategories: [시험]\n---\n\n';
const corpus = fileURLToPath(new URL('../../shared/corpus/posts', import.meta.url));

/** Each case: a name and a function that makes its input (run inside the child). */
export const CASES = {
  'U+2028 in a paragraph (100 kB)': () => FM + 'a\u2028b '.repeat(25_000),
  'table rows of | and <code> (14 kB)': () => FM + '|<code>'.repeat(2_000),
  'unclosed link titles [a](b " (70 kB)': () => FM + '[a](b "'.repeat(10_000),
  'unclosed autolinks <http: (75 kB)': () => FM + '<http:'.repeat(12_500),
  "a list item's first line of spaces (25 kB)": () => FM + `* ${' '.repeat(25_000)}x\n`,
  'leading tabs (40 kB)': () => FM + '\t\ta\n'.repeat(13_000),
  'ever shorter backtick runs (246 kB)': () => FM + Array.from({ length: 700 }, (_, i) => `${'`'.repeat(700 - i)}a `).join(''),
  'ever shorter unclosed fences (500 runs)': () => FM + Array.from({ length: 500 }, (_, i) => `${'`'.repeat(503 - i)}\n`).join(''),
  'fence openers with info, never closed (5k)': () => FM + '```js x\na\n'.repeat(5_000),
  'unclosed start tags with many attributes': () => FM + `<div ${'a="b" '.repeat(20_000)}\n`,
  'front matter with 20k anchors and aliases': () => `---\n${Array.from({ length: 10_000 }, (_, i) => `a${i}: &x${i} v\nb${i}: *x${i}`).join('\n')}\n---\n본문\n`,
  'front matter with 20k keys': () => `---\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n본문\n`,
  '100k nested <div>': () => FM + '<div>'.repeat(100_000),
  '2,000 lines of 200 pipes': () => FM + `${'|'.repeat(200)}\n`.repeat(2_000),
  'a 130k-row table': () => FM + '| a | b |\n|---|---|\n' + '| 1 | 2 |\n'.repeat(130_000),
  '20k unclosed <div> blocks': () => FM + '<div>\n\n'.repeat(20_000),
  '50k stray </span> in a block': () => FM + `<div>${'</span>'.repeat(50_000)}</div>\n`,
  '20k tip-line lines': () => FM + '제보 전화 02-123-4567 이메일 a@b.com\n'.repeat(20_000),
  '20k generator notes': () => FM + '본문 (단어 수: 2, 문자 수: 5)\n\n'.repeat(20_000),
  '50k <p>&nbsp;</p>': () => FM + '<p>&nbsp;</p>\n'.repeat(50_000),
  '50k images': () => FM + '![x](/a.png) '.repeat(50_000),
  '10k references to one footnote': () => FM + `${'x[^1] '.repeat(10_000)}\n\n[^1]: 주석\n`,
  '25k comments before the first paragraph': () => FM + '<!-- c -->\n\n'.repeat(25_000) + '본문\n',
  '10k Liquid {% if %} tags': () => FM + '{% if page.title %}가{% endif %}\n'.repeat(5_000),
  'unclosable _ at word starts (_a_b × 50k)': () => FM + `${'_a_b '.repeat(50_000)}\n`,
  'unclosable * (*a × 100k)': () => FM + `${'*a '.repeat(100_000)}\n`,
  'link openers with no ] ([a × 100k)': () => FM + `${'[a '.repeat(100_000)}\n`,
  '130k abbreviation uses': () => FM + `*[HT]: Hyper Text\n\n${'HT '.repeat(130_000)}\n`,
  '3 MB of real posts, one file': () => {
    const posts = readdirSync(corpus).sort().map((f) => readFileSync(`${corpus}/${f}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
    let body = '';
    while (body.length < 3_000_000) body += posts.join('\n\n');
    return FM + body.slice(0, 3_000_000);
  },
};

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];

if (!isMain) {
  // Imported for CASES: run nothing.
} else if (args[0] === '--child') {
  const name = args[1];
  const { parseArticle, validateArticle } = await import('../dist/index.js');
  const input = CASES[name]();
  globalThis.gc?.();
  const before = process.memoryUsage();
  const started = process.hrtime.bigint();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const article = parseArticle(input);
  validateArticle(article);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(sampler);
  const after = process.memoryUsage();
  const heap = Math.max(peak, after.heapUsed) - before.heapUsed;
  process.stdout.write(JSON.stringify({ ms, bytes: input.length * 2, heap }));
} else {
  const timeout = Number(option('--timeout', '60')) * 1000;
  const only = option('--only');
  const here = fileURLToPath(import.meta.url);
  console.log('| input | size | parse + validate | memory (heap) | ÷ input |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const name of Object.keys(CASES)) {
    if (only !== undefined && !name.includes(only)) continue;
    let row;
    try {
      const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', here, '--child', name], { encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] });
      const { ms, bytes, heap } = JSON.parse(out);
      row = `| ${name} | ${(bytes / 2e3).toFixed(0)} k chars | ${ms.toFixed(0)} ms | ${(heap / 1e6).toFixed(1)} MB | ${(heap / bytes).toFixed(1)}× |`;
    } catch (error) {
      row = `| ${name} | | ${error.signal === 'SIGTERM' ? `over ${timeout / 1000} s` : `failed: ${String(error.message).split('\n')[0]}`} | | |`;
    }
    console.log(row);
  }
}
