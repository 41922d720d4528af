/**
 * `npm run bench:scale`: the growth audit's families, timed at two sizes. The audit counts the
 * work done in our code (blocks run, characters scanned), which a built-in call does not show:
 * an `Array.prototype.shift`, a `splice`, an `indexOf` or a spread copy inside a loop is one
 * block however long the array. Here each family's post is made at about `--size` characters and
 * at four times that, each parsed and validated in a process of its own (the build in dist/),
 * and the time per character of the big one is divided by the small one's: about 1 is linear,
 * 2 and more (flagged) is worth a profile.
 *
 *   npx tsx scripts/bench-scale.ts [--size 100000] [--only WORD]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAMILIES, type Family } from '../test/growth/_families.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const size = Number(option('--size') ?? 100_000);
const only = option('--only');
const FLAG = 2;

const child = String.raw`
const { readFileSync } = await import('node:fs');
const { parseArticle, validateArticle } = await import(process.argv[1]);
const input = readFileSync(process.argv[2], 'utf8');
const started = process.hrtime.bigint();
validateArticle(parseArticle(input));
process.stdout.write(String(Number(process.hrtime.bigint() - started) / 1e6));
`;
const dist = new URL('../dist/index.js', import.meta.url).href;
const folder = mkdtempSync(join(tmpdir(), 'article-kit-scale-'));

/** The family's post at about `chars` characters, or undefined when its size does not grow with n. */
function postOf(family: Family, chars: number): string | undefined {
  const base = family.make(family.n).length;
  if (family.make(2 * family.n).length > 3 * base) return undefined;
  try {
    const post = family.make(Math.max(1, Math.round((family.n * chars) / base)));
    return post.length > 3 * chars ? undefined : post;
  } catch {
    return undefined;
  }
}

function time(post: string): number | string {
  const file = join(folder, 'post.md');
  writeFileSync(file, post);
  try {
    return Number(execFileSync(process.execPath, ['--input-type=module', '-e', child, dist, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 }));
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error).split('\n').find((line) => /Error/.test(line)) ?? 'failed';
  }
}

const rows: Array<{ ratio: number; line: string }> = [];
for (const family of FAMILIES) {
  if (family.run !== undefined || (only !== undefined && !family.name.includes(only))) continue;
  const small = postOf(family, size);
  const big = postOf(family, 4 * size);
  if (small === undefined || big === undefined) continue;
  const a = time(small);
  const b = time(big);
  if (typeof a === 'string' || typeof b === 'string') {
    rows.push({ ratio: Number.POSITIVE_INFINITY, line: `| ${family.name} | ${small.length} | ${a} | ${big.length} | ${b} | – | failed |` });
    continue;
  }
  const ratio = b / big.length / (a / small.length);
  rows.push({ ratio, line: `| ${family.name} | ${small.length} | ${a.toFixed(0)} ms | ${big.length} | ${b.toFixed(0)} ms | ${ratio.toFixed(2)} | ${ratio >= FLAG ? 'super-linear?' : ''} |` });
}
rmSync(folder, { recursive: true, force: true });
console.log('| family | chars | time | chars ×4 | time | per char, big ÷ small | |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const { line } of rows.sort((x, y) => y.ratio - x.ratio)) console.log(line);
process.exitCode = rows.some((r) => r.ratio >= FLAG) ? 1 : 0;
