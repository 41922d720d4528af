import type { Rule } from './types.ts';
import { urlParses } from '../util/url-parses.ts';

const BASE = 'https://example.invalid/';

/**
 * A link whose href cannot be a URL: empty, holding white space, a `javascript:` URL, or text the
 * URL parser rejects (`http://`, `https://exa mple.com`).
 */
export const linkUrlInvalid: Rule = {
  id: 'link-url-invalid',
  meta: {
    description: 'A link whose address is empty, holds white space, runs JavaScript or is not a URL',
    url: 'https://www.npmjs.com/package/article-kit#link-url-invalid',
    messages: {
      empty: 'This link has no address: readers who click it stay on the page',
      whitespace: 'The link address `{{href}}` holds white space: write the URL without spaces (or as %20)',
      javascript: 'The link address `{{href}}` runs JavaScript: link to a page instead',
      invalid: 'The link address `{{href}}` is not a valid URL',
    },
    docs: {
      ok: {
        source: '---\ntitle: 정상\n---\n\n[보도자료](https://example.com/news?id=1), [목차](#주요-내용), [메일](mailto:news@example.com), [상세](/2024/06/12/post.html)\n',
      },
      notOk: {
        source: '---\ntitle: 잘못된 링크\n---\n\n[보도자료]() 및 <a href="https://example.com/보도 자료">원문</a>, <a href="javascript:void(0)">열기</a>, [홈](http://)\n',
        expected: [
          '5:1: This link has no address: readers who click it stay on the page',
          '5:12: The link address `https://example.com/보도 자료` holds white space: write the URL without spaces (or as %20)',
          '5:56: The link address `javascript:void(0)` runs JavaScript: link to a page instead',
          '5:93: The link address `http://` is not a valid URL',
        ],
      },
    },
  },
  check(article, context) {
    for (const link of article.links ?? []) {
      if (!link?.position) continue;
      const messageId = problemOf(typeof link.href === 'string' ? link.href : '');
      if (!messageId) continue;
      context.report({
        messageId,
        data: { href: shorten(link.href ?? '') },
        start: link.position.start.offset,
        end: link.position.end.offset,
      });
    }
  },
};

function problemOf(href: string): string | undefined {
  if (href.trim() === '') return 'empty';
  if (/\s/.test(href)) return 'whitespace';
  // Browsers drop tabs and newlines and ignore case in a scheme: `Java&#x09;Script:` runs too.
  if (/^[\u0000-\u0020]*javascript:/i.test(href.replace(/[\t\n\r]/g, ''))) return 'javascript';
  if (!urlParses(href, BASE)) return 'invalid';
  return undefined;
}

const shorten = (text: string): string => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
