import { DICTIONARY_SCRIPT, HANGUL, HAN_OR_KANA, WORD_CHARACTER } from './_scripts.ts';

export interface WordStats {
  /** Tokens with Hangul: 어절. */
  hangul: number;
  /** Words `Intl.Segmenter` finds in tokens with Han or Kana (and no Hangul). */
  cjk: number;
  /** Letters and digits in those tokens. */
  cjkCharacters: number;
  /** Other tokens with a letter or a digit. */
  other: number;
}

const WHITE_SPACE = /\s+/;
// Punctuation that always ends a word; cutting there keeps the Segmenter's input short.
const CJK_STOPS = /[\u3001\u3002\u300C-\u300F\u3010\u3011\uFF01\uFF0C\uFF1B\uFF1F]/;
/**
 * V8's segment iterator slows down with the length of its string, so longer stretches without
 * any of those stops are read in windows of WINDOW code units: the words that start in the first
 * STEP are counted, and the next window starts where the first word at or after STEP does, so
 * that no word is cut and each is read with a STEP of what follows it.
 */
const WINDOW = 1024;
const STEP = 512;

/** Counts the words of a text by script: whitespace-delimited tokens, Han/Kana runs by Segmenter. */
export function wordStats(text: string): WordStats {
  const stats: WordStats = { hangul: 0, cjk: 0, cjkCharacters: 0, other: 0 };
  let segmenter: Intl.Segmenter | undefined;
  // NFC first: the Segmenter's dictionary knows composed Kana (が, not か + ゙).
  for (const token of text.normalize('NFC').split(WHITE_SPACE)) {
    if (!WORD_CHARACTER.test(token)) continue;
    if (HANGUL.test(token)) {
      stats.hangul++;
    } else if (HAN_OR_KANA.test(token) || DICTIONARY_SCRIPT.test(token)) {
      // Words written without spaces between them, which ICU finds by dictionary.
      segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
      const words = Math.max(1, countSegmentedWords(segmenter, token));
      if (!HAN_OR_KANA.test(token)) {
        stats.other += words;
        continue;
      }
      stats.cjk += words;
      for (const character of token) if (WORD_CHARACTER.test(character)) stats.cjkCharacters++;
    } else {
      stats.other++;
    }
  }
  return stats;
}

function countSegmentedWords(segmenter: Intl.Segmenter, token: string): number {
  let words = 0;
  for (const part of token.split(CJK_STOPS)) {
    for (let start = 0; start < part.length; ) {
      let end = Math.min(part.length, start + WINDOW);
      const last = part.charCodeAt(end - 1);
      if (end < part.length && last >= 0xd800 && last <= 0xdbff) end++;
      let next = end - start;
      for (const segment of segmenter.segment(part.slice(start, end))) {
        if (end < part.length && segment.index >= STEP) {
          next = segment.index;
          break;
        }
        if (segment.isWordLike) words++;
      }
      start += next;
    }
  }
  return words;
}
