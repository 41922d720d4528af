import { type MappedText, MappedTextBuilder } from './mapped-text.ts';

/**
 * String#replace for MappedText: replaced characters map to the offset where their match began.
 * `re` must be global.
 */
export function replaceMapped(
  source: MappedText,
  re: RegExp,
  replacer: (match: RegExpExecArray) => string,
): MappedText {
  const builder = new MappedTextBuilder();
  let last = 0;
  let changed = false;
  re.lastIndex = 0;
  for (let m = re.exec(source.text); m; m = re.exec(source.text)) {
    const replacement = replacer(m);
    if (replacement !== m[0]) {
      changed = true;
      builder.append(source, last, m.index).insert(replacement, source.offsets[m.index] ?? 0);
      last = m.index + m[0].length;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  if (!changed) return source;
  builder.append(source, last);
  const built = builder.build();
  built.offsets[built.text.length] = source.offsets[source.text.length] ?? 0;
  return built;
}

// Ruby's String#strip family: ASCII white space and NUL only (a no-break space stays).
export const isRubySpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0;

function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isRubySpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function contentStart(text: string): number {
  let start = 0;
  while (start < text.length && isRubySpace(text.charCodeAt(start))) start++;
  return start;
}

export function trimEnd(source: MappedText): MappedText {
  const end = contentEnd(source.text);
  return end === source.text.length ? source : { text: source.text.slice(0, end), offsets: source.offsets.subarray(0, end + 1) };
}

export function trimStart(source: MappedText): MappedText {
  const start = contentStart(source.text);
  return start === 0 ? source : { text: source.text.slice(start), offsets: source.offsets.subarray(start) };
}

export const rubyTrimEnd = (text: string): string => text.slice(0, contentEnd(text));

export function rubyStrip(text: string): string {
  const start = contentStart(text);
  return start === text.length ? '' : text.slice(start, contentEnd(text));
}
