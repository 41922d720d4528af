import { WHITE_SPACE_ONLY, isWhiteSpace } from './_scripts.ts';

/**
 * Code points that can share a grapheme cluster with a neighbour (UAX #29 Extend, ZWJ,
 * SpacingMark, Prepend, Hangul L/V/T, Regional_Indicator), generously: anything listed here
 * is only slower, as its cluster goes through `Intl.Segmenter`. Between two code points not
 * listed here there is always a boundary, except inside CR LF.
 */
export const JOINING =
  /[\p{M}\p{Grapheme_Extend}\p{Emoji_Modifier}\p{Regional_Indicator}\u200C\u200D\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u0E33\u0EB3\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u{110BD}\u{110CD}\u{111C2}\u{111C3}\u{113D1}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}\u{16D63}\u{16D67}-\u{16D6A}\u{E0000}-\u{E0FFF}]/u;

const EXTEND = /^[\p{Grapheme_Extend}\p{Emoji_Modifier}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

/** Segmenter input is kept short: V8's segment iterator gets slower the longer its string. */
const BATCH = 256;

const enum Kind {
  Simple,
  /** Extend that never links anything after it: emoji modifiers, variation selectors, tags, Jamo V and T. */
  Trailing,
  RegionalIndicator,
  JamoL,
  /** ZWJ and Prepend: they attach what follows. */
  Sticky,
  Mark,
}

export interface GraphemeCounts {
  graphemes: number;
  /** Graphemes made only of white space (`\s` or U+200B). */
  spaces: number;
  utf8Bytes: number;
  /** Precomposed Hangul syllables (U+AC00–U+D7A3). */
  hangul: number;
}

interface State extends GraphemeCounts {
  text: string;
  batchStart: number;
  segmenter: Intl.Segmenter | undefined;
}

/** Counts grapheme clusters exactly as `Intl.Segmenter` does, without it for most text. */
export function countGraphemes(text: string): GraphemeCounts {
  const state: State = {
    text,
    graphemes: 0,
    spaces: 0,
    utf8Bytes: 0,
    hangul: 0,
    batchStart: -1,
    segmenter: undefined,
  };
  if (JOINING.test(text)) countMixed(state);
  else countSimple(state);
  return { graphemes: state.graphemes, spaces: state.spaces, utf8Bytes: state.utf8Bytes, hangul: state.hangul };
}

/** Every code point is a grapheme, except that CR LF is one. */
function countSimple(state: State): void {
  const { text } = state;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      state.utf8Bytes++;
      if (code === 10 && i > 0 && text.charCodeAt(i - 1) === 13) continue;
    } else if (code < 0x800) {
      state.utf8Bytes += 2;
    } else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      state.utf8Bytes += 4;
      state.graphemes++;
      i++;
      continue;
    } else {
      state.utf8Bytes += 3;
      if (code >= 0xac00 && code <= 0xd7a3) state.hangul++;
    }
    state.graphemes++;
    if (isWhiteSpace(code)) state.spaces++;
  }
}

/** What is known of the stretch between two certain boundaries. */
const enum Piece {
  /** One grapheme: a code point, CR LF, a base with extending marks, or a pair of regional indicators. */
  One,
  /** One white-space grapheme: a white-space code point or CR LF. */
  Space,
  /** Anything else: `Intl.Segmenter` decides. */
  Unknown,
}

/**
 * Splits the text at boundaries that hold whatever surrounds them; stretches between them that
 * are plainly one grapheme are counted directly, the rest go to `Intl.Segmenter` in batches.
 */
function countMixed(state: State): void {
  const { text } = state;
  // Runs of JOINING code points outside the Thai and Lao blocks, whose marks the loop knows.
  const runs = text.matchAll(new RegExp(`(?:(?![\\u0E00-\\u0EFF])${JOINING.source})+`, 'gu'));
  let runStart = -1;
  let runEnd = -1;
  let pieceStart = 0;
  let piece = Piece.One;
  let previousKind = Kind.Simple;
  let previousCode = -1;
  let regionalIndicators = 0;

  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    if (i >= runEnd) {
      const next = runs.next();
      runStart = next.done ? text.length : next.value.index;
      runEnd = next.done ? text.length : runStart + next.value[0].length;
    }
    // Thai and Lao are told apart here: a match of the runs' pattern for every mark costs more than the counting.
    const kind = code >= 0xe00 && code < 0xf00 ? (isThaiOrLaoMark(code) || code === 0xe33 || code === 0xeb3 ? Kind.Mark : Kind.Simple) : i >= runStart ? joiningKind(code) : Kind.Simple;

    state.utf8Bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (code >= 0xac00 && code <= 0xd7a3) state.hangul++;

    if (i === 0 || breaksBefore(previousKind, previousCode, kind, code, regionalIndicators)) {
      if (i > 0) closePiece(state, pieceStart, i, piece);
      pieceStart = i;
      piece = isWhiteSpace(code) ? Piece.Space : Piece.One;
    } else if (piece !== Piece.Unknown) {
      piece = grow(text, pieceStart, i, kind, code);
    }
    regionalIndicators = kind === Kind.RegionalIndicator ? regionalIndicators + 1 : 0;
    previousKind = kind;
    previousCode = code;
    i += code > 0xffff ? 2 : 1;
  }
  if (text.length > 0) closePiece(state, pieceStart, text.length, piece);
  if (state.batchStart >= 0) flush(state, text.length);
}

/** What the piece from `start`, plainly one grapheme up to `at`, becomes with this code point. */
function grow(text: string, start: number, at: number, kind: Kind, code: number): Piece {
  const first = text.codePointAt(start) ?? 0;
  if (first === 13) return code === 10 && at === start + 1 ? Piece.Space : Piece.Unknown;
  // GB9a: SARA AM (Thai, Lao) is a SpacingMark, part of the letter's cluster.
  if ((code === 0xe33 || code === 0xeb3) && isBase(first)) return Piece.One;
  if (isExtend(kind, code)) return isBase(first) || isRegionalIndicator(first) ? Piece.One : Piece.Unknown;
  // A second regional indicator right after the first: a flag.
  if (kind === Kind.RegionalIndicator && isRegionalIndicator(first) && at === start + 2) return Piece.One;
  // GB11: an emoji ZWJ sequence.
  if (text.charCodeAt(at - 1) === 0x200d && PICTOGRAPHIC.test(String.fromCodePoint(code)) && isPictographicBefore(text, at - 1, start)) {
    return Piece.One;
  }
  return Piece.Unknown;
}

/** Extend or ZWJ (GB9): always part of the cluster before it, unless that is a control. */
function isExtend(kind: Kind, code: number): boolean {
  if (kind === Kind.Trailing) return !isJamo(code);
  return code === 0x200d || (kind === Kind.Mark && (isThaiOrLaoMark(code) || EXTEND.test(String.fromCodePoint(code))));
}

/** Whether, skipping Extend characters back from `end`, an Extended_Pictographic comes first. */
function isPictographicBefore(text: string, end: number, start: number): boolean {
  for (let i = end; i > start; ) {
    const low = text.charCodeAt(i - 1);
    const pair = isLowSurrogate(low) && i - 2 >= start && isHighSurrogate(text.charCodeAt(i - 2));
    i -= pair ? 2 : 1;
    const character = String.fromCodePoint(text.codePointAt(i) ?? 0);
    if (!EXTEND.test(character)) return PICTOGRAPHIC.test(character);
  }
  return false;
}

function closePiece(state: State, start: number, end: number, piece: Piece): void {
  if (piece === Piece.Unknown) {
    if (state.batchStart < 0) state.batchStart = start;
    else if (end - state.batchStart >= BATCH) flush(state, end);
    return;
  }
  if (state.batchStart >= 0) flush(state, start);
  state.graphemes++;
  if (piece === Piece.Space) state.spaces++;
}

function flush(state: State, end: number): void {
  state.segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of state.segmenter.segment(state.text.slice(state.batchStart, end))) {
    state.graphemes++;
    if (WHITE_SPACE_ONLY.test(segment)) state.spaces++;
  }
  state.batchStart = -1;
}

/** Whether UAX #29 puts a boundary between the two code points whatever surrounds them. */
function breaksBefore(before: Kind, beforeCode: number, kind: Kind, code: number, regionalIndicators: number): boolean {
  if (beforeCode === 13) return code !== 10;
  switch (kind) {
    case Kind.Simple:
      if (before === Kind.Simple) return true;
      if (before === Kind.JamoL || before === Kind.Sticky) return false;
      return isPlain(code);
    case Kind.RegionalIndicator:
      if (before === Kind.RegionalIndicator) return regionalIndicators % 2 === 0;
      return before !== Kind.Sticky;
    case Kind.JamoL:
      return before !== Kind.JamoL && before !== Kind.Sticky;
    default:
      return false;
  }
}

/**
 * Letters and symbols that no preceding mark can link to (none is an Indic consonant). Thai and
 * Lao have no Prepend, no virama that links consonants, and marks only after a letter.
 */
function isPlain(code: number): boolean {
  return (
    code < 0x300 ||
    (code >= 0xe00 && code < 0xf00) ||
    (code >= 0x2000 && code < 0x2c00) ||
    (code >= 0x3000 && code < 0xa000) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code < 0xfb00) ||
    (code >= 0x1f000 && code < 0x1fb00) ||
    (code >= 0x20000 && code < 0x40000)
  );
}

function joiningKind(code: number): Kind {
  if ((code >= 0x1100 && code <= 0x115f) || (code >= 0xa960 && code <= 0xa97f)) return Kind.JamoL;
  if (
    (code >= 0x1160 && code <= 0x11ff) ||
    (code >= 0xd7b0 && code <= 0xd7ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0020 && code <= 0xe007f) ||
    (code >= 0xe0100 && code <= 0xe01ef)
  ) {
    return Kind.Trailing;
  }
  if (isRegionalIndicator(code)) return Kind.RegionalIndicator;
  if (code === 0x200d || isPrepend(code)) return Kind.Sticky;
  return Kind.Mark;
}

// Past U+11000 every joining character counts: Brahmic scripts there have Prepend letters, and
// taking a mark for one only costs a Segmenter call.
function isPrepend(code: number): boolean {
  return (
    (code >= 0x600 && code <= 0x605) ||
    code === 0x6dd ||
    code === 0x70f ||
    code === 0x890 ||
    code === 0x891 ||
    code === 0x8e2 ||
    code === 0xd4e ||
    code > 0x11000
  );
}

/** A plain code point that is not a control: marks after it extend it. */
function isBase(code: number): boolean {
  return (
    isPlain(code) &&
    code >= 0x20 &&
    !(code >= 0x7f && code <= 0x9f) &&
    code !== 0xad &&
    !(code >= 0x200b && code <= 0x200f) &&
    !(code >= 0x2028 && code <= 0x202e) &&
    !(code >= 0x2060 && code <= 0x206f)
  );
}

/** Thai and Lao vowel and tone marks, all Grapheme_Extend: the common case told without a regular expression. */
function isThaiOrLaoMark(code: number): boolean {
  return (
    code === 0xe31 ||
    (code >= 0xe34 && code <= 0xe3a) ||
    (code >= 0xe47 && code <= 0xe4e) ||
    code === 0xeb1 ||
    (code >= 0xeb4 && code <= 0xebc) ||
    (code >= 0xec8 && code <= 0xece)
  );
}

function isJamo(code: number): boolean {
  return (code >= 0x1100 && code <= 0x11ff) || (code >= 0xa960 && code <= 0xa97f) || (code >= 0xd7b0 && code <= 0xd7ff);
}

function isRegionalIndicator(code: number): boolean {
  return code >= 0x1f1e6 && code <= 0x1f1ff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
