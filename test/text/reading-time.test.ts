import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.ts';
import { readingTime } from '../../src/text/reading-time.ts';
import { seedText } from './_seed.ts';

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

describe('readingTime', () => {
  it('reads 404 Korean 어절 in 2.0 minutes', () => {
    const time = readingTime(Array.from({ length: 404 }, () => '한국어').join(' '));
    expect(time.minutes).toBe(2);
    expect(time.words).toBe(404);
    expect(time.hangul).toEqual({ words: 404, minutes: 2 });
  });

  it('reads the seed excerpt at the Korean rate', () => {
    const time = readingTime(seedText);
    expect(time.words).toBe(54);
    expect(time.minutes).toBeCloseTo(54 / 202, 12);
  });

  it('sums each script at its own rate instead of switching the whole text to CJK', () => {
    const text = `${'한국어 '.repeat(202)}${'word '.repeat(238)}東京タワーに行った。`;
    const time = readingTime(text);
    expect(time.hangul).toEqual({ words: 202, minutes: 1 });
    expect(time.other).toEqual({ words: 238, minutes: 1 });
    expect(time.cjk).toEqual({ words: 5, characters: 9, minutes: 9 / 500 });
    expect(time.minutes).toBeCloseTo(2 + 9 / 500, 12);
    expect(time.words).toBe(202 + 238 + 5);
  });

  it('does not slow a Korean text down for one Han character', () => {
    const korean = readingTime('한국어 '.repeat(202));
    const withHanja = readingTime(`${'한국어 '.repeat(201)}韓國語`);
    expect(withHanja.minutes).toBeCloseTo(korean.minutes - 1 / 202 + 3 / 500, 12);
  });

  it('takes its rates as options', () => {
    const time = readingTime('한국어 word 東京', {
      hangulWordsPerMinute: 100,
      wordsPerMinute: 50,
      cjkCharactersPerMinute: 10,
    });
    expect(time.minutes).toBeCloseTo(1 / 100 + 1 / 50 + 2 / 10, 12);
  });

  it('reads an article as readingText does: every block readers read, not its code', () => {
    const article = {
      blocks: [
        { type: 'heading', level: 2, text: '한국어 '.repeat(50), id: '', position },
        { type: 'paragraph', text: '한국어 '.repeat(100), position },
        { type: 'list', ordered: false, items: [{ text: '한국어 '.repeat(30), position }], position },
        { type: 'table', rows: [['한국어 '.repeat(11), '한국어 '.repeat(11)]], headerRows: 0, syntax: 'html', hasDelimiterRow: true, position },
        { type: 'code', value: 'const a = 1;\n'.repeat(500), position },
      ],
    } as unknown as Article;
    expect(readingTime(article)).toMatchObject({ minutes: 1, words: 202 });
  });

  it('reads empty text in no time', () => {
    expect(readingTime('  ')).toEqual({
      minutes: 0,
      words: 0,
      hangul: { words: 0, minutes: 0 },
      cjk: { words: 0, characters: 0, minutes: 0 },
      other: { words: 0, minutes: 0 },
    });
  });
});
