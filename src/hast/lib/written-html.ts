import { decodeHTML } from 'entities/decode';
import type { OffsetMap } from '../../kramdown/offset-map.ts';
import { lastAtMost } from '../../position/last-at-most.ts';
import { type EndTagPiece, forEachPiece, type Fragment, type StartTagPiece, type TextPiece } from '../../kramdown/writer/fragment.ts';

export interface WrittenHtml {
  /** The published HTML, as the writer wrote it (`article.html`). */
  html: string;
  /** From an offset in `html` to one in the post file. */
  map: OffsetMap;
}

/** One write: generated text from `generated` on, from the file at `original` (to `originalEnd`). */
interface Run {
  generated: number;
  original: number;
  /** Character by character from `original`. */
  verbatim: boolean;
  /** Where the source of a run that is not verbatim ends (its start when unknown, or generated). */
  originalEnd: number;
}

interface State {
  source: string;
  parts: string[];
  runs: Run[];
  length: number;
}

type Piece = TextPiece | StartTagPiece | EndTagPiece;
/** Where each decoded character of a text is in the file. */
type Offsets = (index: number) => number;

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const BLANK = /^[\t\n\f\r ]*$/;
const LEADING_BLANK = /^[\t\n\f\r ]+/;
/** A character reference as the writer writes one (well formed, as kramdown's REFERENCE_RE). */
const REFERENCE = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;
/** What stands in the file where the writer wrote a typographic symbol, an entity or a smart quote. */
const TOKEN = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|---|--|\.\.\.|\\<<|\\>>|<< | >>|<<|>>|['"]/y;
/** A tag or comment in markup the writer generated (Rouge's wrapper, a highlighter's spans). */
const TAG = /<!--[\s\S]*?-->|<[^<>]*>/g;
/** Between characters the parser kept: indentation, a blockquote's `>`, a backslash, a CR. */
const isDropped = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x5c || code === 0x3e || code === 0x0d;
const MAX_DROPPED = 64;
/** The longest opening delimiter code may have before it: a fence line with its info string. */
const MAX_DELIMITER = 1024;

/**
 * The writer's fourth sink: the published HTML itself, every attribute kept, with a map from its
 * offsets to the file like the marked HTML's (writer/marked-html.ts), without markers. Text copied
 * from the file maps character by character; a tag maps to the node that wrote it, a start tag to
 * where the node starts and an end tag (or the `>` of an empty element) to where it ends, so a
 * parsed element spans its node's source.
 *
 * The writer marks text it changed (escaped, typographic, code) with where its node starts only,
 * and calls verbatim any text it did not escape, even when the parser took characters out of it
 * (a list item's indentation, a backslash). Where the file shows what the text came from, this
 * sink finds it, so that a text node spans its own characters: text whose decoded characters are
 * the file's, from its start, or last before the next piece's place (code between its backticks
 * or fences, the code in Rouge's wrapper), or from its start with dropped characters between
 * them, maps character by character (a reference to the characters it stands for); a symbol,
 * entity or smart quote spans its token (`--`, `&amp;`, `'`). The rest (white space the writer
 * adds, what Liquid printed, footnote backlinks) stays where its node starts.
 */
export function writtenHtml(fragment: Fragment, source: string): WrittenHtml {
  const pieces: Piece[] = [];
  forEachPiece(fragment, (piece) => {
    pieces.push(piece);
  });
  const state: State = { source, parts: [], runs: [], length: 0 };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    if (piece.kind === 'text') {
      if (piece.verbatim && source.startsWith(piece.text, piece.origin)) write(state, piece.text, piece.origin, true);
      else writeChanged(state, piece.text, piece.origin, Math.min(limitAfter(pieces, i), source.length), piece.verbatim);
    } else if (piece.kind === 'end') {
      write(state, `</${piece.name}>`, piece.origin, false);
    } else if (!isAsciiLetter(piece.name.charCodeAt(0))) {
      // `<이름>` is text to a browser, written where its node starts.
      writeChanged(state, piece.text, piece.node.start, Math.min(piece.node.start + piece.text.length, source.length), false);
    } else if (piece.selfClosing) {
      write(state, piece.text.slice(0, -1), piece.node.start, false);
      write(state, '>', piece.node.end, false);
    } else {
      write(state, piece.text, piece.node.start, false);
    }
  }
  return { html: state.parts.join(''), map: mapOf(state.runs) };
}

/** The file offset the piece after `index` comes from: a bound on where the text at `index` came from. */
function limitAfter(pieces: readonly Piece[], index: number): number {
  const next = pieces[index + 1];
  if (next === undefined) return Number.POSITIVE_INFINITY;
  return next.kind === 'start' ? next.node.start : next.origin;
}

function write(state: State, text: string, original: number, verbatim: boolean, originalEnd = original): void {
  if (text.length === 0) return;
  const last = state.runs.at(-1);
  state.parts.push(text);
  // Characters that follow each other in the file make one run.
  if (verbatim && last?.verbatim && last.original + (state.length - last.generated) === original) {
    state.length += text.length;
    return;
  }
  state.runs.push({ generated: state.length, original, verbatim, originalEnd });
  state.length += text.length;
}

/** Text written at `origin` that is not copied as it is from there; its source lies before `limit`. */
function writeChanged(state: State, text: string, origin: number, limit: number, verbatim: boolean): void {
  if (BLANK.test(text)) {
    write(state, text, origin, verbatim);
    return;
  }
  TOKEN.lastIndex = origin;
  const token = TOKEN.exec(state.source)?.[0];
  // An entity written in the file (`&amp;`, `&#8212;`) spans its reference, however it is printed.
  if (token?.startsWith('&') && decodeHTML(token) === decodeHTML(text)) {
    write(state, text, origin, false, origin + token.length);
    return;
  }
  const segments = text.includes('<') ? splitMarkup(text) : [text];
  if (writePlaced(state, segments, origin, limit)) return;
  write(state, text, origin, verbatim, token === undefined || verbatim ? origin : origin + token.length);
}

/** Markup as alternating text and tags, text first (`''` where two tags meet). */
function splitMarkup(html: string): string[] {
  const segments: string[] = [];
  let at = 0;
  for (const match of html.matchAll(TAG)) {
    segments.push(html.slice(at, match.index), match[0]);
    at = match.index + match[0].length;
  }
  segments.push(html.slice(at));
  return segments;
}

/**
 * Writes `segments` (text, tag, text, …) with each text character at its place in the file, when
 * the decoded text is there (see {@link placed}). A tag sits before the character that follows it
 * and after the one before it. False, and nothing written, when the text is not in the file.
 */
function writePlaced(state: State, segments: readonly string[], origin: number, limit: number): boolean {
  const texts = segments.filter((_, i) => i % 2 === 0);
  const decoded = texts.map((t) => (t.includes('&') ? decodeHTML(t) : t)).join('');
  const place = placed(state.source, decoded, origin, limit);
  if (place === undefined) return false;
  const runs: Array<[text: string, original: number, verbatim: boolean, end: number]> = [];
  let k = 0;
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s] as string;
    if (s % 2 === 1) {
      const before = k > 0 ? place.end(k - 1) : origin;
      runs.push([segment, k < decoded.length ? place.start(k) : before, false, before]);
      continue;
    }
    let index = 0;
    const plain = (end: number): void => {
      for (; index < end; index++, k++) runs.push([segment[index] as string, place.start(k), place.copied(k), place.end(k)]);
    };
    for (const match of segment.includes('&') ? segment.matchAll(REFERENCE) : []) {
      plain(match.index);
      const stands = decodeHTML(match[0]).length;
      if (stands === 0 || k + stands > decoded.length) return false;
      runs.push([match[0], place.start(k), false, place.end(k + stands - 1)]);
      k += stands;
      index = match.index + match[0].length;
    }
    plain(segment.length);
  }
  // References decoded one by one must add up to the whole; else the text keeps its start only.
  if (k !== decoded.length) return false;
  for (const [text, original, verbatim, end] of runs) write(state, text, original, verbatim, end);
  return true;
}

/** Where the decoded characters of a text are in the file. */
interface Placement {
  start(index: number): number;
  end(index: number): number;
  /** Whether the character is the file's (not white space the writer put around it). */
  copied(index: number): boolean;
}

/**
 * Where each character of `decoded`, written at `origin`, is in the file: from `origin`; else, as
 * code between delimiters, its last occurrence before `limit`; else from `origin` with characters
 * the parser dropped between them (indentation, `>`, `\`). White space at either end that is not
 * there (a code block's last line feed, a line break the writer put first) is the writer's, and
 * sits next to the rest. Undefined when the text is not in the file.
 */
function placed(source: string, decoded: string, origin: number, limit: number): Placement | undefined {
  const found = find(source, decoded, origin, limit);
  if (found) return { start: found, end: (k) => found(k) + 1, copied: () => true };
  const head = LEADING_BLANK.exec(decoded)?.[0].length ?? 0;
  const tail = decoded.length - decoded.trimEnd().length;
  if ((head === 0 && tail === 0) || head + tail >= decoded.length) return undefined;
  const core = find(source, decoded.slice(head, decoded.length - tail), origin, limit);
  if (core === undefined) return undefined;
  const last = decoded.length - tail - 1;
  const start = (k: number): number => (k < head ? core(0) : k > last ? core(last - head) + 1 : core(k - head));
  return { start, end: (k) => (k < head ? core(0) : start(k) + 1 - (k > last ? 1 : 0)), copied: (k) => k >= head && k <= last };
}

/** {@link placed} for text the file holds whole. */
function find(source: string, decoded: string, origin: number, limit: number): Offsets | undefined {
  if (decoded.length === 0) return undefined;
  if (source.startsWith(decoded, origin)) return (k) => origin + k;
  // Code sits after its opening delimiter (backticks, a fence line): a short way into the window.
  const last = limit - decoded.length;
  if (last > origin && last - origin <= MAX_DELIMITER) {
    const at = source.lastIndexOf(decoded, last);
    if (at > origin) return (k) => at + k;
  }
  const offsets = new Int32Array(decoded.length);
  let j = origin;
  for (let i = 0; i < decoded.length; i++) {
    const code = decoded.charCodeAt(i);
    let dropped = 0;
    while (j < limit && source.charCodeAt(j) !== code) {
      if (!isDropped(source.charCodeAt(j)) || ++dropped > MAX_DROPPED) return undefined;
      j++;
    }
    if (j >= limit) return undefined;
    offsets[i] = j++;
  }
  return (k) => offsets[k] as number;
}

function mapOf(runs: readonly Run[]): OffsetMap {
  const generatedAt = (i: number): number => (runs[i] as Run).generated;
  const locate = (offset: number): Run | undefined => runs[lastAtMost(runs.length, generatedAt, offset)];
  return {
    start(offset) {
      const run = locate(offset);
      if (run === undefined) return 0;
      return run.verbatim ? run.original + (offset - run.generated) : run.original;
    },
    end(offset) {
      const run = locate(Math.max(0, offset - 1));
      if (run === undefined) return 0;
      return run.verbatim ? run.original + (offset - run.generated) : run.originalEnd;
    },
  };
}
