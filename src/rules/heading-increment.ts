import type { Rule } from './types.ts';

/**
 * A heading more than one level deeper than the heading before it (`##` then `####`): the outline
 * skips a level, which screen readers and tables of contents show as a gap.
 */
export const headingIncrement: Rule = {
  id: 'heading-increment',
  meta: {
    description: 'A heading more than one level deeper than the previous heading',
    url: 'https://www.npmjs.com/package/article-kit#heading-increment',
    messages: {
      skipped: 'This h{{level}} follows an h{{previous}}: heading levels should go down one at a time (use h{{expected}})',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\n---\n\n## 주요 내용\n\n### 지원 대상\n\n본문입니다.\n\n## 신청 방법\n' },
      notOk: {
        source: '---\ntitle: 단계 건너뜀\n---\n\n## 주요 내용\n\n#### 지원 대상\n\n본문입니다.\n',
        expected: ['7:1: This h4 follows an h2: heading levels should go down one at a time (use h3)'],
      },
    },
  },
  check(article, context) {
    let previous: number | undefined;
    for (const heading of article.headings ?? []) {
      if (!heading?.position) continue;
      if (previous !== undefined && heading.level > previous + 1) {
        context.report({
          messageId: 'skipped',
          data: { level: heading.level, previous, expected: previous + 1 },
          start: heading.position.start.offset,
          end: heading.position.end.offset,
        });
      }
      previous = heading.level;
    }
  },
};
