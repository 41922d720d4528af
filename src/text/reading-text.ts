import type { Article, Block } from '../article/types.ts';

/** What `readingText` reads of an article: its blocks. */
export type ReadableArticle = Pick<Article, 'blocks'>;

/** An article is recognised by its `blocks` array. */
export function isReadable(input: unknown): input is ReadableArticle {
  return typeof input === 'object' && input !== null && Array.isArray((input as { blocks?: unknown }).blocks);
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'blockquote':
    case 'html':
    case 'text':
      return block.text;
    case 'list':
      return block.items.map((item) => item.text).join('\n');
    case 'table':
      return block.rows.map((row) => row.join('\t')).join('\n');
    case 'definitionList':
      return block.items.map((item) => [...item.terms, ...item.definitions].join('\n')).join('\n');
    case 'code':
    case 'thematicBreak':
      return '';
  }
}

/**
 * The one reading of an article's text that `readingTime(article)` and `article-kit stats` count
 * (and `countWords` and `countCharacters` count when given it): the text readers read, block by
 * block, in order: headings, paragraphs, lists (item by item), tables (cell by cell, a tab
 * between cells), definition lists, blockquotes, HTML blocks (footnotes included) and stray text,
 * each as `Article.blocks` has it, a blank line between blocks. Code blocks and rules are not read.
 */
export function readingText(article: ReadableArticle): string {
  const parts: string[] = [];
  for (const block of article.blocks) {
    const text = blockText(block);
    if (text.trim() !== '') parts.push(text);
  }
  return parts.join('\n\n');
}

/** A string as it is, an article as `readingText` reads it, anything else as no text. */
export const textToCount = (input: string | ReadableArticle): string =>
  typeof input === 'string' ? input : isReadable(input) ? readingText(input) : '';
