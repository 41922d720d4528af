/**
 * Where a code span that starts at `start` (a run of backticks) ends, by kramdown's rule: the
 * same run of backticks closes it; a single backtick between white space is literal.
 * Returns the span's end and content, or undefined when the backticks are literal.
 */
export function matchCodespan(text: string, start: number): { end: number; delimiter: string; content: string } | undefined {
  let after = start;
  while (text[after] === '`') after++;
  const delimiter = text.slice(start, after);
  if (delimiter.length === 1) {
    const before = start === 0 ? '' : text[start - 1];
    const next = text[after] ?? '';
    if ((before === '' || isAsciiSpace(before ?? '')) && isAsciiSpace(next)) return undefined;
  }
  const close = text.indexOf(delimiter, after);
  if (close < 0) return undefined;
  let content = text.slice(after, close);
  if (delimiter.length > 1) {
    if (content.startsWith(' ')) content = content.slice(1);
    if (content.endsWith(' ')) content = content.slice(0, -1);
  }
  return { end: close + delimiter.length, delimiter, content };
}

export const isAsciiSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
