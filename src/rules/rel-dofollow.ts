import type { Rule } from './types.ts';

/** `rel="…"`, `rel='…'` or `rel=…` in an opening tag; group 1, 2 or 3 is the value. */
const REL_ATTRIBUTE = /\srel[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/**
 * A link with `rel="dofollow"`: `dofollow` is no link type (search engines follow links unless
 * they say `nofollow`), so the attribute does nothing. The fix removes the token, or the whole
 * attribute when it is the only one.
 */
export const relDofollow: Rule = {
  id: 'rel-dofollow',
  meta: {
    description: 'A link whose rel attribute holds `dofollow`, which is not a link type',
    url: 'https://www.npmjs.com/package/article-kit#rel-dofollow',
    fixable: 'code',
    messages: {
      dofollow: '`dofollow` is not a rel value and does nothing (links are followed unless they say `nofollow`): remove it',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\n---\n\n<p>출처: <a href="https://example.com/1" rel="noopener">보도자료</a> | 예시뉴스</p>\n' },
      notOk: {
        source:
          '---\ntitle: dofollow\n---\n\n<p>출처: <a href="https://example.com/1" rel="dofollow">보도자료</a> | 예시뉴스</p>\n\n<a href="https://example.com" rel="noopener dofollow">예시뉴스</a>\n',
        expected: [
          '5:8: `dofollow` is not a rel value and does nothing (links are followed unless they say `nofollow`): remove it',
          '7:1: `dofollow` is not a rel value and does nothing (links are followed unless they say `nofollow`): remove it',
        ],
      },
    },
  },
  check(article, context) {
    const source = typeof article.source === 'string' ? article.source : '';
    for (const link of article.links ?? []) {
      if (!link?.position || !Array.isArray(link.rel)) continue;
      if (!link.rel.some((token) => typeof token === 'string' && token.toLowerCase() === 'dofollow')) continue;
      const start = link.position.start.offset;
      const end = link.position.end.offset;
      const fix = fixFor(source, start, end);
      context.report({ messageId: 'dofollow', start, end, ...(fix ? { fix } : {}) });
    }
  },
};

/** The edit that removes `dofollow` from the rel attribute of the opening tag in `source[start, end)`. */
function fixFor(source: string, start: number, end: number): { range: [number, number]; text: string } | undefined {
  if (source[start] !== '<') return undefined;
  const gt = source.indexOf('>', start);
  if (gt < 0 || gt >= end) return undefined;
  const tag = source.slice(start, gt);
  const match = REL_ATTRIBUTE.exec(tag);
  if (!match) return undefined;
  const value = match[1] ?? match[2] ?? match[3] ?? '';
  const tokens = value.split(/[ \t\r\n\f]+/).filter(Boolean);
  const kept = tokens.filter((token) => token.toLowerCase() !== 'dofollow');
  if (kept.length === tokens.length) return undefined;
  const attributeStart = start + match.index;
  const attributeEnd = attributeStart + match[0].length;
  if (kept.length === 0) return { range: [attributeStart, attributeEnd], text: '' };
  const quote = match[1] !== undefined ? '"' : match[2] !== undefined ? "'" : '"';
  return { range: [attributeStart, attributeEnd], text: ` rel=${quote}${kept.join(' ')}${quote}` };
}
