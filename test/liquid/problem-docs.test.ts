import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createJekyllSite, parseArticle, validateArticle } from '../../src/index.ts';
import { LIQUID_PROBLEMS, type ProblemExample } from '../../src/liquid/problem-docs.ts';

const findings = (example: ProblemExample, ruleId: string): string[] => {
  const site = createJekyllSite(example.config ?? {}, { ...(example.includes ? { includes: example.includes } : {}), ...(example.posts ? { posts: example.posts } : {}) });
  const article = parseArticle(example.source, { site, ...(example.path ? { path: example.path } : {}) });
  return validateArticle(article)
    .filter((d) => d.ruleId === ruleId)
    .map((d) => `${d.line}:${d.column}: ${d.message}`);
};

describe('the Liquid problems, by their documented examples', () => {
  for (const doc of LIQUID_PROBLEMS) {
    it(`${doc.ruleId}: the ok example has none, the not-ok example exactly the documented ones`, () => {
      expect(findings(doc.docs.ok, doc.ruleId)).toEqual([]);
      expect(findings(doc.docs.notOk, doc.ruleId)).toEqual(doc.docs.notOk.expected);
    });
  }

  it('lists every Liquid problem in the README, with its severity and description', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const doc of LIQUID_PROBLEMS) expect(readme).toContain(`| \`${doc.ruleId}\` | ${doc.severity} | ${doc.description} |`);
  });
});
