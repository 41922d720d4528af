// The line and span patterns of kramdown's GFM parser, written for JavaScript. Ruby's `\s`, `\w`
// and `\d` are ASCII-only, so they are spelled out here: a no-break space is not white space to
// kramdown. `sticky` and `global` compile them with Ruby's meanings of `.`, `\s`, `\S`, `^` and `$`
// (src/ruby/regex.ts): `.` stops only at `\n`, and `^` anchors only after one, never at U+2028.
import { rubySource } from '../ruby/regex.ts';

export const WS = '[ \\t\\n\\v\\f\\r]';
export const NAME = '(?:[\\p{Alphabetic}_][\\p{Alphabetic}\\p{Nd}._\\-]*:)?[\\p{Alphabetic}_][\\p{Alphabetic}\\p{Nd}._\\-]*';
const OPT_SPACE = ' {0,3}';
const SPAN_OR_SCRIPT =
  'a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|i|img|input|ins|kbd|label|mark|option|q|rb|rbc|rp|rt|rtc|ruby|samp|select|small|span|strong|sub|sup|tt|u|var|script';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * Ruby's StringScanner lets `^` match at the scan position even in the middle of a line (kramdown
 * relies on it: `<p>a</p>b` leaves `b` to be read as a new paragraph). A sticky regex is anchored
 * there already, so its line anchors are dropped; the ones left in a pattern's middle always
 * follow a newline it consumed.
 */
const stripLineAnchors = (source: string): string => source.replace(/(?<![\\[])\^/g, '');
const sticky = (source: string, flags = ''): RegExp => new RegExp(rubySource(stripLineAnchors(source)), `yu${flags}`);
const global = (source: string, flags = ''): RegExp => new RegExp(rubySource(source), `gu${flags}`);

// kramdown's `(?>^\s*\n)+` is atomic; read line by line it matches the same span, and no
// run of blank lines can be split in more than one way (which is exponential with nested repeats).
export const BLANK_LINE_SRC = '(?:^[ \\t\\v\\f\\r]*\\n)+';
export const EOB_MARKER_SRC = `^\\^${WS}*?\\n`;
export const IAL_BLOCK_SRC = `\\{:(?!:|\\/)((?:\\\\\\}|[^}])+)\\}${WS}*?\\n`;
export const IAL_BLOCK_START_SRC = `^${OPT_SPACE}${IAL_BLOCK_SRC}`;
export const LAZY_END_HTML_START_SRC = `<(?!(?:${SPAN_OR_SCRIPT})${NOT_WORD_AFTER})${NAME}`;
export const LAZY_END_HTML_STOP_SRC = `<\\/(?!(?:${SPAN_OR_SCRIPT})${NOT_WORD_AFTER})${NAME}${WS}*>`;
const END_OF_TEXT = '(?=\\n?(?![\\s\\S]))';
export const LAZY_END_SRC =
  `${BLANK_LINE_SRC}|${IAL_BLOCK_START_SRC}|${EOB_MARKER_SRC}|^${OPT_SPACE}${LAZY_END_HTML_STOP_SRC}` +
  `|^${OPT_SPACE}${LAZY_END_HTML_START_SRC}|${END_OF_TEXT}`;
const PATTERN_TAIL = '[\\t| ].*?\\n';
export const LIST_START_UL_SRC = `^(${OPT_SPACE}[+*-])(${PATTERN_TAIL})`;
export const LIST_START_OL_SRC = `^(${OPT_SPACE}\\d+\\.)(${PATTERN_TAIL})`;
export const LIST_START_SRC = `${LIST_START_UL_SRC}|${LIST_START_OL_SRC}`;
export const DEFINITION_LIST_START_SRC = `^(${OPT_SPACE}:)(${PATTERN_TAIL})`;
export const ATX_HEADER_START_SRC = '^(?<level>#{1,6})[\\t ]+(?<contents>.*)\\n';
export const BLOCKQUOTE_START_SRC = `^${OPT_SPACE}> ?`;
export const FENCED_CODEBLOCK_START_SRC = '^[ ]{0,3}[~`]{3,}';
export const INDENT_SRC = '^(?:\\t| {4})';
export const HR_START_SRC = `^${OPT_SPACE}([*\\-_])[ \\t]*\\1[ \\t]*\\1(?:\\1|[ \\t])*\\n`;

export const LAZY_END = sticky(LAZY_END_SRC);
export const PARAGRAPH_END = sticky(
  `${LAZY_END_SRC}|${LIST_START_SRC}|${ATX_HEADER_START_SRC}|${DEFINITION_LIST_START_SRC}|${BLOCKQUOTE_START_SRC}|${FENCED_CODEBLOCK_START_SRC}`,
);
export const BLOCK_BOUNDARY = sticky(`${BLANK_LINE_SRC}|${EOB_MARKER_SRC}|${IAL_BLOCK_START_SRC}|${END_OF_TEXT}`);

export const BLANK_LINE = sticky(BLANK_LINE_SRC);
export const EOB_MARKER = sticky(EOB_MARKER_SRC);
export const PARAGRAPH_START = sticky(`^${OPT_SPACE}[^ \\t].*?\\n`);
export const ATX_HEADER_START = sticky(ATX_HEADER_START_SRC);
export const SETEXT_HEADER_START = sticky(`^${OPT_SPACE}(?<contents>[^ \\t].*)\\n(?<level>[-=])[-=]*[ \\t\\r\\f\\v]*\\n`);
export const HEADER_ID = /[\t ]\{#(?<id>[\p{L}_:][\p{L}\p{N}_:.\-\u00B7]*)\}$/u;
export const BLOCKQUOTE_START = sticky(BLOCKQUOTE_START_SRC);
export const BLOCKQUOTE_PREFIX = global(BLOCKQUOTE_START_SRC);
export const HR_START = sticky(HR_START_SRC);
export const INDENT = sticky(INDENT_SRC);
export const INDENT_ALL = global(INDENT_SRC);
export const CODEBLOCK_MATCH_SRC =
  `(?:(?:${BLANK_LINE_SRC})?(?:${INDENT_SRC}[ \\t]*\\S.*\\n)+(?:(?!${IAL_BLOCK_START_SRC}|${EOB_MARKER_SRC}|^${OPT_SPACE}${LAZY_END_HTML_STOP_SRC}|^${OPT_SPACE}${LAZY_END_HTML_START_SRC})^[ \\t]*\\S.*\\n)*)+`;
export const CODEBLOCK_MATCH = sticky(CODEBLOCK_MATCH_SRC);
export const FENCED_CODEBLOCK_START = sticky(FENCED_CODEBLOCK_START_SRC);
// kramdown's `\s*?` around the info string, but for `\n`: the shortest match, which needs none.
export const FENCED_CODEBLOCK_OPEN = sticky('^[ ]{0,3}(([~`]){3,})[ \\t\\v\\f\\r]*?((\\S+?)(?:\\?\\S*)?)?[ \\t\\v\\f\\r]*?\\n');
export const LIST_START = sticky(LIST_START_SRC);
export const LIST_START_UL = sticky(LIST_START_UL_SRC);
export const LIST_START_OL = sticky(LIST_START_OL_SRC);
export const DEFINITION_LIST_START = sticky(DEFINITION_LIST_START_SRC);
export const IAL_BLOCK_START = sticky(IAL_BLOCK_START_SRC);
export const BLOCK_EXTENSIONS_START = sticky(`^${OPT_SPACE}\\{:`);
export const ALD_START = sticky(`^${OPT_SPACE}\\{:([A-Za-z0-9_][\\w-]*):((?:\\\\\\}|[^}])+)\\}${WS}*?\\n`);
/** An IAL at a list item's or term's start (kramdown's LIST_ITEM_IAL). */
export const LIST_ITEM_IAL = /^[ \t\n\v\f\r]*(?:\{:(?!(?:[A-Za-z0-9_][\w-]*)?:|\/)((?:\\\}|[^}])+)\})[ \t\n\v\f\r]*/;
export const LINK_DEFINITION_START = sticky(
  `^${OPT_SPACE}\\[([^\\n\\]]+)\\]:[ \\t]*(?:<(.*?)>|([^\\n]*?\\S[^\\n]*?))(?:(?:[ \\t]*?\\n|[ \\t]+?)[ \\t]*?(["'])(.+?)\\4)?[ \\t]*?\\n`,
);
export const ABBREV_DEFINITION_START = sticky(`^${OPT_SPACE}\\*\\[(.+?)\\]:(.*?)\\n`);
export const FOOTNOTE_DEFINITION_START = sticky(`^${OPT_SPACE}\\[\\^(\\w[\\w-]*)\\]:${WS}*?(.*?\\n${CODEBLOCK_MATCH_SRC.slice(0, -1)}*)`);
export const FOOTNOTE_MARKER = sticky(`\\[\\^(\\w[\\w-]*)\\]`);
export const INLINE_MATH = sticky(`\\$\\$([\\s\\S]*?)\\$\\$`);
export const BLOCK_MATH_START = sticky(`^${OPT_SPACE}(\\\\)?\\$\\$([\\s\\S]*?)\\$\\$(${WS}*?\\n)?`);

// Tables.
export const TABLE_SEP_LINE = sticky('^([+|: \\t-]*?-[+|: \\t-]*?)[ \\t]*\\n');
export const TABLE_FSEP_LINE = sticky('^[+|: \\t=]*?=[+|: \\t=]*?[ \\t]*\\n');
export const TABLE_PIPE_CHECK_SRC = '(?:\\||.*?[^\\\\\\n]\\|)';
export const TABLE_LINE = sticky(`${TABLE_PIPE_CHECK_SRC}.*?\\n`);
export const TABLE_START = sticky(`^${OPT_SPACE}(?=\\S)${TABLE_PIPE_CHECK_SRC}.*?\\n`);

/**
 * A sticky `open…close` pattern that can say cheaply that it cannot match: the lazy regex alone
 * reads to the end of the text for every `open` it meets, which is quadratic on `<!--<!--…` or
 * `~~a ~~a …`. It matches only when a usable `close` starts `minGap` or more past the cursor, so
 * knowing the text's last usable close (`lastClose`, which the Scanner looks up once per text)
 * answers "no" exactly when the regex would.
 */
export class ClosedSpan extends RegExp {
  constructor(
    source: string,
    readonly minGap: number,
    readonly lastClose: (text: string) => number,
  ) {
    super(rubySource(stripLineAnchors(source)), 'yu');
  }
}

// Raw HTML.
export const HTML_COMMENT = new ClosedSpan('<!--([\\s\\S]*?)-->', 4, (text) => text.lastIndexOf('-->'));
export const HTML_INSTRUCTION = new ClosedSpan('<\\?([\\s\\S]*?)\\?>', 2, (text) => text.lastIndexOf('?>'));
const ATTRIBUTE_VALUE = `(?:[\\p{L}\\p{M}\\p{N}\\p{Pc}]+|"[^"]*"|'[^']*')`;
// HTML_TAG, HTML_TAG_CLOSE and HTML_ATTRIBUTE are kramdown's tag patterns, kept as the reference:
// the parser reads tags with html-tag.ts (linear, about 4× faster), which
// test/kramdown/html-tag.test.ts holds to these on the corpus and on generated input.
// The attribute list is matched atomically, as kramdown's `(?>…)` does: `(?=(…))\k<…>` is the
// JavaScript spelling, and it keeps a long run of spaces from backtracking.
export const HTML_TAG = sticky(
  `<(?<name>${NAME})${WS}*(?=(?<attrs>(?:${WS}+${NAME}(?:${WS}*=${WS}*${ATTRIBUTE_VALUE})?)*))\\k<attrs>${WS}*(?<selfClosing>\\/)?>`,
);
export const HTML_TAG_CLOSE = sticky(`<\\/(${NAME})${WS}*>`);
export const HTML_ATTRIBUTE = global(
  `${WS}*(?<name>${NAME})(?:${WS}*=${WS}*(?:(?<bare>[\\p{L}\\p{M}\\p{N}\\p{Pc}]+)|"(?<double>[^"]*)"|'(?<single>[^']*)'))?`,
);
export const HTML_RAW_START = global(`(?=<(?:${NAME}|\\/|!--|\\?))`);
export const TRAILING_WHITESPACE = sticky('[ \\t]*\\n');
/** An entity reference kramdown leaves alone when it escapes text. */
export const REFERENCE = '&(?:[\\w:][\\w.:\\-]*;|#\\d+;|#x[0-9a-fA-F]+;)';

// Spans.
export const SPAN_CANDIDATE = '[*_`<\\[!&\\\\~]|(?:  |\\\\\\\\)(?=\\n)';
export const EMPHASIS_START = sticky('\\*\\*?|__?');
export const AUTOLINK = sticky('<((mailto|https?|ftps?):.+?|[\\p{L}\\p{N}\\-_.]+?@[\\p{L}\\p{N}\\-_.]+?)>');
export const HTML_SPAN_START = sticky(`<(?:${NAME}|!--|\\/)`);
export const LINK_START = sticky('!?\\[(?=[^^])');
export const LINK_BRACKET_STOP = '(\\])|!?\\[';
export const LINK_INLINE_ID = sticky(`${WS}*?\\[([^\\]]+)?\\]`);
export const LINK_ANGLE_URL = sticky('\\(<(.*?)>');
export const LINK_PAREN_STOP = global(`(\\()|(\\))|${WS}(?=['"])`);
export const LINK_INLINE_TITLE = sticky(`${WS}*?(["'])([\\s\\S]+?)\\1${WS}*?\\)`);
export const HTML_ENTITY = sticky('&([\\w:][\\-\\w.:]*);|&#(\\d+);|&#x([0-9a-fA-F]+);');
export const LINE_BREAK = sticky('(?:  |\\\\\\\\)(?=\\n)');
export const ESCAPED_CHAR_GFM = sticky('\\\\([\\\\.*_+`<>()\\[\\]{}#!:|"\'$=\\-~])');
export const ESCAPED_CHARS_IN_ALT = /\\([\\.*_+`<>()[\]{}#!:|"'$=-])/g;
/** The last `~~` after a character that may end struck text (not white space, not `~`). */
function lastStrikeClose(text: string): number {
  let at = text.lastIndexOf('~~');
  while (at > 0 && /[ \t\n\v\f\r~]/.test(text[at - 1] ?? '')) at = text.lastIndexOf('~~', at - 1);
  return at > 0 ? at : -1;
}
export const STRIKETHROUGH = new ClosedSpan(`~~(?!${WS}|~)[\\s\\S]*?[^ \\t\\n\\v\\f\\r~]~~`, 3, lastStrikeClose);

/** A pattern matching the end tag `</name>`, case-insensitive for names kramdown knows. */
export function endTagPattern(name: string, known: boolean, flags: 'y' | 'g'): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<\\/${escaped}${WS}*>`, `${flags}u${known ? 'i' : ''}`);
}
