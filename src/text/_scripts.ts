/** A letter or a digit: what makes a whitespace-delimited token a word. */
export const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Hangul in any form: syllables, conjoining and compatibility Jamo. */
export const HANGUL = /\p{Script=Hangul}/u;

// U+30FC and U+FF70 (the prolonged sound marks) belong to the Common script but only occur in Kana.
export const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\uFF70]/u;

/**
 * Scripts written without spaces between words, whose words ICU finds by dictionary: Thai, Lao,
 * Khmer, Myanmar (short names, which keep countWords's bundle under its budget).
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
