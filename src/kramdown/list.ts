import { type MappedText, MappedTextBuilder, sliceText } from './mapped-text.ts';
import { replaceMapped } from './mapped-replace.ts';
import { cached } from './pattern-cache.ts';
import { type KNode, node } from './nodes.ts';
import { MAX_NESTING, type ParseState } from './state.ts';
import { emptyIal, parseAttributeList } from './attribute-list.ts';
import { rubyStrip } from './mapped-replace.ts';
import { newBlock } from './block-parser.ts';
import * as re from './syntax.ts';
import { rubyRegExp, rubySource } from '../ruby/regex.ts';

type ParseBlocks = (state: ParseState, el: KNode, text?: MappedText) => void;

export interface ItemPatterns {
  content: RegExp;
  lazy: RegExp;
  indent: RegExp;
}

const LIST_START_ON_ANY_LINE = rubyRegExp(re.LIST_START_SRC, 'u');
/**
 * kramdown's LIST_ITEM_IAL_CHECK, `^\s*(?:IAL)?\s*\n`, on a first line. An IAL starts with `{`,
 * so the first `\s*` can only end where the white space does (taken atomically here, or a line of
 * n spaces backtracks n² times); without an IAL the two `\s*` are one run that must hold the `\n`.
 */
const ITEM_IAL_CHECK =
  /^(?:(?=([ \t\n\v\f\r]*))\1\{:(?!(?:\w[\w-]*)?:|\/)(?:\\\}|[^}])+\}[ \t\n\v\f\r]*\n|[ \t\n\v\f\r]*\n)/u;

/** The patterns for the lines that continue an item indented by `indentation` columns. */
export function itemPatterns(indentation: number): ItemPatterns {
  return cached(ITEM_PATTERNS, indentation, () => compileItemPatterns(indentation));
}

const ITEM_PATTERNS = new Map<number, ItemPatterns>();

function compileItemPatterns(indentation: number): ItemPatterns {
  const tabs = Math.floor(indentation / 4);
  const content = `(?:(?:\\t| {4}){${tabs}} {${indentation % 4}}|(?:\\t| {4}){${tabs + 1}}).*[^ \\t\\n\\v\\f\\r].*\\n`;
  const lazyStop = `(?! {0,${Math.min(indentation, 3)}}(?:${re.IAL_BLOCK_SRC}|${re.LAZY_END_HTML_STOP_SRC}|${re.LAZY_END_HTML_START_SRC}))`;
  return {
    content: new RegExp(rubySource(content), 'yu'),
    lazy: new RegExp(rubySource(`${lazyStop}.*[^ \\t\\n\\v\\f\\r].*\\n`), 'yu'),
    indent: new RegExp(`^ {${indentation}}`, 'u'),
  };
}

/** A new item's marker pattern: the item's content indentation bounds the marker's. */
export function markerPattern(kind: 'ul' | 'ol' | 'dl', indentation: number): RegExp {
  return cached(MARKER_PATTERNS, `${kind}${indentation}`, () => compileMarkerPattern(kind, indentation));
}

const MARKER_PATTERNS = new Map<string, RegExp>();

function compileMarkerPattern(kind: 'ul' | 'ol' | 'dl', indentation: number): RegExp {
  const spaces = indentation >= 4 ? 3 : indentation - 1;
  const marker = kind === 'ol' ? '\\d+\\.' : kind === 'dl' ? ':' : '[+*\\-]';
  return new RegExp(rubySource(`( {0,${Math.max(spaces, 0)}}${marker})([\\t| ].*?\\n)`), 'yu');
}

/**
 * The width of the spaces and tabs that start a first line, each tab to the next multiple of four
 * columns counted from `column`: what kramdown's loop of `sub!`s expands them to, in one pass.
 */
export function leadingWidth(text: string, column: number): number {
  let at = column;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ') at++;
    else if (text[i] === '\t') at += 4 - (at % 4);
    else break;
  }
  return at - column;
}

/**
 * kramdown's parse_first_list_line: an item whose first line is only an IAL is indented by four;
 * otherwise by the marker and the spaces after it, leading tabs expanded. The content is returned
 * without its leading white space.
 */
export function firstListLine(line: MappedText, markerLength: number): { content: MappedText; indentation: number } {
  let content = line;
  let indentation: number;
  if (ITEM_IAL_CHECK.test(content.text)) {
    indentation = 4;
  } else {
    // The expanded spaces are stripped below with the rest of the leading white space.
    indentation = markerLength + leadingWidth(content.text, markerLength);
  }
  return { content: replaceMapped(content, /^[ \t\n\v\f\r]*/g, () => ''), indentation };
}

/** Removes an IAL at the start of an item's (or term's) text into the element's IAL. */
export function takeItemIal(content: MappedText, el: KNode): MappedText {
  const m = re.LIST_ITEM_IAL.exec(content.text);
  if (m === null) return content;
  el.ial ??= emptyIal();
  parseAttributeList(m[1] ?? '', el.ial);
  return sliceText(content, m[0].length);
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
      list.marker ??= rubyStrip(markerText);
      const first = firstListLine(sliceText(src.source, lineStart + markerText.length, src.pos), markerText.length);
      indentation = first.indentation;
      patterns = itemPatterns(indentation);
      markerRe = markerPattern(ordered ? 'ol' : 'ul', indentation);
      const el = node('li', src.origin(lineStart));
      const content = takeItemIal(first.content, el);
      nestedListFound = LIST_START_ON_ANY_LINE.test(content.text);
      lastIsBlank = false;
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
  state.tree.children.push(newBlock(state, list));

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
  markTaskList(list);
  return true;
}

const UNCHECKED = /^[ \t\n\v\f\r]*\[ \][ \t\n\v\f\r]+/;
const CHECKED = /^[ \t\n\v\f\r]*\[x\][ \t\n\v\f\r]+/i;
const BOX = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />';
const CHECKED_BOX = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />';

/**
 * GFM task lists: a first paragraph that starts with `[ ]` or `[x]` gets a checkbox. As in
 * kramdown-parser-gfm, once one item is a task, it and every later item get the class.
 */
function markTaskList(list: KNode): void {
  let isTaskList = false;
  for (const li of list.children) {
    const p = li.children[0];
    const raw = p?.type === 'p' ? p.raw?.[0] : undefined;
    if (raw === undefined || p === undefined) continue;
    let replaced = replaceMapped(raw, new RegExp(UNCHECKED.source, 'g'), () => BOX);
    replaced = replaceMapped(replaced, new RegExp(CHECKED.source, 'gi'), () => CHECKED_BOX);
    if (replaced !== raw) {
      (p.raw as MappedText[])[0] = replaced;
      isTaskList = true;
    }
    if (isTaskList) li.attrs = { ...li.attrs, class: 'task-list-item' };
  }
  if (isTaskList) list.attrs = { ...list.attrs, class: 'task-list' };
}
