import { addText, normalizeLinkId } from './block-parser.ts';
import { matchCodespan } from './codespan.ts';
import { BLOCK_ELEMENTS, hasRawContent, isKnownName, VOID_ELEMENTS } from './html-elements.ts';
import { matchEndTag, matchStartTag } from './html-tag.ts';
import { type MappedText, sliceText } from './mapped-text.ts';
import { type KNode, type KNodeType, node } from './nodes.ts';
import { Scanner } from './scanner.ts';
import { chargeRetry, memoized, type ParseState } from './state.ts';
import * as re from './syntax.ts';

type SpanParserName = 'emphasis' | 'codespan' | 'autolink' | 'spanHtml' | 'link' | 'entity' | 'lineBreak' | 'escaped' | 'strikethrough';

const ALL_PARSERS: readonly SpanParserName[] = [
  'emphasis', 'codespan', 'autolink', 'spanHtml', 'link', 'entity', 'lineBreak', 'escaped', 'strikethrough',
];
const HTML_ONLY: readonly SpanParserName[] = ['spanHtml'];
const NONE: readonly SpanParserName[] = [];
/** The characters each parser's pattern can start with: only those parsers are tried there. */
const FIRST_CHARS: Record<SpanParserName, string> = {
  emphasis: '*_', codespan: '`', autolink: '<', spanHtml: '<', link: '![', entity: '&', lineBreak: ' \\', escaped: '\\', strikethrough: '~',
};
const BY_FIRST_CHAR: ReadonlyMap<string, readonly SpanParserName[]> = new Map(
  [...new Set(Object.values(FIRST_CHARS).join(''))].map((c) => [c, ALL_PARSERS.filter((name) => FIRST_CHARS[name].includes(c))]),
);
/** The spans kramdown retries when they do not close, at the cost of the retry budget. */
const RETRYING: ReadonlySet<KNodeType> = new Set<KNodeType>(['a', 'img', 'em', 'strong']);
/** Deeper span nesting than this (tags inside tags) is read as text. */
const MAX_SPAN_DEPTH = 100;

type StopCondition = (stop: RegExpExecArray) => boolean;

interface SpanContext {
  state: ParseState;
  src: Scanner;
  tree: KNode;
  /** The elements the cursor is inside, outermost first. */
  open: KNode[];
  /**
   * Tags opened past MAX_SPAN_DEPTH, read flat (their content goes to the element they stand in),
   * counted by name under that element: their end tags are dropped when met, neither closing it
   * nor printed as text. Shared with the contexts of links and strikethroughs inside.
   */
  flat: Map<KNode, Map<string, number>>;
}

/** Replaces the raw text of paragraphs, headers and cells under `root` with parsed spans. */
export function parseAllSpans(state: ParseState, root: KNode): void {
  const pending: KNode[] = [root];
  while (pending.length > 0) {
    const el = pending.pop() as KNode;
    if (el.raw) {
      const text = joinRaw(el.raw);
      el.raw = undefined;
      const ctx: SpanContext = { state, src: new Scanner(text), tree: el, open: [], flat: new Map() };
      parseSpans(ctx, el, undefined, ALL_PARSERS);
    } else if (el.type !== 'html_element') {
      for (const child of el.children) pending.push(child);
    }
  }
}

function joinRaw(parts: MappedText[]): MappedText {
  if (parts.length === 1 && parts[0]) return parts[0];
  const text = parts.map((p) => p.text).join('');
  const offsets = new Int32Array(text.length + 1);
  let at = 0;
  for (const part of parts) {
    offsets.set(part.offsets.subarray(0, part.text.length), at);
    at += part.text.length;
    offsets[at] = part.offsets[part.text.length] ?? 0;
  }
  return { text, offsets };
}

/**
 * kramdown's parse_spans: text up to the next place a span parser (or `stop`) may match is plain
 * text; there each parser is tried in order. Returns whether `stop` was found and accepted.
 */
function parseSpans(
  ctx: SpanContext,
  el: KNode,
  stop: RegExp | undefined,
  parsers: readonly SpanParserName[],
  accept: StopCondition = () => true,
): boolean {
  const saved = ctx.tree;
  ctx.tree = el;
  ctx.open.push(el);
  const { src } = ctx;
  const candidates = candidatePattern(ctx.state, stop, parsers);
  let found = false;
  while (!src.eos && !found) {
    // Out of retry budget, an attempt under way gives up at once rather than read on to the end:
    // nested attempts would each read the rest of the text, once per level.
    if (stop && ctx.state.retryBudget < 0 && RETRYING.has(el.type)) break;
    const textStart = src.pos;
    const before = src.scanUntil(candidates);
    if (before === null) {
      if (!stop) {
        addText(el, src.origin(), src.rest());
        src.pos = src.text.length;
      }
      break;
    }
    addText(el, src.origin(textStart), before);
    if (stop) {
      const stopMatch = src.check(stop);
      if (stopMatch && !endsFlatTag(ctx, el, stopMatch[0])) found = accept(stopMatch);
      if (found) break;
    }
    const at = src.pos;
    const tried = parsers === HTML_ONLY ? (src.text[at] === '<' ? HTML_ONLY : NONE) : (BY_FIRST_CHAR.get(src.text[at] ?? '') ?? NONE);
    if (!tried.some((name) => SPAN_PARSERS[name](ctx))) {
      addText(el, src.origin(at), src.text[at] ?? '');
      src.pos = at + 1;
    }
  }
  ctx.open.pop();
  ctx.tree = saved;
  return found;
}

const ANY_SPAN_START = new RegExp(`(?=${re.SPAN_CANDIDATE})`, 'gu');
const TAG_START = /(?=<)/gu;

function candidatePattern(state: ParseState, stop: RegExp | undefined, parsers: readonly SpanParserName[]): RegExp {
  const spanStart = parsers === HTML_ONLY ? '<' : re.SPAN_CANDIDATE;
  if (!stop) return parsers === HTML_ONLY ? TAG_START : ANY_SPAN_START;
  return memoized(parsers === HTML_ONLY ? state.rawStopCandidates : state.stopCandidates, stop, () => new RegExp(`(?=${stop.source}|${spanStart})`, `gu${stop.flags.includes('i') ? 'i' : ''}`));
}

const inside = (ctx: SpanContext, ...types: KNodeType[]): boolean => ctx.open.some((el) => types.includes(el.type));

function addChild(ctx: SpanContext, child: KNode): KNode {
  ctx.tree.children.push(child);
  return child;
}

const isAsciiSpace = (c: string | undefined): boolean => c !== undefined && /^[ \t\n\v\f\r]$/.test(c);
const isAlpha = (c: string | undefined): boolean => c !== undefined && /^\p{Alphabetic}$/u.test(c);

/** The patterns that end an emphasis opened by `delim`: its stop, a doubled stop, a stop before a letter. */
function emphasisStops(delim: string): { stop: RegExp; double: RegExp; alnumAfter: RegExp } {
  const stop = delim.replace(/[*]/g, '\\*');
  return {
    stop: new RegExp(stop, 'yu'),
    double: new RegExp(`${stop}${stop}(?!${stop})`, 'yu'),
    alnumAfter: new RegExp(`${stop}[\\p{L}\\p{N}]`, 'yu'),
  };
}

// Constant patterns, like those of syntax.ts: each use sets lastIndex first.
const EMPHASIS_STOPS = new Map(['*', '**', '_', '__'].map((delim) => [delim, emphasisStops(delim)]));
const LINK_BRACKET_STOP = new RegExp(re.LINK_BRACKET_STOP, 'yu');

function parseEmphasis(ctx: SpanContext): boolean {
  const { src } = ctx;
  const start = src.pos;
  const delimiter = src.scan(re.EMPHASIS_START);
  if (delimiter === null) return false;
  const type = delimiter.length === 2 ? 'strong' : 'em';
  const char = delimiter[0] ?? '*';
  const before = src.text[start - 1];
  const intraword = char === '_' && (isAlpha(before) || (before === '-' && isAlpha(src.text[start - 2])));
  if (intraword || isAsciiSpace(src.text[src.pos]) || inside(ctx, type) || ctx.state.retryBudget < 0) {
    addText(ctx.tree, src.origin(start), delimiter);
    return true;
  }
  const attempt = (delim: string, elType: 'em' | 'strong'): { found: boolean; el: KNode; stop: RegExp } => {
    const el = node(elType, src.origin(start));
    const { stop, double, alnumAfter } = EMPHASIS_STOPS.get(delim) ?? emphasisStops(delim);
    const found = parseSpans(ctx, el, stop, ALL_PARSERS, () => {
      if (isAsciiSpace(src.text[src.pos - 1]) || el.children.length === 0) return false;
      double.lastIndex = src.pos;
      if (elType === 'em' && double.test(src.text)) return false;
      alnumAfter.lastIndex = src.pos;
      return !(char === '_' && alnumAfter.test(src.text));
    });
    return { found, el, stop };
  };
  let result = attempt(delimiter, type);
  if (!result.found && type === 'strong' && ctx.tree.type !== 'em') {
    chargeRetry(ctx.state, start, src.pos, src.origin(start));
    src.pos = start + 1;
    result = attempt(char, 'em');
  }
  if (result.found) {
    src.pos += src.check(result.stop)?.[0].length ?? 0;
    result.el.end = src.origin();
    addChild(ctx, result.el);
  } else {
    chargeRetry(ctx.state, start, src.pos, src.origin(start));
    src.pos = start + delimiter.length;
    addText(ctx.tree, src.origin(start), delimiter);
  }
  return true;
}

function parseCodespan(ctx: SpanContext): boolean {
  const { src } = ctx;
  if (src.text[src.pos] !== '`') return false;
  const start = src.pos;
  const span = matchCodespan(src.text, start);
  if (!span) {
    let end = start;
    while (src.text[end] === '`') end++;
    addText(ctx.tree, src.origin(start), src.text.slice(start, end));
    src.pos = end;
    return true;
  }
  src.pos = span.end;
  addChild(ctx, node('codespan', src.origin(start), src.origin(), { value: span.content }));
  return true;
}

function parseAutolink(ctx: SpanContext): boolean {
  const { src } = ctx;
  const start = src.pos;
  const m = src.check(re.AUTOLINK);
  if (!m) return false;
  src.pos += m[0].length;
  const target = m[1] ?? '';
  const href = m[2] === undefined ? `mailto:${target}` : target;
  const link = node('a', src.origin(start), src.origin(), { attrs: { href } });
  link.children.push(node('text', src.origin(start + 1), src.origin(start + 1), { value: target.replace(/^mailto:/, '') }));
  addChild(ctx, link);
  return true;
}

function parseSpanHtml(ctx: SpanContext): boolean {
  const { src, state } = ctx;
  if (!src.check(re.HTML_SPAN_START)) return false;
  const start = src.pos;
  const comment = src.scan(re.HTML_COMMENT);
  if (comment !== null) {
    addChild(ctx, node('xml_comment', src.origin(start), src.origin(), { value: comment }));
    return true;
  }
  const close = matchEndTag(src.text, start);
  if (close) {
    const raw = src.text.slice(start, close.end);
    src.pos = close.end;
    if (dropFlatEnd(ctx, close.name)) return true;
    addText(ctx.tree, src.origin(start), raw);
    recordLiteral(state, close.name, raw, src.origin(start), src.origin());
    return true;
  }
  const tag = matchStartTag(src.text, start, isKnownName);
  if (!tag) {
    src.pos++;
    addText(ctx.tree, src.origin(start), '<');
    return true;
  }
  src.pos = tag.end;
  const known = isKnownName(tag.name);
  const name = known ? tag.name.toLowerCase() : tag.name;
  if (BLOCK_ELEMENTS.has(name)) {
    const raw = src.text.slice(start, tag.end);
    addText(ctx.tree, src.origin(start), raw);
    recordLiteral(state, name, raw, src.origin(start), src.origin());
    return true;
  }
  const { attrs } = tag;
  for (const key of Object.keys(attrs)) attrs[key] = (attrs[key] ?? '').replace(/\n+/g, ' ');
  delete attrs['markdown'];
  const raw = hasRawContent(name) || ctx.open.some((el) => el.rawContent === true);
  const el = addChild(ctx, node('html_element', src.origin(start), src.origin(), { name, attrs, span: true, rawContent: raw }));
  if (tag.selfClosing || VOID_ELEMENTS.has(name)) {
    el.selfClosing = true;
    return true;
  }
  if (ctx.open.length > MAX_SPAN_DEPTH) {
    el.end = src.origin();
    const flat = ctx.flat.get(ctx.tree) ?? new Map<string, number>();
    ctx.flat.set(ctx.tree, flat);
    flat.set(name.toLowerCase(), (flat.get(name.toLowerCase()) ?? 0) + 1);
    spanTooDeep(state, src.origin(start));
    return true;
  }
  const stop = memoized(state.endTags, known ? name : `\0${name}`, () => re.endTagPattern(name, known, 'y'));
  if (parseSpans(ctx, el, stop, raw ? HTML_ONLY : ALL_PARSERS)) {
    src.pos += src.check(stop)?.[0].length ?? 0;
  } else {
    addText(el, src.origin(), src.rest());
    src.pos = src.text.length;
  }
  el.end = src.origin();
  return true;
}

/** Notes (once per body) that spans nest past MAX_SPAN_DEPTH: kramdown itself overflows its stack there. */
function spanTooDeep(state: ParseState, offset: number): void {
  if (state.notes.some((n) => n.ruleId === 'nesting-too-deep')) return;
  state.notes.push({
    ruleId: 'nesting-too-deep',
    severity: 'warning',
    message: `Tags, links or images nested more than ${MAX_SPAN_DEPTH} deep in a paragraph: the deeper ones are read flat, their text kept`,
    offset,
  });
}

/** The name of the end tag `text` starts with, lowercased. */
const endTagName = (text: string): string | undefined => /^<\/([^\s>/]+)/.exec(text)?.[1]?.toLowerCase();

/** Whether `text` (a stop match) is the end tag of a tag read flat inside `el`: then it is not `el`'s. */
function endsFlatTag(ctx: SpanContext, el: KNode, text: string): boolean {
  const flat = ctx.flat.get(el);
  if (flat === undefined) return false;
  const name = endTagName(text);
  return name !== undefined && (flat.get(name) ?? 0) > 0;
}

/** Drops the end tag of a tag named `name` read flat in the current element, if one is open. */
function dropFlatEnd(ctx: SpanContext, name: string): boolean {
  const flat = ctx.flat.get(ctx.tree);
  const open = flat?.get(name.toLowerCase()) ?? 0;
  if (flat === undefined || open === 0) return false;
  flat.set(name.toLowerCase(), open - 1);
  return true;
}

function recordLiteral(state: ParseState, tagName: string, raw: string, start: number, end: number): void {
  state.literalTags.set(start, { tagName, raw, start, end });
}

function parseLink(ctx: SpanContext): boolean {
  const { src, state } = ctx;
  const start = src.pos;
  const opener = src.scan(re.LINK_START);
  if (opener === null) return false;
  const textStart = src.pos;
  const type = opener.startsWith('!') ? 'img' : 'a';
  const giveUp = (): boolean => {
    chargeRetry(state, start, src.pos, src.origin(start));
    src.pos = start + opener.length;
    addText(ctx.tree, src.origin(start), opener);
    return true;
  };
  if ((type === 'a' && inside(ctx, 'a', 'img')) || state.retryBudget < 0 || ctx.open.length > MAX_SPAN_DEPTH) {
    if (ctx.open.length > MAX_SPAN_DEPTH) spanTooDeep(state, src.origin(start));
    addText(ctx.tree, src.origin(start), opener);
    return true;
  }
  const el = node(type, src.origin(start));
  let count = 1;
  // kramdown counts el's images at every bracket (quadratic on long link text); children are only
  // appended while el is read, so the new ones are counted instead.
  let images = 0;
  let counted = 0;
  const found = parseSpans(ctx, el, LINK_BRACKET_STOP, ALL_PARSERS, (stop) => {
    count += stop[1] !== undefined ? -1 : 1;
    for (; counted < el.children.length; counted++) if (el.children[counted]?.type === 'img') images++;
    return count - images === 0;
  });
  if (!found) return giveUp();
  const alt = src.text.slice(textStart, src.pos).replace(re.ESCAPED_CHARS_IN_ALT, '$1');
  src.pos += 1; // the closing bracket
  const finish = (url: string, title?: string): boolean => {
    el.end = src.origin();
    el.attrs = type === 'a' ? { href: url } : { src: url, alt };
    if (title !== undefined) el.attrs['title'] = title;
    if (type === 'img') el.children = [];
    addChild(ctx, el);
    return true;
  };
  const reference = src.check(re.LINK_INLINE_ID);
  if (reference || src.text[src.pos] !== '(') {
    if (reference) src.pos += reference[0].length;
    const definition = state.linkDefinitions.get(normalizeLinkId(reference?.[1] ?? alt));
    return definition ? finish(definition.url, definition.title) : giveUp();
  }
  let url: string;
  const angle = src.check(re.LINK_ANGLE_URL);
  if (angle) {
    src.pos += angle[0].length;
    url = angle[1] ?? '';
    if (src.text[src.pos] === ')') {
      src.pos++;
      return finish(url);
    }
  } else {
    const urlStart = src.pos;
    let depth = 0;
    for (let m = src.scanUntil(re.LINK_PAREN_STOP); m !== null; m = src.scanUntil(re.LINK_PAREN_STOP)) {
      const stop = src.match;
      if (stop?.[2] !== undefined) {
        depth--;
        if (depth === 0) break;
      } else if (stop?.[1] !== undefined) {
        depth++;
      } else {
        break;
      }
    }
    url = src.text.slice(urlStart + 1, src.pos - 1).trim();
    if (depth === 0) return finish(url);
  }
  const title = src.check(re.LINK_INLINE_TITLE);
  if (title) {
    src.pos += title[0].length;
    return finish(url, title[2]);
  }
  return giveUp();
}

function parseEntity(ctx: SpanContext): boolean {
  const { src } = ctx;
  const start = src.pos;
  const entity = src.scan(re.HTML_ENTITY);
  if (entity === null) return false;
  addChild(ctx, node('entity', src.origin(start), src.origin(), { value: entity }));
  return true;
}

function parseLineBreak(ctx: SpanContext): boolean {
  const { src } = ctx;
  const start = src.pos;
  if (src.scan(re.LINE_BREAK) === null) return false;
  addChild(ctx, node('br', src.origin(start), src.origin()));
  return true;
}

function parseEscaped(ctx: SpanContext): boolean {
  const { src } = ctx;
  const start = src.pos;
  const m = src.check(re.ESCAPED_CHAR_GFM);
  if (!m) return false;
  src.pos += m[0].length;
  addText(ctx.tree, src.origin(start), m[1] ?? '');
  return true;
}

function parseStrikethrough(ctx: SpanContext): boolean {
  const { src } = ctx;
  const start = src.pos;
  const m = src.check(re.STRIKETHROUGH);
  if (!m) return false;
  src.pos += m[0].length;
  const del = addChild(ctx, node('del', src.origin(start), src.origin()));
  const inner: SpanContext = { ...ctx, src: new Scanner(sliceText(src.source, start + 2, src.pos - 2)), open: [...ctx.open] };
  parseSpans(inner, del, undefined, ALL_PARSERS);
  return true;
}

const SPAN_PARSERS: Record<SpanParserName, (ctx: SpanContext) => boolean> = {
  emphasis: parseEmphasis,
  codespan: parseCodespan,
  autolink: parseAutolink,
  spanHtml: parseSpanHtml,
  link: parseLink,
  entity: parseEntity,
  lineBreak: parseLineBreak,
  escaped: parseEscaped,
  strikethrough: parseStrikethrough,
};
