import { BLOCK_ELEMENTS } from '../kramdown/html-elements.ts';
import type { Rule } from './types.ts';

/**
 * A block-level tag (`<p>`, `</div>`…) inside a Markdown paragraph, or an end tag that closes
 * nothing: kramdown prints it as text, and readers see the markup.
 */
export const kramdownLiteralHtml: Rule = {
  id: 'kramdown-literal-html',
  meta: {
    description: 'A tag inside a Markdown paragraph that kramdown prints as literal text',
    url: 'https://www.npmjs.com/package/article-kit#kramdown-literal-html',
    messages: {
      literal: 'Readers will see `{{tag}}` as text: kramdown does not read {{kind}} inside a paragraph',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\n---\n\n<p>태그로 시작하는 줄은 HTML 블록입니다.</p>\n' },
      notOk: {
        source: '---\ntitle: 문단 속 태그\n---\n\n정부가 발표했습니다.<p>지원 대상은 청년층입니다.</p>\n',
        expected: [
          '5:12: Readers will see `<p>` as text: kramdown does not read a block-level tag inside a paragraph',
          '5:29: Readers will see `</p>` as text: kramdown does not read a block-level tag inside a paragraph',
        ],
      },
    },
  },
  check(article, context) {
    for (const literal of article.literalHtml) {
      const blockLevel = BLOCK_ELEMENTS.has(literal.tagName.toLowerCase());
      context.report({
        messageId: 'literal',
        data: { tag: literal.raw, kind: blockLevel ? 'a block-level tag' : 'an end tag that closes nothing' },
        start: literal.position.start.offset,
        end: literal.position.end.offset,
      });
    }
  },
};
