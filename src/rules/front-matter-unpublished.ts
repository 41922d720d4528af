import type { Rule } from './types.ts';

/** Words YAML 1.1 reads as false besides `false` itself. */
const YAML11_FALSE = /^(?:no|off)$/i;
/** Text that looks like false but is a string: quoted, or a word YAML reads as text. */
const FALSE_LIKE = /^(?:false|no|off|n)$/i;

/**
 * Jekyll does not publish a post whose front matter says `published: false`, which YAML 1.1 also
 * reads from `no` and `off` (in any case). Reported at the value, worded by how it is written; a
 * quoted `'false'` or `'no'` is text, so Jekyll publishes the post, which is reported too.
 */
export const frontMatterUnpublished: Rule = {
  id: 'front-matter-unpublished',
  meta: {
    description: 'The front matter keeps Jekyll from publishing the post, or looks as if it did',
    url: 'https://www.npmjs.com/package/article-kit#front-matter-unpublished',
    needsFrontMatter: true,
    messages: {
      unpublished: 'Jekyll does not publish this post: `published` is false',
      yaml11: '`published: {{written}}` is false for Jekyll (YAML 1.1), so the post is not published: write `published: false` if that is meant',
      text: '`published: {{written}}` is text, not false, so Jekyll publishes the post: write `published: false` to hold it back',
    },
    docs: {
      ok: { source: '---\ntitle: 전통시장 지원 확대\npublished: true\n---\n본문\n' },
      notOk: {
        source: "---\ntitle: 초안\npublished: no\n---\n본문\n",
        expected: ['3:12: `published: no` is false for Jekyll (YAML 1.1), so the post is not published: write `published: false` if that is meant'],
      },
    },
  },
  check(article, context) {
    const { data } = article.frontMatter;
    if (!Object.hasOwn(data, 'published')) return;
    const value = data['published'];
    const range = context.yaml.range(['published']);
    if (!range) return;
    const written = context.source.slice(range.start, range.end).trim();
    if (value === false) {
      const plain = written.replace(/\s+#.*$/, '');
      context.report({ messageId: YAML11_FALSE.test(plain) ? 'yaml11' : 'unpublished', data: { written: plain }, start: range.start, end: range.end });
    } else if (typeof value === 'string' && FALSE_LIKE.test(value.trim())) {
      context.report({ messageId: 'text', data: { written }, start: range.start, end: range.end });
    }
  },
};
