import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters } from '../../src/text/count-characters.ts';
import { countWords } from '../../src/text/count-words.ts';
import { makeExcerpt } from '../../src/text/make-excerpt.ts';
import { readingTime } from '../../src/text/reading-time.ts';
import { parseStatedCounts, stripGeneratorNotes } from '../../src/text/stated-counts.ts';

const settings = { seed: 42, numRuns: 300 };

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusters = (text: string) => Array.from(segmenter.segment(text), ({ segment }) => segment);

/** Pieces that exercise every grapheme rule: marks, Jamo, ZWJ, flags, modifiers, tags, CR LF. */
const tricky = fc.constantFrom(
  '한', '각', '\u1100', '\u1161', '\u11a8', '\ua960', '\ud7b0', 'e', '\u0301', '\u0308', 'a', ' ', '\n', '\r',
  '\r\n', '\t', '\u00a0', '\u3000', '\u200b', '\u200c', '\u200d', '\ufe0f', '\ufe0e', '👍', '🏽', '👨', '👩',
  '❤', '🇰', '🇷', '\u{e0067}', '\u{e007f}', '🏴', '\u0600', '\u06dd', 'क', '\u094d', 'ष', '\u0e33', 'ก', '\u0e34', '\u0e48', '\u0e40', 'ດ', '\u0eb3', '\u0ec8', '\u093f', '\u1067', '\u1031',
  '\ud800', '\udc00', '東', 'が', '\u3099', '中', '.', '!', '\u00ad', '\u2060', '\u0000', '\u{1d165}', '\u{11a3a}',
);
const unit = fc.oneof(
  { weight: 3, arbitrary: tricky },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const anyText = fc.string({ unit, maxLength: 60 });

const word = fc.constantFrom(
  '한반도', '평화와', '진행했습니다.', '강조했고,', '24년', '지지에', '요.', 'Hello', 'world.', 'Tokyo', 'is', 'e\u0301te\u0301',
  '東京タワーに行った。', '我爱北京', '中國의', '👍🏽', '👨‍👩‍👧‍👦', '🇰🇷', '▷', ':', '—', '|', '**굵게**', '[링크](u)', '<b>',
  '&amp;', '(단어 수: 88, 문자 수: 553)', '\n\n', '\n', '## ', '> ', '- ', '?', '!', '.',
);
const prose = fc.array(word, { maxLength: 80 }).chain((words) =>
  fc.array(fc.constantFrom(' ', ' ', ' ', '', '\n', '  '), { minLength: words.length, maxLength: words.length }).map(
    (spaces) => words.map((w, i) => w + (spaces[i] ?? ' ')).join(''),
  ),
);

const noteish = fc
  .array(
    fc.constantFrom('(', ')', '（', '）', '단어 수', '문자 수', '글자수', '공백 포함', '공백 제외', 'word count', 'words', 'Characters', ':', '：', ' ', '88', '1,234', ',', '/', '자', '\n', '가', 'x', '\t'),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('countCharacters', () => {
  it('gives Intl.Segmenter’s answer on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const normalised = text.normalize('NFC');
        const all = clusters(normalised);
        expect(countCharacters(text)).toEqual({
          withSpaces: all.length,
          withoutSpaces: all.filter((cluster) => !/^[\s\u200b]+$/u.test(cluster)).length,
          utf8Bytes: new TextEncoder().encode(normalised).length,
          hangul: [...normalised].filter((character) => /[\uac00-\ud7a3]/.test(character)).length,
        });
        expect(countCharacters(text, { normalize: false }).withSpaces).toBe(clusters(text).length);
      }),
      { ...settings, numRuns: 2000 },
    );
  });

  it('gives Intl.Segmenter’s answer on long mixed text', () => {
    fc.assert(
      fc.property(fc.string({ unit, minLength: 200, maxLength: 1500 }), (text) => {
        expect(countCharacters(text, { normalize: false }).withSpaces).toBe(clusters(text).length);
      }),
      settings,
    );
  });
});

describe('invariance under NFC/NFD', () => {
  it('holds for every count', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, prose), (text) => {
        for (const form of ['NFD', 'NFC'] as const) {
          const other = text.normalize(form);
          expect(countCharacters(other)).toEqual(countCharacters(text));
          expect(countWords(other)).toBe(countWords(text));
          expect(readingTime(other)).toEqual(readingTime(text));
          expect(makeExcerpt(other, { maxLength: 40 })).toBe(makeExcerpt(text, { maxLength: 40 }));
        }
      }),
      settings,
    );
  });
});

describe('makeExcerpt', () => {
  it('keeps to maxLength and to a prefix of the normalised text', () => {
    fc.assert(
      fc.property(
        fc.oneof(prose, anyText),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom('…', '...', ' (더 보기)', ''),
        (text, maxLength, ellipsis) => {
          const full = makeExcerpt(text, { maxLength: Infinity });
          const excerpt = makeExcerpt(text, { maxLength, ellipsis });
          expect(countCharacters(excerpt).withSpaces).toBeLessThanOrEqual(maxLength);
          if (countCharacters(full).withSpaces <= maxLength) {
            expect(excerpt).toBe(full);
            return;
          }
          const body = full.startsWith(excerpt) ? excerpt : excerpt.slice(0, excerpt.length - ellipsis.length);
          expect(excerpt === body || excerpt.endsWith(ellipsis)).toBe(true);
          expect(full.startsWith(body)).toBe(true);
          // Never inside a grapheme cluster.
          expect(clusters(full.slice(0, body.length)).length + clusters(full.slice(body.length)).length).toBe(
            clusters(full).length,
          );
          // Never inside an 어절: what follows is white space (U+200B included), after dropped punctuation, or a Han/Kana word boundary.
          const rest = full.slice(body.length);
          const cjk = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(full.slice(Math.max(0, body.length - 2), body.length + 2));
          expect(body === '' || cjk || /^[\s\u200b,;:、，·]*(?:[\s\u200b]|$)/u.test(rest) || /[。！？]$/u.test(body)).toBe(true);
        },
      ),
      settings,
    );
  });
});

/** The plain definition: remove the first note and the white space before it, until none is left. */
function stripNaively(text: string): string {
  let result = text;
  for (let note = parseStatedCounts(result); note; note = parseStatedCounts(result)) {
    let start = note.start;
    while (start > 0 && /[\s\u200b]/u.test(result[start - 1] ?? '')) start--;
    result = result.slice(0, start) + result.slice(note.end);
  }
  return result;
}

describe('stripGeneratorNotes', () => {
  it('agrees with the plain definition', () => {
    const long = fc.array(fc.oneof(noteish, prose), { minLength: 10, maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(noteish, long), (text) => {
        expect(stripGeneratorNotes(text)).toBe(stripNaively(text));
      }),
      settings,
    );
    const nested = (depth: number) => `가 ${'(단어 수: '.repeat(depth)}3)${' 5)'.repeat(depth)}`;
    expect(stripGeneratorNotes(nested(500))).toBe(stripNaively(nested(500)));
  });

  it('is idempotent and leaves no note', () => {
    fc.assert(
      fc.property(fc.oneof(noteish, prose, anyText), (text) => {
        const once = stripGeneratorNotes(text);
        expect(stripGeneratorNotes(once)).toBe(once);
        expect(parseStatedCounts(once)).toBeUndefined();
      }),
      settings,
    );
  });

  it('finds notes whose offsets point at them', () => {
    fc.assert(
      fc.property(noteish, (text) => {
        const note = parseStatedCounts(text);
        if (note === undefined) return;
        const slice = text.slice(note.start, note.end);
        expect(note.words ?? note.characters ?? note.charactersWithoutSpaces).toBeTypeOf('number');
        expect(/^[(（]|^[^\s]/u.test(slice)).toBe(true);
        expect(parseStatedCounts(slice)).toEqual({ ...note, start: 0, end: slice.length });
      }),
      settings,
    );
  });
});
