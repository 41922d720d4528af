import type { Article } from '../article/types.ts';
import { countGraphemes } from './_graphemes.ts';
import { graphemeEnds } from './_grapheme-ends.ts';
import { HANGUL, HAN_OR_KANA, isWhiteSpace } from './_scripts.ts';
import { isArticle, textOf } from './_source.ts';
import { stripMarkup } from './_strip-markup.ts';
import { stripGeneratorNotes } from './stated-counts.ts';

export interface MakeExcerptOptions {
  /**
   * Most grapheme clusters in the excerpt, ellipsis included (default: `160`; in `'jekyll'`
   * mode, no limit unless given).
   */
  maxLength?: number;
  /** Appended when the excerpt ends at a word rather than a sentence (default: `'…'`). */
  ellipsis?: string;
  /**
   * `'length'` cuts the whole text to `maxLength`; `'jekyll'` takes, as Jekyll does, the text
   * before the first `separator` (default: `'length'`).
   */
  mode?: 'length' | 'jekyll';
  /** Jekyll's `excerpt_separator`, for `'jekyll'` mode (default: `'\n\n'`). */
  separator?: string;
  /**
   * The share of `maxLength`, at its end, in which a sentence end is preferred to a word
   * boundary (default: `0.4`: a sentence end past 60% of `maxLength` wins).
   */
  sentenceWindow?: number;
}

/**
 * Makes a plain-text excerpt. Generator notes, Markdown syntax and HTML tags are stripped,
 * entities decoded, white space collapsed and the text normalised to NFC. When the text is longer
 * than `maxLength`, the excerpt ends at a sentence end (`다.`, `요.`, `?`, `!`, `。`, `.` after a
 * letter) in the last `sentenceWindow` of the budget, else at the last word boundary, followed by
 * the ellipsis; it never cuts a grapheme cluster or an 어절 (a Han/Kana run may be cut between
 * the words `Intl.Segmenter` finds). An article is made from its paragraphs, which are plain
 * text already, so only notes are stripped from them; in `'jekyll'` mode its paragraphs stand
 * for blocks separated by a blank line.
 */
export function makeExcerpt(textOrArticle: string | Pick<Article, 'paragraphs'>, options?: MakeExcerptOptions): string {
  const jekyll = options?.mode === 'jekyll';
  let source = textOf(textOrArticle, jekyll ? '\n\n' : '\n').normalize('NFC');
  if (jekyll) {
    const separator = options?.separator ?? '\n\n';
    const at = separator === '' ? -1 : source.indexOf(separator);
    if (at >= 0) source = source.slice(0, at);
  }
  if (!isArticle(textOrArticle)) source = stripMarkup(source);
  const text = stripGeneratorNotes(source).replace(/\s+/g, ' ').trim().normalize('NFC');
  const maxLength = Math.floor(options?.maxLength ?? (jekyll ? Infinity : 160));
  if (countGraphemes(text).graphemes <= maxLength) return text;
  return cut(text, maxLength, options?.ellipsis ?? '…', options?.sentenceWindow ?? 0.4);
}

function cut(text: string, maxLength: number, ellipsis: string, sentenceWindow: number): string {
  if (!(maxLength >= 1)) return '';
  const ends = graphemeEnds(text, maxLength);
  const shortest = Math.max(1, Math.ceil(maxLength * (1 - sentenceWindow)));
  for (let count = ends.length; count >= shortest; count--) {
    const end = ends[count - 1] ?? 0;
    if (isSentenceEnd(text, end)) return text.slice(0, end);
  }

  const room = maxLength - countGraphemes(ellipsis).graphemes;
  if (room < 0) return '';
  const words = cjkWordEnds(text, ends[room - 1] ?? 0);
  for (let count = room; count >= 1; count--) {
    const end = ends[count - 1] ?? 0;
    if (isWhiteSpace(text.charCodeAt(end)) || words.has(end)) {
      const kept = text.slice(0, trimPunctuation(text, end));
      if (kept !== '') return kept + ellipsis;
    }
  }
  return ellipsis;
}

/** Drops white space and commas, colons and the like before the ellipsis: `하나, 둘…`, not `하나, 둘,…`. */
function trimPunctuation(text: string, end: number): number {
  let at = end;
  while (at > 0 && (isWhiteSpace(text.charCodeAt(at - 1)) || ',;:、，·'.includes(text[at - 1] ?? ''))) at--;
  return at;
}

const CLOSERS = '"\'”’)]」』》〉';

function isSentenceEnd(text: string, end: number): boolean {
  let at = end;
  while (at > 0 && end - at < 3 && CLOSERS.includes(text[at - 1] ?? '')) at--;
  const mark = text[at - 1];
  const next = text.charCodeAt(end);
  if (mark === '。' || mark === '！' || mark === '？') {
    return !CLOSERS.includes(text[end] ?? '') && !'。！？'.includes(text[end] ?? '');
  }
  if (!isWhiteSpace(next)) return false;
  if (mark === '?' || mark === '!') return true;
  // `다.` and `요.` and every other Hangul syllable; after Latin letters a plain `. `.
  return mark === '.' && /[A-Za-z\uAC00-\uD7A3]/.test(text[at - 2] ?? '');
}

/**
 * Word boundaries inside Han/Kana runs written without spaces, up to `limit`; tokens with Hangul
 * are 어절, cut only at spaces.
 */
function cjkWordEnds(text: string, limit: number): Set<number> {
  const ends = new Set<number>();
  if (!HAN_OR_KANA.test(text.slice(0, limit))) return ends;
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  for (let start = 0; start < limit; ) {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space;
    // Past `limit` the token is only read far enough for the Segmenter to see its next word.
    const token = text.slice(start, Math.min(end, limit + 64));
    if (HAN_OR_KANA.test(token) && !HANGUL.test(token)) {
      for (const { index, segment } of segmenter.segment(token)) {
        const wordEnd = start + index + segment.length;
        if (wordEnd > limit) break;
        if (HAN_OR_KANA.test((text[wordEnd - 1] ?? '') + (text[wordEnd] ?? ''))) ends.add(wordEnd);
      }
    }
    start = end + 1;
  }
  return ends;
}
