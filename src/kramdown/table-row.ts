import { type MappedText, MappedTextBuilder, sliceText } from './mapped-text.ts';
import { matchCodespan } from './codespan.ts';
import { replaceMapped } from './mapped-replace.ts';

const CODE_ELEMENT = /<code.*?>.*?<\/code>/gu;
const ESCAPED_PIPE = /\\\|/g;

/**
 * Splits a table row into its cells' texts, as kramdown does: at every `|` that is neither
 * escaped nor inside a code span or a `<code>` element. Cells keep their surrounding spaces.
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
      const span = matchCodespan(row.text.slice(0, to), tick);
      if (!span) {
        at = skipBackticks(row.text, tick);
        continue;
      }
      splitPlain(plainStart, tick);
      appendToLast(sliceText(row, tick, span.end));
      plainStart = at = span.end;
    }
    splitPlain(plainStart, to);
  };
  let last = 0;
  CODE_ELEMENT.lastIndex = 0;
  for (let m = CODE_ELEMENT.exec(row.text); m; m = CODE_ELEMENT.exec(row.text)) {
    splitOutsideCodeElements(last, m.index);
    appendToLast(sliceText(row, m.index, m.index + m[0].length));
    last = m.index + m[0].length;
  }
  splitOutsideCodeElements(last, row.text.length);
  return cells.map((cell) => cell.build());
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
