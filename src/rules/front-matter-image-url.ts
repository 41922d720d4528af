import type { Rule } from './types.ts';

const KEYS = ['image', 'feature_image'] as const;
const ABSOLUTE = /^https?:\/\/[^/?#]/i;
const SHOWN = 80;

const show = (value: string): string => (value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value);

/**
 * `image` and `feature_image` are what themes and social cards load: an absolute http(s) URL or
 * a path from the site root (`/assets/…`), without white space. Reported at the value.
 */
export const imageUrl: Rule = {
  id: 'front-matter-image-url',
  meta: {
    description: '`image` or `feature_image` is not an absolute http(s) URL or a root-relative path, or holds white space',
    url: 'https://www.npmjs.com/package/article-kit#front-matter-image-url',
    needsFrontMatter: true,
    messages: {
      notUrl: '`{{key}}` should be an absolute http(s) URL or a path from the site root (`/assets/…`), not `{{value}}`',
      space: '`{{key}}` contains white space: write it as `%20`, or remove it',
    },
    docs: {
      ok: { source: "---\ntitle: 정상\nimage: 'https://example.com/images/a.jpg'\nfeature_image: /assets/images/a.jpg\n---\n본문\n" },
      notOk: {
        source: "---\ntitle: 잘못된 이미지\nimage: images/a.jpg\nfeature_image: '/assets/images/전통 시장.jpg'\n---\n본문\n",
        expected: [
          '3:8: `image` should be an absolute http(s) URL or a path from the site root (`/assets/…`), not `images/a.jpg`',
          '4:16: `feature_image` contains white space: write it as `%20`, or remove it',
        ],
      },
    },
  },
  check(article, context) {
    for (const key of KEYS) {
      const value = article.frontMatter.data[key];
      if (typeof value !== 'string') continue;
      const absolute = ABSOLUTE.test(value);
      const rooted = value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\');
      const messageId = !absolute && !rooted ? 'notUrl' : /\s/.test(value) ? 'space' : undefined;
      if (messageId === undefined) continue;
      // Located only for a finding: the locator parses the whole front matter again.
      const range = context.yaml.range([key]);
      const where = { start: range?.start ?? article.frontMatter.position?.start.offset ?? 0, ...(range ? { end: range.end } : {}) };
      context.report({ messageId, data: messageId === 'notUrl' ? { key, value: show(value) } : { key }, ...where });
    }
  },
};
