export interface FrontMatterBlock {
  /** The language written after the opening `---` (`''` for plain YAML). */
  language: string;
  /** The text between the delimiter lines. */
  content: string;
  /** Offset of `content` in the file. */
  contentOffset: number;
  /** Offset just past the closing delimiter line: where the body begins. */
  end: number;
}

export type SplitResult =
  | { kind: 'none' }
  | { kind: 'unclosed'; language: string; openingEnd: number }
  | ({ kind: 'block' } & FrontMatterBlock);

const OPENING = /---([^\S\r\n]*[^\s-][^\r\n]*)?[^\S\r\n]*(?:\r\n|\r|\n)/y;
const CLOSING_LINE = /^(?:---|\.\.\.)[^\S\r\n]*$/;

/**
 * Finds front matter by Jekyll's rule: the file opens with a `---` line and the block ends at
 * the next line that is exactly `---` or `...` (trailing spaces allowed). A language after the
 * opening dashes (`---js`) is reported, never run. `start` skips a byte order mark.
 */
export function splitFrontMatter(source: string, start: number): SplitResult {
  OPENING.lastIndex = start;
  const opening = OPENING.exec(source);
  if (!opening) return { kind: 'none' };
  const language = (opening[1] ?? '').trim();
  const contentOffset = start + opening[0].length;
  let lineStart = contentOffset;
  while (lineStart <= source.length) {
    let lineEnd = lineStart;
    while (lineEnd < source.length && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') lineEnd++;
    const next = source[lineEnd] === '\r' && source[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
    const mayClose = source.startsWith('---', lineStart) || source.startsWith('...', lineStart);
    if (mayClose && CLOSING_LINE.test(source.slice(lineStart, lineEnd))) {
      return {
        kind: 'block',
        language,
        content: source.slice(contentOffset, lineStart),
        contentOffset,
        end: Math.min(next, source.length),
      };
    }
    if (lineEnd >= source.length) break;
    lineStart = next;
  }
  return { kind: 'unclosed', language, openingEnd: contentOffset };
}
