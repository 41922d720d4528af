import type { Rule } from './types.ts';

/** More than one h1 in the body: every h1 after the first is reported. */
export const multipleH1: Rule = {
  id: 'multiple-h1',
  meta: {
    description: 'More than one top-level (h1) heading in the body',
    url: 'https://www.npmjs.com/package/article-kit#multiple-h1',
    messages: {
      another: 'Another h1 (the first is on line {{line}}): a post has one top-level heading; make this one an h2',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\n---\n\n# 정부 발표\n\n## 주요 내용\n\n본문입니다.\n' },
      notOk: {
        source: '---\ntitle: 제목 두 개\n---\n\n# 정부 발표\n\n본문입니다.\n\n# 주요 내용\n\n본문입니다.\n',
        expected: ['9:1: Another h1 (the first is on line 5): a post has one top-level heading; make this one an h2'],
      },
    },
  },
  check(article, context) {
    let first: number | undefined;
    for (const heading of article.headings ?? []) {
      if (!heading?.position || heading.level !== 1) continue;
      if (first === undefined) {
        first = heading.position.start.line;
        continue;
      }
      context.report({
        messageId: 'another',
        data: { line: first },
        start: heading.position.start.offset,
        end: heading.position.end.offset,
      });
    }
  },
};
