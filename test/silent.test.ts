import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseArticle, validateArticle } from '../src/index.ts';
import { shared } from './helpers.ts';

// A library is silent: nothing of the core writes to the console or the process's streams, or
// emits a process warning. What yaml would warn about is a positioned problem instead.
const PATH = '_posts/2024-06-12-silent.md';

let calls: string[];
beforeEach(() => {
  calls = [];
  const spy = (name: string) => (...args: unknown[]) => {
    calls.push(`${name}: ${args.map(String).join(' ')}`);
    return true;
  };
  vi.spyOn(process, 'emitWarning').mockImplementation(spy('emitWarning'));
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir'] as const) vi.spyOn(console, method).mockImplementation(spy(`console.${method}`));
  vi.spyOn(process.stdout, 'write').mockImplementation(spy('stdout'));
  vi.spyOn(process.stderr, 'write').mockImplementation(spy('stderr'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('front matter with collection keys', () => {
  it.each([
    ['? [a, b]\n: 1\ntitle: x\n', { '[ a, b ]': 1, title: 'x' }, '2:3-2:9', '[a, b]'],
    ['{[a]: 1}\n', { '[ a ]': 1 }, '2:2-2:5', '[a]'],
    ['title: x\nm:\n  ? {a: 1}\n  : 2\n', { title: 'x', m: { '{ a: 1 }': 2 } }, '4:5-4:11', '{a: 1}'],
    ['x: &a [1]\n*a : 2\n', { x: [1], '*a': 2 }, '3:1-3:3', '*a'],
  ])('%j: a problem at the key, no process warning', (yaml, data, at, key) => {
    const article = parseArticle(`---\n${yaml}---\nbody\n`, { path: PATH });
    const diagnostics = validateArticle(article);
    expect(calls).toEqual([]);
    expect(article.frontMatter?.data).toEqual(data);
    expect(article.problems.map((p) => `${p.ruleId}@${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.severity}`)).toEqual([`yaml-collection-key@${at} warning`]);
    expect(article.problems[0]?.message).toBe(`The key \`${key}\` is a list or mapping: Ruby keeps it as a key, JavaScript data only as a string`);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'yaml-collection-key', line: article.problems[0]?.line, column: article.problems[0]?.column }));
  });
});

describe('the shared corpus and hostile bodies', () => {
  it('parse and validate without a word on any stream', () => {
    const dir = `${shared}corpus/posts/`;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      validateArticle(parseArticle(readFileSync(`${dir}${name}`, 'utf8'), { path: `_posts/${name}` }));
    }
    for (const body of ['a\u2028b '.repeat(500), '<textarea><div>x</div></textarea>\n', '{::options unknown="1" /}\n', '[^x]\n\n<div>\n', '```\n', '---\n: x\n---\n']) {
      validateArticle(parseArticle(body, { path: PATH }));
    }
    expect(calls).toEqual([]);
  });
});
