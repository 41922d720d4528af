/** Rouge's `c` lexer (lexers/c.rb); `cpp` extends it. */
import { bolRule, Grammar, mixin, RegexLexer, rule, type Match, type Matcher } from '../engine.ts';
import { lazyUntil } from '../matchers.ts';
import { T } from '../tokens.ts';

type C = CLexer;
const r = rule<C>;

export const C_KEYWORDS: readonly string[] = [
  'auto', 'break', 'case', 'const', 'continue', 'default', 'do', 'else', 'enum', 'extern',
  'for', 'goto', 'if', 'register', 'restricted', 'return', 'sizeof', 'static', 'struct',
  'switch', 'typedef', 'union', 'volatile', 'virtual', 'while',
  '_Alignas', '_Alignof', '_Atomic', '_Generic', '_Imaginary',
  '_Noreturn', '_Static_assert', '_Thread_local',
];
export const C_KEYWORDS_TYPE: readonly string[] = [
  'int', 'long', 'float', 'short', 'double', 'char', 'unsigned', 'signed', 'void',
  'jmp_buf', 'FILE', 'DIR', 'div_t', 'ldiv_t', 'mbstate_t', 'sig_atomic_t', 'fpos_t',
  'clock_t', 'time_t', 'va_list', 'size_t', 'ssize_t', 'off_t', 'wchar_t', 'ptrdiff_t',
  'wctrans_t', 'wint_t', 'wctype_t',
  '_Bool', '_Complex', 'int8_t', 'int16_t', 'int32_t', 'int64_t',
  'uint8_t', 'uint16_t', 'uint32_t', 'uint64_t', 'int_least8_t',
  'int_least16_t', 'int_least32_t', 'int_least64_t',
  'uint_least8_t', 'uint_least16_t', 'uint_least32_t',
  'uint_least64_t', 'int_fast8_t', 'int_fast16_t', 'int_fast32_t',
  'int_fast64_t', 'uint_fast8_t', 'uint_fast16_t', 'uint_fast32_t',
  'uint_fast64_t', 'intptr_t', 'uintptr_t', 'intmax_t',
  'uintmax_t',
  'char16_t', 'char32_t',
];
export const C_RESERVED: readonly string[] = [
  '__asm', '__int8', '__based', '__except', '__int16', '__stdcall', '__cdecl',
  '__fastcall', '__int32', '__declspec', '__finally', '__int61', '__try', '__leave',
  'inline', '_inline', '__inline', 'naked', '_naked', '__naked', 'restrict', '_restrict',
  '__restrict', 'thread', '_thread', '__thread', 'typename', '_typename', '__typename',
];

const ID = '[a-zA-Z_][a-zA-Z0-9_]*';

const isSpace = (c: string | undefined): boolean => c === ' ' || (c !== undefined && c >= '\t' && c <= '\r');
const isIdStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_]/.test(c);
const isId = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);
/** `[\w*\s]`, ASCII. */
const isHead = (c: string | undefined): boolean => isId(c) || c === '*' || isSpace(c);

interface Memo {
  /** `(ws)?({|;)` from each position: where its `{` or `;` is, or -1 (computed for the whole text at once). */
  tail?: Int32Array;
  /** The first `)` at or after a position, before any `;`, that a tail follows; -1 for none. */
  close: Map<number, number>;
  /** `(id)(\s*\([^;]*?\))(ws?)({|;)` at a position: [id end, `)`, `{`/`;`] or null. */
  signature: Map<number, readonly [number, number, number] | null>;
  /** The first end of the return part, at or after a position within its run of `[\w*\s]`, that a signature follows. */
  head: Map<number, number>;
}

const MEMO_KEY = {};

/**
 * `(ws)?({|;)` from every position (ws: `(?:\s|//.*?\n|/[*].*?[*]/)+`, its `.` not crossing
 * lines), as backtracking reads it: the most units first, a block comment ending at each `*\/`
 * of its line in turn, and at the end of the units the `{` or `;`. Each position's answer
 * depends only on later ones, so one pass from the end computes them all.
 */
function tails(text: string): Int32Array {
  const n = text.length;
  const tail = new Int32Array(n + 1).fill(-1);
  // The first `*/` at or after x on x's line whose comment a tail follows; -1 for none.
  const closing = new Int32Array(n + 2).fill(-1);
  let newline = -1;
  for (let q = n - 1; q >= 0; q--) {
    const c = text[q];
    if (c === '\n') newline = q;
    if (c === '*' && text[q + 1] === '/' && tail[q + 2]! >= 0) closing[q] = q;
    else if (c !== '\n') closing[q] = closing[q + 1]!;
    if (isSpace(c)) tail[q] = tail[q + 1]!;
    else if (c === '/' && text[q + 1] === '/') tail[q] = newline > q + 1 ? tail[newline + 1]! : -1;
    else if (c === '/' && text[q + 1] === '*') tail[q] = closing[q + 2]! >= 0 ? tail[closing[q + 2]! + 2]! : -1;
    else tail[q] = c === '{' || c === ';' ? q : -1;
  }
  return tail;
}

function tail(text: string, q: number, memo: Memo): number {
  memo.tail ??= tails(text);
  return memo.tail[q]!;
}

/** Scans from `x` for the first position `pass` accepts, stopping (-1) where `stop` says; every position read is remembered. */
function firstFrom(
  cache: Map<number, number>,
  x: number,
  end: number,
  pass: (y: number) => boolean,
  stop: (y: number) => boolean,
): number {
  const read: number[] = [];
  let answer = -1;
  for (let y = x; y < end; y++) {
    const cached = cache.get(y);
    if (cached !== undefined) {
      answer = cached;
      break;
    }
    read.push(y);
    if (stop(y)) break;
    if (pass(y)) {
      answer = y;
      break;
    }
  }
  for (const y of read) cache.set(y, answer);
  return answer;
}

function signature(text: string, e: number, memo: Memo): readonly [number, number, number] | null {
  const known = memo.signature.get(e);
  if (known !== undefined) return known;
  let result: readonly [number, number, number] | null = null;
  if (isIdStart(text[e])) {
    let f = e + 1;
    while (isId(text[f])) f++;
    let g = f;
    while (isSpace(text[g])) g++;
    if (text[g] === '(') {
      const h = firstFrom(memo.close, g + 1, text.length, (y) => text[y] === ')' && tail(text, y + 1, memo) >= 0, (y) => text[y] === ';');
      if (h >= 0) result = [f, h, tail(text, h + 1, memo)];
    }
  }
  memo.signature.set(e, result);
  return result;
}

/**
 * Rouge's `([\w*\s]+?[\s*])(id)(\s*\([^;]*?\))(ws?)({|;)` (ws: `(?:\s|//.*?\n|/[*].*?[*]/)+`),
 * which backtracks over every split of a line of words and every `)` after it. The first match
 * backtracking finds: the return part ends at the first `e` (its last character a space or `*`)
 * where a name, `(`, the shortest run to a `)` (no `;`) and a tail follow; the name is the
 * longest there (a shorter one leaves a name character before the `(`), and so are the spaces.
 * Each of those searches depends only on where it starts, so it is remembered for the text.
 */
const functionDeclaration: Matcher = (text, p, memos) => {
  let memo = memos.get(MEMO_KEY) as Memo | undefined;
  if (!memo) memos.set(MEMO_KEY, (memo = { close: new Map(), signature: new Map(), head: new Map() }));
  if (!isHead(text[p])) return null;
  const m = memo;
  const e = firstFrom(
    m.head,
    p + 2,
    text.length + 1,
    (y) => (text[y - 1] === '*' || isSpace(text[y - 1])) && signature(text, y, m) !== null,
    (y) => !isHead(text[y - 1]),
  );
  if (e < 0) return null;
  const [f, h, u] = signature(text, e, m)!;
  return [text.slice(p, u + 1), text.slice(p, e), text.slice(e, f), text.slice(f, h + 1), text.slice(h + 1, u), text[u]] as unknown as Match;
};

export const C_GRAMMAR = new Grammar<C>({
  expr_bol: [
    mixin('inline_whitespace'),
    r(/#if\s0/, T.Comment, 'if_0'),
    r(/#/, T.CommentPreproc, 'macro'),
    r(/(?:)/, (lx) => lx.pop()),
  ],
  bol: [r(`${ID}:(?!:)`, T.NameLabel), mixin('expr_bol')],
  inline_whitespace: [
    r(/[ \t\r]+/, T.Text),
    r(/\\\n/, T.Text),
    r(lazyUntil(/\/(\\\n)?[*]/, /[*](\\\n)?\//, true), T.CommentMultiline),
  ],
  whitespace: [
    r(/\n+/s, T.Text, 'bol'),
    r(/\/\/(\\.|.)*?$/, T.CommentSingle, 'bol'),
    mixin('inline_whitespace'),
  ],
  expr_whitespace: [r(/\n+/s, T.Text, 'expr_bol'), mixin('whitespace')],
  statements: [
    mixin('whitespace'),
    r(/(u8|u|U|L)?"/, T.Str, 'string'),
    r(/(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, T.StrChar),
    r(/(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*/i, T.NumFloat),
    r(/\d+e[+-]?\d+[lu]*/i, T.NumFloat),
    r(/0x[0-9a-f]+[lu]*/i, T.NumHex),
    r(/0[0-7]+[lu]*/i, T.NumOct),
    r(/\d+[lu]*/i, T.NumInteger),
    r(/\*\//, T.Error),
    r(/[~!%^&*+=|?:<>\/-]/, T.Operator),
    r(/[()\[\],.;]/, T.Punctuation),
    r(/\bcase\b/, T.Keyword, 'case'),
    r(/(?:true|false|NULL)\b/, T.NameBuiltin),
    r(ID, (lx, m) => {
      const name = m[0];
      if (lx.words.keywords.has(name)) lx.token(T.Keyword);
      else if (lx.words.types.has(name)) lx.token(T.KeywordType);
      else if (lx.words.reserved.has(name)) lx.token(T.KeywordReserved);
      else lx.token(T.Name);
    }),
  ],
  case: [r(/:/, T.Punctuation, '#pop'), mixin('statements')],
  root: [
    mixin('expr_whitespace'),
    r(functionDeclaration, (lx, m) => {
      lx.delegateFresh(lx.fresh(), m[1]);
      lx.token(T.NameFunction, m[2]);
      lx.delegateFresh(lx.fresh(), m[3]);
      lx.delegateFresh(lx.fresh(), m[4]);
      lx.token(T.Punctuation, m[5]);
      if (m[5] === '{') lx.push('function');
    }),
    r(/\{/, T.Punctuation, 'function'),
    mixin('statements'),
  ],
  function: [
    mixin('whitespace'),
    mixin('statements'),
    r(/;/, T.Punctuation),
    r(/{/, T.Punctuation, 'function'),
    r(/}/, T.Punctuation, '#pop'),
  ],
  string: [
    r(/"/, T.Str, '#pop'),
    r(/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, T.StrEscape),
    r(/[^\\"\n]+/, T.Str),
    r(/\\\n/, T.Str),
    r(/\\/, T.Str),
  ],
  macro: [
    mixin('include'),
    r(/[^\/\n\\]+/, T.CommentPreproc),
    r(/\\./s, T.CommentPreproc),
    mixin('inline_whitespace'),
    r(/\//, T.CommentPreproc),
    r(/\n/, T.CommentPreproc, '#pop'),
  ],
  include: [
    r(/(include)(\s*)(<[^>]+>)([^\n]*)/, (lx) => lx.groups(T.CommentPreproc, T.Text, T.CommentPreprocFile, T.CommentSingle)),
    r(/(include)(\s*)("[^"]+")([^\n]*)/, (lx) => lx.groups(T.CommentPreproc, T.Text, T.CommentPreprocFile, T.CommentSingle)),
  ],
  if_0: [
    r(/^\s*#if/, T.Comment, 'if_0'),
    r(/^\s*#\s*el(?:se|if)/, T.Comment, '#pop'),
    bolRule(lazyUntil(/\s*#\s*endif\b/, /(?<!\\)\n/, true), T.Comment, '#pop'),
    r(lazyUntil(/(?:)/, /\n/, false), T.Comment),
  ],
});

/** Keyword lists by kind (the C++ lexer's are longer). */
export interface Words {
  keywords: ReadonlySet<string>;
  types: ReadonlySet<string>;
  reserved: ReadonlySet<string>;
}

const C_WORDS: Words = { keywords: new Set(C_KEYWORDS), types: new Set(C_KEYWORDS_TYPE), reserved: new Set(C_RESERVED) };

export class CLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = C_GRAMMAR;
  readonly words: Words = C_WORDS;

  protected override start(): void {
    this.push('bol');
  }

  /** A new lexer of this one's language (Rouge's `recurse`). */
  fresh(): CLexer {
    return new CLexer();
  }
}
