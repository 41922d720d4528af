/** Rouge's `javascript` lexer (lexers/javascript.rb), alias `js`; `typescript` extends it. */
import { Grammar, mixin, RegexLexer, rule } from '../engine.ts';
import { lazyUntil } from '../matchers.ts';
import { T } from '../tokens.ts';

type J = JavascriptLexer;
const r = rule<J>;

export const JS_KEYWORDS: readonly string[] = [
  'as', 'async', 'await', 'break', 'case', 'catch', 'continue', 'debugger', 'default', 'delete',
  'do', 'else', 'export', 'finally', 'from', 'for', 'if', 'import', 'in', 'instanceof', 'new', 'of',
  'return', 'super', 'switch', 'this', 'throw', 'try', 'typeof', 'void', 'while', 'yield',
];
export const JS_DECLARATIONS: readonly string[] = [
  'var', 'let', 'const', 'with', 'function', 'class', 'extends', 'constructor', 'get', 'set', 'static',
];
export const JS_RESERVED: readonly string[] = ['enum', 'implements', 'interface', 'package', 'private', 'protected', 'public'];
export const JS_CONSTANTS: readonly string[] = ['true', 'false', 'null', 'NaN', 'Infinity', 'undefined'];
export const JS_BUILTINS: readonly string[] = [
  'Array', 'Boolean', 'Date', 'Error', 'Function', 'Math', 'netscape',
  'Number', 'Object', 'Packages', 'RegExp', 'String', 'sun', 'decodeURI',
  'decodeURIComponent', 'encodeURI', 'encodeURIComponent',
  'Error', 'eval', 'isFinite', 'isNaN', 'parseFloat', 'parseInt',
  'document', 'window', 'navigator', 'self', 'global',
  'Promise', 'Set', 'Map', 'WeakSet', 'WeakMap', 'Symbol', 'Proxy', 'Reflect',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray',
  'Int16Array', 'Uint16Array', 'Uint16ClampedArray',
  'Int32Array', 'Uint32Array', 'Uint32ClampedArray',
  'Float32Array', 'Float64Array', 'DataView', 'ArrayBuffer',
];

/** Rouge's `Javascript.id_regex` (case-insensitive). */
export const JS_ID = '[\\p{L}\\p{Nl}$_][\\p{Word}]*';

/** The words by kind, tried in this order (TypeScript's lists are longer). */
export interface JsWords {
  keywords: ReadonlySet<string>;
  declarations: ReadonlySet<string>;
  reserved: ReadonlySet<string>;
  constants: ReadonlySet<string>;
  builtins: ReadonlySet<string>;
}

export const JS_GRAMMAR = new Grammar<J>({
  multiline_comment: [r(/[*]\//, T.CommentMultiline, '#pop'), r(/[^*\/]+/, T.CommentMultiline), r(/[*\/]/, T.CommentMultiline)],
  comments_and_whitespace: [
    r(/\s+/, T.Text),
    r(/<!--/, T.Comment),
    r(/\/\/.*?$/, T.CommentSingle),
    r(/\/[*]/, T.CommentMultiline, 'multiline_comment'),
  ],
  expr_start: [
    mixin('comments_and_whitespace'),
    r(/\//, (lx) => (lx.token(T.StrRegex), lx.goto('regex'))),
    r(/[{]/, (lx) => (lx.token(T.Punctuation), lx.goto('object'))),
    r(/(?:)/, T.Text, '#pop'),
  ],
  regex: [
    r(/\//, (lx) => (lx.token(T.StrRegex), lx.goto('regex_end'))),
    r(/[^\/]\n/, T.Error, '#pop'),
    r(/\n/, T.Error, '#pop'),
    r(/\[\^/, T.StrEscape, 'regex_group'),
    r(/\[/, T.StrEscape, 'regex_group'),
    r(/\\./, T.StrEscape),
    r(/[(][?][:=<!]/, T.StrEscape),
    r(/[{][\d,]+[}]/, T.StrEscape),
    r(/[()?]/, T.StrEscape),
    r(/./, T.StrRegex),
  ],
  regex_end: [r(/[gimuy]+/, T.StrRegex, '#pop'), r(/(?:)/, (lx) => lx.pop())],
  regex_group: [
    r(/\//, T.StrEscape),
    r(/[^\/]\n/, (lx) => (lx.token(T.Error), lx.pop(2))),
    r(/\]/, T.StrEscape, '#pop'),
    r(/\\./, T.StrEscape),
    r(/./, T.StrRegex),
  ],
  bad_regex: [r(/[^\n]+/, T.Error, '#pop')],
  root: [
    // `\A` holds at the scan position, so a `#!` line may start anywhere in root.
    r(lazyUntil(/\A\s*#!/, /\n/, true), T.CommentPreproc, 'statement'),
    // Rouge's `(?<=\n)(?=\s|/|<!--)` never matches: the scanner shows no text before the position.
    r(/(?<=\n)(?=\s|\/|<!--)/, T.Text, 'expr_start'),
    mixin('comments_and_whitespace'),
    r(/\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==/, T.Operator, 'expr_start'),
    r(/[-<>+*%&|\^\/!=]=?/, T.Operator, 'expr_start'),
    r(/[(\[,]/, T.Punctuation, 'expr_start'),
    r(/;/, T.Punctuation, 'statement'),
    r(/[)\].]/, T.Punctuation),
    r(/`/, (lx) => (lx.token(T.StrDouble), lx.push('template_string'))),
    r(/[?][.]/, T.Punctuation),
    r(/[?]/, (lx) => (lx.token(T.Punctuation), lx.push('ternary'), lx.push('expr_start'))),
    r(/(@)(\w+)?/, (lx) => (lx.groups(T.Punctuation, T.NameDecorator), lx.push('expr_start'))),
    r(/[{}]/, T.Punctuation, 'statement'),
    r(
      JS_ID,
      (lx, m) => {
        const { keywords, declarations, reserved, constants, builtins } = lx.words;
        const word = m[0];
        if (keywords.has(word)) {
          lx.token(T.Keyword);
          lx.push('expr_start');
        } else if (declarations.has(word)) {
          lx.token(T.KeywordDeclaration);
          lx.push('expr_start');
        } else if (reserved.has(word)) lx.token(T.KeywordReserved);
        else if (constants.has(word)) lx.token(T.KeywordConstant);
        else if (builtins.has(word)) lx.token(T.NameBuiltin);
        else lx.token(T.NameOther);
      },
      undefined,
      'i',
    ),
    r(/[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?/, T.NumFloat),
    r(/0x[0-9a-fA-F]+/i, T.NumHex),
    r(/0o[0-7][0-7_]*/i, T.NumOct),
    r(/0b[01][01_]*/i, T.NumBin),
    r(/[0-9]+/, T.NumInteger),
    r(/"/, T.StrDelimiter, 'dq'),
    r(/'/, T.StrDelimiter, 'sq'),
    r(/:/, T.Punctuation),
  ],
  dq: [r(/\\[\\nrt"]?/, T.StrEscape), r(/[^\\"]+/, T.StrDouble), r(/"/, T.StrDelimiter, '#pop')],
  sq: [r(/\\[\\nrt']?/, T.StrEscape), r(/[^\\']+/, T.StrSingle), r(/'/, T.StrDelimiter, '#pop')],
  statement: [
    r(/case\b/, (lx) => (lx.token(T.Keyword), lx.goto('expr_start'))),
    r(`(${JS_ID})(\\s*)(:)`, (lx) => lx.groups(T.NameLabel, T.Text, T.Punctuation), undefined, 'i'),
    mixin('expr_start'),
  ],
  object: [
    mixin('comments_and_whitespace'),
    r(/[{]/, (lx) => (lx.token(T.Punctuation), lx.push())),
    r(/[}]/, (lx) => (lx.token(T.Punctuation), lx.goto('statement'))),
    r(`(${JS_ID})(\\s*)(:)`, (lx) => (lx.groups(T.NameAttribute, T.Text, T.Punctuation), lx.push('expr_start')), undefined, 'i'),
    r(/:/, T.Punctuation),
    mixin('root'),
  ],
  ternary: [r(/:/, (lx) => (lx.token(T.Punctuation), lx.goto('expr_start'))), mixin('root')],
  template_string: [
    r(/[$]{/, T.Punctuation, 'template_string_expr'),
    r(/`/, T.StrDouble, '#pop'),
    r(/\\[$`]/, T.StrEscape),
    r(/[^$`\\]+/, T.StrDouble),
    r(/[\\$]/, T.StrDouble),
  ],
  template_string_expr: [r(/}/, T.Punctuation, '#pop'), mixin('root')],
});

const JS_WORDS: JsWords = {
  keywords: new Set(JS_KEYWORDS),
  declarations: new Set(JS_DECLARATIONS),
  reserved: new Set(JS_RESERVED),
  constants: new Set(JS_CONSTANTS),
  builtins: new Set(JS_BUILTINS),
};

export class JavascriptLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = JS_GRAMMAR;
  readonly words: JsWords = JS_WORDS;
}
