import { newBlock } from './block-parser.ts';
import { firstListLine, itemPatterns, markerPattern, takeItemIal, type ItemPatterns } from './list.ts';
import { joinRaw, type MappedText, MappedTextBuilder, sliceText } from './mapped-text.ts';
import { replaceMapped } from './mapped-replace.ts';
import { type KNode, node } from './nodes.ts';
import { MAX_NESTING, type ParseState } from './state.ts';
import * as re from './syntax.ts';
import { pushAll } from '../util/push-all.ts';

type ParseBlocks = (state: ParseState, el: KNode, text?: MappedText) => boolean;

/** Ruby's `split(/\n/)` of a MappedText: the lines, trailing empty ones dropped. */
function splitLines(text: MappedText): MappedText[] {
  const lines: MappedText[] = [];
  let start = 0;
  for (let i = text.text.indexOf('\n'); i >= 0; i = text.text.indexOf('\n', start)) {
    lines.push(sliceText(text, start, i));
    start = i + 1;
  }
  lines.push(sliceText(text, start));
  while (lines.length > 0 && lines.at(-1)?.text === '') lines.pop();
  return lines;
}

/**
 * kramdown's definition lists: the paragraph just read gives the terms (one a line), each `:`
 * line starts a definition, read like a list item.
 */
export function parseDefinitionList(state: ParseState, parseBlocks: ParseBlocks): boolean {
  const { src } = state;
  if (!src.check(re.DEFINITION_LIST_START)) return false;
  const children = state.tree.children;
  const last = children.at(-1);
  const beforeLast = children.at(-2);
  if (
    last === undefined ||
    (children.length === 1 && last.type !== 'p') ||
    (children.length >= 2 && last.type !== 'p' && (last.type !== 'blank' || last.value !== '\n' || beforeLast?.type !== 'p'))
  ) {
    return false;
  }
  if (state.depth >= MAX_NESTING) return false;
  let firstAsPara = false;
  const deflist = newBlock(state, node('dl', src.origin()));
  let para = children.pop() as KNode;
  if (para.type === 'blank') {
    para = children.pop() as KNode;
    firstAsPara = true;
  }
  deflist.start = para.start;
  deflist.ial = para.ial;
  for (const line of splitLines(joinRaw(para.raw ?? []))) {
    const dt = node('dt', line.offsets[0] ?? para.start, line.offsets[line.text.length] ?? para.start);
    const term = takeItemIal(line, dt);
    dt.rawText = term.text;
    dt.raw = [term];
    deflist.children.push(dt);
  }

  const items: Array<{ el: KNode; parts: MappedTextBuilder; firstAsPara: boolean }> = [];
  let markerRe: RegExp = re.DEFINITION_LIST_START;
  let patterns: ItemPatterns | undefined;
  let lastIsBlank = false;
  while (!src.eos) {
    const lineStart = src.pos;
    const marker = src.check(markerRe);
    if (marker) {
      src.pos += marker[0].length;
      const markerText = marker[1] ?? '';
      const first = firstListLine(sliceText(src.source, lineStart + markerText.length, src.pos), markerText.length);
      const dd = node('dd', src.origin(lineStart));
      const content = takeItemIal(first.content, dd);
      items.push({ el: dd, parts: new MappedTextBuilder().append(content), firstAsPara });
      deflist.children.push(dd);
      patterns = itemPatterns(first.indentation);
      markerRe = markerPattern('dl', first.indentation);
      firstAsPara = false;
      lastIsBlank = false;
      continue;
    }
    if (src.check(re.EOB_MARKER)) break;
    const item = items.at(-1);
    if (item && patterns && (src.scan(patterns.content) !== null || (!lastIsBlank && src.scan(patterns.lazy) !== null))) {
      let result = replaceMapped(sliceText(src.source, lineStart, src.pos), /^(\t+)/g, (m) => ' '.repeat(4 * (m[1] ?? '').length));
      const indented = patterns.indent.exec(result.text);
      if (indented) result = sliceText(result, indented[0].length);
      item.parts.append(result);
      firstAsPara = false;
      lastIsBlank = false;
      continue;
    }
    if (item && src.scan(re.BLANK_LINE) !== null) {
      firstAsPara = true;
      item.parts.append(sliceText(src.source, lineStart, src.pos));
      lastIsBlank = true;
      continue;
    }
    break;
  }

  let trailingBlank: KNode | undefined;
  state.depth++;
  for (const { el, parts, firstAsPara: asPara } of items) {
    parseBlocks(state, el, parts.build());
    const inner = el.children;
    if (inner.length === 0) continue;
    trailingBlank = inner.at(-1)?.type === 'blank' ? inner.pop() : undefined;
    const first = inner[0];
    if (first?.type === 'p' && !asPara) {
      if (inner.length > 1) first.raw?.push(new MappedTextBuilder().insert('\n', first.end).build());
      first.transparent = true;
    }
    el.end = Math.max(el.start, inner.at(-1)?.end ?? el.start);
  }
  state.depth--;
  deflist.end = deflist.children.at(-1)?.end ?? deflist.end;

  const tail = children.at(-1);
  if (tail?.type === 'dl') {
    pushAll(tail.children, deflist.children);
    tail.end = deflist.end;
  } else if (tail?.type === 'blank' && children.at(-2)?.type === 'dl') {
    children.pop();
    const dl = children.at(-1) as KNode;
    pushAll(dl.children, deflist.children);
    dl.end = deflist.end;
  } else {
    children.push(deflist);
  }
  if (trailingBlank) children.push(trailingBlank);
  return true;
}
