import { findStartTags } from './_html-element-names.ts';
import type { Rule } from './types.ts';

const DOCUMENT_TAGS: ReadonlySet<string> = new Set(['html', 'head', 'body', 'title', 'meta', 'style', 'script']);

/**
 * A tag that belongs to a whole HTML document or to code (`<html>`, `<head>`, `<body>`, `<title>`,
 * `<meta>`, `<style>`, `<script>`) written in the body: usually a page or a snippet pasted by
 * mistake. Code blocks and code spans are skipped, and so is a microdata `<meta itemprop>`.
 */
export const htmlDocument: Rule = {
  id: 'html-document',
  meta: {
    description: 'A document-level tag (html, head, body, title, meta, style, script) written in the body',
    url: 'https://www.npmjs.com/package/article-kit#html-document',
    messages: {
      document: '`<{{tag}}>` in the body: an HTML page or code was pasted into the post; keep only the content (or put code in a code block)',
    },
    docs: {
      ok: {
        source: '---\ntitle: 정상\n---\n\n스타일은 `<style>` 태그로 넣지 마세요.\n\n```html\n<script src="app.js"></script>\n```\n\n<p>본문입니다.</p>\n',
      },
      notOk: {
        source:
          '---\ntitle: 붙여 넣은 문서\n---\n\n<html>\n<head><meta charset="utf-8"><title>보도자료</title></head>\n<body>\n<p>본문입니다.</p>\n</body>\n</html>\n',
        expected: [
          '5:1: `<html>` in the body: an HTML page or code was pasted into the post; keep only the content (or put code in a code block)',
          '6:1: `<head>` in the body: an HTML page or code was pasted into the post; keep only the content (or put code in a code block)',
          '6:7: `<meta>` in the body: an HTML page or code was pasted into the post; keep only the content (or put code in a code block)',
          '6:29: `<title>` in the body: an HTML page or code was pasted into the post; keep only the content (or put code in a code block)',
          '7:1: `<body>` in the body: an HTML page or code was pasted into the post; keep only the content (or put code in a code block)',
        ],
      },
    },
  },
  check(article, context) {
    for (const tag of findStartTags(article)) {
      const name = tag.name.toLowerCase();
      if (!DOCUMENT_TAGS.has(name)) continue;
      if (name === 'meta' && /\sitemprop\s*=/i.test(context.source.slice(tag.start, tag.rawEnd))) continue;
      context.report({ messageId: 'document', data: { tag: name }, start: tag.start, end: tag.end });
    }
  },
};
