/**
 * Growth audit: how the work of reading and checking a post grows with its size, for every
 * construct family of test/growth/families.ts. Work is counted, not timed (test/_growth.ts), so
 * the verdict is the same on a loaded machine; test/growth/growth.test.ts asserts the same limit.
 *
 *   npx tsx scripts/growth-audit.ts                    # the table, exit 1 on an exponent over the limit
 *   npx tsx scripts/growth-audit.ts --only WORD        # the families whose name includes WORD
 *   npx tsx scripts/growth-audit.ts --explain FAMILY   # the 10 functions whose counts grow most from n to 8n
 */
import { explainGrowth } from './growth-explain.ts';
import { growthExponent, stopMeasuring } from '../test/_growth.ts';
import { FAMILIES } from '../test/growth/families.ts';
import { MAX_EXPONENT, judgesScanned } from '../test/growth/limits.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

const explain = option('--explain');
if (explain !== undefined) {
  const family = FAMILIES.find((f) => f.name === explain) ?? FAMILIES.find((f) => f.name.includes(explain));
  if (family === undefined) {
    console.error(`No family named "${explain}"`);
    process.exit(2);
  }
  console.log(`${family.name}: the functions whose counts grow most beyond linear from n = ${family.n} to 8n\n`);
  console.log('| function | at n | at 8n | beyond 8 × n |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of await explainGrowth(family)) console.log(`| ${row.where} | ${row.atN} | ${row.at8n} | ${row.excess} |`);
  await stopMeasuring();
  process.exit(0);
}

const only = option('--only');
const format = (exponent: number): string => exponent.toFixed(2);
let failed = 0;
console.log('| family | exponent (blocks) | exponent (scanned) | work at 8n (blocks / scanned) | verdict |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const family of FAMILIES) {
  if (only !== undefined && !family.name.includes(only)) continue;
  const growth = await growthExponent(family.make, family.n, family.run);
  const scanned = judgesScanned(growth);
  const ok = growth.blocks <= MAX_EXPONENT && (!scanned || growth.scanned <= MAX_EXPONENT);
  if (!ok) failed++;
  const work = `${growth.at8n.blocks.toLocaleString('en')} / ${growth.at8n.scanned.toLocaleString('en')}`;
  console.log(`| ${family.name.replaceAll('|', '\\|')} | ${format(growth.blocks)} | ${scanned ? format(growth.scanned) : '–'} | ${work} | ${ok ? 'linear' : 'SUPER-LINEAR'} |`);
}
await stopMeasuring();
console.log(`\n${failed === 0 ? 'OK' : `${failed} super-linear`}: limit ${MAX_EXPONENT}`);
process.exit(failed === 0 ? 0 : 1);
