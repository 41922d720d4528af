import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, rules, validateArticle } from '../../src/index.ts';
import { root } from '../helpers.ts';

// Every documentation URL the package emits points at the README as npm shows it:
// https://www.npmjs.com/package/article-kit#anchor, where anchor is a heading's GitHub-style
// anchor or an explicit `<a id>`.
const DOCS = 'https://www.npmjs.com/package/article-kit';
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** GitHub's heading anchor (github-slugger) of a Markdown heading's text. */
function slug(heading: string): string {
  const text = heading
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .replace(/(\*\*|__)(.*?)\1/g, '$2');
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor of the README: headings (`-1`, `-2` for repeats) and `id` attributes. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const base = slug(heading[1] as string);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    for (const [, id] of line.matchAll(/\bid="([^"]+)"/g)) anchors.add(id as string);
  }
  return anchors;
}

/** Every source file under `dir`. */
const sourcesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourcesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('documentation URLs', () => {
  const anchors = anchorsOf(readme);
  const anchorOf = (url: string): string => {
    expect(url.startsWith(`${DOCS}#`), url).toBe(true);
    return url.slice(DOCS.length + 1);
  };

  it('reads the README headings as GitHub anchors them', () => {
    expect(anchors).toContain('what-is-this');
    expect(anchors).toContain('parsearticlesource-options');
    expect(anchors).toContain('options-1');
  });

  it('gives every rule a URL that reaches its README entry', () => {
    for (const rule of rules) expect(anchors, rule.id).toContain(anchorOf(rule.meta.url));
  });

  it('gives parse problems a URL that reaches the README', () => {
    const diagnostics = validateArticle(parseArticle('---\ntitle: [unclosed\n---\nBody\n'));
    const parse = diagnostics.filter((d) => d.ruleId === 'yaml-syntax');
    expect(parse.length).toBeGreaterThan(0);
    for (const d of parse) expect(anchors, d.url).toContain(anchorOf(d.url as string));
  });

  it('has no URL into the package docs in the sources that the README lacks', () => {
    const found = new Set<string>();
    for (const file of sourcesUnder(join(root, 'src'))) {
      for (const [url] of readFileSync(file, 'utf8').matchAll(/https:\/\/www\.npmjs\.com\/package\/article-kit#[\w-]+/g)) found.add(url);
    }
    expect(found.size).toBeGreaterThan(rules.length);
    expect([...found].filter((url) => !anchors.has(anchorOf(url)))).toEqual([]);
  });

  it('has no README link to an anchor it lacks', () => {
    const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((a) => !anchors.has(a))).toEqual([]);
  });
});
