/** A letter or a digit: what makes a whitespace-delimited token a word. */
export const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Hangul in any form: syllables, conjoining and compatibility Jamo. */
export const HANGUL = /\p{sc=Hang}/u;

// U+30FC and U+FF70 (the prolonged sound marks) belong to the Common script but only occur in Kana.
export const HAN_OR_KANA = /[\p{sc=Hani}\p{sc=Hira}\p{sc=Kana}\u30FC\uFF70]/u;

/**
 * Scripts written without spaces between words, whose words ICU finds by dictionary: Thai, Lao,
 * Khmer, Myanmar. Scripts go by their short names here, which keep countWords's bundle small.
 */
export const DICTIONARY_SCRIPT = /[\p{sc=Thai}\p{sc=Laoo}\p{sc=Khmr}\p{sc=Mymr}]/u;

/** JavaScript's `\s` plus U+200B ZERO WIDTH SPACE. */
export const WHITE_SPACE_ONLY = /^[\s\u200B]+$/u;

/** JavaScript's `\s` (which already includes NBSP and U+FEFF) plus U+200B ZERO WIDTH SPACE. */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
