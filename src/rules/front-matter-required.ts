import type { RuleOptions } from './options.ts';
import type { Rule } from './types.ts';

const DEFAULT_KEYS = ['title', 'categories'];

const keysOption = (value: unknown): string[] =>
  Array.isArray(value) && value.every((key) => typeof key === 'string') ? (value as string[]) : DEFAULT_KEYS;

const isEmpty = (value: unknown): boolean =>
  value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/**
 * Keys every post needs in its front matter (`title` and `categories` unless configured). A
 * missing key is reported at the front matter's opening line, an empty one (`title:`) at its key;
 * a file without front matter is reported once, at line 1.
 */
export const frontMatterRequired: Rule<RuleOptions['front-matter-required']> = {
  id: 'front-matter-required',
  meta: {
    description: 'The front matter lacks a required key, or gives it an empty value',
    url: 'https://www.npmjs.com/package/article-kit#front-matter-required',
    needsFrontMatter: true,
    optionsSchema: { type: 'object', properties: { keys: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
    defaultOptions: { keys: DEFAULT_KEYS },
    messages: {
      noFrontMatter: 'The file has no front matter, so Jekyll does not treat it as a post: add a `---` block with {{keys}}',
      missing: 'The front matter has no `{{key}}`',
      empty: '`{{key}}` is empty',
    },
    docs: {
      ok: { source: '---\ntitle: 전통시장 지원 확대\ncategories:\n  - 경제\n---\n본문입니다.\n' },
      notOk: {
        source: '---\ntitle:\nexcerpt: 요약만 있습니다.\n---\n본문입니다.\n',
        expected: ['1:1: The front matter has no `categories`', '2:1: `title` is empty'],
      },
    },
  },
  check(article, context) {
    const keys = keysOption(context.options.keys);
    if (keys.length === 0) return;
    const { position, data } = article.frontMatter;
    if (!position) {
      context.report({ messageId: 'noFrontMatter', data: { keys: keys.map((key) => `\`${key}\``).join(', ') }, start: 0 });
      return;
    }
    for (const key of keys) {
      if (!Object.hasOwn(data, key)) {
        context.report({ messageId: 'missing', data: { key }, start: position.start.offset });
      } else if (isEmpty(data[key])) {
        const range = context.yaml.keyRange(key);
        context.report({ messageId: 'empty', data: { key }, start: range?.start ?? position.start.offset, ...(range ? { end: range.end } : {}) });
      }
    }
  },
};
