// Writes the README's rules table from the rule metas and `recommended`:
//   npx tsx scripts/rules-table.ts
// test/readme-rules.test.ts fails when the README's table and the code disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recommended, rules } from '../src/index.ts';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const SEVERITY: Record<string, string> = { off: 'off', info: 'info', warn: 'warning', error: 'error' };

export function rulesTable(): string {
  const rows = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((rule) => {
      const setting = recommended[rule.id] ?? 'off';
      const level = typeof setting === 'string' ? setting : setting[0];
      return `| <a id="${rule.id}"></a>\`${rule.id}\` | ${rule.meta.description} | ${SEVERITY[level] ?? level} | ${rule.meta.fixable ? 'yes' : ''} |`;
    });
  return [START, '| rule | what it catches | default | fixable |', '| --- | --- | --- | --- |', ...rows, END].join('\n');
}

export function withRulesTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  return readme.slice(0, start) + rulesTable() + readme.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../README.md', import.meta.url));
  writeFileSync(path, withRulesTable(readFileSync(path, 'utf8')));
}
