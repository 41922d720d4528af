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

/** Ruby's `\s`: space, tab, LF, vertical tab, form feed, CR. */
const isRubySpace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/** The end of the run of Ruby white space that starts at `from`. */
function spaceRunEnd(source: string, from: number): number {
  let at = from;
  while (at < source.length && isRubySpace(source.charCodeAt(at))) at++;
  return at;
}

/**
 * Where a delimiter's trailing `\s*$\n?` ends when the white space runs from `from` to `runEnd`:
 * the run as a whole when it reaches the end of the file, else just past its last LF (Ruby's `$`
 * holds only before an LF, never before a lone CR), else nowhere (-1).
 */
function delimiterEnd(source: string, from: number, runEnd: number): number {
  if (runEnd === source.length) return runEnd;
  const lastLf = source.lastIndexOf('\n', runEnd - 1);
  return lastLf >= from ? lastLf + 1 : -1;
}

/**
 * The opening line: `---`, then for Jekyll only white space up to an LF (`---\s*\n`). Beyond
 * Jekyll, a language may follow the dashes (`---js`), its first character not a dash. Returns
 * the language, the end of the opening line, where the content starts, or undefined when the file opens with no such line.
 */
function opening(source: string, start: number): { language: string; lineEnd: number; contentOffset: number } | undefined {
  if (!source.startsWith('---', start)) return undefined;
  const afterDashes = start + 3;
  let languageEnd = afterDashes;
  const lineEnd = source.indexOf('\n', afterDashes);
  const limit = lineEnd === -1 ? source.length : lineEnd;
  for (let at = afterDashes; at < limit; at++) if (!isRubySpace(source.charCodeAt(at))) languageEnd = at + 1;
  const language = source.slice(afterDashes, languageEnd).trim();
  if (language.startsWith('-')) return undefined;
  // `\s*\n` takes the longest run that ends in an LF: blank lines after the opening belong to it.
  const runEnd = spaceRunEnd(source, languageEnd);
  const lastLf = source.lastIndexOf('\n', runEnd - 1);
  if (lastLf < languageEnd) return undefined;
  return { language, lineEnd: lineEnd + 1, contentOffset: lastLf + 1 };
}

/**
 * Finds front matter as Jekyll 4.3 does (`Document::YAML_FRONT_MATTER_REGEXP`,
 * `\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)` in multiline mode), in one linear pass:
 *
 * - the file opens with `---` and white space up to an LF; blank lines after it belong to it;
 * - the block ends at the first line that starts with `---` or `...` followed by white space
 *   that reaches an LF or the end of the file; so `---  ` closes, `----` and `--- x` do not;
 * - the closing delimiter takes all the white space after it up to its last LF: blank lines
 *   after the closing `---` belong to the front matter, not to the body.
 *
 * A lone CR does not end a delimiter line (Ruby's `$` matches before an LF only), so a CR-only
 * file has no front matter. Beyond Jekyll, which would publish the whole file as its content: a
 * language after the opening dashes (`---js`) gives a block with that `language`, to report,
 * never run. `start` skips a byte order mark (Jekyll reads files as `bom|utf-8`).
 */
export function splitFrontMatter(source: string, start: number): SplitResult {
  const open = opening(source, start);
  if (!open) return { kind: 'none' };
  const { language, lineEnd, contentOffset } = open;
  // Every candidate closing line starts at `contentOffset` or just after an LF.
  let lineStart = contentOffset;
  while (lineStart <= source.length) {
    const code = source.charCodeAt(lineStart);
    if ((code === 0x2d && source.startsWith('---', lineStart)) || (code === 0x2e && source.startsWith('...', lineStart))) {
      const from = lineStart + 3;
      const runEnd = spaceRunEnd(source, from);
      const end = delimiterEnd(source, from, runEnd);
      if (end !== -1) return { kind: 'block', language, content: source.slice(contentOffset, lineStart), contentOffset, end };
      // A failed run holds no LF, so the next line starts after it: each character is seen once.
      lineStart = runEnd;
    }
    const lf = source.indexOf('\n', lineStart);
    if (lf === -1) break;
    lineStart = lf + 1;
  }
  return { kind: 'unclosed', language, openingEnd: lineEnd };
}
