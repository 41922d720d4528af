import { type ReadableArticle, textToCount } from './reading-text.ts';
import { wordStats } from './_word-stats.ts';

export interface ReadingTimeOptions {
  /**
   * Korean 어절 read per minute (default: `202`, the rate zola uses since getzola/zola#3145,
   * from 송지호 외 (2016), 대한안과학회지).
   */
  hangulWordsPerMinute?: number;
  /**
   * Han and Kana characters read per minute (default: `500`, Medium's figure for CJK text, and
   * Hugo's within one; zola uses 439 for Chinese and 653 for Japanese).
   */
  cjkCharactersPerMinute?: number;
  /**
   * Words of every other script read per minute (default: `238`, silent reading of English
   * non-fiction in Brysbaert (2019), Journal of Memory and Language 109).
   */
  wordsPerMinute?: number;
}

export interface ReadingTime {
  /** Total minutes, unrounded: round or ceil it for display (`Math.ceil` gives "2 min read"). */
  minutes: number;
  /** Words as `countWords` counts them. */
  words: number;
  hangul: { words: number; minutes: number };
  cjk: { words: number; characters: number; minutes: number };
  other: { words: number; minutes: number };
}

/**
 * Estimates reading time, each script at its own rate, summed: one Han character in a Korean
 * text does not switch the whole text to a CJK rate (gohugoio/hugo#10031). An article is read as
 * `readingText(article)`: its headings, paragraphs, lists, tables, definition lists, blockquotes
 * and HTML blocks, not its code; so `words` is `countWords(readingText(article))`.
 */
export function readingTime(textOrArticle: string | ReadableArticle, options?: ReadingTimeOptions): ReadingTime {
  const stats = wordStats(textToCount(textOrArticle), true);
  const hangul = stats.hangul / (options?.hangulWordsPerMinute ?? 202);
  const cjk = stats.cjkCharacters / (options?.cjkCharactersPerMinute ?? 500);
  const other = stats.other / (options?.wordsPerMinute ?? 238);
  return {
    minutes: hangul + cjk + other,
    words: stats.hangul + stats.cjk + stats.other,
    hangul: { words: stats.hangul, minutes: hangul },
    cjk: { words: stats.cjk, characters: stats.cjkCharacters, minutes: cjk },
    other: { words: stats.other, minutes: other },
  };
}
