import { wordSegmenter } from './_segment-words.ts';
import { DICTIONARY_SCRIPT, HANGUL, HAN_OR_KANA, WORD_CHARACTER, isWhiteSpace } from './_scripts.ts';

/** JavaScript's `\s`: white space without U+200B. */
const isJsSpace = (code: number): boolean => code !== 0x200b && isWhiteSpace(code);

export interface WordStats {
  /** Tokens with Hangul: 어절. */
  hangul: number;
  /** Words `Intl.Segmenter` finds in tokens with Han or Kana (and no Hangul). */
  cjk: number;
  /** Letters and digits in those tokens (counted only when asked for). */
  cjkCharacters: number;
  /** Other tokens with a letter or a digit. */
  other: number;
}

/** Counts the words of a text by script: whitespace-delimited tokens, Han/Kana runs by Segmenter. */
export function wordStats(text: string, withCjkCharacters = false): WordStats {
  const stats: WordStats = { hangul: 0, cjk: 0, cjkCharacters: 0, other: 0 };
  const batch = wordSegmenter((tally) => {
    const words = Math.max(1, tally.words);
    if (tally.cjk) stats.cjk += words;
    else stats.other += words;
  });
  // NFC first: the Segmenter's dictionary knows composed Kana (が, not か + ゙).
  const normalized = text.normalize('NFC');
  const count = (token: string): void => {
    if (!WORD_CHARACTER.test(token)) return;
    if (HANGUL.test(token)) {
      stats.hangul++;
    } else if (HAN_OR_KANA.test(token)) {
      batch.add(token, { words: 0, cjk: true });
      if (withCjkCharacters) for (const character of token) if (WORD_CHARACTER.test(character)) stats.cjkCharacters++;
    } else if (DICTIONARY_SCRIPT.test(token)) {
      // Words written without spaces between them, which ICU finds by dictionary.
      batch.add(token, { words: 0, cjk: false });
    } else {
      stats.other++;
    }
  };
  // Tokens between runs of `\s`; those of ASCII and Hangul syllables alone are told apart here,
  // without a slice and three regular expressions each.
  for (let i = 0; i < normalized.length; ) {
    let code = normalized.charCodeAt(i);
    while (isJsSpace(code)) code = normalized.charCodeAt(++i);
    if (i >= normalized.length) break;
    const start = i;
    let word = false;
    let hangul = false;
    let plain = true;
    do {
      if (code < 0x80) word ||= (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
      else if (code >= 0xac00 && code <= 0xd7a3) word = hangul = true;
      else plain = false;
      code = normalized.charCodeAt(++i);
    } while (i < normalized.length && !isJsSpace(code));
    if (!plain) count(normalized.slice(start, i));
    else if (hangul) stats.hangul++;
    else if (word) stats.other++;
  }
  batch.flush();
  return stats;
}
