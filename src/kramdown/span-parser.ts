import { emptyIal, mergeIal, applyIal, parseAttributeList } from './attribute-list.ts';
import { addText, normalizeLinkId } from './block-parser.ts';
import { matchCodespan } from './codespan.ts';
import { entityByCodePoint, entityByName } from './entities.ts';
import { matchExtension, readExtension } from './extensions.ts';
import { BLOCK_ELEMENTS, contentModelOf, isKnownName, VOID_ELEMENTS } from './html-elements.ts';
import { matchEndTag, matchStartTag } from './html-tag.ts';
import { htmlToNative } from './html-to-native.ts';
import { joinRaw, sliceText } from './mapped-text.ts';
import { rubyStrip } from './mapped-replace.ts';
import { type KNode, type KNodeType, node } from './nodes.ts';
import { Scanner } from './scanner.ts';
import { matchSmartQuote, mayStartSmartQuote } from './smart-quotes.ts';
import { cached, derived } from './pattern-cache.ts';
import { chargeRetry, type ParseState, retryBudgetFor } from './state.ts';
import * as re from './syntax.ts';
import { closingBrackets, firstAtOrAfter, greaterThans, lastLastingSpan, matchInlineTitle, newlines, titleCloses } from './text-index.ts';
import { matchTypographic, mayStartTypographic } from './typographic.ts';
import { work } from './work.ts';

type SpanParserName =
  | 'emphasis' | 'codespan' | 'autolink' | 'spanHtml' | 'footnoteMarker' | 'link' | 'smartQuotes' | 'inlineMath'
  | 'spanExtensions' | 'entity' | 'typographic' | 'lineBreak' | 'escaped' | 'strikethrough';

/** kramdown's span parsers, in the GFM parser's order. */
const ALL_PARSERS: readonly SpanParserName[] = [
  'emphasis', 'codespan', 'autolink', 'spanHtml', 'footnoteMarker', 'link', 'smartQuotes', 'inlineMath',
  'spanExtensions', 'entity', 'typographic', 'lineBreak', 'escaped', 'strikethrough',
];
const HTML_ONLY: readonly SpanParserName[] = ['spanHtml'];
const NONE: readonly SpanParserName[] = [];

/** The characters each parser's pattern starts with (smart quotes and symbols are tested apart). */
const FIRST_CHARS: Partial<Record<SpanParserName, string>> = {
  emphasis: '*_', codespan: '`', autolink: '<', spanHtml: '<', footnoteMarker: '[', link: '![', inlineMath: '$',
  spanExtensions: '{', entity: '&', lineBreak: ' \\', escaped: '\\', strikethrough: '~',
};
/** The spans kramdown retries when they do not close, at the cost of the retry budget. */
const RETRYING: ReadonlySet<KNodeType> = new Set<KNodeType>(['a', 'img', 'em', 'strong']);
/** Deeper span nesting than this (tags inside tags) is read as text. */
const MAX_SPAN_DEPTH = 100;

type StopCondition = (stop: RegExpExecArray) => boolean;

/** The parsers a body uses (kramdown-parser-gfm drops some for hard_wrap and no_auto_typographic). */
interface SpanSetup {
  parsers: readonly SpanParserName[];
  byFirstChar: ReadonlyMap<string, readonly SpanParserName[]>;
  smartQuotes: boolean;
  typographic: boolean;
  candidates: RegExp;
  candidateSource: string;
  /** The candidates with a stop pattern's, by the stop. */
  stopCandidates: WeakMap<RegExp, RegExp>;
  /** The parsers at a first character where a smart quote (`q`) or a symbol (`s`) may also start. */
  withQuotes: Map<string, readonly SpanParserName[]>;
}

interface SpanContext {
  state: ParseState;
  setup: SpanSetup;
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

/** The span start patterns of kramdown's parsers, for the parsers in use. */
const SPAN_STARTS: Record<SpanParserName, string> = {
  emphasis: '\\*|_',
  codespan: '`',
  autolink: '<',
  spanHtml: '<',
  footnoteMarker: '\\[',
  link: '!?\\[',
  smartQuotes: '[^\\\\]?["\']',
  inlineMath: '\\$',
  spanExtensions: '\\{:',
  entity: '&',
  typographic: '--|\\.\\.\\.|(?:\\\\| )?(?:<<|>>)',
  lineBreak: '(?:  |\\\\\\\\)(?=\\n)',
  escaped: '\\\\',
  strikethrough: '~~',
};

const SETUPS = new Map<string, SpanSetup>();

function setupFor(state: ParseState): SpanSetup {
  const drop: SpanParserName[] = [];
  if (state.options.hard_wrap) drop.push('lineBreak');
  if (state.options.gfm_quirks.includes('no_auto_typographic')) drop.push('typographic');
  return cached(SETUPS, drop.join(','), () => {
    const parsers = ALL_PARSERS.filter((p) => !drop.includes(p));
    const chars = new Set(parsers.flatMap((p) => [...(FIRST_CHARS[p] ?? '')]));
    const byFirstChar = new Map([...chars].map((c) => [c, parsers.filter((p) => (FIRST_CHARS[p] ?? '').includes(c))]));
    const candidateSource = parsers.map((p) => SPAN_STARTS[p]).join('|');
    return {
      parsers,
      byFirstChar,
      smartQuotes: parsers.includes('smartQuotes'),
      typographic: parsers.includes('typographic'),
      candidates: new RegExp(`(?=${candidateSource})`, 'gu'),
      candidateSource,
      stopCandidates: new WeakMap(),
      withQuotes: new Map(),
    };
  });
}

/**
 * Replaces the raw text of a paragraph, header, cell, term or span HTML element with its spans,
 * read by kramdown's span parsers; they become the element's first children.
 */
export function readRaw(state: ParseState, el: KNode): void {
  if (el.raw === undefined) return;
  const setup = setupFor(state);
  const text = joinRaw(el.raw);
  el.raw = undefined;
  // Most cells and many paragraphs hold no place a span may start: they are one text, as
  // parseSpans would find after one search, without its cursor and context.
  setup.candidates.lastIndex = 0;
  work.count++;
  if (!setup.candidates.test(text.text)) {
    if (el.children.length === 0) addText(el, text.offsets[0] ?? el.start, text.text);
    else {
      const rest = node(el.type, el.start, el.start);
      addText(rest, text.offsets[0] ?? el.start, text.text);
      el.children = [...el.children, ...rest.children];
    }
    return;
  }
  state.retryBudget = retryBudgetFor(text.text.length);
  const ctx: SpanContext = { state, setup, src: new Scanner(text), tree: el, open: [], flat: new Map() };
  const inner = node(el.type, el.start, el.start);
  parseSpans(ctx, inner, undefined, setup.parsers);
  el.children = el.children.length === 0 ? inner.children : [...el.children, ...inner.children];
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
  const candidates = candidatePattern(ctx, stop, parsers);
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
    if (!tryParsers(ctx, parsersAt(ctx, parsers, at))) {
      const char = charAt(src.text, at);
      addText(el, src.origin(at), char);
      src.pos = at + char.length;
    }
  }
  ctx.open.pop();
  ctx.tree = saved;
  return found;
}

/** Ruby's getch: one character, an astral one whole. */
function charAt(text: string, at: number): string {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? text.slice(at, at + 2) : text.slice(at, at + 1);
}

/** The parsers whose start pattern may match at `at`, in kramdown's order. */
function parsersAt(ctx: SpanContext, parsers: readonly SpanParserName[], at: number): readonly SpanParserName[] {
  const { text } = ctx.src;
  if (parsers === HTML_ONLY) return text[at] === '<' ? HTML_ONLY : NONE;
  if (parsers !== ctx.setup.parsers) return parsers;
  const byChar = ctx.setup.byFirstChar.get(text[at] ?? '') ?? NONE;
  const quote = ctx.setup.smartQuotes && mayStartSmartQuote(text, at);
  const symbol = ctx.setup.typographic && mayStartTypographic(text, at);
  if (!quote && !symbol) return byChar;
  const { setup } = ctx;
  return cached(setup.withQuotes, `${text[at] ?? ''}${quote ? 'q' : ''}${symbol ? 's' : ''}`, () =>
    setup.parsers.filter((p) => byChar.includes(p) || (p === 'smartQuotes' && quote) || (p === 'typographic' && symbol)),
  );
}

/** Tries `parsers` in order at the cursor: whether one read something. */
function tryParsers(ctx: SpanContext, parsers: readonly SpanParserName[]): boolean {
  for (const name of parsers) if (SPAN_PARSERS[name](ctx)) return true;
  return false;
}

/** The candidates inside raw content, where only tags are spans, with a stop pattern's, by the stop. */
const RAW_STOP_CANDIDATES = new WeakMap<RegExp, RegExp>();
/** End tag patterns by name (NUL-prefixed for names kramdown does not know). */
const END_TAGS = new Map<string, RegExp>();

function candidatePattern(ctx: SpanContext, stop: RegExp | undefined, parsers: readonly SpanParserName[]): RegExp {
  const { setup } = ctx;
  if (parsers === HTML_ONLY) {
    if (!stop) return TAG_START;
    return derived(RAW_STOP_CANDIDATES, stop, () => new RegExp(`(?=${stop.source}|<)`, `gu${stop.flags.includes('i') ? 'i' : ''}`));
  }
  if (parsers !== setup.parsers) {
    const source = parsers.map((p) => SPAN_STARTS[p]).join('|');
    return new RegExp(`(?=${stop ? `${stop.source}|` : ''}${source})`, 'gu');
  }
  if (!stop) return setup.candidates;
  return derived(setup.stopCandidates, stop, () => new RegExp(`(?=${stop.source}|${setup.candidateSource})`, `gu${stop.flags.includes('i') ? 'i' : ''}`));
}

const TAG_START = /(?=<)/gu;
const IAL_SPAN_START = /\{:((?:\\\}|[^}])+)\}/y;

const inside = (ctx: SpanContext, ...types: KNodeType[]): boolean => ctx.open.some((el) => types.includes(el.type));

function addChild(ctx: SpanContext, child: KNode): KNode {
  ctx.tree.children.push(child);
  return child;
}

const isAsciiSpace = (c: string | undefined): boolean => c !== undefined && /^[ \t\n\v\f\r]$/.test(c);
const isAlpha = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /^\p{Alphabetic}$/u.test(c);
};

interface EmphasisStops {
  stop: RegExp;
  double: RegExp;
  alnumAfter: RegExp;
  /** Where the stop may end the emphasis as far as the text alone says (see mayCloseAt), ascending: a Scanner#memo builder. */
  closes: (text: string) => number[];
}

/** The patterns that end an emphasis opened by `delim`: its stop, a doubled stop, a stop before a letter. */
function emphasisStops(delim: string): EmphasisStops {
  const source = delim.replace(/[*]/g, '\\*');
  const stops: EmphasisStops = {
    stop: new RegExp(source, 'yu'),
    double: new RegExp(`${source}${source}(?!${source})`, 'yu'),
    alnumAfter: new RegExp(`${source}[\\p{L}\\p{N}]`, 'yu'),
    closes: (text) => {
      const out: number[] = [];
      for (let at = text.indexOf(delim, 1); at >= 0; at = text.indexOf(delim, at + 1)) {
        if (mayCloseAt(text, at, delim, stops)) out.push(at);
      }
      return out;
    },
  };
  return stops;
}

/**
 * Whether the stop of `delim` at `at` may end its emphasis as far as the text says: not after
 * white space, not the first of exactly two for `*` and `_`, not before a letter or digit for `_`.
 */
function mayCloseAt(text: string, at: number, delim: string, { double, alnumAfter }: EmphasisStops): boolean {
  if (isAsciiSpace(text[at - 1])) return false;
  double.lastIndex = at;
  if (delim.length === 1 && double.test(text)) return false;
  if (delim[0] !== '_') return true;
  alnumAfter.lastIndex = at;
  return !alnumAfter.test(text);
}

// Constant patterns, like those of syntax.ts: each use sets lastIndex first.
const EMPHASIS_STOPS = new Map(['*', '**', '_', '__'].map((delim) => [delim, emphasisStops(delim)]));
const LINK_BRACKET_STOP = new RegExp(re.LINK_BRACKET_STOP, 'yu');

/**
 * Whether a span opened at `start` has no place to close (none of `closes` at or after
 * `closeFrom`) and nothing from `start` on that a failed attempt would leave a mark of: then it
 * fails as kramdown's reading on to the end would, without the reading (or its retry cost).
 */
function failsUnread(src: Scanner, closes: readonly number[], closeFrom: number, start: number): boolean {
  return firstAtOrAfter(closes, closeFrom) < 0 && src.memo(lastLastingSpan) < start;
}

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
    const stops = EMPHASIS_STOPS.get(delim) ?? emphasisStops(delim);
    if (failsUnread(src, src.memo(stops.closes), src.pos + 1, src.pos)) return { found: false, el, stop: stops.stop };
    const found = parseSpans(ctx, el, stops.stop, ctx.setup.parsers, () => el.children.length > 0 && mayCloseAt(src.text, src.pos, delim, stops));
    return { found, el, stop: stops.stop };
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

const AUTOLINK_SCHEME = /^<(?:mailto|https?|ftps?):/;

function parseAutolink(ctx: SpanContext): boolean {
  const { src } = ctx;
  const start = src.pos;
  // `<scheme:` needs a `>` past the next character on its line: the pattern would read the rest
  // of the line to learn that there is none, once per `<http:` of it.
  const scheme = AUTOLINK_SCHEME.exec(src.text.slice(start, start + 9));
  if (scheme) {
    const afterColon = start + scheme[0].length;
    const gt = firstAtOrAfter(src.memo(greaterThans), afterColon + 1);
    const newline = firstAtOrAfter(src.memo(newlines), afterColon);
    if (gt < 0 || (newline >= 0 && newline < gt)) return false;
  }
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

const MARKDOWN_ATTRIBUTE: Record<string, 'raw' | 'default' | 'span' | 'block'> = { 0: 'raw', 1: 'default', span: 'span', block: 'block' };

function parseSpanHtml(ctx: SpanContext): boolean {
  const { src, state } = ctx;
  if (!src.check(re.HTML_SPAN_START)) return false;
  const start = src.pos;
  const comment = src.scan(re.HTML_COMMENT);
  if (comment !== null) {
    addChild(ctx, node('xml_comment', src.origin(start), src.origin(), { value: comment, category: 'span' }));
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
  for (const key of Object.keys(attrs)) if (attrs[key] !== '') attrs[key] = (attrs[key] as string).replace(/\n+/g, ' ');
  let parse = contentModelOf(name) === 'raw' || ctx.tree.contentModel === 'raw' ? false : state.options.parse_span_html;
  const written = attrs['markdown'];
  delete attrs['markdown'];
  const asked = written === undefined ? undefined : MARKDOWN_ATTRIBUTE[written];
  if (asked === 'span') parse = true;
  else if (asked === 'default') parse = contentModelOf(name) !== 'raw';
  else if (asked === 'raw') parse = false;
  const el = addChild(
    ctx,
    node('html_element', src.origin(start), src.origin(), { name, attrs, category: 'span', contentModel: parse ? 'span' : 'raw', isClosed: tag.selfClosing }),
  );
  if (tag.selfClosing || VOID_ELEMENTS.has(name)) {
    if (state.options.html_to_native) htmlToNative(el);
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
  const stop = cached(END_TAGS, known ? name : `\0${name}`, () => re.endTagPattern(name, known, 'y'));
  if (parseSpans(ctx, el, stop, parse ? ctx.setup.parsers : HTML_ONLY)) {
    src.pos += src.check(stop)?.[0].length ?? 0;
  } else {
    addText(el, src.origin(), src.rest());
    src.pos = src.text.length;
  }
  el.end = src.origin();
  if (state.options.html_to_native) htmlToNative(el);
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

/** kramdown's footnote markers `[^name]`: a reference to a definition, or text when there is none. */
function parseFootnoteMarker(ctx: SpanContext): boolean {
  const { src, state } = ctx;
  const start = src.pos;
  const m = src.check(re.FOOTNOTE_MARKER);
  if (m === null) return false;
  src.pos += m[0].length;
  const name = m[1] ?? '';
  const definition = state.footnotes.get(name);
  if (definition === undefined) {
    state.notes.push({ ruleId: 'kramdown-warning', severity: 'warning', message: `Footnote definition for '${name}' not found`, offset: src.origin(start) });
    addText(ctx.tree, src.origin(start), m[0]);
    return true;
  }
  if (definition.eob !== undefined) {
    const attrs = { ...definition.eob.attrs };
    if (definition.eob.ial) applyIal(attrs, definition.eob.ial, state.alds);
    definition.attrs = attrs;
    definition.ial = definition.eob.ial;
    definition.eob = undefined;
  }
  const marker = node('footnote', src.origin(start), src.origin(), { name, footnote: definition.content, attrs: definition.attrs, ial: definition.ial });
  definition.markers.push(marker);
  addChild(ctx, marker);
  return true;
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
  // No `]` after it, a link's text cannot close.
  if (failsUnread(src, src.memo(closingBrackets), textStart, start)) return giveUp();
  const el = node(type, src.origin(start));
  let count = 1;
  // kramdown counts el's images at every bracket (quadratic on long link text); children are only
  // appended while el is read, so the new ones are counted instead.
  let images = 0;
  let counted = 0;
  const found = parseSpans(ctx, el, LINK_BRACKET_STOP, ctx.setup.parsers, (stop) => {
    count += stop[1] !== undefined ? -1 : 1;
    for (; counted < el.children.length; counted++) if (el.children[counted]?.type === 'img') images++;
    return count - images === 0;
  });
  if (!found) return giveUp();
  const alt = src.text.slice(textStart, src.pos).replace(re.ESCAPED_CHARS_IN_ALT, '$1');
  src.pos += 1; // the closing bracket
  const finish = (url: string, title?: string, definitionEob?: KNode): boolean => {
    el.end = src.origin();
    const attrs: Record<string, string> = {};
    const ial = definitionEob?.ial;
    if (ial !== undefined) {
      el.ial = ial;
      applyIal(attrs, ial, state.alds);
    }
    if (type === 'a') {
      attrs['href'] = url;
    } else {
      attrs['src'] = url;
      attrs['alt'] = alt;
      el.children = [];
    }
    if (title !== undefined) attrs['title'] = title;
    el.attrs = attrs;
    addChild(ctx, el);
    return true;
  };
  const reference = src.check(re.LINK_INLINE_ID);
  if (reference || src.text[src.pos] !== '(') {
    if (reference) src.pos += reference[0].length;
    const definition = state.linkDefinitions.get(normalizeLinkId(reference?.[1] ?? alt));
    return definition ? finish(definition.url, definition.title, definition.eob) : giveUp();
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
    url = rubyStrip(src.text.slice(urlStart + 1, src.pos - 1));
    if (depth === 0) return finish(url);
  }
  // LINK_INLINE_TITLE, read from the text's title closes: the pattern reads on to the end for a
  // title that never closes, and `[a](b "` × n has n of them.
  const title = matchInlineTitle(src.text, src.pos, src.memo(titleCloses));
  if (title) {
    src.pos = title.end;
    return finish(url, title.title);
  }
  return giveUp();
}

function parseSmartQuotes(ctx: SpanContext): boolean {
  const { src } = ctx;
  const m = matchSmartQuote(src.text, src.pos);
  if (m === undefined) return false;
  for (const part of m.parts) {
    if ('text' in part) addText(ctx.tree, src.origin(part.at), part.text);
    else addChild(ctx, node('smart_quote', src.origin(part.at), src.origin(part.at + 1), { value: part.quote }));
  }
  src.pos += m.length;
  return true;
}

function parseInlineMath(ctx: SpanContext): boolean {
  const { src } = ctx;
  const start = src.pos;
  const m = src.check(re.INLINE_MATH);
  if (m === null) return false;
  src.pos += m[0].length;
  addChild(ctx, node('math', src.origin(start), src.origin(), { value: rubyStrip(m[1] ?? ''), category: 'span' }));
  return true;
}

function parseSpanExtensions(ctx: SpanContext): boolean {
  const { src, state } = ctx;
  const start = src.pos;
  if (src.text[start] !== '{' || src.text[start + 1] !== ':') return false;
  if (matchExtension(src.text, start, 'span') !== undefined) {
    const saved = state.tree;
    state.tree = ctx.tree;
    const end = readExtension(state, src.text, start, 'span', (i) => src.origin(i));
    state.tree = saved;
    if (end === undefined) {
      addText(ctx.tree, src.origin(start), '{');
      src.pos = start + 1;
    } else {
      src.pos = end;
    }
    return true;
  }
  const ial = src.check(IAL_SPAN_START);
  const last = ctx.tree.children.at(-1);
  if (ial && last !== undefined && last.type !== 'text') {
    src.pos += ial[0].length;
    const attrs = emptyIal();
    parseAttributeList(ial[1] ?? '', attrs);
    last.ial ??= emptyIal();
    mergeIal(last.ial, attrs);
    last.attrs ??= {};
    applyIal(last.attrs, attrs, state.alds);
    return true;
  }
  addText(ctx.tree, src.origin(start), '{');
  src.pos = start + 1;
  return true;
}

function parseEntity(ctx: SpanContext): boolean {
  const { src } = ctx;
  const start = src.pos;
  const m = src.check(re.HTML_ENTITY);
  if (m === null) return false;
  src.pos += m[0].length;
  const entity = m[1] !== undefined ? entityByName(m[1]) : entityByCodePoint(m[2] !== undefined ? Number(m[2]) : parseInt(m[3] ?? '0', 16));
  if (entity === undefined) {
    const amp = entityByName('amp');
    addChild(ctx, node('entity', src.origin(start), src.origin(start + 1), { codePoint: amp?.codePoint ?? 38, entityName: 'amp' }));
    addText(ctx.tree, src.origin(start + 1), m[0].slice(1));
    return true;
  }
  addChild(ctx, node('entity', src.origin(start), src.origin(), { value: m[0], codePoint: entity.codePoint, entityName: entity.name }));
  return true;
}

function parseTypographic(ctx: SpanContext): boolean {
  const { src } = ctx;
  const start = src.pos;
  const m = matchTypographic(src.text, start);
  if (m === undefined) return false;
  src.pos += m.length;
  if ('symbol' in m) {
    addChild(ctx, node('typographic_sym', src.origin(start), src.origin(), { value: m.symbol }));
  } else {
    const entity = entityByName(m.entity);
    for (let i = 0; i < 2; i++) addChild(ctx, node('entity', src.origin(start), src.origin(), { codePoint: entity?.codePoint ?? 0, entityName: m.entity }));
  }
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
  addText(ctx.tree, src.origin(start + 1), m[1] ?? '');
  return true;
}

function parseStrikethrough(ctx: SpanContext): boolean {
  const { src } = ctx;
  const start = src.pos;
  const m = src.check(re.STRIKETHROUGH);
  if (!m) return false;
  src.pos += m[0].length;
  const del = addChild(ctx, node('html_element', src.origin(start), src.origin(), { name: 'del', attrs: {}, category: 'span' }));
  const inner: SpanContext = { ...ctx, src: new Scanner(sliceText(src.source, start + 2, src.pos - 2)), open: [...ctx.open] };
  parseSpans(inner, del, undefined, ctx.setup.parsers);
  return true;
}

const SPAN_PARSERS: Record<SpanParserName, (ctx: SpanContext) => boolean> = {
  emphasis: parseEmphasis,
  codespan: parseCodespan,
  autolink: parseAutolink,
  spanHtml: parseSpanHtml,
  footnoteMarker: parseFootnoteMarker,
  link: parseLink,
  smartQuotes: parseSmartQuotes,
  inlineMath: parseInlineMath,
  spanExtensions: parseSpanExtensions,
  entity: parseEntity,
  typographic: parseTypographic,
  lineBreak: parseLineBreak,
  escaped: parseEscaped,
  strikethrough: parseStrikethrough,
};
