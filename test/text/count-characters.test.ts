import { describe, expect, it } from 'vitest';
import { countCharacters } from '../../src/text/count-characters.ts';
import { seedText } from './_seed.ts';

describe('countCharacters', () => {
  it('counts the seed excerpt', () => {
    expect(countCharacters(seedText)).toEqual({ withSpaces: 247, withoutSpaces: 194, utf8Bytes: 621, hangul: 187 });
  });

  it('counts NFD Hangul like NFC', () => {
    expect(countCharacters(seedText.normalize('NFD'))).toEqual(countCharacters(seedText));
    expect(countCharacters('한국어'.normalize('NFD'))).toEqual({ withSpaces: 3, withoutSpaces: 3, utf8Bytes: 9, hangul: 3 });
    // Without normalisation the clusters are the same, the bytes are not.
    expect(countCharacters('한국어'.normalize('NFD'), { normalize: false })).toEqual({
      withSpaces: 3,
      withoutSpaces: 3,
      utf8Bytes: 24,
      hangul: 0,
    });
  });

  it('counts emoji sequences as one character each', () => {
    expect(countCharacters('👍🏽')).toEqual({ withSpaces: 1, withoutSpaces: 1, utf8Bytes: 8, hangul: 0 });
    expect(countCharacters('👨‍👩‍👧‍👦')).toEqual({ withSpaces: 1, withoutSpaces: 1, utf8Bytes: 25, hangul: 0 });
    expect(countCharacters('🇰🇷🇯🇵')).toEqual({ withSpaces: 2, withoutSpaces: 2, utf8Bytes: 16, hangul: 0 });
    expect(countCharacters('🏴󠁧󠁢󠁳󠁣󠁴󠁿')).toMatchObject({ withSpaces: 1 });
    expect(countCharacters('❤️ 좋아요 👍🏽')).toEqual({ withSpaces: 7, withoutSpaces: 5, utf8Bytes: 25, hangul: 3 });
  });

  it('counts combining marks with their base', () => {
    expect(countCharacters('e\u0301')).toEqual({ withSpaces: 1, withoutSpaces: 1, utf8Bytes: 2, hangul: 0 });
    expect(countCharacters('नमस्ते')).toMatchObject({ withSpaces: 3 });
  });

  it('counts CR LF as one white-space character', () => {
    expect(countCharacters('가\r\n나')).toEqual({ withSpaces: 3, withoutSpaces: 2, utf8Bytes: 8, hangul: 2 });
    expect(countCharacters('가\n\r나')).toMatchObject({ withSpaces: 4, withoutSpaces: 2 });
  });

  it('leaves every white-space character out of withoutSpaces, zero width space included', () => {
    expect(countCharacters('a\u00a0b\u3000c\u200bd\ufeff\te')).toEqual({
      withSpaces: 10,
      withoutSpaces: 5,
      utf8Bytes: 17,
      hangul: 0,
    });
  });

  it('counts empty and white-space-only text', () => {
    expect(countCharacters('')).toEqual({ withSpaces: 0, withoutSpaces: 0, utf8Bytes: 0, hangul: 0 });
    expect(countCharacters(' \n ')).toEqual({ withSpaces: 3, withoutSpaces: 0, utf8Bytes: 3, hangul: 0 });
  });

  it('counts lone surrogates as one character of three bytes, as TextEncoder does', () => {
    expect(countCharacters('a\ud800b')).toEqual({ withSpaces: 3, withoutSpaces: 3, utf8Bytes: 5, hangul: 0 });
  });
});
