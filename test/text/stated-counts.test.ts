import { describe, expect, it } from 'vitest';
import { parseStatedCounts, stripGeneratorNotes } from '../../src/text/stated-counts.ts';
import { seedExcerpt, seedText } from './_seed.ts';

describe('parseStatedCounts', () => {
  it('finds the seed excerpt’s note, parentheses included', () => {
    const note = parseStatedCounts(seedExcerpt);
    expect(note).toEqual({ words: 88, characters: 553, start: 248, end: 269 });
    expect(seedExcerpt.slice(note?.start, note?.end)).toBe('(단어 수: 88, 문자 수: 553)');
  });

  it('reads 글자 수 with and without spaces', () => {
    expect(parseStatedCounts('본문. (글자 수: 공백 포함 553자, 공백 제외 400자)')).toEqual({
      characters: 553,
      charactersWithoutSpaces: 400,
      start: 4,
      end: 34,
    });
    expect(parseStatedCounts('(글자수(공백 제외): 1,234자)')).toMatchObject({ charactersWithoutSpaces: 1234 });
    expect(parseStatedCounts('（단어 수：12）')).toMatchObject({ words: 12, start: 0, end: 9 });
  });

  it('reads English notes', () => {
    expect(parseStatedCounts('Text.\nWord count: 1,234\n')).toEqual({ words: 1234, start: 6, end: 23 });
    expect(parseStatedCounts('Text. (Words: 88, Characters: 553)')).toEqual({
      words: 88,
      characters: 553,
      start: 6,
      end: 34,
    });
    expect(parseStatedCounts('(character count: 553, characters without spaces: 400)')).toMatchObject({
      characters: 553,
      charactersWithoutSpaces: 400,
    });
  });

  it('ignores counts in running prose', () => {
    expect(parseStatedCounts('In other words: 5 reasons to read.')).toBeUndefined();
    expect(parseStatedCounts('단어 수: 많음')).toBeUndefined();
    expect(parseStatedCounts('(단어 수: 88')).toBeUndefined();
    expect(parseStatedCounts('Word count: 12 words is enough here')).toBeUndefined();
    expect(parseStatedCounts('')).toBeUndefined();
  });

  it('searches from an offset', () => {
    const text = '(단어 수: 1) 본문 (단어 수: 2)';
    const first = parseStatedCounts(text);
    expect(first).toMatchObject({ words: 1 });
    expect(parseStatedCounts(text, { from: first?.end })).toMatchObject({ words: 2, start: 13 });
  });
});

describe('stripGeneratorNotes', () => {
  it('removes the note and the white space before it', () => {
    expect(stripGeneratorNotes(seedExcerpt)).toBe(`${seedText}\n`);
    expect(stripGeneratorNotes('본문입니다.\n\nWord count: 12')).toBe('본문입니다.');
  });

  it('removes every note, also those that removing another one makes', () => {
    expect(stripGeneratorNotes('가 (단어 수: 1) 나 (words: 2)')).toBe('가 나');
    expect(stripGeneratorNotes('가 (단어 수: (단어 수: 3) 5)')).toBe('가');
  });

  it('leaves text without notes alone', () => {
    expect(stripGeneratorNotes('글자 수가 많다 (정말)')).toBe('글자 수가 많다 (정말)');
    expect(stripGeneratorNotes('')).toBe('');
  });
});
