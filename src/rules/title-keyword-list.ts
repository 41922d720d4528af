import type { Article } from '../article/types.ts';
import { topLevelEntries } from '../front-matter/top-level-entries.ts';
import type { Rule } from './types.ts';

const MAX_TITLE = 1_000;
/** A quoted token of up to 40 characters, in straight or curly quotes, on one line. */
const QUOTED = /'([^'\n]{1,40})'|"([^"\n]{1,40})"|‘([^’\n]{1,40})’|“([^”\n]{1,40})”/g;
const WORD_CHARACTERS = /[\p{L}\p{N}]/gu;
const MIN_TOKENS = 3;

const wordCharacters = (text: string): number => text.match(WORD_CHARACTERS)?.length ?? 0;

/** The `title:` line's value as written, and where it is in the file: for a front matter YAML cannot read. */
function writtenTitle(article: Article): { text: string; start: number; end: number } | undefined {
  const { yaml, yamlOffset } = article.frontMatter;
  if (yaml === undefined || yamlOffset === undefined) return undefined;
  const entry = topLevelEntries(yaml).findLast((e) => e.key === 'title');
  if (!entry || entry.valueStart === entry.valueEnd) return undefined;
  return { text: yaml.slice(entry.valueStart, entry.valueEnd), start: yamlOffset + entry.valueStart, end: yamlOffset + entry.valueEnd };
}

/**
 * A title made of quoted keywords (`'TV드라마' '한국어' '역대급'`): three or more quoted tokens and
 * fewer letters outside the quotes than half of those inside. It reads as a tag list, not a
 * headline. Reported at the title's value (or its h1). When YAML cannot read the front matter (a
 * row of quoted words is itself a YAML error), the `title:` line is read as written.
 */
export const titleKeywordList: Rule = {
  id: 'title-keyword-list',
  meta: {
    description: 'The title is a list of quoted keywords rather than a headline',
    url: 'https://www.npmjs.com/package/article-kit#title-keyword-list',
    messages: {
      keywords: 'The title is a list of {{count}} quoted keywords: write it as a headline',
    },
    docs: {
      ok: { source: "---\ntitle: 한국-카자흐스탄, '우호의 숲'으로 상생번영 동산 조성\n---\n본문\n" },
      notOk: {
        source: "---\ntitle: \"'TV드라마' '한국어' '역대급'\"\n---\n본문\n",
        expected: ['2:8: The title is a list of 3 quoted keywords: write it as a headline'],
      },
    },
  },
  check(article, context) {
    const written = article.frontMatter.unreadable ? writtenTitle(article) : undefined;
    if (article.frontMatter.unreadable && !written) return;
    const fromFrontMatter = article.frontMatter.title !== undefined;
    const title = (written?.text ?? article.frontMatter.title ?? article.title ?? '').slice(0, MAX_TITLE);
    if (title === '') return;
    let count = 0;
    let inside = 0;
    let outside = '';
    let last = 0;
    for (const match of title.matchAll(QUOTED)) {
      const token = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
      const letters = wordCharacters(token);
      if (letters === 0) continue;
      count++;
      inside += letters;
      outside += ` ${title.slice(last, match.index)}`;
      last = match.index + match[0].length;
    }
    outside += title.slice(last);
    if (count < MIN_TOKENS || wordCharacters(outside) * 2 > inside) return;
    const h1 = article.headings.find((heading) => heading.level === 1);
    const range = written ?? (fromFrontMatter ? context.yaml.range(['title']) : h1 ? { start: h1.position.start.offset, end: h1.position.end.offset } : undefined);
    context.report({
      messageId: 'keywords',
      data: { count },
      start: range?.start ?? article.frontMatter.position?.start.offset ?? 0,
      ...(range ? { end: range.end } : {}),
    });
  },
};
