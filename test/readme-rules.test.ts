import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withRulesTable } from '../scripts/rules-table.ts';
import { recommended, rules } from '../src/index.ts';
import { root } from './helpers.ts';

describe('README rules table', () => {
  it('matches the rule metas and the recommended severities (npx tsx scripts/rules-table.ts rewrites it)', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    expect(withRulesTable(readme)).toBe(readme);
  });

  it('gives every rule a recommended severity and knows no other rule', () => {
    expect(Object.keys(recommended).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it('has at least 20 rules', () => {
    expect(rules.length).toBeGreaterThanOrEqual(20);
  });
});
