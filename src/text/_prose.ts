import type { Article } from '../article/types.ts';
import { WORD_CHARACTER } from './_scripts.ts';
import { stripMarkup } from './_strip-markup.ts';

/** What an excerpt reads of an article: its paragraphs, and where they sit, when known. */
export type ExcerptArticle = Pick<Article, 'paragraphs'> & Partial<Pick<Article, 'links' | 'source' | 'frontMatter'>>;

/** A credit or source line: `출처: …`, `[출처] …`, `사진 출처 …`, `사진=…`, `자료 제공: …`. */
const CREDIT = /^[\s[(「【<]*(?:(?:사진|영상|자료)\s*)?(?:출처|제공)(?:\s*[:：=\]）)」】>]|\s|$)|^[\s[(]*(?:사진|영상|자료)\s*[=:：]/;
/** A line that ends with a site's name after a bar, as credit lines do: `… | 뉴스다오`. */
const SITE_SUFFIX = /\s\|\s*[^|\n.!?。]{1,30}$/;
/** A line that is only an address. */
const ADDRESS = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

const hasWords = (text: string): boolean => WORD_CHARACTER.test(text);

/** A line of only links is short; longer lines, or paragraphs with more links, are not checked for it. */
const MAX_LINK_LINE = 300;
const MAX_LINKS = 20;

/** Whether a line of a paragraph is only the text of links in it (`원문보기`, a link to the source). */
function onlyLinks(line: string, linkTexts: readonly string[]): boolean {
  if (linkTexts.length === 0 || linkTexts.length > MAX_LINKS || line.length > MAX_LINK_LINE) return false;
  let rest = line;
  for (const text of linkTexts) if (text.trim() !== '') rest = rest.split(text.trim()).join(' ');
  return rest !== line && !hasWords(rest);
}

/** Whether a line is a credit, a source, a lone address or a link: no prose. */
export function isCreditLine(line: string, linkTexts: readonly string[] = []): boolean {
  return CREDIT.test(line) || SITE_SUFFIX.test(line) || ADDRESS.test(line) || onlyLinks(line, linkTexts);
}

/**
 * The prose of an article, for a summary: its paragraphs line by line, less credit and source
 * lines (`출처: …`, `사진 출처`, `… | 뉴스다오`), lines that are only an address or a link, and
 * paragraphs with no words (an image alone). Headings, lists and tables are not paragraphs.
 */
export function proseOf(article: ExcerptArticle): string {
  const lines: string[] = [];
  // Paragraphs and links in file order: each paragraph takes the links inside it, in one pass.
  const byStart = <T extends { position: { start: { offset: number } } }>(list: readonly T[]): T[] =>
    [...list].sort((a, b) => a.position.start.offset - b.position.start.offset);
  const links = byStart(article.links ?? []);
  let next = 0;
  for (const paragraph of byStart(article.paragraphs)) {
    const start = paragraph.position.start.offset;
    const end = paragraph.position.end.offset;
    while (next < links.length && (links[next]?.position.start.offset ?? 0) < start) next++;
    const inside: string[] = [];
    for (let at = next; at < links.length && (links[at]?.position.start.offset ?? 0) < end; at++) {
      const link = links[at];
      if (link && link.position.end.offset <= end) inside.push(link.text);
    }
    if (!hasWords(paragraph.text)) continue;
    for (const line of paragraph.text.split('\n')) if (hasWords(line) && !isCreditLine(line, inside)) lines.push(line);
  }
  return lines.join('\n');
}

/**
 * What Jekyll's excerpt holds of an article (`Excerpt#extract_excerpt`): the body before the
 * first `excerpt_separator` (the front matter's, over `separator`), read as its paragraphs; a
 * paragraph the separator cuts is read from its Markdown up to the separator. Without the file's
 * text, the paragraphs stand for the blocks (`\n\n` between them).
 */
export function jekyllHead(article: ExcerptArticle, separator: string): string {
  const written = article.frontMatter?.data['excerpt_separator'];
  const marker = written === undefined || written === null ? separator : String(written);
  const source = article.source;
  const bodyStart = article.frontMatter?.position?.end.offset ?? 0;
  if (source === undefined || article.paragraphs.length === 0) {
    const text = article.paragraphs.map((p) => p.text).join('\n\n');
    const at = marker === '' ? -1 : text.indexOf(marker);
    return at >= 0 ? text.slice(0, at) : text;
  }
  const at = marker === '' ? -1 : source.indexOf(marker, bodyStart);
  if (at < 0) return article.paragraphs.map((p) => p.text).join('\n\n');
  const parts: string[] = [];
  for (const paragraph of article.paragraphs) {
    const { start, end } = paragraph.position;
    if (end.offset <= at) parts.push(paragraph.text);
    else if (start.offset < at) parts.push(stripMarkup(source.slice(start.offset, at)));
  }
  return parts.join('\n\n');
}
