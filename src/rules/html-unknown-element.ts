import { findStartTags, isKnownElementName } from './_html-element-names.ts';
import type { Rule } from './types.ts';

/**
 * A start tag whose name is not an element of HTML, SVG or MathML (`<llinks>`, `<elink>`, `<aa>`):
 * usually a typo; browsers show its content as plain text, without the link or style meant.
 * Custom elements (names with `-`), code blocks and code spans are skipped.
 */
export const htmlUnknownElement: Rule = {
  id: 'html-unknown-element',
  meta: {
    description: 'A tag whose name is not an HTML element',
    url: 'https://www.npmjs.com/package/article-kit#html-unknown-element',
    messages: {
      unknown: '`<{{tag}}>` is not an HTML element: browsers show its content as plain text; fix the tag name',
    },
    docs: {
      ok: {
        source: '---\ntitle: 정상\n---\n\n<p>자세한 내용은 <a href="https://example.com/1">보도자료</a>를 <u>참고</u>하세요.</p>\n\n<my-widget>위젯</my-widget>\n',
      },
      notOk: {
        source:
          '---\ntitle: 잘못된 태그\n---\n\n<p>자세한 내용은 <elink href="https://example.com/1">보도자료</elink>를 참고하세요.</p>\n\n<llinks>관련 기사</llinks>\n',
        expected: [
          '5:12: `<elink>` is not an HTML element: browsers show its content as plain text; fix the tag name',
          '7:1: `<llinks>` is not an HTML element: browsers show its content as plain text; fix the tag name',
        ],
      },
    },
  },
  check(article, context) {
    for (const tag of findStartTags(article)) {
      if (tag.name.includes('-') || isKnownElementName(tag.name)) continue;
      context.report({ messageId: 'unknown', data: { tag: tag.name }, start: tag.start, end: tag.end });
    }
  },
};
