import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/text/count-words.ts';
import { seedText } from './_seed.ts';

describe('countWords', () => {
  it('counts the seed excerpt by 어절', () => {
    expect(countWords(seedText)).toBe(54);
  });

  it('does not count punctuation-only tokens', () => {
    expect(countWords('제보하기 ▷ 전화 : 02-781-1234, 4444')).toBe(4);
    expect(countWords('— | : ▷ … ** ##')).toBe(0);
  });

  it('counts nothing in empty or white-space-only text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t\u00a0\u3000 ')).toBe(0);
  });

  it('counts English and other space-separated scripts by token', () => {
    expect(countWords('Hello, world! This is 2024.')).toBe(5);
    expect(countWords('Привет мир')).toBe(2);
  });

  it('segments Han and Kana written without spaces', () => {
    expect(countWords('東京タワーに行った。')).toBe(5);
    expect(countWords('我爱北京天安门。')).toBe(4);
    expect(countWords('日本語のテキストです')).toBe(4);
  });

  it('counts mixed Korean, English and Japanese text per script', () => {
    // 어절 (오늘은, Tower에, 갔다.) + English (Tokyo, See, you) + Japanese (東京タワー, に, 行, っ, た).
    expect(countWords('오늘은 Tokyo Tower에 갔다. See you 東京タワーに行った。')).toBe(3 + 3 + 5);
    // Hanja inside a Korean 어절 stays one 어절.
    expect(countWords('中國의 經濟')).toBe(2);
  });

  it('counts Han/Kana by letters and digits when asked', () => {
    expect(countWords('東京タワーに行った。', { cjk: 'characters' })).toBe(9);
    expect(countWords('한국어 東京 text', { cjk: 'characters' })).toBe(1 + 2 + 1);
  });

  it('counts NFD Hangul like NFC', () => {
    expect(countWords(seedText.normalize('NFD'))).toBe(54);
  });

  it('counts emoji-only tokens as no words', () => {
    expect(countWords('좋아요 👍🏽 👨‍👩‍👧‍👦 🇰🇷')).toBe(1);
  });
});

describe('countWords on long runs without spaces or stops', () => {
  const segmented = (text: string): number => {
    let words = 0;
    for (const segment of new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)) if (segment.isWordLike) words++;
    return words;
  };
  // Runs far longer than the Segmenter's window, cut nowhere by punctuation.
  const japanese = '吾輩は猫である名前はまだ無いどこで生れたかとんと見当がつかぬ何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している'.repeat(40);
  const thai = 'ภาษาไทยเป็นภาษาที่มีความซับซ้อนในการตัดคำเพราะไม่มีการเว้นวรรคระหว่างคำ'.repeat(40);

  it('cuts no word in two: the count is what the Segmenter finds in the whole run', () => {
    expect(japanese.length).toBeGreaterThan(2048);
    expect(countWords(japanese)).toBe(segmented(japanese));
    expect(countWords(`${japanese}${japanese.slice(0, 7)}`)).toBe(segmented(`${japanese}${japanese.slice(0, 7)}`));
  });

  it('counts Thai words by dictionary, as the Segmenter does, not as one token', () => {
    expect(countWords('ภาษาไทยเป็นภาษาที่มีความซับซ้อน')).toBe(9);
    expect(countWords(thai)).toBe(segmented(thai));
    expect(countWords(`สวัสดี ${thai}`)).toBe(1 + segmented(thai));
  });
});

describe('countWords in batches', () => {
  // The definition: each white-space token on its own, its Han, Kana or Thai words as the Segmenter finds them.
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  const byToken = (text: string): number => {
    let words = 0;
    for (const token of text.normalize('NFC').split(/\s+/)) {
      if (!/[\p{L}\p{N}]/u.test(token)) continue;
      if (/\p{sc=Hang}/u.test(token) || !/[\p{sc=Hani}\p{sc=Hira}\p{sc=Kana}\u30FC\uFF70\p{sc=Thai}\p{sc=Laoo}\p{sc=Khmr}\p{sc=Mymr}]/u.test(token)) {
        words++;
        continue;
      }
      let found = 0;
      for (const segment of segmenter.segment(token)) if (segment.isWordLike) found++;
      words += Math.max(1, found);
    }
    return words;
  };
  const pieces = ['東京タワーに行った。', '今天天气很好，', 'วันนี้อากาศดี', 'ຄົນລາວ', '오늘은', 'Seoul', '中國의', '👍🏽', '「速報」', 'ラーメン', '\u0301', 'x86'];
  const spaces = [' ', '', '\n', '\u00a0', '\u3000', '\t'];

  it('counts as the Segmenter does token by token, whatever joins the tokens', () => {
    let text = '';
    for (let i = 0; i < 3000; i++) text += pieces[(i * 7) % pieces.length]! + spaces[(i * 5) % spaces.length]!;
    expect(countWords(text)).toBe(byToken(text));
    expect(countWords(text)).toBe(4750);
  });
});
