import { countGraphemes } from './_graphemes.ts';

export interface CountCharactersOptions {
  /**
   * Normalise to NFC before counting, so that decomposed (NFD) Hangul and accents count and
   * weigh like composed ones (default: `true`).
   */
  normalize?: boolean;
}

export interface CharacterCounts {
  /** Grapheme clusters, as `Intl.Segmenter` finds them: `👍🏽` and CR LF are one each. */
  withSpaces: number;
  /**
   * Grapheme clusters that are not white space. White space is JavaScript's `\s` (which includes
   * NBSP, U+3000 and U+FEFF) plus U+200B ZERO WIDTH SPACE, an invisible space all the same.
   */
  withoutSpaces: number;
  /** Length of the (normalised) text in UTF-8. */
  utf8Bytes: number;
  /** Precomposed Hangul syllables (U+AC00–U+D7A3). */
  hangul: number;
}

/**
 * Counts the characters of a text the way Korean character counters do, in grapheme clusters. For
 * an article, count `readingText(article)`, as `article-kit stats` does.
 */
export function countCharacters(text: string, options?: CountCharactersOptions): CharacterCounts {
  const counts = countGraphemes(options?.normalize === false ? text : text.normalize('NFC'));
  return {
    withSpaces: counts.graphemes,
    withoutSpaces: counts.graphemes - counts.spaces,
    utf8Bytes: counts.utf8Bytes,
    hangul: counts.hangul,
  };
}
