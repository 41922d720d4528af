import { type MappedText, MappedTextBuilder, sliceText } from './mapped-text.ts';
import { replaceMapped } from './mapped-replace.ts';
import { type KNode, node } from './nodes.ts';
import { MAX_NESTING, type ParseState } from './state.ts';
import * as re from './syntax.ts';

type ParseBlocks = (state: ParseState, el: KNode, text?: MappedText) => void;

interface ItemPatterns {
  content: RegExp;
  lazy: RegExp;
  indent: RegExp;
}

const LIST_START_ON_ANY_LINE = new RegExp(re.LIST_START_SRC, 'mu');
const ITEM_IAL_CHECK = /^[ \t\n\v\f\r]*(?:\{:(?!(?:\w[\w-]*)?:|\/)(?:\\\}|[^}])+\})?[ \t\n\v\f\r]*\n/u;

/** The patterns for the lines that continue an item indented by `indentation` columns. */
function itemPatterns(indentation: number): ItemPatterns {
  const tabs = Math.floor(indentation / 4);
  const content = `(?:(?:\\t| {4}){${tabs}} {${indentation % 4}}|(?:\\t| {4}){${tabs + 1}}).*[^ \\t\\n\\v\\f\\r].*\\n`;
  const lazyStop = `(?! {0,${Math.min(indentation, 3)}}(?:${re.IAL_BLOCK_SRC}|${re.LAZY_END_HTML_STOP_SRC}|${re.LAZY_END_HTML_START_SRC}))`;
  return {
    content: new RegExp(content, 'ymu'),
    lazy: new RegExp(`${lazyStop}.*[^ \\t\\n\\v\\f\\r].*\\n`, 'ymu'),
    indent: new RegExp(`^ {${indentation}}`, 'u'),
  };
}

/** A new item's marker pattern: the item's content indentation bounds the marker's. */
function markerPattern(ordered: boolean, indentation: number): RegExp {
  const spaces = indentation >= 4 ? 3 : indentation - 1;
  const marker = ordered ? '\\d+\\.' : '[+*\\-]';
  return new RegExp(`( {0,${Math.max(spaces, 0)}}${marker})([\\t| ].*?\\n)`, 'ymu');
}

/** Expands the tabs that start a first line, to the next multiple of four columns. */
function expandLeadingTabs(content: MappedText, indentation: number): MappedText {
  let text = content;
  for (let m = /^( *)(\t+)/.exec(text.text); m; m = /^( *)(\t+)/.exec(text.text)) {
    const column = (m[1] ?? '').length + indentation;
    const width = 4 - (column % 4) + ((m[2] ?? '').length - 1) * 4;
    text = replaceMapped(text, /^( *)(\t+)/g, (x) => `${x[1] ?? ''}${' '.repeat(width)}`);
  }
  return text;
}

interface ListItemDraft {
  el: KNode;
  parts: MappedTextBuilder[];
}

/** kramdown's list parser: items, their continuation and lazy lines, then each item's blocks. */
export function parseList(state: ParseState, parseBlocks: ParseBlocks): boolean {
  const { src } = state;
  if (!src.check(re.LIST_START)) return false;
  if (state.depth >= MAX_NESTING) return false;
  const ordered = !src.check(re.LIST_START_UL);
  const list = node(ordered ? 'ol' : 'ul', src.origin());
  const items: ListItemDraft[] = [];
  let markerRe = ordered ? re.LIST_START_OL : re.LIST_START_UL;
  let patterns: ItemPatterns | undefined;
  let indentation = 0;
  let eobFound = false;
  let nestedListFound = false;
  let lastIsBlank = false;
  while (!src.eos) {
    const lineStart = src.pos;
    if (lastIsBlank && src.check(re.HR_START)) break;
    if (src.scan(re.EOB_MARKER) !== null) {
      eobFound = true;
      break;
    }
    const marker = src.check(markerRe);
    if (marker) {
      src.pos += marker[0].length;
      const markerText = marker[1] ?? '';
      let content = sliceText(src.source, lineStart + markerText.length, src.pos);
      if (ITEM_IAL_CHECK.test(content.text)) {
        indentation = 4;
      } else {
        content = expandLeadingTabs(content, markerText.length);
        indentation = markerText.length + (/^ */.exec(content.text)?.[0].length ?? 0);
      }
      content = replaceMapped(content, /^[ \t\n\v\f\r]*/g, () => '');
      patterns = itemPatterns(indentation);
      markerRe = markerPattern(ordered, indentation);
      nestedListFound = LIST_START_ON_ANY_LINE.test(content.text);
      lastIsBlank = false;
      const el = node('li', src.origin(lineStart));
      items.push({ el, parts: [new MappedTextBuilder().append(content)] });
      continue;
    }
    const item = items.at(-1);
    if (item && patterns && (src.scan(patterns.content) !== null || (!lastIsBlank && src.scan(patterns.lazy) !== null))) {
      let result = replaceMapped(sliceText(src.source, lineStart, src.pos), /^(\t+)/g, (m) => ' '.repeat(4 * (m[1] ?? '').length));
      const indented = patterns.indent.exec(result.text);
      if (indented) result = sliceText(result, indented[0].length);
      const startsList = LIST_START_ON_ANY_LINE.test(result.text);
      if (!nestedListFound && indented && startsList) {
        item.parts.push(new MappedTextBuilder());
        nestedListFound = true;
      } else if (nestedListFound && !indented && startsList) {
        result = new MappedTextBuilder().insert(' '.repeat(indentation + 4), result.offsets[0] ?? 0).append(result).build();
      }
      item.parts.at(-1)?.append(result);
      lastIsBlank = false;
      continue;
    }
    if (item && src.scan(re.BLANK_LINE) !== null) {
      nestedListFound = true;
      lastIsBlank = true;
      item.parts.at(-1)?.append(sliceText(src.source, lineStart, src.pos));
      continue;
    }
    break;
  }
  list.end = src.origin();
  state.tree.children.push(list);
  state.blockIal = false;

  let trailingBlank: KNode | undefined;
  state.depth++;
  items.forEach(({ el, parts }, index) => {
    list.children.push(el);
    const temp = node('li', el.start);
    for (const part of parts) parseBlocks(state, temp, part.build());
    el.children = temp.children;
    const children = el.children;
    const first = children[0];
    if (!first) return;
    const isLast = index === items.length - 1;
    if (
      first.type === 'p' &&
      (children.length < 2 || children[1]?.type !== 'blank' || (isLast && children.length === 2 && !eobFound)) &&
      (!isLast || items.length === 1 || items.slice(0, -1).some(({ el: other }) => {
        const head = other.children[0];
        return !head || head.type !== 'p' || head.transparent === true;
      }))
    ) {
      if (children.length > 1 && children[1]?.type !== 'blank') first.raw?.push(new MappedTextBuilder().insert('\n', first.end).build());
      first.transparent = true;
    }
    trailingBlank = children.at(-1)?.type === 'blank' ? children.pop() : undefined;
  });
  for (const { el } of items) el.end = Math.max(el.start, el.children.at(-1)?.end ?? el.start);
  list.end = list.children.at(-1)?.end ?? list.end;
  state.depth--;
  if (trailingBlank && !eobFound) state.tree.children.push(trailingBlank);
  return true;
}
