/**
 * Growth audit: how the work of reading and checking a post grows with its size, for every
 * construct family of test/growth/_families.ts. Work is counted, not timed (test/_growth.ts), so
 * the verdict is the same on a loaded machine; test/growth/growth.test.ts asserts the same limit.
 *
 *   npx tsx scripts/growth-audit.ts                    # the table, exit 1 on an exponent over the limit
 *   npx tsx scripts/growth-audit.ts --by-group         # one row for each group of families (README.md's table)
 *   npx tsx scripts/growth-audit.ts --only WORD        # the families whose name includes WORD
 *   npx tsx scripts/growth-audit.ts --explain FAMILY   # the 10 functions whose counts grow most from n to 8n
 */
// First, so that coverage starts before src/ is evaluated.
import '../test/growth/_coverage.ts';
import { explainGrowth } from './growth-explain.ts';
import { type Exponents, growthExponent, stopMeasuring } from '../test/_growth.ts';
import { FAMILIES, FAMILY_GROUPS, type Family } from '../test/growth/_families.ts';
import { MAX_EXPONENT, judgesScanned } from '../test/growth/_limits.ts';

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
  for (const row of explainGrowth(family)) console.log(`| ${row.where} | ${row.atN} | ${row.at8n} | ${row.excess} |`);
  stopMeasuring();
  process.exit(0);
}

const only = option('--only');
const format = (exponent: number): string => exponent.toFixed(2);
const rows: { group: string; family: Family; growth: Exponents; scanned: boolean; ok: boolean }[] = [];
for (const [group, families] of Object.entries(FAMILY_GROUPS)) {
  for (const family of families) {
    if (only !== undefined && !family.name.includes(only)) continue;
    const growth = growthExponent(family.make, family.n, family.run);
    const scanned = judgesScanned(growth);
    rows.push({ group, family, growth, scanned, ok: growth.blocks <= MAX_EXPONENT && (!scanned || growth.scanned <= MAX_EXPONENT) });
  }
}
stopMeasuring();

const cell = (text: string): string => text.replaceAll('|', '\\|');
if (args.includes('--by-group')) {
  console.log('| families | how many | largest exponent (blocks) | largest exponent (scanned) | verdict |');
  console.log('| --- | ---: | --- | --- | --- |');
  for (const group of Object.keys(FAMILY_GROUPS)) {
    const of = rows.filter((row) => row.group === group);
    if (of.length === 0) continue;
    const top = (exponent: (row: (typeof of)[number]) => number | undefined): string => {
      const judged = of.filter((row) => exponent(row) !== undefined).sort((a, b) => exponent(b)! - exponent(a)!);
      return judged[0] === undefined ? '–' : `${format(exponent(judged[0])!)} (${cell(judged[0].family.name)})`;
    };
    const failing = of.filter((row) => !row.ok).length;
    console.log(`| ${group} | ${of.length} | ${top((row) => row.growth.blocks)} | ${top((row) => (row.scanned ? row.growth.scanned : undefined))} | ${failing === 0 ? 'linear' : `${failing} SUPER-LINEAR`} |`);
  }
} else {
  console.log('| family | exponent (blocks) | exponent (scanned) | work at 8n (blocks / scanned) | verdict |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  for (const { family, growth, scanned, ok } of rows) {
    const work = `${growth.at8n.blocks.toLocaleString('en')} / ${growth.at8n.scanned.toLocaleString('en')}`;
    console.log(`| ${cell(family.name)} | ${format(growth.blocks)} | ${scanned ? format(growth.scanned) : '–'} | ${work} | ${ok ? 'linear' : 'SUPER-LINEAR'} |`);
  }
}
const failed = rows.filter((row) => !row.ok).length;
console.log(`\n${rows.length} families, ${failed === 0 ? 'all linear' : `${failed} super-linear`}: limit ${MAX_EXPONENT}`);
process.exit(failed === 0 ? 0 : 1);
