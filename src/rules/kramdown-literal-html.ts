import type { Article, LiteralHtml } from '../article/types.ts';
import { BLOCK_ELEMENTS } from '../kramdown/html-elements.ts';
import type { Fix } from '../validate/diagnostic.ts';
import type { Rule } from './types.ts';

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** The first index in a sorted list whose value is at least `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** What the fixes need to know of the article, gathered once: top-level paragraphs, and where each element's literal end tags are. */
interface Lookup {
  paragraphStarts: number[];
  paragraphEnds: number[];
  endTags: Map<string, number[]>;
  /** The file's line break. */
  eol: string;
}

function lookupOf(article: Article): Lookup {
  const paragraphs = article.blocks.filter((b) => b.type === 'paragraph').map((b) => b.position).sort((a, b) => a.start.offset - b.start.offset);
  const endTags = new Map<string, number[]>();
  for (const literal of article.literalHtml) {
    if (!literal.raw.startsWith('</')) continue;
    const name = literal.tagName.toLowerCase();
    const list = endTags.get(name) ?? [];
    list.push(literal.position.start.offset);
    endTags.set(name, list);
  }
  for (const list of endTags.values()) list.sort((a, b) => a - b);
  const source = article.source;
  const eol = source.includes('\r\n') ? '\r\n' : source.includes('\r') && !source.includes('\n') ? '\r' : '\n';
  return { paragraphStarts: paragraphs.map((p) => p.start.offset), paragraphEnds: paragraphs.map((p) => p.end.offset), endTags, eol };
}

/**
 * The fix for a block-level start tag written inside a top-level paragraph whose end tag follows
 * in the same paragraph: a blank line before the tag (white space before it dropped), so that it
 * opens an HTML block as meant. None for end tags (their start tag's fix mends them), tags in
 * lists or quotes, or elements left open.
 */
function ownLineFix(article: Article, literal: LiteralHtml, lookup: Lookup): Fix | undefined {
  const start = literal.position.start.offset;
  const end = literal.position.end.offset;
  const name = literal.tagName.toLowerCase();
  if (literal.raw.startsWith('</') || !BLOCK_ELEMENTS.has(name)) return undefined;
  // The top-level paragraph the tag is in: the last one starting before it, if it reaches past it.
  const index = lowerBound(lookup.paragraphStarts, start) - 1;
  const paragraphStart = lookup.paragraphStarts[index];
  const paragraphEnd = lookup.paragraphEnds[index];
  if (paragraphStart === undefined || paragraphEnd === undefined || end > paragraphEnd) return undefined;
  const ends = lookup.endTags.get(name) ?? [];
  const closing = ends[lowerBound(ends, end)];
  if (closing === undefined || closing >= paragraphEnd) return undefined;
  const source = article.source;
  let from = start;
  while (from > paragraphStart && isBlank(source[from - 1])) from--;
  // After a line break, one more makes the blank line.
  const lineStart = source[from - 1] === '\n' || source[from - 1] === '\r';
  return { range: [from, start], text: lineStart ? lookup.eol : lookup.eol + lookup.eol };
}

/**
 * A block-level tag (`<p>`, `</div>`…) inside a Markdown paragraph, or an end tag that closes
 * nothing: kramdown prints it as text, and readers see the markup. A start tag whose element
 * closes in the same paragraph is fixed by putting it on a line of its own after a blank line,
 * where kramdown reads it as HTML.
 */
export const kramdownLiteralHtml: Rule = {
  id: 'kramdown-literal-html',
  meta: {
    description: 'A tag inside a Markdown paragraph that kramdown prints as literal text',
    url: 'https://www.npmjs.com/package/article-kit#kramdown-literal-html',
    fixable: 'code',
    messages: {
      literal: 'Readers will see `{{tag}}` as text: kramdown does not read {{kind}} inside a paragraph',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\n---\n\n<p>태그로 시작하는 줄은 HTML 블록입니다.</p>\n' },
      notOk: {
        source: '---\ntitle: 문단 속 태그\n---\n\n정부가 발표했습니다.<p>지원 대상은 청년층입니다.</p>\n',
        expected: [
          '5:12: Readers will see `<p>` as text: kramdown does not read a block-level tag inside a paragraph',
          '5:29: Readers will see `</p>` as text: kramdown does not read a block-level tag inside a paragraph',
        ],
      },
    },
  },
  check(article, context) {
    if (article.literalHtml.length === 0) return;
    const lookup = lookupOf(article);
    for (const literal of article.literalHtml) {
      const blockLevel = BLOCK_ELEMENTS.has(literal.tagName.toLowerCase());
      const fix = ownLineFix(article, literal, lookup);
      context.report({
        messageId: 'literal',
        data: { tag: literal.raw, kind: blockLevel ? 'a block-level tag' : 'an end tag that closes nothing' },
        start: literal.position.start.offset,
        end: literal.position.end.offset,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
