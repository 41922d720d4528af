import type { Rule } from './types.ts';

const WRITTEN_DAY = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar day a front matter date names: as written for a string, in UTC for a Date. */
function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const m = WRITTEN_DAY.exec(value.slice(0, 64));
  if (m) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  const parsed = new Date(value.slice(0, 64));
  if (Number.isNaN(parsed.getTime())) return undefined;
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}

/**
 * A front matter `date` overrides the file name's date in the post's URL and order; when the
 * two name different days, one of them is a mistake. A string's day is read as written
 * (`2024-06-12 23:00:00 +0900` is the 12th). Reported at the `date` value.
 */
export const dateFileNameMismatch: Rule = {
  id: 'date-file-name-mismatch',
  meta: {
    description: 'The front matter `date` names another day than the file name',
    url: 'https://www.npmjs.com/package/article-kit#date-file-name-mismatch',
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
    if (article.date === undefined || !Object.hasOwn(article.frontMatter.data, 'date')) return;
    const day = dayOf(article.frontMatter.data['date']);
    if (day === undefined || day === article.date) return;
    const range = context.yaml.range(['date']);
    context.report({
      messageId: 'mismatch',
      data: { day, fileDay: article.date },
      start: range?.start ?? article.frontMatter.position?.start.offset ?? 0,
      ...(range ? { end: range.end } : {}),
    });
  },
};
