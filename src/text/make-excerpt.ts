import { countGraphemes } from './_graphemes.ts';
import { graphemeEnds } from './_grapheme-ends.ts';
import { type ExcerptArticle, jekyllHead, proseOf } from './_prose.ts';
import { HANGUL, HAN_OR_KANA, isWhiteSpace } from './_scripts.ts';
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
   * `'length'` cuts the prose to `maxLength`; `'jekyll'` takes, as Jekyll does, the text
   * before the first `separator` (default: `'length'`).
   */
  mode?: 'length' | 'jekyll';
  /**
   * The site's `excerpt_separator`, for `'jekyll'` mode; an article's front matter
   * `excerpt_separator` wins over it, as in Jekyll (default: `'\n\n'`, Jekyll's).
   */
  separator?: string;
  /**
   * The site the post belongs to (`loadJekyllSite`, `createJekyllSite`): in `'jekyll'` mode, its
   * configuration's `excerpt_separator` is the separator when `separator` is not given.
   */
  site?: { config: { excerpt_separator?: unknown } };
  /**
   * The share of `maxLength`, at its end, in which a sentence end is preferred to a word
   * boundary (default: `0.4`: a sentence end past 60% of `maxLength` wins).
   */
  sentenceWindow?: number;
}

/**
 * Makes a plain-text excerpt. Generator notes, Markdown syntax and HTML tags are stripped,
 * entities decoded (the names kramdown knows, and numeric references, as kramdown and then the
 * browser read them), white space collapsed and the text normalised to NFC. When the text is
 * longer than `maxLength`, the excerpt ends at a sentence end (`다.`, `요.`, `?`, `!`, `。`, `.`
 * after a letter) in the last `sentenceWindow` of the budget, else at the last word boundary,
 * followed by the ellipsis; it never cuts a grapheme cluster or an 어절 (a Han/Kana run may be cut
 * between the words `Intl.Segmenter` finds).
 *
 * An article is made from its prose: its paragraphs (plain text already, so only notes are
 * stripped) less credit and source lines (`출처: …`, `사진 출처`, `… | 뉴스다오`), lines that are only
 * an address or a link, and paragraphs without words; headings, lists and tables are left out. In
 * `'jekyll'` mode it is what Jekyll's excerpt holds instead: the body before the first
 * `excerpt_separator` (the front matter's, else `separator`), credit lines and all.
 */
export function makeExcerpt(textOrArticle: string | ExcerptArticle, options?: MakeExcerptOptions): string {
  const jekyll = options?.mode === 'jekyll';
  const configured = options?.site?.config.excerpt_separator;
  const separator = options?.separator ?? (configured === undefined || configured === null ? '\n\n' : String(configured));
  let source: string;
  if (typeof textOrArticle === 'string') {
    source = textOrArticle.normalize('NFC');
    if (jekyll) {
      const at = separator === '' ? -1 : source.indexOf(separator);
      if (at >= 0) source = source.slice(0, at);
    }
    source = stripMarkup(source);
  } else if (isExcerptArticle(textOrArticle)) {
    source = (jekyll ? jekyllHead(textOrArticle, separator) : proseOf(textOrArticle)).normalize('NFC');
  } else {
    source = '';
  }
  const text = stripGeneratorNotes(source).replace(/\s+/g, ' ').trim().normalize('NFC');
  const maxLength = Math.floor(options?.maxLength ?? (jekyll ? Infinity : 160));
  if (countGraphemes(text).graphemes <= maxLength) return text;
  return cut(text, maxLength, options?.ellipsis ?? '…', options?.sentenceWindow ?? 0.4);
}

/** An article is recognised by its `paragraphs` array. */
function isExcerptArticle(input: unknown): input is ExcerptArticle {
  return typeof input === 'object' && input !== null && Array.isArray((input as { paragraphs?: unknown }).paragraphs);
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
