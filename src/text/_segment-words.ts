// Punctuation that always ends a word: a long token is cut after it.
const CJK_STOPS = /[\u3001\u3002\u300C-\u300F\u3010\u3011\uFF01\uFF0C\uFF1B\uFF1F]/g;
/**
 * V8's segment iterator costs much per call (pieces of 16 code units take three times as long
 * per character as pieces of 256) and slows down with the square of its string's length (256k
 * characters of Japanese take a minute). So tokens are joined into batches of about BATCH code
 * units, one per line: a line end is a word boundary that every rule keeps (UAX #29 WB3a, WB3b).
 */
const BATCH = 256;
/**
 * A stretch longer than WINDOW code units without a stop is read in windows: the words that
 * start in the first STEP are counted, and the next window starts where the first word at or
 * after STEP does, so that no word is cut and each is read with a STEP of what follows it.
 */
const WINDOW = 1024;
const STEP = 512;

/** A token being counted: the words found in it so far. */
export interface Tally {
  words: number;
  cjk: boolean;
}

export interface WordSegmenter {
  /** Queues a token; its tally is complete by the time `onCounted` is told of it. */
  add(token: string, tally: Tally): void;
  /** Counts what is queued. */
  flush(): void;
}

/** Counts the Segmenter's words of tokens, in batches; tells `onCounted` of each token's tally. */
export function wordSegmenter(onCounted: (tally: Tally) => void): WordSegmenter {
  let segmenter: Intl.Segmenter | undefined;
  let text = '';
  // Where each piece of `text` ends, and the tally it counts for.
  let ends: number[] = [];
  let tallies: Tally[] = [];
  let complete: Tally[] = [];
  const segments = (piece: string): Intl.Segments => (segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' })).segment(piece);

  const flush = (): void => {
    let piece = 0;
    if (text) {
      for (const segment of segments(text)) {
        if (!segment.isWordLike) continue;
        while (segment.index >= ends[piece]!) piece++;
        tallies[piece]!.words++;
      }
    }
    text = '';
    ends = [];
    tallies = [];
    complete.forEach(onCounted);
    complete = [];
  };

  const queue = (piece: string, tally: Tally): void => {
    text += text ? `\n${piece}` : piece;
    ends.push(text.length);
    tallies.push(tally);
  };

  const windowed = (part: string, tally: Tally): void => {
    for (let start = 0; start < part.length; ) {
      let end = Math.min(part.length, start + WINDOW);
      const last = part.charCodeAt(end - 1);
      if (end < part.length && last >= 0xd800 && last <= 0xdbff) end++;
      let next = end - start;
      for (const segment of segments(part.slice(start, end))) {
        if (end < part.length && segment.index >= STEP) {
          next = segment.index;
          break;
        }
        if (segment.isWordLike) tally.words++;
      }
      start += next;
    }
  };

  return {
    add(token, tally) {
      for (const part of token.length > BATCH ? cutAfterStops(token) : [token]) {
        if (part.length > WINDOW) {
          flush();
          windowed(part, tally);
        } else {
          queue(part, tally);
        }
      }
      complete.push(tally);
      if (text.length >= BATCH) flush();
    },
    flush,
  };
}

/** A long token cut after stops into parts of at most BATCH code units, where its stops allow. */
function cutAfterStops(token: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let lastStop = -1;
  for (const match of token.matchAll(CJK_STOPS)) {
    if (match.index + 1 - start > BATCH && lastStop > start) {
      parts.push(token.slice(start, lastStop));
      start = lastStop;
    }
    lastStop = match.index + 1;
  }
  if (token.length - start > BATCH && lastStop > start) {
    parts.push(token.slice(start, lastStop));
    start = lastStop;
  }
  parts.push(token.slice(start));
  return parts;
}
