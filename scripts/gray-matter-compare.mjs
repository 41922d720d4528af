#!/usr/bin/env node
// `npx tsx scripts/gray-matter-compare.mjs [set …]`: splits every post of the shared sets with
// @11ty/gray-matter and with our Jekyll-rule splitter (src/front-matter/split-front-matter.ts) and
// prints, per set, how many posts get another body or another YAML text, and whether
// gray-matter's offsets can be recovered. The README's front matter note quotes its table.
//
// gray-matter is asked for the split only: its YAML engine is replaced by one that parses
// nothing, so js-yaml never decides the answer (and never throws).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from '@11ty/gray-matter';
import { splitFrontMatter } from '../src/front-matter/split-front-matter.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '../shared');
const defaultSets = [
  join(shared, 'corpus/posts'),
  ...readdirSync(join(shared, 'sites'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(shared, 'sites', e.name, '_posts')),
  // Our own fixtures (their post.md files): the edge cases of Jekyll's rule the sets never meet.
  join(root, 'fixtures'),
];
const sets = (process.argv.length > 2 ? process.argv.slice(2) : defaultSets).filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory());

/** Every file under `dir`, sorted. */
function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (dir.endsWith('fixtures') || relative(root, dir).startsWith('fixtures')) {
      if (/^post\.(md|markdown|html)$/.test(entry.name)) out.push(path);
    } else if (/\.(md|markdown|html)$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

const splitOnly = { engines: { yaml: { parse: () => ({}), stringify: () => '' } } };

/** Jekyll's split: the YAML text and the body, or null without front matter (unclosed: all body). */
function jekyll(source) {
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const split = splitFrontMatter(source, start);
  if (split.kind !== 'block') return { yaml: null, yamlOffset: -1, body: source.slice(start), bodyOffset: start };
  return { yaml: split.content, yamlOffset: split.contentOffset, body: source.slice(split.end), bodyOffset: split.end };
}

/** gray-matter's split, with the offsets recovered from what it returns. */
function grayMatter(source) {
  const file = matter(source, splitOnly);
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  // `content` is always a suffix of the (BOM-less) input; `matter` starts after `---` and the language.
  const bodyOffset = source.length - file.content.length;
  const has = file.matter !== undefined;
  const yamlOffset = has ? bom + 3 + (file.language === 'yaml' ? 0 : file.language.length) : -1;
  return { yaml: has ? file.matter : null, yamlOffset, body: file.content, bodyOffset, file };
}

/** YAML ignores blank lines at either end: the delimiter lines' own line breaks are not a difference. */
const trimLines = (text) => text.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/(?:\r?\n[ \t]*)+$/, '');

const rows = [];
const examples = new Map();
const note = (kind, path) => {
  if (!examples.has(kind)) examples.set(kind, []);
  examples.get(kind).push(path.startsWith(shared) ? relative(shared, path) : relative(root, path));
};
for (const dir of sets) {
  const name = dir.startsWith(shared) ? relative(shared, dir).replace(/\/_?posts$/, '') : relative(root, dir);
  const row = { set: name, posts: 0, foundByOne: 0, yaml: 0, body: 0, bodyLeadingBlank: 0, offsets: 0 };
  for (const path of filesUnder(dir)) {
    const source = readFileSync(path, 'utf8');
    row.posts++;
    const ours = jekyll(source);
    const theirs = grayMatter(source);
    const bodyDiffers = ours.body !== theirs.body;
    const onlyOne = (ours.yaml === null) !== (theirs.yaml === null);
    const yamlDiffers = onlyOne || (ours.yaml !== null && trimLines(ours.yaml) !== trimLines(theirs.yaml));
    if (onlyOne) {
      row.foundByOne++;
      note(ours.yaml === null ? 'front matter for gray-matter only' : 'front matter for Jekyll only', path);
    }
    if (yamlDiffers) {
      row.yaml++;
      if (!onlyOne) note('YAML text differs', path);
    }
    if (bodyDiffers) {
      row.body++;
      // The common case: blank lines after the closing `---`, which Jekyll gives to the front matter.
      if (!onlyOne && theirs.body.replace(/^(?:[ \t]*\r?\n)+/, '') === ours.body) row.bodyLeadingBlank++;
      else if (!onlyOne) note('body differs beyond leading blank lines', path);
    }
    // Offsets: is what gray-matter returned exactly at the recovered offsets?
    const located = source.slice(theirs.bodyOffset) === theirs.body && (theirs.yaml === null || source.startsWith(theirs.yaml, theirs.yamlOffset));
    if (located) row.offsets++;
  }
  rows.push(row);
}

const total = rows.filter((r) => r.set !== 'fixtures').reduce(
  (sum, r) => ({ set: sum.set, posts: sum.posts + r.posts, foundByOne: sum.foundByOne + r.foundByOne, yaml: sum.yaml + r.yaml, body: sum.body + r.body, bodyLeadingBlank: sum.bodyLeadingBlank + r.bodyLeadingBlank, offsets: sum.offsets + r.offsets }),
  { set: 'all', posts: 0, foundByOne: 0, yaml: 0, body: 0, bodyLeadingBlank: 0, offsets: 0 },
);
console.log('| set | posts | front matter found by one only | YAML text differs | body differs | of which only blank lines after the closing `---` | offsets recovered |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
const ordered = [...rows.filter((r) => r.set !== 'fixtures'), total, ...rows.filter((r) => r.set === 'fixtures')];
for (const r of ordered) {
  console.log(`| ${r.set === 'all' ? '**all shared sets**' : `\`${r.set}\``} | ${r.posts} | ${r.foundByOne} | ${r.yaml} | ${r.body} | ${r.bodyLeadingBlank} | ${r.offsets} |`);
}
for (const [kind, paths] of examples) console.log(`\n${kind} (${paths.length}): ${paths.slice(0, 8).join(', ')}${paths.length > 8 ? ', …' : ''}`);
