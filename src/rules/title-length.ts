import { countCharacters } from '../text/count-characters.ts';
import type { RuleOptions } from './options.ts';
import type { Rule } from './types.ts';

const DEFAULT_MAX = 100;
const DEFAULT_MIN = 5;
const MAX_COUNTED = 10_000;

const limit = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;

/**
 * The title, white space collapsed, counted in graphemes: longer than `maxLength` (cut off in
 * search results and cards) or shorter than `minLength`. Reported at the title's value, or at the
 * first h1 when the title comes from it. An absent title is front-matter-required's.
 */
export const titleLength: Rule<RuleOptions['title-length']> = {
  id: 'title-length',
  meta: {
    description: 'The title is longer or shorter than the configured length in characters',
    url: 'https://www.npmjs.com/package/article-kit#title-length',
    needsFrontMatter: true,
    optionsSchema: { type: 'object', properties: { maxLength: { type: 'integer', minimum: 0 }, minLength: { type: 'integer', minimum: 0 } }, additionalProperties: false },
    defaultOptions: { maxLength: DEFAULT_MAX, minLength: DEFAULT_MIN },
    messages: {
      tooLong: 'The title has {{length}} characters, more than {{maxLength}}',
      tooShort: 'The title has {{length}} characters, fewer than {{minLength}}',
    },
    docs: {
      ok: { source: '---\ntitle: 전통시장 지원 확대\n---\n본문\n' },
      notOk: {
        source: '# 속보\n\n전통시장 지원이 확대됩니다.\n',
        expected: ['1:1: The title has 2 characters, fewer than 5'],
      },
    },
  },
  check(article, context) {
    const fromFrontMatter = article.frontMatter.title !== undefined;
    const title = (article.frontMatter.title ?? article.title ?? '').slice(0, MAX_COUNTED);
    const text = title.replace(/\s+/g, ' ').trim();
    if (text === '') return;
    const maxLength = limit(context.options.maxLength, DEFAULT_MAX);
    const minLength = limit(context.options.minLength, DEFAULT_MIN);
    const length = countCharacters(text).withSpaces;
    const messageId = length > maxLength ? 'tooLong' : length < minLength ? 'tooShort' : undefined;
    if (!messageId) return;
    const h1 = article.headings.find((heading) => heading.level === 1);
    const range = fromFrontMatter ? context.yaml.range(['title']) : h1 ? { start: h1.position.start.offset, end: h1.position.end.offset } : undefined;
    context.report({
      messageId,
      data: { length, maxLength, minLength },
      start: range?.start ?? article.frontMatter.position?.start.offset ?? 0,
      ...(range ? { end: range.end } : {}),
    });
  },
};
