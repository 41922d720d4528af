import { wordStats } from './_word-stats.ts';

export interface CountWordsOptions {
  /**
   * How to count text in Han or Kana: `'words'`, the words `Intl.Segmenter` finds (e.g.
   * `東京タワーに行った` is 5), or `'characters'`, its letters and digits, as Chinese 字数 counts
   * do (default: `'words'`).
   */
  cjk?: 'words' | 'characters';
}

/**
 * Counts words. Korean, and every other script written with spaces, counts by 어절:
 * whitespace-delimited tokens with at least one letter or digit, so `▷`, `:` or `—` alone are
 * no word. A token with Han or Kana and no Hangul is split into words by `Intl.Segmenter`. For an
 * article, count `readingText(article)`: the text `readingTime` and `article-kit stats` count.
 */
export function countWords(text: string, options?: CountWordsOptions): number {
  const characters = options?.cjk === 'characters';
  const stats = wordStats(text, characters);
  return stats.hangul + stats.other + (characters ? stats.cjkCharacters : stats.cjk);
}
