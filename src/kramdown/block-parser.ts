import { type MappedText, MappedTextBuilder, sliceText } from './mapped-text.ts';
import { replaceMapped, rubyStrip, rubyTrimEnd, trimEnd, trimStart } from './mapped-replace.ts';
import { type KNode, node } from './nodes.ts';
import { parseHtmlBlock } from './html-block.ts';
import { parseList } from './list.ts';
import { parseTable } from './table.ts';
import { Scanner } from './scanner.ts';
import { MAX_NESTING, type ParseState } from './state.ts';
import * as re from './syntax.ts';
import { emptyIal, parseAttributeList } from './attribute-list.ts';
import { matchExtension, readExtension } from './extensions.ts';
import { parseDefinitionList } from './definition-list.ts';
import { parseBlockMath } from './math.ts';
import { parseFootnoteDefinition } from './footnotes.ts';
import { parseAbbreviationDefinition } from './abbreviations.ts';
import { work } from './work.ts';
import { type FenceCloses, fenceCloses, findFenceClose } from './text-index.ts';

type BlockParser = (state: ParseState) => boolean;

/**
 * Reads `text` (or the current source) into `el`'s children, by kramdown's block rules in order.
 * Returns whether the end tag of `el` (an HTML element read as blocks) stopped it.
 */
export function parseBlocks(state: ParseState, el: KNode, text?: MappedText): boolean {
  const saved = { tree: state.tree, src: state.src, blockIal: state.blockIal };
  state.tree = el;
  state.blockIal = undefined;
  if (text) state.src = new Scanner(text);
  const { src } = state;
  let stopped = false;
  while (!src.eos) {
    const before = src.pos;
    if (!parsersAt(src.text, src.pos).some((parse) => parse(state))) {
      // kramdown's `add_text(@src.scan(/.*\n/))`: the line is text, and the cursor moves past it.
      const newline = src.text.indexOf('\n', src.pos);
      src.pos = newline < 0 ? src.text.length : newline + 1;
      addText(state.tree, src.origin(before), src.text.slice(before, src.pos));
    }
    if (state.stopBlockParsing) {
      state.stopBlockParsing = false;
      stopped = true;
      break;
    }
    if (src.pos === before) src.pos++; // a parser that claims a line must consume it
  }
  state.tree = saved.tree;
  state.src = saved.src;
  state.blockIal = saved.blockIal;
  return stopped;
}

export function addText(parent: KNode, at: number, text: string): void {
  if (!text) return;
  work.count += text.length;
  const last = parent.children.at(-1);
  if (last?.type === 'text') {
    last.value += text;
    return;
  }
  const made = node('text', at, at + text.length);
  made.value = text;
  parent.children.push(made);
}

export function afterBlockBoundary(state: ParseState): boolean {
  const last = state.tree.children.at(-1);
  return !last || last.type === 'blank' || (last.type === 'eob' && last.value === undefined) || state.blockIal !== undefined;
}

/** The file offset of the end of what was scanned, before its final newline. */
export function endOfContent(state: ParseState): number {
  const { src } = state;
  let end = src.pos;
  while (end > 0 && (src.text[end - 1] === '\n')) end--;
  return src.origin(end);
}

export function beforeBlockBoundary(state: ParseState): boolean {
  return state.src.check(re.BLOCK_BOUNDARY) !== null;
}

/** kramdown's new_block_el: the block takes the IAL written before it. */
export function newBlock(state: ParseState, block: KNode): KNode {
  if (state.blockIal !== undefined) {
    block.ial = state.blockIal;
    state.blockIal = undefined;
  }
  return block;
}

export function pushBlock(state: ParseState, block: KNode): KNode {
  state.tree.children.push(newBlock(state, block));
  return block;
}

const parseBlankLine: BlockParser = (state) => {
  const { src } = state;
  const start = src.pos;
  const blank = src.scan(re.BLANK_LINE);
  if (blank === null) return false;
  const last = state.tree.children.at(-1);
  if (last?.type === 'blank') {
    last.value += blank;
    last.end = src.origin();
  } else {
    pushBlock(state, node('blank', src.origin(start), src.origin(), { value: blank }));
  }
  return true;
};

// kramdown's `gsub!(/\n( {0,3}\S)/, ' \\1')` and `gsub!(INDENT, '')`, with Ruby's `\S` and `^`.
const CODE_LINE_JOIN = /\n( {0,3}[^ \t\n\v\f\r])/g;
const CODE_INDENT = /(?<![^\n])(?:\t| {4})/g;

const parseCodeblock: BlockParser = (state) => {
  const { src } = state;
  if (!src.check(re.INDENT)) return false;
  const start = src.pos;
  const data = src.scan(re.CODEBLOCK_MATCH);
  if (!data) return false;
  const value = data.replace(CODE_LINE_JOIN, ' $1').replace(CODE_INDENT, '');
  pushBlock(state, node('codeblock', src.origin(start), endOfContent(state), { value }));
  return true;
};

const parseFencedCodeblock: BlockParser = (state) => {
  const { src } = state;
  if (!src.check(re.FENCED_CODEBLOCK_START)) return false;
  const start = src.pos;
  const open = src.check(re.FENCED_CODEBLOCK_OPEN);
  if (!open) return false;
  const bodyStart = start + open[0].length;
  const fenced = fencedCodeblock(src.text, open, bodyStart, src.memo(fenceCloses));
  if (!fenced) return false;
  src.pos = fenced.end;
  const block = node('codeblock', src.origin(start), endOfContent(state), { value: src.text.slice(bodyStart, fenced.bodyEnd) });
  const lang = rubyStrip(fenced.info);
  if (lang !== '') {
    block.lang = lang;
    block.attrs = { class: `language-${fenced.infoName}` };
  }
  pushBlock(state, block);
  return true;
};

/**
 * kramdown-parser-gfm's FENCED_CODEBLOCK_MATCH, `^ {0,3}(([~`]){3,})\s*?((\S+?)(?:\?\S*)?)?\s*?\n(.*?)^ {0,3}\1\2*\s*?\n`,
 * given its opening line (`open`, FENCED_CODEBLOCK_OPEN): the closing line is looked up in the
 * text's closing lines, found once, rather than searched for from every opener (quadratic on
 * openers that nothing closes). When no line closes the whole opening run, the pattern
 * backtracks into it: a shorter run opens, and the rest of the run begins the info string
 * (```` ````\n…```\n ```` is code of language `` ` ``), if the line holds only that one word.
 */
function fencedCodeblock(
  text: string,
  open: RegExpExecArray,
  bodyStart: number,
  closes: FenceCloses,
): { end: number; bodyEnd: number; info: string; infoName: string } | undefined {
  const run = open[1] ?? '';
  const whole = run.length;
  const closeWhole = (head: number): ReturnType<typeof findFenceClose> =>
    closes.headLengths.has(head) ? findFenceClose(closes, bodyStart, run.slice(0, head), run[whole - 1] ?? '', whole - head, whole - head) : undefined;
  // The whole run first; its head is the run before its last stretch of one character.
  let stretchStart = whole - 1;
  while (stretchStart > 0 && run[stretchStart - 1] === run[whole - 1]) stretchStart--;
  const full = closeWhole(stretchStart);
  if (full) return { end: full.end, bodyEnd: full.start, info: open[3] ?? '', infoName: open[4] ?? '' };
  // A shorter run: the line after the whole run must be one word (it goes on the info string).
  const runEnd = open.index + open[0].indexOf(run) + whole;
  let wordEnd = runEnd;
  while (wordEnd < text.length && !isRubySpace(text.charCodeAt(wordEnd))) wordEnd++;
  let at = wordEnd;
  while (at < text.length && text.charCodeAt(at) !== 10 && isRubySpace(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) !== 10) return undefined;
  let longest = whole - 1;
  while (longest >= 3) {
    const char = run[longest - 1] ?? '';
    let head = longest - 1;
    while (head > 0 && run[head - 1] === char) head--;
    const found = closes.headLengths.has(head) ? findFenceClose(closes, bodyStart, run.slice(0, head), char, Math.max(1, 3 - head), longest - head) : undefined;
    if (found) {
      const info = run.slice(head + found.length) + text.slice(runEnd, wordEnd);
      const question = info.indexOf('?', 1);
      return { end: found.end, bodyEnd: found.start, info, infoName: question < 0 ? info : info.slice(0, question) };
    }
    longest = head;
  }
  return undefined;
}

const isRubySpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/** Consumes lines until `end` matches at a line start; returns where the run began. */
function scanLinesUntil(state: ParseState, end: RegExp): number {
  const { src } = state;
  const start = src.pos;
  src.skipLine();
  while (!src.eos && !src.matches(end)) src.skipLine();
  return start;
}

const parseBlockquote: BlockParser = (state) => {
  const { src } = state;
  if (!src.check(re.BLOCKQUOTE_START)) return false;
  if (state.depth >= MAX_NESTING) return tooDeep(state, 'blockquote');
  const start = scanLinesUntil(state, re.LAZY_END);
  const content = replaceMapped(sliceText(src.source, start, src.pos), re.BLOCKQUOTE_PREFIX, () => '');
  const quote = pushBlock(state, node('blockquote', src.origin(start), endOfContent(state)));
  state.depth++;
  parseBlocks(state, quote, content);
  state.depth--;
  return true;
};

export function tooDeep(state: ParseState, what: string): boolean {
  if (!state.notes.some((n) => n.ruleId === 'nesting-too-deep')) {
    state.notes.push({
      ruleId: 'nesting-too-deep',
      severity: 'warning',
      message: `${what} nested more than ${MAX_NESTING} levels deep: the rest is read as text`,
      offset: state.src.origin(),
    });
  }
  return false;
}

const rstrip = rubyTrimEnd;

/** Drops a closing run of `#` that follows a space or tab, as in `## Title ##`. */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === text.length || end === 0 || (text[end - 1] !== ' ' && text[end - 1] !== '\t')) return text;
  return rstrip(text.slice(0, end - 1));
}

/** A header's text and the id written as `{#id}` after it. */
function splitHeaderId(contents: string): { text: string; id: string | undefined } {
  const text = rstrip(contents);
  const idMatch = re.HEADER_ID.exec(text);
  if (!idMatch) return { text, id: undefined };
  return { text: rstrip(text.slice(0, idMatch.index)), id: idMatch.groups?.['id'] };
}

function finishHeader(
  state: ParseState,
  level: number,
  text: string,
  id: string | undefined,
  contentsStart: number,
  end: number,
  start: number,
): boolean {
  if (!text) return false;
  const { src } = state;
  const raw = sliceText(src.source, contentsStart, contentsStart + text.length);
  src.pos = end;
  const header = node('header', src.origin(start), endOfContent(state), { level, raw: [raw], rawText: text });
  if (id) header.attrs = { id };
  pushBlock(state, header);
  return true;
}

const parseAtxHeader: BlockParser = (state) => {
  const { src } = state;
  const m = src.check(re.ATX_HEADER_START);
  if (!m) return false;
  const contents = m.groups?.['contents'] ?? '';
  const contentsStart = src.pos + m[0].length - 1 - contents.length;
  const { text: written, id } = splitHeaderId(contents);
  const text = withoutClosingHashes(written);
  return finishHeader(state, (m.groups?.['level'] ?? '#').length, text, id, contentsStart, src.pos + m[0].length, src.pos);
};

const parseSetextHeader: BlockParser = (state) => {
  const { src } = state;
  // The pattern reads a whole line; the line after it must start with `-` or `=` first.
  const next = src.text[src.text.indexOf('\n', src.pos) + 1];
  if ((next !== '-' && next !== '=') || !afterBlockBoundary(state)) return false;
  const m = src.check(re.SETEXT_HEADER_START);
  if (!m) return false;
  const contents = m.groups?.['contents'] ?? '';
  const contentsStart = src.pos + m[0].indexOf(contents);
  const level = m.groups?.['level'] === '-' ? 2 : 1;
  return addHeaderAt(state, level, contents, contentsStart, src.pos + m[0].length);
};

function addHeaderAt(state: ParseState, level: number, contents: string, contentsStart: number, end: number): boolean {
  const { text, id } = splitHeaderId(contents);
  return finishHeader(state, level, text, id, contentsStart, end, state.src.pos);
}

const parseHorizontalRule: BlockParser = (state) => {
  const { src } = state;
  const start = src.pos;
  if (src.scan(re.HR_START) === null) return false;
  pushBlock(state, node('hr', src.origin(start), endOfContent(state)));
  return true;
};

const parseLinkDefinition: BlockParser = (state) => {
  const { src } = state;
  const m = src.check(re.LINK_DEFINITION_START);
  if (!m || /[ \t]+["']/.test(m[3] ?? '')) return false;
  src.pos += m[0].length;
  const id = normalizeLinkId(m[1] ?? '');
  const title = m[5];
  const eob = pushBlock(state, node('eob', src.origin(), src.origin(), { value: 'link_def' }));
  state.linkDefinitions.set(id, { url: m[2] ?? m[3] ?? '', ...(title !== undefined ? { title } : {}), eob });
  return true;
};

export const normalizeLinkId = (id: string): string => id.replace(/[ \t\n\v\f\r]+/g, ' ').toLowerCase();

const IAL_TARGETS = new Set(['link_def', 'abbrev_def', 'footnote_def']);

const parseBlockExtensions: BlockParser = (state) => {
  const { src } = state;
  if (!src.check(re.BLOCK_EXTENSIONS_START)) return false;
  const start = src.pos;
  const ald = src.check(re.ALD_START);
  if (ald) {
    src.pos += ald[0].length;
    const name = ald[1] ?? '';
    let target = state.alds.get(name);
    if (target === undefined) {
      target = emptyIal();
      state.alds.set(name, target);
    }
    parseAttributeList(ald[2] ?? '', target);
    pushBlock(state, node('eob', src.origin(start), src.origin(start), { value: 'ald' }));
    return true;
  }
  if (matchExtension(src.text, src.pos, 'block') !== undefined) {
    const end = readExtension(state, src.text, src.pos, 'block', (i) => src.origin(i));
    if (end === undefined) return false;
    src.pos = end;
    return true;
  }
  const ial = src.check(re.IAL_BLOCK_START);
  if (!ial) return false;
  src.pos += ial[0].length;
  const last = state.tree.children.at(-1);
  if (last && last.type !== 'blank' && (last.type !== 'eob' || IAL_TARGETS.has(last.value ?? ''))) {
    last.ial ??= emptyIal();
    parseAttributeList(ial[1] ?? '', last.ial);
    if (!src.check(re.IAL_BLOCK_START)) pushBlock(state, node('eob', src.origin(start), src.origin(start), { value: 'ial' }));
  } else {
    state.blockIal ??= emptyIal();
    parseAttributeList(ial[1] ?? '', state.blockIal);
  }
  return true;
};

const parseEobMarker: BlockParser = (state) => {
  const { src } = state;
  if (src.scan(re.EOB_MARKER) === null) return false;
  pushBlock(state, node('eob', src.origin(), src.origin()));
  return true;
};

const parseParagraph: BlockParser = (state) => {
  const { src } = state;
  if (!src.check(re.PARAGRAPH_START)) return false;
  const start = scanLinesUntil(state, re.PARAGRAPH_END);
  const lines = trimEnd(sliceText(src.source, start, src.pos));
  const last = state.tree.children.at(-1);
  if (last?.type === 'p' && last.raw) {
    const joiner = src.text.slice(Math.max(0, start - 3), start) === '  \n' ? '  \n' : '\n';
    last.raw.push(new MappedTextBuilder().insert(joiner, src.origin(start)).build(), lines);
    last.end = lines.offsets[lines.text.length] ?? last.end;
    return true;
  }
  if (last?.type === 'p') {
    // A paragraph html_to_native made of a <p>: the text goes on after what it holds.
    last.raw = [lines];
    last.end = lines.offsets[lines.text.length] ?? last.end;
    return true;
  }
  const text = trimStart(lines);
  pushBlock(state, node('p', text.offsets[0] ?? src.origin(start), text.offsets[text.text.length] ?? src.origin(), { raw: [text] }));
  return true;
};

/**
 * kramdown's block parsers, in the GFM parser's order, each with the characters its pattern can
 * start with after up to three spaces (undefined: any). A parser whose pattern cannot match there
 * returns false without doing anything, so only the others are tried (see `parsersAt`).
 */
const BLOCK_PARSERS: Array<[BlockParser, string | undefined]> = [
  [parseBlankLine, ' \t\n\v\f\r'],
  [parseCodeblock, ' \t'],
  [parseFencedCodeblock, '~`'],
  [parseBlockquote, '>'],
  [parseAtxHeader, '#'],
  [parseHorizontalRule, '*-_'],
  [(state) => parseList(state, parseBlocks), '+*-0123456789'],
  [(state) => parseDefinitionList(state, parseBlocks), ':'],
  [(state) => parseHtmlBlock(state, parseBlocks), '<'],
  [parseSetextHeader, undefined],
  [(state) => parseBlockMath(state), '\\$'],
  [parseTable, undefined],
  [(state) => parseFootnoteDefinition(state, parseBlocks), '['],
  [parseLinkDefinition, '['],
  [(state) => parseAbbreviationDefinition(state), '*'],
  [parseBlockExtensions, '{'],
  [parseEobMarker, '^'],
  [parseParagraph, undefined],
];

const ALL_BLOCK_PARSERS: readonly BlockParser[] = BLOCK_PARSERS.map(([parse]) => parse);
/** The parsers for a line starting with any other character. */
const ANY_START: readonly BlockParser[] = BLOCK_PARSERS.filter(([, chars]) => chars === undefined).map(([parse]) => parse);
const BY_START: ReadonlyMap<string, readonly BlockParser[]> = new Map(
  [...new Set(BLOCK_PARSERS.flatMap(([, chars]) => [...(chars ?? '')]))].map((c) => [
    c,
    BLOCK_PARSERS.filter(([, chars]) => chars === undefined || chars.includes(c)).map(([parse]) => parse),
  ]),
);

/** The block parsers that may match at `pos`, by the character after up to three spaces. */
function parsersAt(text: string, pos: number): readonly BlockParser[] {
  let at = pos;
  while (at < pos + 3 && text.charCodeAt(at) === 0x20) at++;
  const c = text[at];
  if (c === undefined) return ALL_BLOCK_PARSERS;
  return BY_START.get(c) ?? ANY_START;
}
