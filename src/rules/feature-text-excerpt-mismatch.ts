import { stripGeneratorNotes } from '../text/stated-counts.ts';
import type { Rule } from './types.ts';

const MAX_LENGTH = 20_000;
const HEADING_LINE = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;
const SNIPPET = 24;
/** Leading heading lines tried one by one; past these, all are removed at once. */
const MAX_HEADINGS = 4;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * feature_text without leading heading and blank lines (`## 뉴스다오 실시간 뉴스 속보입니다.`),
 * collapsed: each way of removing some of them, fewest first, as an excerpt may itself start with
 * `# `.
 */
function featureBodies(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const bodies: string[] = [];
  let first = 0;
  for (let headings = 0; first < lines.length; first++) {
    const line = lines[first] ?? '';
    const blank = /^\s*$/.test(line);
    if (!blank && !HEADING_LINE.test(line)) break;
    if (!blank && ++headings <= MAX_HEADINGS) bodies.push(collapse(lines.slice(first + 1).join('\n')));
  }
  const all = collapse(lines.slice(first).join('\n'));
  if (!bodies.includes(all)) bodies.push(all);
  return bodies;
}

const commonPrefix = (a: string, b: string): number => {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  return index;
};

/** The text from the start of the word at `at` (at most 16 characters back), shortened. */
const snippet = (text: string, at: number): string => {
  const start = Math.max(text.lastIndexOf(' ', at - 1) + 1, at - 16, 0);
  const part = text.slice(start, at + SNIPPET);
  return (start > 0 ? '…' : '') + part + (at + SNIPPET < text.length ? '…' : '');
};

/**
 * feature_text repeats the excerpt below a heading line. Compared without leading heading and
 * blank lines, generator notes and white space differences; reported at feature_text's value.
 */
export const featureTextExcerptMismatch: Rule = {
  id: 'feature-text-excerpt-mismatch',
  meta: {
    description: 'feature_text, below its heading line, does not repeat the excerpt',
    url: 'https://www.npmjs.com/package/article-kit#feature-text-excerpt-mismatch',
    needsFrontMatter: true,
    messages: {
      mismatch: '`feature_text` does not repeat the excerpt: from character {{index}} it reads “{{feature}}” where the excerpt reads “{{excerpt}}”',
    },
    docs: {
      ok: {
        source: '---\ntitle: 정상\nexcerpt: >\n  전통시장 지원이 확대됩니다.\nfeature_text: |\n  ## 실시간 뉴스 속보입니다.\n\n  전통시장   지원이 확대됩니다.\n---\n본문\n',
      },
      notOk: {
        source: '---\ntitle: 어긋난 소개\nexcerpt: >\n  전통시장 지원이 확대됩니다.\nfeature_text: |\n  ## 실시간 뉴스 속보입니다.\n\n  전통시장 지원이 축소됩니다.\n---\n본문\n',
        expected: ['5:15: `feature_text` does not repeat the excerpt: from character 10 it reads “…축소됩니다.” where the excerpt reads “…확대됩니다.”'],
      },
    },
  },
  check(article, context) {
    const { excerpt, featureText } = article.frontMatter;
    if (excerpt === undefined || featureText === undefined) return;
    if (excerpt.length > MAX_LENGTH || featureText.length > MAX_LENGTH) return;
    const expected = collapse(stripGeneratorNotes(excerpt));
    const bodies = featureBodies(stripGeneratorNotes(featureText));
    if (bodies.includes(expected)) return;
    // Shown against the reading that agrees longest with the excerpt.
    let actual = bodies[0] ?? '';
    let index = commonPrefix(actual, expected);
    for (const body of bodies) {
      const common = commonPrefix(body, expected);
      if (common > index) [actual, index] = [body, common];
    }
    const range = context.yaml.range(['feature_text']);
    context.report({
      messageId: 'mismatch',
      data: { index: index + 1, feature: snippet(actual, index), excerpt: snippet(expected, index) },
      start: range?.start ?? article.frontMatter.position?.start.offset ?? 0,
      ...(range ? { end: range.end } : {}),
    });
  },
};
