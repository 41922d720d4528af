/** A `key: value` line at the top level of the front matter, read as written (not as YAML). */
export interface TopLevelEntry {
  /** The key as written (a plain key: no quotes). */
  key: string;
  /** Offset of the key's first character (the line's start). */
  keyStart: number;
  /** Offset just after the key, where its `:` is. */
  keyEnd: number;
  /** Offset of the value's first character on the key's line (after the `:` and white space). */
  valueStart: number;
  /** Offset just after the value's last non-blank character on the line (`valueStart` when there is none). */
  valueEnd: number;
  /** Whether indented lines follow: the value goes on below (a block, a list, a continuation). */
  continued: boolean;
  /** Offset just past the entry's last line (its key's line, or the last indented line under it), before its line break. */
  end: number;
}

const isBlank = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0d;

/**
 * The lines of a front matter that start a top-level entry: a plain key at column 0, then `:`
 * followed by white space or the line's end (the first such `:` on the line, as YAML reads a
 * plain key). Lines that are blank, comments, indented, list items or anything else are skipped.
 * Reads the text as written, so it works on YAML that does not parse; linear, never throws.
 */
export function topLevelEntries(yaml: string): TopLevelEntry[] {
  const entries: TopLevelEntry[] = [];
  let open: TopLevelEntry | undefined;
  for (let start = 0; start < yaml.length; ) {
    const newline = yaml.indexOf('\n', start);
    const end = newline === -1 ? yaml.length : newline;
    const next = end + 1;
    const first = yaml.charCodeAt(start);
    let lineEnd = end;
    while (lineEnd > start && isBlank(yaml.charCodeAt(lineEnd - 1))) lineEnd--;
    const blank = lineEnd === start;
    if (!blank && (first === 0x20 || first === 0x09)) {
      // An indented line: what is open goes on, unless the line only holds a comment.
      let at = start;
      while (at < lineEnd && isBlank(yaml.charCodeAt(at))) at++;
      if (open && yaml.charCodeAt(at) !== 0x23) {
        open.continued = true;
        open.end = lineEnd;
      }
    } else if (!blank && first !== 0x23) {
      open = undefined;
      const entry = readEntry(yaml, start, lineEnd);
      if (entry) {
        entries.push(entry);
        open = entry;
      }
    }
    start = next;
  }
  return entries;
}

function readEntry(yaml: string, start: number, lineEnd: number): TopLevelEntry | undefined {
  // Characters that cannot start a plain key, or that make the line something else.
  if ('-?:#\'"[]{}&*!|>%@`,'.includes(yaml[start] ?? '')) {
    if (!(yaml[start] === '-' && !isBlank(yaml.charCodeAt(start + 1)) && start + 1 < lineEnd)) return undefined;
  }
  for (let at = start + 1; at < lineEnd; at++) {
    const code = yaml.charCodeAt(at);
    if (code === 0x23 && isBlank(yaml.charCodeAt(at - 1))) return undefined; // a comment before any `:`
    if (code !== 0x3a || !(at + 1 >= lineEnd || isBlank(yaml.charCodeAt(at + 1)))) continue;
    let keyEnd = at;
    while (keyEnd > start && isBlank(yaml.charCodeAt(keyEnd - 1))) keyEnd--;
    let valueStart = at + 1;
    while (valueStart < lineEnd && isBlank(yaml.charCodeAt(valueStart))) valueStart++;
    return { key: yaml.slice(start, keyEnd), keyStart: start, keyEnd: at, valueStart, valueEnd: Math.max(valueStart, lineEnd), continued: false, end: lineEnd };
  }
  return undefined;
}
