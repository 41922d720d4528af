import { stripGeneratorNotes } from '../text/stated-counts.ts';
import type { Rule } from './types.ts';

const MAX_LENGTH = 20_000;
/** How much of the excerpt's end is looked up in the body when the excerpt is not its prefix. */
const TAIL = 24;
const MIN_TAIL = 8;
const MAX_OCCURRENCES = 50;
const ELLIPSIS = /(?:…|\.\.\.)$/;
const LETTER_BEFORE = /\p{L}$/u;
const WORD_CHARACTER = /^[\p{L}\p{N}]/u;

/** Whether `text` goes on with a letter or digit at `at`. */
const wordGoesOnAt = (text: string, at: number): boolean => WORD_CHARACTER.test(text.slice(at, at + 2));

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The excerpt's last characters, looked up in the body when the excerpt is not its prefix; undefined when too few. */
function tailOf(before: string): string | undefined {
  let from = Math.max(0, before.length - TAIL);
  // Never start inside a surrogate pair.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(before[from] ?? '')) from++;
  const tail = before.slice(from);
  return tail.length < MIN_TAIL ? undefined : tail;
}

/**
 * Where the body goes on with a letter or digit after the excerpt's text, or -1: the excerpt is
 * the body's prefix, or else its last characters occur in the body and every occurrence goes on
 * inside the word (excerpts are often cut from the source article, which the post rewrites).
 */
function continuation(before: string, body: string): number {
  if (body.startsWith(before)) return wordGoesOnAt(body, before.length) ? before.length : -1;
  const tail = tailOf(before);
  if (tail === undefined) return -1;
  let first = -1;
  let seen = 0;
  for (let at = body.indexOf(tail); at >= 0 && seen < MAX_OCCURRENCES; at = body.indexOf(tail, at + 1), seen++) {
    const next = at + tail.length;
    if (!wordGoesOnAt(body, next)) return -1;
    if (first < 0) first = next;
  }
  return first;
}

/** White space as `\s` reads it (`collapse` turned each run of it into one space). */
const WHITE_SPACE = /\s/;
const isWhiteSpaceAt = (text: string, at: number): boolean => at >= 0 && at < text.length && WHITE_SPACE.test(text[at] as string);

/**
 * Where the collapsed `words` occur in `text` from `at` (the first word's place), each space
 * standing for a run of white space, or -1; `leading`: the tail began with a space, which stands
 * for a run after a character (the collapsed body is trimmed).
 */
function occurrenceEnd(text: string, at: number, words: readonly string[], leading: boolean): number {
  if (leading) {
    let run = at;
    while (isWhiteSpaceAt(text, run - 1)) run--;
    if (run === at || run === 0) return -1;
  }
  let end = at + (words[0] as string).length;
  for (let k = 1; k < words.length; k++) {
    const wordStart = skipWhiteSpace(text, end);
    if (wordStart === end || !text.startsWith(words[k] as string, wordStart)) return -1;
    end = wordStart + (words[k] as string).length;
  }
  return end;
}

function skipWhiteSpace(text: string, from: number): number {
  let at = from;
  while (isWhiteSpaceAt(text, at)) at++;
  return at;
}

/**
 * Whether {@link continuation} finds the tail (not the prefix) going on in a word, decided on the
 * text as written, without collapsing all of it. Each occurrence in the collapsed body is one
 * occurrence here (found from its first word), ending before the same characters.
 */
function tailGoesOnInWord(before: string, text: string): boolean {
  const tail = tailOf(before);
  if (tail === undefined) return false;
  const words = tail.split(' ');
  const leading = words[0] === '';
  if (leading) words.shift();
  const first = words[0] as string;
  let found = false;
  let seen = 0;
  for (let at = text.indexOf(first); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(first, at + 1)) {
    const end = occurrenceEnd(text, at, words, leading);
    if (end < 0) continue;
    seen++;
    if (!wordGoesOnAt(text, end)) return false;
    found = true;
  }
  return found;
}

/**
 * An excerpt that ends in `…` or `...` right after a letter, where the body goes on with more of
 * the same word: the generator cut inside an 어절 (`가격이 폭…` for `가격이 폭염과`). Reported at
 * the ellipsis.
 */
export const excerptCutMidWord: Rule = {
  id: 'excerpt-cut-mid-word',
  meta: {
    description: 'The excerpt was cut inside a word and ends with an ellipsis',
    url: 'https://www.npmjs.com/package/article-kit#excerpt-cut-mid-word',
    needsFrontMatter: true,
    messages: {
      cut: 'The excerpt is cut inside the word “{{word}}”: end it at a word boundary',
    },
    docs: {
      ok: {
        source: '---\ntitle: 정상\nexcerpt: >\n  배추와 무의 가격이 폭염과…\n---\n배추와 무의 가격이 폭염과 장마로 크게 올랐습니다.\n',
      },
      notOk: {
        source: '---\ntitle: 잘린 요약\nexcerpt: >\n  배추와 무의 가격이 폭…\n---\n배추와 무의 가격이 폭염과 장마로 크게 올랐습니다.\n',
        expected: ['4:15: The excerpt is cut inside the word “폭염과”: end it at a word boundary'],
      },
    },
  },
  check(article, context) {
    const excerpt = article.frontMatter.excerpt;
    if (excerpt === undefined || excerpt.length > MAX_LENGTH) return;
    const stripped = stripGeneratorNotes(excerpt).trimEnd();
    const ellipsis = ELLIPSIS.exec(stripped);
    if (!ellipsis) return;
    const raw = stripped.slice(0, ellipsis.index);
    if (!LETTER_BEFORE.test(raw.slice(-2))) return;
    const before = collapse(raw);
    if (before === '') return;
    // Most posts are not reported: the body's collapsed start (a prefix of the whole collapsed
    // body), or the text as written, says so without collapsing all of the body.
    const window = 2 * before.length + 64;
    const head = collapse(article.text.slice(0, window));
    if (head.length > before.length + 2 || article.text.length <= window) {
      const goesOn = head.startsWith(before) ? wordGoesOnAt(head, before.length) : tailGoesOnInWord(before, article.text);
      if (!goesOn) return;
    }
    const body = collapse(article.text);
    const next = continuation(before, body);
    if (next < 0) return;

    // The word as the body has it: the excerpt's last word and the rest of it in the body.
    const stem = before.slice(Math.max(before.lastIndexOf(' ') + 1, before.length - 40));
    const rest = /^\S{0,40}/.exec(body.slice(next, next + 40))?.[0] ?? '';
    const word = (stem + rest).replace(/[^\p{L}\p{N}]+$/u, '');

    const range = context.yaml.range(['excerpt']);
    const where = range ? context.source.lastIndexOf(ellipsis[0], range.end - ellipsis[0].length) : -1;
    const found = range !== undefined && where >= range.start;
    context.report({
      messageId: 'cut',
      data: { word },
      start: found ? where : (range?.start ?? article.frontMatter.position?.start.offset ?? 0),
      ...(found ? { end: where + ellipsis[0].length } : range ? { end: range.end } : {}),
    });
  },
};
