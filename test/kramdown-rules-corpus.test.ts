import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, validateArticle } from '../src/index.ts';
import { shared } from './helpers.ts';

// The two kramdown rules against kramdown itself: a post should be flagged exactly when
// kramdown's rendering of it shows a literal tag, or more tables than the source declares.
const postsDir = `${shared}corpus/posts`;
const names = readdirSync(postsDir).filter((f) => f.endsWith('.md')).sort();
const LITERAL_TAG = /&lt;\/?[A-Za-z][A-Za-z0-9-]*[\s/]*(?:&gt;|\s)/;
const TABLE = /<table[\s>]/gi;
// A source declares a table with `<table>` or with a `|---|` delimiter row.
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/gm;
const declaredTables = (source: string): number => (source.match(TABLE) ?? []).length + (source.match(DELIMITER_ROW) ?? []).length;

function score(flagged: Set<string>, truth: Set<string>) {
  const hits = [...flagged].filter((name) => truth.has(name)).length;
  return { precision: flagged.size === 0 ? 1 : hits / flagged.size, recall: truth.size === 0 ? 1 : hits / truth.size };
}

describe('kramdown rules on the shared corpus', () => {
  const truth = { literal: new Set<string>(), table: new Set<string>() };
  const flagged = { literal: new Set<string>(), table: new Set<string>() };
  for (const name of names) {
    const source = readFileSync(`${postsDir}/${name}`, 'utf8');
    const rendered = readFileSync(`${shared}corpus/kramdown/${name.replace(/\.md$/, '.html')}`, 'utf8');
    if (LITERAL_TAG.test(rendered)) truth.literal.add(name);
    if ((rendered.match(TABLE) ?? []).length > declaredTables(source)) truth.table.add(name);
    const diagnostics = validateArticle(parseArticle(source, { path: `_posts/${name}` }), {
      rules: { 'kramdown-literal-html': 'warn', 'kramdown-accidental-table': 'warn' },
    });
    if (diagnostics.some((d) => d.ruleId === 'kramdown-literal-html')) flagged.literal.add(name);
    if (diagnostics.some((d) => d.ruleId === 'kramdown-accidental-table')) flagged.table.add(name);
  }

  it('kramdown-literal-html has precision and recall of at least 0.98', () => {
    expect(truth.literal.size).toBe(13);
    const { precision, recall } = score(flagged.literal, truth.literal);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });

  it('kramdown-accidental-table has precision and recall of at least 0.98', () => {
    expect(truth.table.size).toBe(27);
    const { precision, recall } = score(flagged.table, truth.table);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });
});
