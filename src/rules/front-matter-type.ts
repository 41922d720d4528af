import type { Rule } from './types.ts';

const STRING_KEYS = ['title', 'excerpt', 'feature_text', 'image', 'feature_image'] as const;

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

/**
 * `title`, `excerpt`, `feature_text`, `image` and `feature_image` are strings; `categories` is a
 * string or a list of strings. A number, a list or a mapping where text belongs is reported at
 * the value (at the bad item, for a category).
 */
export const frontMatterType: Rule = {
  id: 'front-matter-type',
  meta: {
    description: 'A front matter key that holds text has a number, list or mapping instead',
    url: 'https://www.npmjs.com/package/article-kit#front-matter-type',
    needsFrontMatter: true,
    messages: {
      notString: '`{{key}}` should be a string, but is {{kind}}',
      categories: '`categories` should be a string or a list of strings, but is {{kind}}',
      category: 'Category {{index}} should be a string, but is {{kind}}',
    },
    docs: {
      ok: { source: '---\ntitle: "2024"\ncategories:\n  - 경제\n  - 정책\nexcerpt: 요약입니다.\n---\n본문\n' },
      notOk: {
        source: '---\ntitle: 2024\ncategories:\n  - 경제\n  - [정책, 복지]\nimage:\n  src: /assets/a.jpg\n---\n본문\n',
        expected: ['2:8: `title` should be a string, but is a number', '5:5: Category 2 should be a string, but is a list', '7:3: `image` should be a string, but is a mapping'],
      },
    },
  },
  check(article, context) {
    const data = article.frontMatter.data;
    const at = (path: PropertyKey[]) => {
      const range = context.yaml.range(path);
      return range ? { start: range.start, end: range.end } : { start: article.frontMatter.position?.start.offset ?? 0 };
    };
    for (const key of STRING_KEYS) {
      if (!Object.hasOwn(data, key)) continue;
      const value = data[key];
      if (value === null || value === undefined || typeof value === 'string') continue;
      context.report({ messageId: 'notString', data: { key, kind: kind(value) }, ...at([key]) });
    }
    if (!Object.hasOwn(data, 'categories')) return;
    const categories = data['categories'];
    if (categories === null || categories === undefined || typeof categories === 'string') return;
    if (!Array.isArray(categories)) {
      context.report({ messageId: 'categories', data: { kind: kind(categories) }, ...at(['categories']) });
      return;
    }
    categories.forEach((category: unknown, index) => {
      if (typeof category === 'string') return;
      context.report({ messageId: 'category', data: { index: index + 1, kind: kind(category) }, ...at(['categories', index]) });
    });
  },
};
