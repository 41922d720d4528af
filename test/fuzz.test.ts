import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Article,
  countCharacters,
  countWords,
  type Diagnostic,
  makeExcerpt,
  parseArticle,
  parseStatedCounts,
  type Position,
  type Problem,
  readingTime,
  stripGeneratorNotes,
  validateArticle,
} from '../src/index.ts';
import { shared } from './helpers.ts';

// Property tests with a fixed seed and bounded runs: the same inputs on every machine, the whole
// file in well under a minute on two cores. A failure prints its seed, path and shrunk input.
// FUZZ_SEED and FUZZ_RUNS (runs per property) override them for a longer hunt.
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261122);
const RUNS = process.env['FUZZ_RUNS'] === undefined ? undefined : Number(process.env['FUZZ_RUNS']);
const settings = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: RUNS ?? numRuns });

let iterations = 0;
const started = performance.now();
afterAll(() => {
  console.log(`fuzz: ${iterations} iterations in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${SEED})`);
});

// ---------------------------------------------------------------------------------------------
// Inputs

const SYNTAX = [
  '<', '>', '/', '|', '-', '*', '[', ']', '(', ')', '`', '~', '#', '_', '!', ':', '&', ';', '=', '"', "'",
  ' ', '\n', '\r', '\t', '\u00a0',
];
const FRAGMENTS = [
  '<div>', '</div>', '<p>', '</p>', '<b>', '</b>', '<a href="x">', '</a>', '<img src="a.png" alt="">', '<!--', '-->',
  '<table>', '<tr><td>', '</td></tr>', '</table>', '<br>', '<script>', '</script>', '<xyz>', '<![CDATA[', '<?',
  '---\n', '...\n', '| a |', '|---|', '![x](y)', '[a](http://e.com)', '[a]: /u', '**', '__', '~~', '```', '    ',
  '> ', '- ', '1. ', '## ', '# ', '{: .c}', '{:', '&amp;', '&#x41;', '&nbsp;', '\\', '  \n', '\r\n', '\n\n',
  '(단어 수: 88, 문자 수: 553)', '제보하기 ▷ ', '전화 : 02-781-1234', '이메일 : a@b.co', "카카오톡 '제보'", 'title: x\n',
  '\u200b', '\u0000', '\ud800', '\u1100\u1161',
];
const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCharCode(code));
const letter = fc.constantFrom(...'abcxyzABCXYZ');
const digit = fc.constantFrom(...'0123456789');
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 3, arbitrary: hangul },
  { weight: 2, arbitrary: letter },
  { weight: 1, arbitrary: digit },
);
/** Random text over the syntax alphabet, up to 2,000 UTF-16 units. */
const syntaxText = fc.array(unit, { maxLength: 500 }).map((units) => units.join('').slice(0, 2_000));
/** The same behind a front matter block (its YAML random too). */
const withFrontMatter = fc
  .tuple(fc.array(fc.oneof(unit, fc.constantFrom('title: ', 'categories: [', ']', '\n  - ', '&a ', '*a', '{', '}')), { maxLength: 60 }), syntaxText)
  .map(([yaml, body]) => `---\n${yaml.join('')}\n---\n${body}`);

const corpusDir = `${shared}corpus/posts/`;
const posts = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => readFileSync(`${corpusDir}${name}`, 'utf8'));

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; from: number; length: number; to: number }
  | { kind: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), from: fc.nat(), length: fc.nat({ max: 400 }), to: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...FRAGMENTS, ...SYNTAX), syntaxText.map((t) => t.slice(0, 200))) }),
);

function mutate(post: string, mutations: Mutation[]): string {
  let text = post;
  for (const m of mutations) {
    const n = text.length + 1;
    if (m.kind === 'truncate') text = text.slice(0, m.at % n);
    else if (m.kind === 'insert') {
      const at = m.at % n;
      text = text.slice(0, at) + m.text + text.slice(at);
    } else {
      const from = m.from % n;
      const slice = text.slice(from, from + m.length);
      const to = m.to % n;
      text = text.slice(0, to) + slice + text.slice(to);
    }
  }
  return text;
}

/** A corpus post picked by index, then truncated, spliced and sprinkled with syntax. */
const mutatedPost = fc
  .tuple(fc.nat({ max: posts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([index, mutations]) => mutate(posts[index] ?? '', mutations));

// ---------------------------------------------------------------------------------------------
// Invariants

/** Lines as the package counts them: `\n`, `\r\n` and a lone `\r` each end one. */
function linesOf(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

function expectInFile(what: string, lines: string[], line: number, column: number): void {
  expect(Number.isInteger(line) && Number.isInteger(column), `${what}: ${line}:${column} not integers`).toBe(true);
  expect(line >= 1 && line <= lines.length, `${what}: line ${line} of ${lines.length}`).toBe(true);
  expect(column >= 1 && column <= (lines[line - 1]?.length ?? 0) + 1, `${what}: column ${column} of line ${line} (${lines[line - 1]?.length} long)`).toBe(true);
}

function expectPosition(what: string, source: string, lines: string[], position: Position): void {
  const { start, end } = position;
  expect(0 <= start.offset && start.offset <= end.offset && end.offset <= source.length, `${what}: offsets ${start.offset}–${end.offset} of ${source.length}`).toBe(true);
  expectInFile(`${what} start`, lines, start.line, start.column);
  expectInFile(`${what} end`, lines, end.line, end.column);
}

function expectFindings(source: string, lines: string[], findings: Array<Problem | Diagnostic>): void {
  for (const f of findings) {
    expectInFile(f.ruleId, lines, f.line, f.column);
    if (f.endLine !== undefined || f.endColumn !== undefined) expectInFile(`${f.ruleId} end`, lines, f.endLine ?? -1, f.endColumn ?? -1);
    expect(/^Rule \S+ failed/.test(f.message), `${f.ruleId}: ${f.message}`).toBe(false);
  }
  for (const d of findings as Diagnostic[]) {
    if (!d.fix) continue;
    const [from, to] = d.fix.range;
    expect(0 <= from && from <= to && to <= source.length, `${d.ruleId} fix ${from}–${to}`).toBe(true);
  }
}

function expectPositions(article: Article): void {
  const { source } = article;
  const lines = linesOf(source);
  const positioned: Array<[string, Position]> = [
    ...article.headings.map((h): [string, Position] => ['heading', h.position]),
    ...article.paragraphs.map((p): [string, Position] => ['paragraph', p.position]),
    ...article.tables.map((t): [string, Position] => ['table', t.position]),
    ...article.lists.map((l): [string, Position] => ['list', l.position]),
    ...article.lists.flatMap((l) => l.items.map((i): [string, Position] => ['list item', i.position])),
    ...article.images.map((i): [string, Position] => ['image', i.position]),
    ...article.links.map((l): [string, Position] => ['link', l.position]),
    ...article.blocks.map((b): [string, Position] => [`${b.type} block`, b.position]),
    ...article.literalHtml.map((t): [string, Position] => ['literal html', t.position]),
    ...article.tipLines.map((t): [string, Position] => ['tip-line', t.position]),
    ...article.tipLines.flatMap((t) => t.channels.map((c): [string, Position] => ['channel', c.position])),
  ];
  for (const [what, position] of positioned) expectPosition(what, source, lines, position);
}

/** Everything the package promises about any string. `previous` is parsed in between, to catch shared state. */
function expectSound(source: string, previous: string): void {
  iterations++;
  const article = parseArticle(source, { path: '_posts/2024-06-12-fuzz.md' });
  const diagnostics = validateArticle(article);
  const lines = linesOf(source);
  expect(article.source).toBe(source);
  expect(article.body).toBe(source.slice(article.bodyOffset));
  expectFindings(source, lines, article.problems);
  expectFindings(source, lines, diagnostics);
  expectPositions(article);
  // Determinism: the same input, after another, gives the same Article and the same findings.
  parseArticle(previous);
  expect(parseArticle(source, { path: '_posts/2024-06-12-fuzz.md' })).toEqual(article);
  expect(validateArticle(article)).toEqual(diagnostics);
}

function expectHelpers(text: string): void {
  iterations++;
  const counts = countCharacters(text);
  expect(counts.withoutSpaces).toBeLessThanOrEqual(counts.withSpaces);
  expect(counts.withoutSpaces).toBeGreaterThanOrEqual(0);
  const raw = countCharacters(text, { normalize: false });
  expect(raw.withoutSpaces).toBeLessThanOrEqual(raw.withSpaces);
  const words = countWords(text);
  expect(Number.isInteger(words) && words >= 0).toBe(true);
  expect(countWords(text, { cjk: 'characters' })).toBeGreaterThanOrEqual(0);
  expect(readingTime(text).words).toBe(words);
  expect(makeExcerpt(text).length).toBeLessThanOrEqual(text.length + 1);
  makeExcerpt(text, { mode: 'jekyll' });
  const note = parseStatedCounts(text);
  if (note) expect(0 <= note.start && note.start <= note.end && note.end <= text.length).toBe(true);
  const stripped = stripGeneratorNotes(text);
  expect(stripGeneratorNotes(stripped)).toBe(stripped);
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('fuzz', () => {
  it('parses and validates random syntax soundly', () => {
    let previous = '';
    fc.assert(
      fc.property(syntaxText, (source) => {
        expectSound(source, previous);
        previous = source;
      }),
      settings(500),
    );
  });

  it('parses and validates random front matter and body soundly', () => {
    let previous = '';
    fc.assert(
      fc.property(withFrontMatter, (source) => {
        expectSound(source, previous);
        previous = source;
      }),
      settings(500),
    );
  });

  it('parses and validates mutated corpus posts soundly', () => {
    let previous = '';
    fc.assert(
      fc.property(mutatedPost, (source) => {
        expectSound(source, previous);
        previous = source;
      }),
      settings(500),
    );
  });

  it('runs the text helpers on random syntax and on the text of mutated posts', () => {
    fc.assert(
      fc.property(syntaxText, (text) => expectHelpers(text)),
      settings(500),
    );
    fc.assert(
      fc.property(mutatedPost, (source) => expectHelpers(parseArticle(source).text)),
      settings(500),
    );
  });
});
