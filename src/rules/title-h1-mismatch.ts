import type { Rule } from './types.ts';

const MAX_TITLE = 1_000;
const SHOWN = 60;

/** White space collapsed, curly and straight quotes made one, in NFC. */
const fold = (text: string): string =>
  text
    .slice(0, MAX_TITLE)
    .normalize('NFC')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

const show = (text: string): string => {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > SHOWN ? `${folded.slice(0, SHOWN)}…` : folded;
};

/**
 * The front matter title and the body's first h1 both name the post but say different things:
 * one of them was left behind by an edit. Compared with white space and quotes folded; reported
 * at the h1.
 */
export const titleH1Mismatch: Rule = {
  id: 'title-h1-mismatch',
  meta: {
    description: 'The front matter title and the first h1 of the body differ',
    url: 'https://www.npmjs.com/package/article-kit#title-h1-mismatch',
    needsFrontMatter: true,
    messages: {
      mismatch: 'The first h1 “{{h1}}” differs from the front matter title “{{title}}”',
    },
    docs: {
      ok: { source: "---\ntitle: 한국-카자흐스탄, ‘우호의 숲’ 조성\n---\n# 한국-카자흐스탄,  '우호의 숲' 조성\n\n본문\n" },
      notOk: {
        source: '---\ntitle: 전통시장 지원 확대\n---\n본문입니다.\n\n# 전통시장 지원 축소\n',
        expected: ['6:1: The first h1 “전통시장 지원 축소” differs from the front matter title “전통시장 지원 확대”'],
      },
    },
  },
  check(article, context) {
    const title = article.frontMatter.title;
    if (title === undefined) return;
    const h1 = article.headings.find((heading) => heading.level === 1);
    if (!h1) return;
    const folded = fold(title);
    if (folded === '' || folded === fold(h1.text)) return;
    context.report({
      messageId: 'mismatch',
      data: { h1: show(h1.text), title: show(title) },
      start: h1.position.start.offset,
      end: h1.position.end.offset,
    });
  },
};
