import { type MappedText, MappedTextBuilder, sliceText } from './mapped-text.ts';
import { matchCodespan } from './codespan.ts';
import { replaceMapped } from './mapped-replace.ts';
import { work } from './work.ts';

const ESCAPED_PIPE = /\\\|/g;

/**
 * The next match of kramdown's `<code.*?>.*?<\/code>` in a row (one line) from `from`, found
 * without the regex, which rereads the rest of the row for every `<code` it cannot close. At the
 * first `<code`, the pattern's first `>` is the first one past it, and `</code>` must start after
 * that `>`; a later `>` only leaves fewer `</code>` after it, and a later `<code` a later first
 * `>`: when the row's last `</code>` starts too early, nothing further matches.
 */
function nextCodeElement(text: string, from: number, lastClose: number): [number, number] | undefined {
  const open = text.indexOf('<code', from);
  if (open < 0) return undefined;
  const gt = text.indexOf('>', open + 5);
  if (gt < 0 || lastClose <= gt) {
    work.count += (gt < 0 ? text.length : gt) - from;
    return undefined;
  }
  const close = text.indexOf('</code>', gt + 1);
  work.count += close + 7 - from;
  return [open, close + 7];
}

/**
 * Splits a table row into its cells' texts, as kramdown does: at every `|` that is neither
 * escaped nor inside a code span or a `<code>` element. Cells keep their surrounding spaces.
 * (A row with none of those is read by table.ts's `plainCells`, in one pass.)
 */
export function splitRow(row: MappedText): MappedText[] {
  const cells: MappedTextBuilder[] = [];
  const appendToLast = (part: MappedText): void => {
    if (cells.length === 0) cells.push(new MappedTextBuilder());
    cells.at(-1)?.append(part);
  };
  const splitPlain = (from: number, to: number): void => {
    const fragments = splitUnescapedPipes(row.text, from, to);
    fragments.forEach(([start, end], i) => {
      const fragment = replaceMapped(sliceText(row, start, end), ESCAPED_PIPE, () => '|');
      if (i === 0) appendToLast(fragment);
      else cells.push(new MappedTextBuilder().append(fragment));
    });
  };
  const splitOutsideCodeElements = (from: number, to: number): void => {
    let plainStart = from;
    let at = from;
    while (at < to) {
      const tick = row.text.indexOf('`', at);
      if (tick < 0 || tick >= to) break;
      const span = matchCodespan(row.text, tick, to);
      if (!span) {
        at = skipBackticks(row.text, tick);
        continue;
      }
      splitPlain(plainStart, tick);
      appendToLast(rewrittenCodespan(row, tick, span));
      plainStart = at = span.end;
    }
    splitPlain(plainStart, to);
  };
  let last = 0;
  const lastClose = row.text.lastIndexOf('</code>');
  for (let m = nextCodeElement(row.text, 0, lastClose); m; m = nextCodeElement(row.text, last, lastClose)) {
    splitOutsideCodeElements(last, m[0]);
    appendToLast(sliceText(row, m[0], m[1]));
    last = m[1];
  }
  splitOutsideCodeElements(last, row.text.length);
  return cells.map((cell) => cell.build());
}

/**
 * A code span as kramdown writes it back into its cell, to be read again with the cell: its
 * content between runs one backtick longer than the longest inside it (with a space on each side
 * when that is more than one), not as written: ```` ``` x``` ```` is `` `x` `` in the cell.
 */
function rewrittenCodespan(row: MappedText, start: number, span: { end: number; delimiter: string; content: string }): MappedText {
  const after = start + span.delimiter.length;
  const contentStart = span.delimiter.length > 1 && row.text[after] === ' ' ? after + 1 : after;
  const contentEnd = contentStart + span.content.length;
  let longest = 0;
  for (let i = 0; i < span.content.length; ) {
    if (span.content[i] !== '`') {
      i++;
      continue;
    }
    let j = i;
    while (span.content[j] === '`') j++;
    longest = Math.max(longest, j - i);
    i = j;
  }
  const delimiter = '`'.repeat(longest + 1);
  const pad = delimiter.length > 1 ? ' ' : '';
  return new MappedTextBuilder()
    .insert(delimiter + pad, row.offsets[start] ?? 0)
    .append(row, contentStart, contentEnd)
    .insert(pad + delimiter, row.offsets[contentEnd] ?? 0)
    .build();
}

function skipBackticks(text: string, at: number): number {
  let end = at;
  while (text[end] === '`') end++;
  return end;
}

/** [start, end) ranges between the `|` of text[from, to) that no backslash escapes. */
function splitUnescapedPipes(text: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (text[i] === '|' && (i === from || text[i - 1] !== '\\')) {
      ranges.push([start, i]);
      start = i + 1;
    }
  }
  ranges.push([start, to]);
  return ranges;
}
