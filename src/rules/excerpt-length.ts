import { countCharacters } from '../text/count-characters.ts';
import { stripGeneratorNotes } from '../text/stated-counts.ts';
import type { RuleOptions } from './options.ts';
import type { Rule } from './types.ts';

const DEFAULT_MAX = 300;
const DEFAULT_MIN = 20;

const limit = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;

/**
 * The excerpt, as readers see it in lists and cards (generator notes removed, white space
 * collapsed), counted in graphemes: longer than `maxLength` or shorter than `minLength`.
 * Reported at the excerpt's value.
 */
export const excerptLength: Rule<RuleOptions['excerpt-length']> = {
  id: 'excerpt-length',
  meta: {
    description: 'The excerpt is longer or shorter than the configured length in characters',
    url: 'https://www.npmjs.com/package/article-kit#excerpt-length',
    needsFrontMatter: true,
    optionsSchema: { type: 'object', properties: { maxLength: { type: 'integer', minimum: 0 }, minLength: { type: 'integer', minimum: 0 } }, additionalProperties: false },
    defaultOptions: { maxLength: DEFAULT_MAX, minLength: DEFAULT_MIN },
    messages: {
      tooLong: 'The excerpt has {{length}} characters, more than {{maxLength}}',
      tooShort: 'The excerpt has {{length}} characters, fewer than {{minLength}}',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\nexcerpt: >\n  전통시장 지원이 확대되어 상인들의 부담이 줄어듭니다. (단어 수: 6)\n---\n본문\n' },
      notOk: {
        source: '---\ntitle: 짧은 요약\nexcerpt: >\n  지원 확대 (단어 수: 2, 문자 수: 5)\n---\n본문\n',
        expected: ['3:10: The excerpt has 5 characters, fewer than 20'],
      },
    },
  },
  check(article, context) {
    const excerpt = article.frontMatter.excerpt;
    if (excerpt === undefined) return;
    const maxLength = limit(context.options.maxLength, DEFAULT_MAX);
    const minLength = limit(context.options.minLength, DEFAULT_MIN);
    const text = stripGeneratorNotes(excerpt).replace(/\s+/g, ' ').trim();
    const length = countCharacters(text).withSpaces;
    const messageId = length > maxLength ? 'tooLong' : length < minLength ? 'tooShort' : undefined;
    if (!messageId) return;
    const range = context.yaml.range(['excerpt']);
    context.report({
      messageId,
      data: { length, maxLength, minLength },
      start: range?.start ?? article.frontMatter.position?.start.offset ?? 0,
      ...(range ? { end: range.end } : {}),
    });
  },
};
