import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect } from '../src/extract/collect.ts';
import { parseHtml } from '../src/html/parse-html.ts';
import { parseArticle } from '../src/index.ts';
import { createLineIndex } from '../src/position/line-index.ts';
import { root } from './helpers.ts';

// Each fixture's kramdown.html is kramdown's own rendering of its post.md (scripts/render-fixtures.sh).
// Reading that HTML with the same extraction must give what parseArticle gives from the post.
const cases = readdirSync(`${root}fixtures`).filter((name) => existsSync(`${root}fixtures/${name}/kramdown.html`));
// The comparison folds what kramdown's smart quotes change, as ../shared/tools/normalize.mjs does.
const squash = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();

function summary(parts: {
  headings: { level: number; text: string }[];
  paragraphs: { text: string }[];
  tables: { rows: string[][] }[];
  lists: { items: { text: string }[] }[];
  images: { src: string }[];
  links: { href: string; text: string }[];
  text: string;
}) {
  return {
    headings: parts.headings.map((h) => `${h.level} ${squash(h.text)}`),
    paragraphs: parts.paragraphs.map((p) => squash(p.text)),
    tables: parts.tables.map((t) => t.rows.map((r) => r.map(squash))),
    lists: parts.lists.map((l) => l.items.map((i) => squash(i.text))),
    images: parts.images.map((i) => i.src),
    links: parts.links.map((l) => [l.href, squash(l.text)]),
    text: squash(parts.text),
  };
}

describe.each(cases)('fixture %s', (name) => {
  const post = readFileSync(`${root}fixtures/${name}/post.md`, 'utf8');
  const kramdownHtml = readFileSync(`${root}fixtures/${name}/kramdown.html`, 'utf8');

  it('matches kramdown', () => {
    const ours = parseArticle(post);
    const theirs = collect(parseHtml(kramdownHtml, { locations: true }).body, {
      elements: [],
      map: { start: (o) => o, end: (o) => o },
      lines: createLineIndex(kramdownHtml),
      pipeTables: new Map(),
      texts: new Map(),
    });
    expect(summary(ours)).toEqual(summary(theirs));
  });
});
