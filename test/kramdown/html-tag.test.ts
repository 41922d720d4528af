import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAttributes } from '../../src/kramdown/html-attributes.ts';
import { isKnownElement } from '../../src/kramdown/html-elements.ts';
import {
  matchEndTag,
  matchLineEndTag,
  matchLineStartTag,
  matchStartTag,
  matchStartTagSource,
  type StartTag,
} from '../../src/kramdown/html-tag.ts';
import { HTML_TAG, HTML_TAG_CLOSE } from '../../src/kramdown/syntax.ts';

// The hand-written tag readers against the regex route they replace (syntax.ts's HTML_TAG and
// HTML_TAG_CLOSE, then parseAttributes): explicit cases, every `<` of the corpus and the fixtures,
// and a seeded property over strings made of the grammar's own pieces.

const known = (name: string): boolean => isKnownElement(name.toLowerCase());
const LINE_START_TAG = new RegExp(` {0,3}${HTML_TAG.source}`, 'ymu');
const LINE_CLOSE_TAG = new RegExp(` {0,3}${HTML_TAG_CLOSE.source}`, 'ymu');

interface Expected {
  end: number;
  name: string;
  attrs: [string, string][];
  selfClosing: boolean;
  /** The `attrs` group as written. */
  source: string;
}

/** The regex route, as span-parser.ts and html-block.ts take it. */
function viaRegex(text: string, pos: number, lowerCaseNames: (name: string) => boolean, re = HTML_TAG): (Expected & { start: number }) | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return null;
  const name = m.groups?.['name'] ?? '';
  const source = m.groups?.['attrs'] ?? '';
  const attrs = parseAttributes(source, lowerCaseNames(name));
  return {
    start: pos + m[0].length - m[0].trimStart().length,
    end: pos + m[0].length,
    name,
    attrs: Object.entries(attrs),
    selfClosing: m.groups?.['selfClosing'] !== undefined,
    source,
  };
}

function closeViaRegex(text: string, pos: number, re = HTML_TAG_CLOSE): { end: number; name: string } | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? { end: pos + m[0].length, name: m[1] ?? '' } : null;
}

/** Ours, in the same shape (and checking the record's prototype and the callback's single call). */
function viaScanner(text: string, pos: number, lowerCaseNames: (name: string) => boolean): Expected | null {
  let calls = 0;
  const tag = matchStartTag(text, pos, (name) => {
    calls++;
    return lowerCaseNames(name);
  });
  const source = matchStartTagSource(text, pos);
  if (calls > 1) throw new Error(`lowerCaseNames called ${calls} times`);
  if ((tag === null) !== (source === null)) throw new Error('matchStartTag and matchStartTagSource disagree');
  if (tag === null || source === null) return null;
  if (Object.getPrototypeOf(tag.attrs) !== null) throw new Error('attrs has a prototype');
  if (source.end !== tag.end || source.name !== tag.name || source.selfClosing !== tag.selfClosing) throw new Error('source variant differs');
  return { end: tag.end, name: tag.name, attrs: Object.entries(tag.attrs), selfClosing: tag.selfClosing, source: source.attrs };
}

const key = (value: unknown): string => JSON.stringify(value);

/** Every difference between the two routes at `pos`, as printable strings. */
function differences(text: string, pos: number, lowerCaseNames: (name: string) => boolean): string[] {
  const out: string[] = [];
  const where = `${key(text.slice(Math.max(0, pos - 10), pos))} | ${key(text.slice(pos, pos + 60))} @${pos}`;
  const exp = viaRegex(text, pos, lowerCaseNames);
  const expected = exp && { end: exp.end, name: exp.name, attrs: exp.attrs, selfClosing: exp.selfClosing, source: exp.source };
  const got = viaScanner(text, pos, lowerCaseNames);
  if (key(expected) !== key(got)) out.push(`start ${where}: regex ${key(expected)}, ours ${key(got)}`);
  const close = closeViaRegex(text, pos);
  const ours = matchEndTag(text, pos);
  if (key(close) !== key(ours)) out.push(`end ${where}: regex ${key(close)}, ours ${key(ours)}`);
  return out;
}

/** The same for the line-start variants (` {0,3}` before the tag). */
function lineDifferences(text: string, pos: number, lowerCaseNames: (name: string) => boolean): string[] {
  const out: string[] = [];
  const where = `${key(text.slice(pos, pos + 60))} @${pos}`;
  const exp = viaRegex(text, pos, lowerCaseNames, LINE_START_TAG);
  const tag = matchLineStartTag(text, pos, lowerCaseNames);
  const expected = exp && { start: exp.start, end: exp.end, name: exp.name, attrs: exp.attrs, selfClosing: exp.selfClosing };
  const got = tag && { start: tag.start, end: tag.end, name: tag.name, attrs: Object.entries(tag.attrs), selfClosing: tag.selfClosing };
  if (key(expected) !== key(got)) out.push(`line start ${where}: regex ${key(expected)}, ours ${key(got)}`);
  const close = closeViaRegex(text, pos, LINE_CLOSE_TAG);
  const closeStart = close && pos + (text.slice(pos, close.end).length - text.slice(pos, close.end).trimStart().length);
  const ours = matchLineEndTag(text, pos);
  if (key(close && { start: closeStart, ...close }) !== key(ours && { start: ours.start, end: ours.end, name: ours.name })) {
    out.push(`line end ${where}: regex ${key(close)}, ours ${key(ours)}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

type Case = [text: string, expected: Omit<Expected, 'end'> & { end?: number } | null, note: string];

const tag = (name: string, source: string, attrs: [string, string][], selfClosing = false): Omit<Expected, 'end'> => ({
  name,
  attrs,
  selfClosing,
  source,
});

// `end` defaults to the text's length.
const CASES: Case[] = [
  ['<a>', tag('a', '', []), 'plain'],
  ['<a >', tag('a', '', []), 'space before >'],
  ['<a/>', tag('a', '', [], true), 'self-closing'],
  ['<a  />', tag('a', '', [], true), 'spaces then />: the attribute list is empty'],
  ['<a\t\t>', tag('a', '', []), 'tabs'],
  ['<a/ >', null, '/ must touch >'],
  ['<a / >', null, '/ must touch >, after spaces too'],
  ['< a>', null, 'no space after <'],
  ['<>', null, 'no name'],
  ['<_>', tag('_', '', []), '_ may start a name'],
  ['<-a>', null, '- may not start a name'],
  ['<1a>', null, 'a digit may not start a name'],
  ['<a_1.-x:y_.-2>', tag('a_1.-x:y_.-2', '', []), 'prefix and name with . _ - and digits'],
  ['<a:b>', tag('a:b', '', []), 'prefixed name'],
  ['<a:b:c>', null, 'a second colon: no match at all (a name is never cut short)'],
  ['<a:>', null, 'a prefix needs a name after it'],
  ['<a:1>', null, 'the name after a prefix starts with a letter or _'],
  ['<a::b>', null, 'double colon'],
  ['<a b=>', null, '= with no value leaves = unread, and the tag fails'],
  ['<a b=x>', tag('a', ' b=x', [['b', 'x']]), 'unquoted value'],
  ['<a b= "x">', tag('a', ' b= "x"', [['b', 'x']]), 'space after ='],
  ['<a b = c>', tag('a', ' b = c', [['b', 'c']]), 'spaces around ='],
  ["<a b='x'c>", null, 'no space between attributes'],
  ['<a b="x"c="y">', null, 'no space between quoted attributes'],
  ['<a b="x" c=\'y\'>', tag('a', ' b="x" c=\'y\'', [['b', 'x'], ['c', 'y']]), 'both quotes'],
  ['<a b=\'say "hi"\'>', tag('a', ' b=\'say "hi"\'', [['b', 'say "hi"']]), 'double quotes inside single'],
  ['<a\n\tb\f=\v"x"\r>', tag('a', '\tb\f=\v"x"', [['b', 'x']]), 'all of WS; attrs keeps only the last WS before the list'],
  ['<a   b  c="1"   >', tag('a', ' b  c="1"', [['b', ''], ['c', '1']]), 'attrs starts with one space'],
  ['<a x=1 y=2 x=3>', tag('a', ' x=1 y=2 x=3', [['x', '3'], ['y', '2']]), 'duplicates: later value, first position'],
  ['<div ID=1 id=2>', tag('div', ' ID=1 id=2', [['id', '2']]), 'known element: names lower-cased, so they collide'],
  ['<DIV ID=1 id=2>', tag('DIV', ' ID=1 id=2', [['id', '2']]), 'known element written in capitals'],
  ['<foo ID=1 id=2>', tag('foo', ' ID=1 id=2', [['ID', '1'], ['id', '2']]), 'unknown element: names kept'],
  ['<a title="x>y">', tag('a', ' title="x>y"', [['title', 'x>y']]), '> inside quotes'],
  ["<a title='x>y'/>", tag('a', " title='x>y'", [['title', 'x>y']], true), '> inside single quotes, self-closing'],
  ['<a b="line\nbreak">', tag('a', ' b="line\nbreak"', [['b', 'line\nbreak']]), 'newline inside quotes'],
  ['<a b="x>', null, 'unclosed quote'],
  ['<a b=>x">', null, '= then >'],
  ['<a href=foo-bar>', null, 'unquoted value stops at -, and the tag fails'],
  ['<a href=foo.html>', null, 'unquoted value stops at .'],
  ['<a b=.5>', null, 'unquoted value cannot start with .'],
  ['<a href=x/>', tag('a', ' href=x', [['href', 'x']], true), 'unquoted value stops at /, which then self-closes'],
  ['<a href=x/y>', null, '/ inside an unquoted value'],
  ['<a b=x\n/>', tag('a', ' b=x', [['b', 'x']], true), 'newline before />'],
  ['<a b c/>', tag('a', ' b c', [['b', ''], ['c', '']], true), 'valueless attributes'],
  ['<a b=""/>', tag('a', ' b=""', [['b', '']], true), 'empty quoted value'],
  ['<a b=가_1٣>', tag('a', ' b=가_1٣', [['b', '가_1٣']]), 'Hangul, _, digits (Arabic-Indic too) in an unquoted value'],
  ['<a b=Ⅻ>', tag('a', ' b=Ⅻ', [['b', 'Ⅻ']]), 'letter number (Nl) in an unquoted value'],
  ['<a b=¼>', tag('a', ' b=¼', [['b', '¼']]), 'No in an unquoted value'],
  ['<a b=e\u0301>', tag('a', ' b=e\u0301', [['b', 'e\u0301']]), 'combining mark in an unquoted value'],
  ['<a b=\u00e9>', tag('a', ' b=\u00e9', [['b', '\u00e9']]), 'precomposed é'],
  ['<e\u0301>', null, 'a combining acute is not Alphabetic: not a name character'],
  ['<\u00e9t\u00e9>', tag('\u00e9t\u00e9', '', []), 'precomposed é in a name'],
  ['<가나 다=라>', tag('가나', ' 다=라', [['다', '라']]), 'Hangul name and attribute'],
  ['<a٣>', tag('a٣', '', []), 'Arabic-Indic digit (Nd) after the first character'],
  ['<٣>', null, 'but not first'],
  ['<Ⅻ>', tag('Ⅻ', '', []), 'Nl is Alphabetic'],
  ['<𝐀 𝐀=𝐀>', tag('𝐀', ' 𝐀=𝐀', [['𝐀', '𝐀']]), 'astral letters are one character each'],
  ['<a𝐀1>', tag('a𝐀1', '', []), 'astral letter inside a name'],
  ['<a b=\ud800>', null, 'a lone surrogate is in no class'],
  ['<\ud800>', null, 'lone lead surrogate as a name'],
  ['<\udc00>', null, 'lone trail surrogate as a name'],
  ['<a\ud800>', null, 'lone surrogate after a name'],
  ['<a b="\ud800">', tag('a', ' b="\ud800"', [['b', '\ud800']]), 'a lone surrogate inside quotes is fine'],
  ['<a b=_>', tag('a', ' b=_', [['b', '_']]), '_ is Pc'],
  ['<a b=\u203f>', tag('a', ' b=\u203f', [['b', '\u203f']]), 'undertie is Pc'],
  ['<a b:c:d=1>', null, 'attribute names follow NAME too'],
  ['<a b:c=1>', tag('a', ' b:c=1', [['b:c', '1']]), 'prefixed attribute'],
  ['<a b:=1>', null, 'prefix without a name'],
  ['<a =x>', null, 'no attribute name'],
  ['<a b\u00a0c>', null, 'no-break space is not WS'],
  ['<a b=x y>', tag('a', ' b=x y', [['b', 'x'], ['y', '']]), 'valueless after valued'],
  ['<a b = >', null, 'dangling ='],
  ['<a b\n=\n"x"\n>', tag('a', ' b\n=\n"x"', [['b', 'x']]), 'newlines around ='],
  ['<a b="1" b=\'2\' b=3 b>', tag('a', ' b="1" b=\'2\' b=3 b', [['b', '']]), 'the last duplicate wins even without a value'],
  ['<a __proto__=x constructor=y>', tag('a', ' __proto__=x constructor=y', [['__proto__', 'x'], ['constructor', 'y']]), 'prototype names are plain keys'],
  ['<a>tail', { ...tag('a', '', []), end: 3 }, 'end is just past >'],
  ['<a b="x">tail</a>', { ...tag('a', ' b="x"', [['b', 'x']]), end: 9 }, 'end is just past > after attributes'],
];

describe('matchStartTag: explicit cases', () => {
  for (const [text, want, note] of CASES) {
    it(`${note}: ${JSON.stringify(text)}`, () => {
      const expected = want === null ? null : { end: want.end ?? text.length, ...want };
      const ordered = expected && { end: expected.end, name: expected.name, attrs: expected.attrs, selfClosing: expected.selfClosing, source: expected.source };
      const regex = viaRegex(text, 0, known);
      expect(regex && { end: regex.end, name: regex.name, attrs: regex.attrs, selfClosing: regex.selfClosing, source: regex.source }).toEqual(ordered);
      expect(viaScanner(text, 0, known)).toEqual(ordered);
      expect(differences(text, 0, known)).toEqual([]);
    });
  }

  it('returns a null-prototype record with the keys in first-seen order', () => {
    const tag = matchStartTag('<div B=1 a=2 b=3>', 0, known) as StartTag;
    expect(Object.getPrototypeOf(tag.attrs)).toBeNull();
    expect(Object.keys(tag.attrs)).toEqual(['b', 'a']);
    expect(tag.attrs['b']).toBe('3');
  });

  it('calls lowerCaseNames at most once, with the name as written', () => {
    const seen: string[] = [];
    const spy = (name: string): boolean => {
      seen.push(name);
      return true;
    };
    matchStartTag('<Div a=1 b=2 c=3>', 0, spy);
    expect(seen).toEqual(['Div']);
    seen.length = 0;
    matchStartTag('<Div>', 0, spy);
    matchStartTag('<Div a=1 b=2 c=3', 0, spy);
    expect(seen.length).toBeLessThanOrEqual(2);
  });

  it('reads at the given position only', () => {
    expect(matchStartTag('x<a b=1>', 1, known)).toEqual({ end: 8, name: 'a', attrs: Object.assign(Object.create(null), { b: '1' }), selfClosing: false });
    expect(matchStartTag('x<a b=1>', 0, known)).toBeNull();
    expect(matchStartTag('x<a b=1>', 2, known)).toBeNull();
  });

  it('returns null for positions outside the text, never throwing', () => {
    for (const pos of [-1, -0.5, 0.5, 3, 4, 100, Number.NaN, Infinity, -Infinity, 2 ** 53]) {
      expect(matchStartTag('<a>', pos, known)).toBeNull();
      expect(matchStartTagSource('<a>', pos)).toBeNull();
      expect(matchEndTag('</a>', pos)).toBeNull();
      expect(matchLineStartTag('<a>', pos, known)).toBeNull();
      expect(matchLineEndTag('</a>', pos)).toBeNull();
    }
    expect(matchStartTag('', 0, known)).toBeNull();
    expect(matchEndTag('', 0)).toBeNull();
    expect(matchStartTag('<', 0, known)).toBeNull();
    expect(matchStartTag('<a', 0, known)).toBeNull();
    expect(matchStartTag('<a b="', 0, known)).toBeNull();
    expect(matchEndTag('</', 0)).toBeNull();
    expect(matchEndTag('</a', 0)).toBeNull();
  });

  it('inside a surrogate pair, like the regex (which steps back to the pair under /u)', () => {
    expect(matchStartTag('𝐀<a>', 1, known)).toBeNull();
    expect(differences('𝐀<a>', 1, known)).toEqual([]);
  });
});

describe('matchEndTag: explicit cases', () => {
  const cases: [string, { end: number; name: string } | null][] = [
    ['</a>', { end: 4, name: 'a' }],
    ['</a >', { end: 5, name: 'a' }],
    ['</a\n\t\f\v\r >x', { end: 10, name: 'a' }],
    ['</a:b>', { end: 6, name: 'a:b' }],
    ['</a:b:c>', null],
    ['</a:>', null],
    ['</DIV>', { end: 6, name: 'DIV' }],
    ['</가>', { end: 4, name: '가' }],
    ['</𝐀>', { end: 5, name: '𝐀' }],
    ['</\ud800>', null],
    ['</ a>', null],
    ['</a x>', null],
    ['</a/>', null],
    ['</>', null],
    ['</-a>', null],
    ['</a-1.b_>', { end: 9, name: 'a-1.b_' }],
    ['<a>', null],
  ];
  for (const [text, want] of cases) {
    it(JSON.stringify(text), () => {
      expect(closeViaRegex(text, 0)).toEqual(want);
      expect(matchEndTag(text, 0)).toEqual(want);
    });
  }
});

describe('line-start variants', () => {
  const cases: [string, number | null][] = [
    ['<div>', 0],
    [' <div>', 1],
    ['   <div a=1>', 3],
    ['    <div>', null],
    ['\t<div>', null],
    ['  </div>', 2],
    ['    </div>', null],
    ['   x', null],
  ];
  for (const [text, start] of cases) {
    it(JSON.stringify(text), () => {
      expect(lineDifferences(text, 0, known)).toEqual([]);
      const open = matchLineStartTag(text, 0, known);
      const close = matchLineEndTag(text, 0);
      expect((open ?? close)?.start ?? null).toBe(start);
    });
  }
});

// ---------------------------------------------------------------------------------------------

function readTexts(): [string, string][] {
  const texts: [string, string][] = [];
  const corpus = new URL('../../../shared/corpus/posts/', import.meta.url);
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.md')).sort()) {
    texts.push([`corpus/${file}`, readFileSync(new URL(file, corpus), 'utf8')]);
  }
  const fixtures = new URL('../../fixtures/', import.meta.url);
  for (const dir of readdirSync(fixtures).sort()) {
    const post = new URL(`${dir}/post.md`, fixtures);
    try {
      texts.push([`fixtures/${dir}`, readFileSync(post, 'utf8')]);
    } catch {
      // not a fixture directory
    }
  }
  return texts;
}

describe('differential: every < of the corpus and the fixtures', () => {
  it('matches the regex route everywhere', () => {
    const texts = readTexts();
    expect(texts.length).toBeGreaterThan(200);
    const diffs: string[] = [];
    let positions = 0;
    let starts = 0;
    let ends = 0;
    for (const [file, text] of texts) {
      for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
        positions++;
        if (matchStartTag(text, i, known)) starts++;
        if (matchEndTag(text, i)) ends++;
        for (const d of differences(text, i, known)) diffs.push(`${file}: ${d}`);
        // The line-start variants, from up to four characters before.
        for (let back = 1; back <= 4 && i - back >= 0; back++) {
          for (const d of lineDifferences(text, i - back, known)) diffs.push(`${file}: ${d}`);
        }
      }
    }
    expect(diffs.slice(0, 20)).toEqual([]);
    expect(positions).toBeGreaterThan(10_000);
    expect(starts).toBeGreaterThan(1_000);
    expect(ends).toBeGreaterThan(1_000);
  });
});

// ---------------------------------------------------------------------------------------------

// The flat alphabet the brief names, then tag-shaped strings built from the same pieces (mostly
// well-formed, so that attribute lists are actually reached; sometimes broken at any point).
const PIECES = [
  '<', '>', '/', '=', '"', "'", ':', '-', '_', '.', ' ', '\t', '\n', '\r', '\f', '\v',
  'a', 'B', 'b', '1', '가', '𝐀', '\ud800', '\udc00', 'é', 'e\u0301', '٣', 'Ⅻ', '\u00a0',
  '<div', '<a', '<A', '</', '</div', ' class=', ' B=', ' b=', '"x y"', "'z'", '/>', '<x:y', ' a:b=', '\n\t',
];
const join = (parts: fc.Arbitrary<string>, maxLength: number): fc.Arbitrary<string> =>
  fc.array(parts, { maxLength }).map((p) => p.join(''));
const piece = fc.constantFrom(...PIECES);
const ws = join(fc.constantFrom(' ', ' ', ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0'), 3);
const ws1 = fc.oneof({ arbitrary: fc.constantFrom(' ', ' ', '  ', '\n', '\t '), weight: 4 }, { arbitrary: ws, weight: 1 });
const anyName = join(
  fc.constantFrom('a', 'B', 'b', 'div', 'DIV', '1', '_', '-', '.', ':', '가', '𝐀', '\ud800', 'é', 'e\u0301', '٣', 'Ⅻ', 'x:y', 'ID', 'id'),
  3,
);
const goodName = fc
  .tuple(
    fc.constantFrom('a', 'A', 'B', 'b', 'div', 'DIV', '_', '가', '𝐀', 'é', 'Ⅻ', 'x:y', 'ID', 'id'),
    join(fc.constantFrom('a', 'b', 'B', '1', '_', '-', '.', '가', '𝐀', '٣', 'é'), 2),
  )
  .map(([a, b]) => a + b);
const name = fc.oneof({ arbitrary: goodName, weight: 5 }, { arbitrary: anyName, weight: 1 });
const bare = join(fc.constantFrom('a', 'B', '1', '_', '가', '𝐀', '٣', 'e\u0301', 'Ⅻ'), 3);
const value = fc.oneof(
  bare,
  bare,
  join(fc.constantFrom('a', '1', '_', '가', '𝐀', '٣', 'e\u0301', 'Ⅻ', '-', '.', '/', '\ud800', '>'), 3),
  fc
    .tuple(fc.constantFrom('"', "'"), join(fc.constantFrom('x', ' ', '>', "'", '"', '\n', '/', '가', '\ud800'), 3), fc.boolean())
    .map(([q, inside, closed]) => `${q}${inside}${closed ? q : ''}`),
);
const attribute = fc
  .tuple(ws1, name, fc.option(fc.tuple(ws, ws, value), { freq: 3 }))
  .map(([w, n, v]) => `${w}${n}${v ? `${v[0]}=${v[1]}${v[2]}` : ''}`);
const startTag = fc
  .tuple(
    fc.constantFrom('', '', '', ' ', '   ', '    '),
    name,
    fc.array(attribute, { maxLength: 4 }),
    ws,
    fc.constantFrom('', '', '/', '/ '),
    fc.constantFrom('>', '>', '>', ''),
  )
  .map(([indent, n, attrs, w, slash, gt]) => `${indent}<${n}${attrs.join('')}${w}${slash}${gt}`);
const endTag = fc
  .tuple(fc.constantFrom('', '', ' ', '    '), name, ws, fc.constantFrom('>', '>', '', '/>', ' x>'))
  .map(([indent, n, w, gt]) => `${indent}</${n}${w}${gt}`);
const TEXT = fc.oneof(join(piece, 24), join(fc.oneof(startTag, startTag, endTag, piece), 6));

describe('differential: seeded property', () => {
  it('agrees with the regex route at every < and at random positions', () => {
    const lowers: ((name: string) => boolean)[] = [known, () => true, () => false];
    let withAttributes = 0;
    let endTags = 0;
    fc.assert(
      fc.property(
        TEXT,
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.nat(2),
        (text, randoms, which) => {
          const lower = lowers[which] ?? known;
          const positions = new Set<number>([0]);
          for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            positions.add(i);
            for (let back = 1; back <= 4 && back <= i; back++) positions.add(i - back);
          }
          for (const r of randoms) if (text.length > 0) positions.add(r % text.length);
          const diffs: string[] = [];
          for (const pos of positions) {
            if (pos >= text.length) continue;
            diffs.push(...differences(text, pos, lower), ...lineDifferences(text, pos, lower));
          }
          expect(diffs).toEqual([]);
          for (const pos of positions) {
            if (Object.keys(matchStartTag(text, pos, lower)?.attrs ?? {}).length > 0) withAttributes++;
            if (matchEndTag(text, pos)) endTags++;
          }
          expect(matchStartTag(text, text.length, lower)).toBeNull();
          expect(matchEndTag(text, -1)).toBeNull();
        },
      ),
      { seed: 20261122, numRuns: 20000 },
    );
    // The generator reaches what it is for (a guard against it drifting into trivial strings).
    expect(withAttributes).toBeGreaterThan(1_000);
    expect(endTags).toBeGreaterThan(1_000);
  });
});
