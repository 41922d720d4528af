import type { Rule } from './types.ts';

/** A run of conjoining Jamo (Hangul Jamo, Jamo Extended-A and -B). */
const JAMO_RUN = /[\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF]+/g;
/** A precomposed syllable: a trailing consonant after it composes with it (`가` + `ᆨ` = `각`). */
const SYLLABLE = /^[\uAC00-\uD7A3]$/;

/**
 * Decomposed Hangul (NFD, as macOS file names and some editors write it) anywhere in the file,
 * front matter included: it looks the same, but search, sorting and character counts see each
 * jamo. One finding per run of conjoining Jamo that NFC composes; runs that do not compose (Old
 * Hangul) are left alone. The fix writes the run (with the syllable before it, when the run
 * continues it) in NFC.
 */
export const textNfdHangul: Rule = {
  id: 'text-nfd-hangul',
  meta: {
    description: 'Decomposed (NFD) Hangul, written as conjoining jamo instead of syllables',
    url: 'https://www.npmjs.com/package/article-kit#text-nfd-hangul',
    fixable: 'code',
    messages: {
      decomposed: 'Decomposed Hangul `{{text}}` (conjoining jamo): it breaks search and counts; write it composed as `{{composed}}` (NFC)',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\n---\n\n한글 문장입니다.\n' },
      notOk: {
        // `한글` written as the six jamo ᄒ ᅡ ᆫ ᄀ ᅳ ᆯ, in the title and the body.
        source: '---\ntitle: \u1112\u1161\u11AB\u1100\u1173\u11AF 맞춤법\n---\n\n이 문장의 \u1112\u1161\u11AB\u1100\u1173\u11AF은 분해되어 있습니다.\n',
        expected: [
          '2:8: Decomposed Hangul `\u1112\u1161\u11AB\u1100\u1173\u11AF` (conjoining jamo): it breaks search and counts; write it composed as `한글` (NFC)',
          '5:7: Decomposed Hangul `\u1112\u1161\u11AB\u1100\u1173\u11AF` (conjoining jamo): it breaks search and counts; write it composed as `한글` (NFC)',
        ],
      },
    },
  },
  check(article, context) {
    const source = typeof article.source === 'string' ? article.source : '';
    const pattern = new RegExp(JAMO_RUN.source, 'g');
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(source)) !== null) {
      let start = match.index;
      const end = start + match[0].length;
      if (start > 0 && SYLLABLE.test(source[start - 1] ?? '')) start--;
      const run = source.slice(start, end);
      const composed = run.normalize('NFC');
      if (composed === run) continue;
      context.report({
        messageId: 'decomposed',
        data: { text: shorten(match[0]), composed: shorten(composed) },
        start: match.index,
        end,
        fix: { range: [start, end], text: composed },
      });
    }
  },
};

const shorten = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
