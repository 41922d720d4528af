import { describe, expect, it } from 'vitest';
import { countCharacters } from '../../src/text/count-characters.ts';
import { countWords } from '../../src/text/count-words.ts';
import { makeExcerpt } from '../../src/text/make-excerpt.ts';
import { readingTime } from '../../src/text/reading-time.ts';
import { parseStatedCounts, stripGeneratorNotes } from '../../src/text/stated-counts.ts';

const size = 50_000;
const fill = (piece: string) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

/** Inputs built to make a backtracking regex or a quadratic scan show. */
const adversarial = [
  fill('('),
  fill('(단어 수: '),
  fill('(단어 수: 1, '),
  fill('(단어 수: (단어 수: 3) 5)'),
  `${'(단어 수: '.repeat(size / 8)}3)${' 5)'.repeat(size / 8)}`,
  fill('(단어 수: 1) '),
  fill('words words: '),
  fill(' '),
  `${fill(' ')}#x`,
  fill('1,'),
  fill('<a '),
  fill('<!--'),
  fill('[a]('),
  fill('*a '),
  fill('_a'),
  fill('&#'),
  fill('\\'),
  fill('> > '),
  fill('東京タワーに行った'),
  fill('👍🏽'),
  fill('🇰'),
  fill('e\u0301'),
  fill('한국어'.normalize('NFD')),
];

// These inputs would take minutes with a backtracking regex or a quadratic scan. Speed is a
// figure for the benchmark; here the test timeout only guards against a hang, and the results
// must still be right.
describe('adversarial input', () => {
  it.each(adversarial.map((text, index) => [index, text] as const))(
    'handles adversarial input %i',
    (_, text) => {
      const stripped = stripGeneratorNotes(text);
      expect(stripGeneratorNotes(stripped)).toBe(stripped);
      expect([...new Intl.Segmenter().segment(makeExcerpt(text))].length).toBeLessThanOrEqual(160);
      expect(countWords(text)).toBeGreaterThanOrEqual(0);
      expect(readingTime(text).words).toBe(countWords(text));
      const counts = countCharacters(text);
      expect(counts.withoutSpaces).toBeLessThanOrEqual(counts.withSpaces);
      expect(counts.utf8Bytes).toBe(new TextEncoder().encode(text.normalize('NFC')).length);
      parseStatedCounts(text);
    },
  );
});
