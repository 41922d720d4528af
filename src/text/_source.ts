import type { Article } from '../article/types.ts';

/** An article's text is its paragraphs: never its credit lines, tables or front matter. */
export function textOf(input: string | Pick<Article, 'paragraphs'>, separator: string): string {
  if (typeof input === 'string') return input;
  return isArticle(input) ? input.paragraphs.map((paragraph) => paragraph.text).join(separator) : '';
}

/** An article is recognised by its `paragraphs` array. */
export function isArticle(input: unknown): input is Pick<Article, 'paragraphs'> {
  return typeof input === 'object' && input !== null && Array.isArray((input as { paragraphs?: unknown }).paragraphs);
}
