import { describe, expect, it } from 'vitest';
import { parseArticle, type Rule, type RuleExample, rules, validateArticle } from '../src/index.ts';

// Each rule's docs carry an ok and a not-ok example with the expected `line:column: message`
// output; this one test runs them all, so the docs cannot drift from the code.
function findings(rule: Rule<never>, example: RuleExample) {
  const settings = Object.fromEntries(rules.map((r) => [r.id, 'off' as const]));
  const article = parseArticle(example.source, { path: example.path ?? '_posts/2024-06-12-example.md' });
  return validateArticle(article, {
    rules: { ...settings, [rule.id]: example.options ? ['error', example.options] : 'error' },
  }).filter((d) => d.ruleId === rule.id);
}

const applyFixes = (source: string, fixes: { range: [number, number]; text: string }[]): string =>
  [...fixes].sort((a, b) => b.range[0] - a.range[0]).reduce((text, fix) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]), source);

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (_, rule) => {
  it('finds nothing in its ok example', () => {
    expect(findings(rule, rule.meta.docs.ok).map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual([]);
  });

  it('reports its not-ok example at the documented places', () => {
    expect(findings(rule, rule.meta.docs.notOk).map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual(rule.meta.docs.notOk.expected);
  });

  it('has what every rule needs', () => {
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(rule.meta.url).toBe(`https://www.npmjs.com/package/article-kit#${rule.id}`);
    expect(rule.meta.docs.notOk.expected.length).toBeGreaterThan(0);
  });

  it.runIf(rule.meta.fixable === 'code')('fixes its not-ok example, and fixing again changes nothing', () => {
    const example = rule.meta.docs.notOk;
    const fixes = findings(rule, example).flatMap((d) => (d.fix ? [d.fix] : []));
    expect(fixes.length).toBeGreaterThan(0);
    const fixed = applyFixes(example.source, fixes);
    expect(findings(rule, { ...example, source: fixed })).toEqual([]);
  });
});
