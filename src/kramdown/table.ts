import { afterBlockBoundary, beforeBlockBoundary, endOfContent, newBlock } from './block-parser.ts';
import { matchCodespan } from './codespan.ts';
import { BLOCK_ELEMENTS, isKnownName, VOID_ELEMENTS } from './html-elements.ts';
import { matchEndTag, matchStartTag } from './html-tag.ts';
import { type MappedText, sliceText } from './mapped-text.ts';
import { isRubySpace, trimEnd, trimStart } from './mapped-replace.ts';
import { type Alignment, type KNode, node } from './nodes.ts';
import type { ParseState } from './state.ts';
import * as re from './syntax.ts';
import { rubySource } from '../ruby/regex.ts';
import { splitRow } from './table-row.ts';
import { work } from './work.ts';

const LEADING_PIPE = /^[ \t\n\v\f\r]*\|/;
// On a line without `\n`: `^` is the line's start, and Ruby's `.` anything.
const PIPE_CHECK = new RegExp(`^${rubySource(re.TABLE_PIPE_CHECK_SRC)}`, 'u');

/**
 * kramdown's table parser. Any run of lines that each hold a `|` is a table once it stands
 * between block boundaries; a `|---|` delimiter row only makes the rows above it a header.
 */
export function parseTable(state: ParseState): boolean {
  const { src } = state;
  // A table's first line has a pipe: a cheap test before the pattern reads the line.
  if (!lineHasPipe(src.text, src.pos)) return false;
  if (!afterBlockBoundary(state) || !src.check(re.TABLE_START)) return false;
  const start = src.pos;
  const firstLine = src.check(re.TABLE_LINE);
  const leadingPipe = firstLine !== null && LEADING_PIPE.test(firstLine[0]);
  src.scan(re.TABLE_SEP_LINE);
  // kramdown makes the table (which takes a waiting IAL) before it knows there is one.
  const table = newBlock(state, node('table', src.origin(start), src.origin(), { noDelimiterRow: true }));
  let rows: KNode[] = [];
  let hasHeader = false;
  let hasFooter = false;
  let columns = 0;
  const addContainer = (type: 'thead' | 'tbody' | 'tfoot', force: boolean): void => {
    if (!hasFooter || type !== 'tbody' || force) {
      const container = node(type, rows[0]?.start ?? src.origin(), rows.at(-1)?.end ?? src.origin());
      container.children = rows;
      rows = [];
      table.children.push(container);
    }
  };
  while (!src.eos) {
    if (!src.matches(re.TABLE_LINE)) break;
    const lineStart = src.pos;
    const separator = src.scan(re.TABLE_SEP_LINE);
    if (separator !== null) {
      if (rows.length === 0) continue;
      if (!hasHeader && !hasFooter) {
        addContainer('thead', false);
        hasHeader = true;
        table.noDelimiterRow = false;
        table.alignment = alignments(src.match?.[1] ?? '');
      } else {
        addContainer('tbody', false);
      }
      continue;
    }
    if (src.scan(re.TABLE_FSEP_LINE) !== null) {
      if (rows.length > 0) addContainer('tbody', true);
      hasFooter = true;
      continue;
    }
    // kramdown's TABLE_ROW_LINE, `^(.*?)[ \t]*\n`: the line without its trailing blanks (TABLE_LINE matched, so it ends in `\n`).
    const newline = src.text.indexOf('\n', lineStart);
    if (newline < 0) break;
    let rowEnd = newline;
    while (rowEnd > lineStart && (src.text[rowEnd - 1] === ' ' || src.text[rowEnd - 1] === '\t')) rowEnd--;
    work.count += newline + 1 - lineStart;
    src.pos = newline + 1;
    const tr = node('tr', src.origin(lineStart), src.origin(rowEnd));
    const cells = isPlainRow(src.text, lineStart, rowEnd) ? plainCells(src.source, lineStart, rowEnd, leadingPipe) : rowCells(sliceText(src.source, lineStart, rowEnd), leadingPipe);
    for (const text of cells) {
      const td = node('td', text.offsets[0] ?? tr.start, text.offsets[text.text.length] ?? tr.start);
      td.raw = [text];
      tr.children.push(td);
    }
    columns = Math.max(columns, cells.length);
    rows.push(tr);
  }
  if (!beforeBlockBoundary(state) || !hasPipeOnEveryLine(src.text.slice(start, src.pos - 1))) {
    src.pos = start;
    return false;
  }
  if (rows.length > 0) addContainer(hasFooter ? 'tfoot' : 'tbody', false);
  if (!table.children.some((c) => c.type === 'tbody')) {
    src.pos = start;
    return false;
  }
  for (const container of table.children) {
    for (const tr of container.children) {
      while (tr.children.length < columns) tr.children.push(node('td', tr.end, tr.end, { raw: [] }));
    }
  }
  const alignment = table.alignment ?? [];
  table.alignment = alignment.length > columns ? alignment.slice(0, columns) : [...alignment, ...Array<Alignment>(columns - alignment.length).fill('default')];
  table.end = endOfContent(state);
  state.tree.children.push(table);
  return true;
}

/** @internal A row's cells, stripped: without the blank one before a leading pipe, or the blank last one. */
export function rowCells(row: MappedText, leadingPipe: boolean): MappedText[] {
  const cells = splitRow(row);
  if (leadingPipe && cells[0] && isBlank(cells[0].text)) cells.shift();
  const lastCell = cells.at(-1);
  if (lastCell && isBlank(lastCell.text)) cells.pop();
  return cells.map((cell) => trimStart(trimEnd(cell)));
}

/** Whether a row has no code span, `<code>` or escaped pipe, so that its cells are what lies between its pipes. */
function isPlainRow(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x60 || (code === 0x3c && text.startsWith('<code', i)) || (code === 0x5c && text.charCodeAt(i + 1) === 0x7c)) return false;
  }
  return true;
}

/** @internal {@link rowCells} of a plain row, each cell sliced once from the source, already stripped. */
export function plainCells(source: MappedText, start: number, end: number, leadingPipe: boolean): MappedText[] {
  const { text } = source;
  const bounds: number[] = [];
  let cellStart = start;
  for (let at = text.indexOf('|', start); at >= 0 && at < end; at = text.indexOf('|', at + 1)) {
    bounds.push(cellStart, at);
    cellStart = at + 1;
  }
  bounds.push(cellStart, end);
  let first = 0;
  let last = bounds.length / 2;
  if (leadingPipe && isBlankRange(text, bounds[0] as number, bounds[1] as number)) first = 1;
  if (last > first && isBlankRange(text, bounds[2 * last - 2] as number, bounds[2 * last - 1] as number)) last--;
  const cells: MappedText[] = [];
  for (let i = first; i < last; i++) {
    let from = bounds[2 * i] as number;
    let to = bounds[2 * i + 1] as number;
    // As trimStart(trimEnd(cell)): a blank cell is empty at its start.
    while (to > from && isRubySpaceAt(text, to - 1)) to--;
    while (from < to && isRubySpaceAt(text, from)) from++;
    cells.push(sliceText(source, from, to));
  }
  return cells;
}

const isRubySpaceAt = (text: string, at: number): boolean => isRubySpace(text.charCodeAt(at));

function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isRubySpaceAt(text, i)) return false;
  return true;
}

const HSEP_ALIGN = /[ \t]?(:?)-+(:?)[ \t]?/g;

/** kramdown's column alignments from a `|:--|:-:|--:|` line. */
function alignments(line: string): Alignment[] {
  const out: Alignment[] = [];
  HSEP_ALIGN.lastIndex = 0;
  for (let m = HSEP_ALIGN.exec(line); m !== null; m = HSEP_ALIGN.exec(line)) {
    const left = m[1] !== '';
    const right = m[2] !== '';
    out.push(!left && !right ? 'default' : !right ? 'left' : !left ? 'right' : 'center');
  }
  return out;
}

function lineHasPipe(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7c) return true;
    if (code === 0x0a) return false;
  }
  return false;
}

const isBlank = (text: string): boolean => /^[ \t\n\v\f\r\0]*$/.test(text);

interface Chunk {
  kind: 'text' | 'codespan' | 'other';
  value: string;
}

/**
 * kramdown's last test before it accepts a table: read with only code spans and span HTML, every
 * line must carry a `|` outside them (a code span may not hide a line break).
 */
function hasPipeOnEveryLine(text: string): boolean {
  let pipeOnLine = false;
  for (const chunk of chunksForPipeCheck(text)) {
    const lines = rubySplitLines(chunk.value);
    if (chunk.kind === 'codespan') {
      if (lines.length > 2 || (lines.length === 2 && !pipeOnLine)) break;
      if (lines.length === 2) pipeOnLine = false;
    } else {
      if (lines.length > 1 && !pipeOnLine && !PIPE_CHECK.test(lines[0] ?? '')) break;
      pipeOnLine = (lines.length > 1 ? false : pipeOnLine) || PIPE_CHECK.test(lines.at(-1) ?? '');
    }
  }
  return pipeOnLine;
}

/** Ruby's `split("\n")`: trailing empty strings are dropped. */
function rubySplitLines(value: string): string[] {
  const lines = value.split('\n');
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

const SPECIAL = /[`<]/g;

function chunksForPipeCheck(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  const lastCommentClose = re.HTML_COMMENT.lastClose(text);
  let plain = '';
  const flush = (): void => {
    if (plain) chunks.push({ kind: 'text', value: plain });
    plain = '';
  };
  let at = 0;
  while (at < text.length) {
    // Up to the next backtick or `<`, the text is plain: appended in one piece.
    SPECIAL.lastIndex = at;
    const next = SPECIAL.exec(text)?.index ?? text.length;
    if (next > at) {
      plain += text.slice(at, next);
      at = next;
      continue;
    }
    const c = text[at];
    if (c === '`') {
      const span = matchCodespan(text, at);
      if (span) {
        flush();
        chunks.push({ kind: 'codespan', value: span.content });
        at = span.end;
      } else {
        let end = at;
        while (text[end] === '`') end++;
        plain += text.slice(at, end);
        at = end;
      }
      continue;
    }
    if (c === '<') {
      const consumed = spanHtmlChunk(text, at, chunks, flush, lastCommentClose);
      if (consumed > at) {
        at = consumed;
        continue;
      }
    }
    plain += c;
    at++;
  }
  flush();
  return chunks;
}

/** Reads span HTML at `at` the way the pipe check sees it; returns where it ends (or `at`). */
function spanHtmlChunk(text: string, at: number, chunks: Chunk[], flush: () => void, lastCommentClose: number): number {
  re.HTML_COMMENT.lastIndex = at;
  const comment = lastCommentClose >= at + re.HTML_COMMENT.minGap ? re.HTML_COMMENT.exec(text) : null;
  if (comment) {
    flush();
    chunks.push({ kind: 'other', value: comment[0] });
    return at + comment[0].length;
  }
  if (matchEndTag(text, at)) return at; // literal text
  const tag = matchStartTag(text, at, isKnownName);
  if (!tag) return at;
  const known = isKnownName(tag.name);
  const name = known ? tag.name.toLowerCase() : tag.name;
  if (BLOCK_ELEMENTS.has(name)) return at;
  flush();
  chunks.push({ kind: 'other', value: name });
  const afterTag = tag.end;
  if (tag.selfClosing || VOID_ELEMENTS.has(name)) return afterTag;
  const close = re.endTagPattern(name, known, 'g');
  close.lastIndex = afterTag;
  const found = close.exec(text);
  return found ? found.index + found[0].length : text.length;
}
