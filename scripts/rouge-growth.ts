#!/usr/bin/env -S npx tsx
// `npm run bench:rouge`: how the time of the Rouge port grows on the inputs that make Rouge's own
// regexes backtrack (test/kramdown/rouge-hostile-inputs.ts). Each is lexed at 10k and 40k
// characters; a linear lexer takes about 4× the time for 4× the input, a quadratic one 16×.
// Prints a table, and exits 1 when one grows more than 8× (or takes over 3 s).
import { rougeTokenHtml } from '../src/kramdown/highlight/rouge/index.ts';
import { HOSTILE } from '../test/kramdown/rouge-hostile-inputs.ts';

const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const time = (code: string, tag: string): number => {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    rougeTokenHtml(code, tag);
    best = Math.min(best, performance.now() - start);
  }
  return best;
};
let failed = 0;
console.log('| lexer | input | 10k ms | 40k ms | growth |\n| --- | --- | ---: | ---: | ---: |');
for (const [tag, unit] of HOSTILE) {
  time(repeat(unit, 2_000), tag);
  const small = time(repeat(unit, 10_000), tag);
  const large = time(repeat(unit, 40_000), tag);
  const bad = large > Math.max(8 * small, 150) || large > 3_000;
  if (bad) failed++;
  console.log(`| ${tag} | ${JSON.stringify(unit)} | ${small.toFixed(1)} | ${large.toFixed(1)} | ${(large / Math.max(small, 0.01)).toFixed(1)}×${bad ? ' FAIL' : ''} |`);
}
process.exit(failed > 0 ? 1 : 0);
