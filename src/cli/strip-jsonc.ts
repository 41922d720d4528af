/**
 * JSONC (JSON with comments, as VS Code's settings and markdownlint-cli2's `.jsonc` files) as
 * `JSON.parse` reads it: `//` and `/* *\/` comments and trailing commas before `}` or `]` become
 * spaces, line breaks and every other character stay where they were, so the offsets of a
 * `JSON.parse` error still point into the file. Text inside strings is left alone. Throws a
 * SyntaxError for a comment that is not closed.
 */
export function stripJsonc(text: string): string {
  const out = text.split('');
  /** Where the last comma was, while only white space and comments followed it. */
  let comma = -1;
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      comma = -1;
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const to = end < 0 ? text.length : end;
      blank(i, to);
      i = to;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new SyntaxError(`Unterminated comment in JSON at position ${i}`);
      blank(i, end + 2);
      i = end + 2;
    } else {
      if (c === ',') comma = i;
      else if ((c === '}' || c === ']') && comma >= 0) {
        out[comma] = ' ';
        comma = -1;
      } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') comma = -1;
      i++;
    }
  }
  return out.join('');
}
