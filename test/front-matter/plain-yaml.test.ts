import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/front-matter/parse-yaml.ts';
import { readPlainYaml } from '../../src/front-matter/plain-yaml.ts';
import { splitFrontMatter } from '../../src/front-matter/split-front-matter.ts';
import { loadYaml } from '../../src/ruby/psych-yaml.ts';

/** The full loader, YAML as Psych loads it for Jekyll, exactly as parseYaml calls it. */
function viaYaml(text: string): { value: unknown; clean: boolean } {
  const load = loadYaml(text, { permitDates: true });
  return { value: load.value, clean: load.value !== undefined && load.problems.length === 0 };
}

/** The contract: when the fast path answers, the full loader agrees and has nothing to report. */
function expectAgrees(text: string): Record<string, unknown> | undefined {
  const fast = readPlainYaml(text);
  if (fast !== undefined) {
    const slow = viaYaml(text);
    expect(slow.clean, JSON.stringify(text)).toBe(true);
    expect(fast, JSON.stringify(text)).toStrictEqual(slow.value);
  }
  return fast;
}

describe('readPlainYaml: supported constructs', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['layout: post', { layout: 'post' }],
    ['title: "어떤 제목: 부제"', { title: '어떤 제목: 부제' }],
    ['title: 어떤 제목, 부제!', { title: '어떤 제목, 부제!' }],
    ["title: 장금이 '전국' \"확대\"", { title: "장금이 '전국' \"확대\"" }],
    ["title: '''장금이'' 전국'", { title: "'장금이' 전국" }],
    ["a: ''", { a: '' }],
    ['a: ""', { a: '' }],
    ['a: "tab\\there \\"q\\" \\\\ \\/ \\x41\\u00e9\\U0001F600 \\_\\ "', { a: 'tab\there "q" \\ / Aé😀 \u00a0 ' }],
    ['a: "  padded  "', { a: '  padded  ' }],
    ['a: x:y http://e.com/p?q=1#frag', { a: 'x:y http://e.com/p?q=1#frag' }],
    ['a: x, [y] {z}', { a: 'x, [y] {z}' }],
    ['a: value # comment', { a: 'value' }],
    ['a: value   ', { a: 'value' }],
    ["a: 'v' # comment", { a: 'v' }],
    ['a: \u00a0x\u00a0', { a: '\u00a0x\u00a0' }],
    ['a: -x', { a: '-x' }],
    ['a: 2024-06-12 10:00:00 +0900', { a: new Date('2024-06-12T01:00:00Z') }],
    ['a: 2024-06-12', { a: new Date('2024-06-12T00:00:00Z') }],
    ["a: '2024-06-12'", { a: '2024-06-12' }],
    ['categories: [news, 경제]', { categories: ['news', '경제'] }],
    ["tags: [ 'a, b' , \"c\", 1, true, ~ ]", { tags: ['a, b', 'c', 1, true, null] }],
    ['tags: []', { tags: [] }],
    ['tags: [a b, c] # c', { tags: ['a b', 'c'] }],
    ['categories:\n  - news\n  - 경제', { categories: ['news', '경제'] }],
    ['categories:\n- news\n- 2\nnext: 1', { categories: ['news', 2], next: 1 }],
    ['categories: # c\n  # c\n  - news # c\n\n  -\n  - \'q\'', { categories: ['news', null, 'q'] }],
    ['feature_text: |\n  여러 줄\n  둘째\n\n  셋째\nx: 1', { feature_text: '여러 줄\n둘째\n\n셋째\n', x: 1 }],
    ['a: >\n  one\n  two\n\n  three\n\n\n  four\n\n', { a: 'one two\nthree\n\nfour\n' }],
    ['a: >-\n  one\n  two', { a: 'one two' }],
    ['a: |-\n    one\n    # not a comment\n', { a: 'one\n# not a comment' }],
    ['a: >\n\n  lead\n', { a: '\nlead\n' }],
    ['a: > # c\n  x\n# c\nb: 1', { a: 'x\n', b: 1 }],
    ['a: |\nb: 1', { a: '', b: 1 }],
    ['a: >\n  trailing  \n  spaces', { a: 'trailing   spaces\n' }],
    ['a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: # c', { a: null, b: null, c: null, d: null, e: null, f: null }],
    ['a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\ng: yes\nh: tRUE\ni: no\nj: On\nk: OFF\nl: y\nm: n', { a: true, b: true, c: true, d: false, e: false, f: false, g: true, h: true, i: false, j: true, k: false, l: 'y', m: 'n' }],
    ['a: 12\nb: -3\nc: +4\nd: 0o17\ne: 0x1F\nf: 0X1F\ng: 007\nh: 0b1\ni: 010\nj: 08\nk: 1,000', { a: 12, b: -3, c: 4, d: '0o17', e: 31, f: '0X1F', g: 7, h: 1, i: 8, j: '08', k: 1000 }],
    ['a: 1.5\nb: .5\nc: 1.\nd: 1e3\ne: -2.5E-2\nf: .inf\ng: -.Inf\nh: .NaN\ni: 1_000\nj: 1.2.3\nk: 12:30:00', { a: 1.5, b: 0.5, c: 1, d: '1e3', e: -0.025, f: Infinity, g: -Infinity, h: NaN, i: 1000, j: '1.2.3', k: 45000 }],
    ['a: -0', { a: -0 }],
    ['# lead\n\na: 1\n   \n# mid\nb: 2 # end', { a: 1, b: 2 }],
    ['constructor: 1\ntoString: x', { constructor: 1, toString: 'x' }],
    ['a.b-c_d: 1\n_x: 2', { 'a.b-c_d': 1, _x: 2 }],
    ['a: x\r\nb: >\r\n  y\r\n  z\r\n\r\nc:\r\n  - 1\r\n', { a: 'x', b: 'y z\n', c: [1] }],
    ['a: &x 1\nb: *x', { a: 1, b: 1 }],
    ["a: &x-1_A 'q # r'\nb: *x-1_A # c\nc: *x-1_A", { a: 'q # r', b: 'q # r', c: 'q # r' }],
    ['d: &d 2024-06-12\ne: *d\nf: &y yes # c\ng: *y', { d: new Date('2024-06-12T00:00:00Z'), e: new Date('2024-06-12T00:00:00Z'), f: true, g: true }],
    ['a: &x "x\\ty"\r\nb: *x\r\n', { a: 'x\ty', b: 'x\ty' }],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const fast = expectAgrees(text);
      expect(fast).toStrictEqual(expected);
      expect(Object.getPrototypeOf(fast)).toBe(Object.prototype);
    });
  }

  it('parseYaml returns the fast result with no problems', () => {
    expect(parseYaml('title: x\ncategories: [a]')).toStrictEqual({ data: { title: 'x', categories: ['a'] }, problems: [], loaded: true });
  });
});

describe('readPlainYaml: declined input', () => {
  const declined = [
    '',
    '# only a comment\n',
    'a: 1\na: 2', // duplicate key: Psych keeps the last, parseYaml warns
    '__proto__: 1',
    '<<: {a: 1}',
    '? a\n: b',
    'b: *x\na: &x 1', // an alias before its anchor: Psych::BadAlias
    'a: *x',
    'a: &x 1\nb: &x 2', // an anchor defined again
    'a: &x [1]\nb: *x', // an anchored collection
    'a: &x\n  - 1',
    'a: &x\nb: *x', // an anchored null
    'a: &x # c',
    'a: & x',
    'a: &x\t1',
    'a: &x |\n  y',
    'a: &x 1\nb: *x y',
    'a: &x 1\nb: *x#c',
    'a: &x 1\nb: *',
    'a: &x: 1',
    'a: &x &y 1',
    'a: &x !!str 1',
    'a:\n  - &x 1\nb: *x', // an anchor in a sequence
    'a: &x 1\n  more', // a multi-line plain scalar
    'a: !!str 1',
    '%YAML 1.2\n---\na: 1',
    '---\na: 1',
    'a: 1\n...',
    'a: 1\n---\nb: 2',
    '\ta: 1',
    'a:\tx',
    'a: x\ty',
    'a: b: c', // nested mapping in a compact value: an error
    'a: b:',
    'a: x\n  continued', // multi-line plain scalar
    "a: 'open\n  close'",
    'a: "x\\\n  y"',
    'a: "\\q"', // invalid escape
    'a: "\\u12"',
    "title: '장금이' 전국", // text after a closing quote: an error
    'a: [x, [y]]',
    'a: [x,\n  y]',
    'a: [x, ]',
    'a: [x] y',
    'a: {x: 1}',
    'a:\n  b: 1',
    'a:\n  - x\n - y',
    'a:\n  - x\n    y',
    'a: |+\n  x\n\n',
    'a: |2\n   x',
    'a: >\n  x\n    more-indented',
    'a: >\n   \n  x', // over-indented leading blank line: an error
    'a: >\n  x\n \n  y\n     \n',
    'a: >\n  x\n y',
    'a: - x',
    'a: ?x',
    'a: @x',
    'a: `x`',
    'a: %x',
    'a: ,x',
    'null: 1',
    'True: 1',
    'yes: 1',
    'On: 1',
    'a: :symbol',
    'a: [:symbol]',
    '1: x',
    'a b: 1',
    'a : 1',
    'a:b',
    'a',
    '- a',
    'a: x\rb: y',
    'a: x\u0085y',
    'a: x\u2028y',
    'a: \ufeffx',
    'a: \u0000',
    'a: \ud800',
  ];
  for (const text of declined) {
    it(JSON.stringify(text), () => {
      expect(readPlainYaml(text)).toBeUndefined();
    });
  }
});

describe('readPlainYaml: corpus differential', () => {
  const dir = new URL('../../../shared/corpus/posts/', import.meta.url);
  const frontMatters = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const source = readFileSync(new URL(name, dir), 'utf8');
      const split = splitFrontMatter(source, source.charCodeAt(0) === 0xfeff ? 1 : 0);
      return split.kind === 'block' ? [split.content] : [];
    });

  it('agrees with the full loader on every post it reads, and reads at least 289 of 291', () => {
    expect(frontMatters.length).toBe(291);
    let handled = 0;
    for (const text of frontMatters) if (expectAgrees(text) !== undefined) handled++;
    expect(handled).toBeGreaterThanOrEqual(289);
  });

  it('agrees with the full loader on the same front matter with CRLF line ends', () => {
    let handled = 0;
    for (const text of frontMatters) if (expectAgrees(text.replace(/\n/g, '\r\n')) !== undefined) handled++;
    expect(handled).toBeGreaterThanOrEqual(289);
  });
});

describe('readPlainYaml: generated differential', () => {
  const word = fc.constantFrom(
    'x',
    'post',
    '어쩌고 저쩌고',
    '한글',
    'a b',
    '~',
    'null',
    'Null',
    'true',
    'FALSE',
    'yes',
    '.5',
    '1.',
    '-.5',
    '0x1F',
    '0o17',
    '1e3',
    '+1',
    '-1',
    '-0',
    '12',
    '.inf',
    '-.Inf',
    '.nan',
    '2024-06-12 10:00:00 +0900',
    'http://e.com/#x',
    'on',
    'Off',
    'no',
    '010',
    '1_000',
    '1,000',
    '12:30:00',
    '2024-06-19',
    ':sym',
  );
  const tricky = fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '#',
    ' #c',
    ':',
    ': ',
    '-',
    '- ',
    '--',
    '[',
    ']',
    ',',
    ', ',
    '{',
    '}',
    "'",
    "''",
    '"',
    '\\',
    '\\n',
    '\\x4',
    '\\u00e9',
    '|',
    '>',
    '|-',
    '>+',
    '?',
    '&a',
    '*a',
    '!',
    '%',
    '@',
    '`',
    '---',
    '...',
    '\u00a0',
    '\r',
  );
  const scalarText = fc.array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: tricky }), { minLength: 0, maxLength: 4 }).map((parts) => parts.join(''));
  const cleanScalar = fc.oneof(
    word,
    word.map((w) => `'${w}'`),
    word.map((w) => `"${w}"`),
    fc.array(word, { minLength: 0, maxLength: 3 }).map((ws) => `[${ws.join(', ')}]`),
  );
  const key = fc.constantFrom('a', 'b', 'title', 'categories', 'x_y', 'k-1', 'a.b', 'null', 'True', '__proto__', '<<', '? a', 'a b', '1', '-', '');
  const indent = fc.constantFrom('', '', '', ' ', '  ', '    ', '\t', ' \t');
  const colon = fc.constantFrom(': ', ': ', ':', ':  ', ' : ', ':\t');
  const line = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(key, fc.constantFrom(': '), cleanScalar).map((parts) => parts.join('')) },
    { weight: 3, arbitrary: fc.tuple(indent, key, colon, scalarText).map((parts) => parts.join('')) },
    { weight: 2, arbitrary: fc.tuple(indent, fc.constantFrom('- ', '-', '-\t', '  - '), scalarText).map((parts) => parts.join('')) },
    { weight: 2, arbitrary: fc.tuple(indent, scalarText).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.tuple(key, fc.constantFrom(': |', ': >', ': >-', ': |-', ': > #c', ': |+', ': >1')).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.constantFrom('', '  ', '   ', '# comment', '  # comment', '---', '...', '- item', '  - item', '  continuation', '  more  ', '    deeper') },
  );
  const messyDoc = fc.tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\n', '\r\n'), fc.boolean()).map(([lines, eol, final]) => lines.join(eol) + (final ? eol : ''));

  // Mostly well-formed documents (unique keys, `KEY` stands for the entry's key), so that the fast
  // path answers often and its answers get checked, with tricky tokens inside the values.
  const value = fc.oneof({ weight: 3, arbitrary: cleanScalar }, { weight: 2, arbitrary: scalarText });
  const blockLine = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom('  ', '  ', '  ', '   ', ' ', '    '), scalarText).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '  ', '   ', '  # not a comment', '# comment') },
  );
  const entry = fc.oneof(
    { weight: 4, arbitrary: value.map((v) => `KEY: ${v}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', '  ', ' '), fc.array(fc.oneof(value, fc.constantFrom('', '# c')), { minLength: 0, maxLength: 3 })).map(([ind, items]) => ['KEY:', ...items.map((item) => `${ind}- ${item}`)].join('\n')) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('|', '>', '|-', '>-', '> # c', '|+'), fc.array(blockLine, { minLength: 0, maxLength: 4 })).map(([header, lines]) => [`KEY: ${header}`, ...lines].join('\n')) },
    { weight: 1, arbitrary: fc.constantFrom('', '# comment', '  # comment', 'KEY:', 'KEY: # c', 'a: dup') },
  );
  const cleanishDoc = fc.tuple(fc.array(entry, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\n', '\r\n'), fc.boolean()).map(
    ([entries, eol, final]) => entries.map((e, i) => e.replace('KEY', `k${i}`)).join('\n').replace(/\n/g, eol) + (final ? eol : ''),
  );
  const doc = fc.oneof(messyDoc, cleanishDoc);

  // Anchors and aliases from a few names, so that some are defined twice, aliased before they are
  // defined, or written a way libyaml does not read.
  const anchored = fc
    .tuple(fc.constantFrom('&a ', '&a ', '&a ', '&b ', '&b ', '&a-1 ', '&a  ', '&a\t', '&a', '& ', '&a&b '), fc.oneof({ weight: 4, arbitrary: word }, { weight: 2, arbitrary: cleanScalar }, { weight: 1, arbitrary: scalarText }))
    .map(([anchor, v]) => `KEY: ${anchor}${v}`);
  const alias = fc.constantFrom('*a', '*a', '*a', '*b', '*b', '*a-1', '*b # c', '*a  ', '*a x', '*a#c', '*').map((a) => `KEY: ${a}`);
  const anchorDoc = fc
    .array(fc.oneof({ weight: 3, arbitrary: anchored }, { weight: 3, arbitrary: alias }, { weight: 1, arbitrary: entry }), { minLength: 2, maxLength: 4 })
    .map((entries) => entries.map((e, i) => e.replace('KEY', `k${i}`)).join('\n'));

  it('never disagrees with the full loader on anchors and aliases', () => {
    let aliased = 0;
    fc.assert(
      fc.property(anchorDoc, (text) => {
        if (expectAgrees(text) !== undefined && /: \*/.test(text)) aliased++;
      }),
      { seed: 20261204, numRuns: 3000 },
    );
    expect(aliased).toBeGreaterThan(50);
  });

  it('never disagrees with the full loader', () => {
    let handled = 0;
    fc.assert(
      fc.property(doc, (text) => {
        if (expectAgrees(text) !== undefined) handled++;
      }),
      { seed: 20261122, numRuns: 2000 },
    );
    // The grammar must actually exercise the fast path.
    expect(handled).toBeGreaterThan(400);
  });
});
