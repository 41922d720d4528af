import { countCharacters } from '../text/count-characters.ts';
import { countWords } from '../text/count-words.ts';
import { parseStatedCounts, stripGeneratorNotes } from '../text/stated-counts.ts';
import type { Rule } from './types.ts';

const FIELDS = [
  ['excerpt', 'excerpt'],
  ['featureText', 'feature_text'],
] as const;

/**
 * A generator's note such as `(단어 수: 88, 문자 수: 553)` in the excerpt or feature_text
 * that does not match the text it describes. Reported at the note; the fix removes it.
 */
export const excerptStatedCounts: Rule = {
  id: 'excerpt-stated-counts',
  meta: {
    description: 'A word or character count note in the excerpt or feature_text states counts that differ from the real ones',
    url: 'https://www.npmjs.com/package/article-kit#excerpt-stated-counts',
    needsFrontMatter: true,
    fixable: 'code',
    messages: {
      mismatch: '`{{key}}` states {{stated}}, but the text has {{actual}}',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\nexcerpt: >\n  요약 문장입니다. (단어 수: 2, 문자 수: 9)\n---\n본문\n' },
      notOk: {
        source: '---\ntitle: 잘못된 주석\nexcerpt: >\n  요약 문장입니다. (단어 수: 88, 문자 수: 553)\n---\n본문\n',
        expected: ['4:13: `excerpt` states 88 words, 553 characters, but the text has 2 words, 9 characters'],
      },
    },
  },
  check(article, context) {
    for (const [field, key] of FIELDS) {
      const value = article.frontMatter[field];
      if (value === undefined) continue;
      const note = parseStatedCounts(value);
      if (!note) continue;
      const text = stripGeneratorNotes(value).trim();
      const words = countWords(text);
      const characters = countCharacters(text);
      const stated: string[] = [];
      const actual: string[] = [];
      let differs = false;
      if (note.words !== undefined) {
        stated.push(`${note.words} words`);
        actual.push(`${words} words`);
        differs ||= note.words !== words;
      }
      if (note.characters !== undefined) {
        stated.push(`${note.characters} characters`);
        actual.push(`${characters.withSpaces} characters`);
        differs ||= note.characters !== characters.withSpaces;
      }
      if (note.charactersWithoutSpaces !== undefined) {
        stated.push(`${note.charactersWithoutSpaces} characters without spaces`);
        actual.push(`${characters.withoutSpaces} characters without spaces`);
        differs ||= note.charactersWithoutSpaces !== characters.withoutSpaces;
      }
      if (!differs) continue;
      const raw = value.slice(note.start, note.end);
      const range = context.yaml.range([key]);
      const where = range ? context.source.indexOf(raw, range.start) : -1;
      const start = where >= 0 && range && where < range.end ? where : (range?.start ?? 0);
      const end = where === start ? start + raw.length : start;
      // The note and the white space before it go, so that fixing twice changes nothing.
      let fixStart = start;
      while (fixStart > (range?.start ?? 0) && (context.source[fixStart - 1] === ' ' || context.source[fixStart - 1] === '\t')) fixStart--;
      context.report({
        messageId: 'mismatch',
        data: { key, stated: stated.join(', '), actual: actual.join(', ') },
        start,
        end,
        ...(where === start ? { fix: { range: [fixStart, end] as [number, number], text: '' } } : {}),
      });
    }
  },
};
