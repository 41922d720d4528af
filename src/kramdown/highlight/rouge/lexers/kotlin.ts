/** Rouge's `kotlin` lexer (lexers/kotlin.rb). */
import { bolRule, Grammar, RegexLexer, rule, type Match, type Matcher } from '../engine.ts';
import { firstFrom, lazyUntil, quoted, skipSpaces } from '../matchers.ts';
import { T } from '../tokens.ts';

type K = KotlinLexer;
const r = rule<K>;

const KEYWORDS = [
  'abstract', 'annotation', 'as', 'break', 'by', 'catch', 'class', 'companion', 'const',
  'constructor', 'continue', 'crossinline', 'do', 'dynamic', 'else', 'enum',
  'external', 'false', 'final', 'finally', 'for', 'fun', 'get', 'if', 'import', 'in', 'infix',
  'inline', 'inner', 'interface', 'internal', 'is', 'lateinit', 'noinline', 'null',
  'object', 'open', 'operator', 'out', 'override', 'package', 'private', 'protected',
  'public', 'reified', 'return', 'sealed', 'set', 'super', 'suspend', 'tailrec', 'this',
  'throw', 'true', 'try', 'typealias', 'typeof', 'val', 'var', 'vararg', 'when', 'where',
  'while', 'yield',
];

const NAME_CHARS = '[-_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}\\p{Nd}\\p{Pc}\\p{Cf}\\p{Mn}\\p{Mc}]*';
const CLASS_NAME = `\`?[\\p{Lu}]${NAME_CHARS}\`?`;
const NAME = `\`?[_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}]${NAME_CHARS}\`?`;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const runEnd = firstFrom(/[^0-9_]/g);

/**
 * Rouge's decimal digits `([0-9][0-9_]*[0-9])|[0-9]` at `p`, longest first: where the longest
 * ends (after the run's last digit), and whether that is the end of the run of `[0-9_]`, the only
 * place a `.`, `e` or `f` can follow one. -1 when there is no digit at `p`.
 */
function decimal(text: string, p: number, memo: Map<object, unknown>): { end: number; atRunEnd: boolean } {
  if (!isDigit(text[p])) return { end: -1, atRunEnd: false };
  const run = runEnd(text, p, memo)?.index ?? text.length;
  let end = run;
  while (text[end - 1] === '_') end--;
  return { end, atRunEnd: end === run };
}

/** `[eE][+-]?DEC` at `q`: where it ends, or -1. */
function exponent(text: string, q: number, memo: Map<object, unknown>): number {
  if (text[q] !== 'e' && text[q] !== 'E') return -1;
  if (text[q + 1] === '+' || text[q + 1] === '-') {
    const signed = decimal(text, q + 2, memo).end;
    if (signed >= 0) return signed;
  }
  return decimal(text, q + 1, memo).end;
}

/**
 * Rouge's `(DOUBLE[fF]?)|(DEC[fF])` (DOUBLE: `((DEC)?\.DEC(EXP)?)|(DEC EXP)`), which reads a
 * run of digits again for every shorter split before it fails, and is tried at each digit of the
 * run. A shorter split of the digits leaves a digit or `_` next, where the `.`, `e` or `f` must
 * be, so only the longest can be followed by one; run ends are remembered.
 */
const float: Matcher = (text, p, memo) => {
  let end = -1;
  if (text[p] === '.') {
    const fraction = decimal(text, p + 1, memo).end;
    if (fraction >= 0) end = Math.max(fraction, exponent(text, fraction, memo));
  } else {
    const whole = decimal(text, p, memo);
    if (whole.end < 0 || !whole.atRunEnd) return null;
    const next = text[whole.end];
    const fraction = next === '.' ? decimal(text, whole.end + 1, memo).end : -1;
    if (fraction >= 0) end = Math.max(fraction, exponent(text, fraction, memo));
    else end = exponent(text, whole.end, memo);
    if (end < 0) return next === 'f' || next === 'F' ? ([text.slice(p, whole.end + 1)] as unknown as Match) : null;
  }
  if (end < 0) return null;
  if (text[end] === 'f' || text[end] === 'F') end++;
  return [text.slice(p, end)] as unknown as Match;
};

const closeOrNewline = firstFrom(/[\]\n]/g);

/**
 * `^\s*\[.*?\]`: spaces (across lines), `[`, and the line up to its first `]`. The spaces are
 * read once per run (Rouge reads them again from every line start in a run of blank lines).
 */
const annotation: Matcher = (text, pos, memo) => {
  const open = skipSpaces(text, pos, memo);
  if (text[open] !== '[') return null;
  const close = closeOrNewline(text, open + 1, memo);
  return close && close[0] === ']' ? ([text.slice(pos, close.index + 1)] as unknown as Match) : null;
};

const GRAMMAR = new Grammar<K>({
  root: [
    r(/\b(companion)(\s+)(object)\b/, (lx) => lx.groups(T.Keyword, T.Text, T.Keyword)),
    r(/\b(class|data\s+class|interface|object)(\s+)/, (lx) => (lx.groups(T.KeywordDeclaration, T.Text), lx.push('class'))),
    r(/\b(fun)(\s+)/, (lx) => (lx.groups(T.Keyword, T.Text), lx.push('function'))),
    r(/\b(package|import)(\s+)/, (lx) => (lx.groups(T.Keyword, T.Text), lx.push('package'))),
    r(/\b(val|var)(\s+)(\()/, (lx) => (lx.groups(T.KeywordDeclaration, T.Text, T.Punctuation), lx.push('destructure'))),
    r(/\b(val|var)(\s+)/, (lx) => (lx.groups(T.KeywordDeclaration, T.Text), lx.push('property'))),
    r(`(return|continue|break|this|super)(@${NAME})?\\b`, (lx) => lx.groups(T.Keyword, T.NameDecorator)),
    r(/\bfun\b/, T.Keyword),
    r(`\\b(?:${KEYWORDS.join('|')})\\b`, T.Keyword),
    bolRule(annotation, T.NameAttribute),
    r(/[^\S\n]+/, T.Text),
    r(/\\\n/, T.Text),
    r(/\/\/.*?$/, T.CommentSingle),
    r(/\/[*].*[*]\//, T.CommentMultiline),
    r(/\/[*].*/, T.CommentMultiline, 'comment'),
    r(/\n/, T.Text),
    r(/(::)(class)/, (lx) => lx.groups(T.Operator, T.Keyword)),
    r(/::|!!|\?[:.]/, T.Operator),
    r(/(\.\.)/, T.Operator),
    r(float, T.NumFloat),
    r(/0[bB]([01][01_]*[01]|[01])[uU]?L?/, T.NumBin),
    r(/0[xX]([0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?/, T.NumHex),
    r(/(([1-9][0-9_]*[0-9])|[0-9])[uU]?L?/, T.NumInteger),
    r(/[~!%^&*()+=|\[\]:;,.<>\/?-]/, T.Punctuation),
    r(/[{}]/, T.Punctuation),
    r(/@"(""|[^"])*"/s, T.Str),
    r(lazyUntil(/"""/, /"""/, true), T.Str),
    r(quoted('"', true), T.Str),
    r(/'\\.'|'[^\\]'/, T.StrChar),
    r(`(@${CLASS_NAME})`, T.NameDecorator),
    r(`(${CLASS_NAME})(<)`, (lx) => (lx.groups(T.NameClass, T.Punctuation), lx.push('generic_parameters'))),
    r(CLASS_NAME, T.NameClass),
    r(`(${NAME})(?=\\s*[({])`, T.NameFunction),
    r(`(${NAME})@`, T.NameDecorator),
    r(NAME, T.Name),
  ],
  package: [r(/\S+/, T.NameNamespace, '#pop')],
  class: [r(CLASS_NAME, T.NameClass, '#pop')],
  function: [
    r(/(<)/, T.Punctuation, 'generic_parameters'),
    r(/(\s+)/, T.Text),
    r(`(${CLASS_NAME})(\\.)`, (lx) => lx.groups(T.NameClass, T.Punctuation)),
    r(NAME, T.NameFunction, '#pop'),
  ],
  generic_parameters: [
    r(CLASS_NAME, T.NameClass),
    r(/(<)/, T.Punctuation, 'generic_parameters'),
    r(/(reified|out|in)/, T.Keyword),
    r(/([,:.?])/, T.Punctuation),
    r(/(\s+)/, T.Text),
    r(/(>)/, T.Punctuation, '#pop'),
  ],
  property: [r(/(<)/, T.Punctuation, 'generic_parameters'), r(/(\s+)/, T.Text), r(NAME, T.NameProperty, '#pop')],
  destructure: [r(/(,)/, T.Punctuation), r(/(\))/, T.Punctuation, '#pop'), r(/(\s+)/, T.Text), r(NAME, T.NameProperty)],
  comment: [
    r(/\/[*]/, T.CommentMultiline, 'comment'),
    r(/[*]\//, T.CommentMultiline, '#pop'),
    r(/[^\/*]+/, T.CommentMultiline),
    r(/[\/*]/, T.CommentMultiline),
  ],
});

export class KotlinLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = GRAMMAR;
}
