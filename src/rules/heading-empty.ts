import type { Rule } from './types.ts';

/** A heading with no text (`<h2></h2>`, or one holding only white space or an image). */
export const headingEmpty: Rule = {
  id: 'heading-empty',
  meta: {
    description: 'A heading without text',
    url: 'https://www.npmjs.com/package/article-kit#heading-empty',
    messages: {
      empty: 'This h{{level}} has no text: write the heading, or remove it',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\n---\n\n<h2>주요 내용</h2>\n\n본문입니다.\n' },
      notOk: {
        source: '---\ntitle: 빈 제목\n---\n\n<h2> </h2>\n\n본문입니다.\n',
        expected: ['5:1: This h2 has no text: write the heading, or remove it'],
      },
    },
  },
  check(article, context) {
    for (const heading of article.headings ?? []) {
      if (!heading?.position) continue;
      if ((heading.text ?? '').replace(/[\s\u200b\ufeff]/g, '') !== '') continue;
      context.report({
        messageId: 'empty',
        data: { level: heading.level },
        start: heading.position.start.offset,
        end: heading.position.end.offset,
      });
    }
  },
};
