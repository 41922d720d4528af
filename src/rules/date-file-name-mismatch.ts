import { parseJekyllFileName } from '../jekyll/file-name.ts';
import type { Rule } from './types.ts';

/**
 * A front matter `date` overrides the file name's date in the post's URL and order; when the
 * two name different days, one of them is a mistake. The front matter's day is the one Jekyll
 * gives the post (`article.date`: a time with a zone is seen in the site's `timezone`, UTC
 * without one, so `2024-06-13 08:00:00 +0900` is the 12th). Reported at the `date` value.
 */
export const dateFileNameMismatch: Rule = {
  id: 'date-file-name-mismatch',
  meta: {
    description: 'The front matter `date` names another day than the file name',
    url: 'https://www.npmjs.com/package/article-kit#date-file-name-mismatch',
    needsFrontMatter: true,
    messages: {
      mismatch: '`date` is {{day}}, but the file name says {{fileDay}}: Jekyll dates and files the post by `date`',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\ndate: 2024-06-12 23:30:00 +0900\n---\n본문\n', path: '_posts/2024-06-12-example.md' },
      notOk: {
        source: '---\ntitle: 날짜가 다른 글\ndate: 2024-06-13 09:00:00 +0900\n---\n본문\n',
        path: '_posts/2024-06-12-example.md',
        expected: ['3:7: `date` is 2024-06-13, but the file name says 2024-06-12: Jekyll dates and files the post by `date`'],
      },
    },
  },
  check(article, context) {
    const fileDay = article.path === undefined ? undefined : parseJekyllFileName(article.path)?.date;
    const day = article.date;
    if (fileDay === undefined || day === undefined || day === fileDay || !Object.hasOwn(article.frontMatter.data, 'date')) return;
    const range = context.yaml.range(['date']);
    context.report({
      messageId: 'mismatch',
      data: { day, fileDay },
      start: range?.start ?? article.frontMatter.position?.start.offset ?? 0,
      ...(range ? { end: range.end } : {}),
    });
  },
};
