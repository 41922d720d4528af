import type { Rule } from './types.ts';

const POST_NAME = /^(\d{4})-(\d{2})-(\d{2})-([^/\\]+)\.(md|markdown|html)$/i;
const DATED = /^(\d{4})-(\d{2})-(\d{2})-/;

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
}

/**
 * Jekyll publishes a file in `_posts` only when it is named `YYYY-MM-DD-slug.md` (or
 * `.markdown`, `.html`) with a real date. Checked when the Article was parsed with a `path`;
 * drafts (`_drafts/`) need no date. Reported at 1:1.
 */
export const fileName: Rule = {
  id: 'file-name',
  meta: {
    description: 'The file name is not `YYYY-MM-DD-slug.md` with a real date, so Jekyll does not publish it as a post',
    url: 'https://www.npmjs.com/package/article-kit#file-name',
    messages: {
      pattern: 'The file name `{{name}}` is not `YYYY-MM-DD-slug.md` (or `.markdown`, `.html`): Jekyll does not publish it as a post',
      date: 'The file name `{{name}}` has {{date}}, which is not a real date',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\n---\n본문\n', path: '_posts/2024-06-12-market-support.md' },
      notOk: {
        source: '---\ntitle: 이름이 잘못된 글\n---\n본문\n',
        path: '_posts/2024-6-12-market-support.md',
        expected: ['1:1: The file name `2024-6-12-market-support.md` is not `YYYY-MM-DD-slug.md` (or `.markdown`, `.html`): Jekyll does not publish it as a post'],
      },
    },
  },
  check(article, context) {
    const path = article.path;
    if (typeof path !== 'string' || path === '') return;
    const segments = path.split(/[/\\]/);
    if (segments.includes('_drafts')) return;
    const name = segments[segments.length - 1] ?? '';
    if (name === '') return;
    const shown = name.length > 120 ? `${name.slice(0, 120)}…` : name;
    const m = POST_NAME.exec(name.slice(0, 1000));
    if (!m) {
      context.report({ messageId: 'pattern', data: { name: shown }, start: 0 });
      return;
    }
    if (!isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
      const dated = DATED.exec(name);
      context.report({ messageId: 'date', data: { name: shown, date: dated ? `${dated[1]}-${dated[2]}-${dated[3]}` : name }, start: 0 });
    }
  },
};
