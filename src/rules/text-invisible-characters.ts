import type { Rule } from './types.ts';

/**
 * A run of invisible characters: zero-width (U+200B–U+200D, U+2060, U+FEFF), bidi controls
 * (U+202A–U+202E, U+2066–U+2069) and control characters (C0 but tab, LF and CR; DEL; C1).
 */
const INVISIBLE_RUN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]+/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const ZERO_WIDTH = /^[\u200B-\u200D\u2060\uFEFF]$/;
/** Before a zero-width joiner that joins an emoji sequence (👩‍💻): an emoji, a variation selector or a skin tone. */
const EMOJI_BEFORE = /(?:\p{Extended_Pictographic}|\uFE0F|\p{Emoji_Modifier})$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

/**
 * Invisible characters anywhere in the file, front matter included: they break search, links and
 * copy-paste, and bidi controls can reorder what readers see. One finding per run. A byte order
 * mark at the very start of the file and a joiner inside an emoji sequence are allowed. The fix
 * deletes the run, except for runs with bidi controls (they may be meant).
 */
export const textInvisibleCharacters: Rule = {
  id: 'text-invisible-characters',
  meta: {
    description: 'Zero-width characters, bidi controls or control characters in the text',
    url: 'https://www.npmjs.com/package/article-kit#text-invisible-characters',
    fixable: 'code',
    messages: {
      zeroWidth: 'Invisible zero-width character {{code}}{{more}}: it breaks search and copy-paste; delete it',
      bidi: 'Bidirectional control character {{code}}{{more}}: it can reorder what readers see; delete it unless it is meant',
      control: 'Control character {{code}}{{more}}: it is not text; delete it',
    },
    docs: {
      ok: { source: '\uFEFF---\ntitle: 정상\n---\n\n한글 문장입니다.\tTab도 괜찮습니다. 👩\u200D💻\n' },
      notOk: {
        source: '---\ntitle: 보이지 않는 문자\u200B\n---\n\n정부가\u200B\u200B 발표했습니다.\u0008\n',
        expected: [
          '2:17: Invisible zero-width character U+200B: it breaks search and copy-paste; delete it',
          '5:4: Invisible zero-width character U+200B (and 1 more): it breaks search and copy-paste; delete it',
          '5:14: Control character U+0008: it is not text; delete it',
        ],
      },
    },
  },
  check(article, context) {
    const source = typeof article.source === 'string' ? article.source : '';
    const pattern = new RegExp(INVISIBLE_RUN.source, 'g');
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(source)) !== null) {
      let start = match.index;
      const end = start + match[0].length;
      if (start === 0 && source[0] === '\uFEFF') start = 1;
      if (start >= end) continue;
      const run = source.slice(start, end);
      if (run === '\u200D' && EMOJI_BEFORE.test(source.slice(Math.max(0, start - 2), start)) && EMOJI_AFTER.test(source.slice(end, end + 2))) continue;
      const first = run.codePointAt(0) ?? 0;
      const messageId = BIDI.test(run[0] ?? '') ? 'bidi' : ZERO_WIDTH.test(run[0] ?? '') ? 'zeroWidth' : 'control';
      context.report({
        messageId,
        data: {
          code: `U+${first.toString(16).toUpperCase().padStart(4, '0')}`,
          more: run.length > 1 ? ` (and ${run.length - 1} more)` : '',
        },
        start,
        end,
        ...(BIDI.test(run) ? {} : { fix: { range: [start, end] as [number, number], text: '' } }),
      });
    }
  },
};
