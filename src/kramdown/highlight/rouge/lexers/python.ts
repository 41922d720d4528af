/** Rouge's `python` lexer (lexers/python.rb), alias `py`. */
import { bolRule, Grammar, mixin, RegexLexer, rule } from '../engine.ts';
import { lazyUntil } from '../matchers.ts';
import { T } from '../tokens.ts';

type P = PythonLexer;
const r = rule<P>;

const KEYWORDS = new Set([
  'assert', 'break', 'continue', 'del', 'elif', 'else', 'except', 'exec', 'finally', 'for', 'global',
  'if', 'lambda', 'pass', 'print', 'raise', 'return', 'try', 'while', 'yield', 'as', 'with', 'from',
  'import', 'yield', 'async', 'await', 'nonlocal',
]);
const BUILTINS = new Set([
  '__import__', 'abs', 'all', 'any', 'apply', 'ascii', 'basestring', 'bin', 'bool', 'buffer',
  'bytearray', 'bytes', 'callable', 'chr', 'classmethod', 'cmp', 'coerce', 'compile',
  'complex', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'eval', 'execfile', 'exit',
  'file', 'filter', 'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id',
  'input', 'int', 'intern', 'isinstance', 'issubclass', 'iter', 'len', 'list', 'locals',
  'long', 'map', 'max', 'memoryview', 'min', 'next', 'object', 'oct', 'open', 'ord', 'pow', 'property', 'range',
  'raw_input', 'reduce', 'reload', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice',
  'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'unichr', 'unicode',
  'vars', 'xrange', 'zip',
]);
const BUILTINS_PSEUDO = new Set(['self', 'None', 'Ellipsis', 'NotImplemented', 'False', 'True']);
const EXCEPTIONS = new Set([
  'ArithmeticError', 'AssertionError', 'AttributeError',
  'BaseException', 'BlockingIOError', 'BrokenPipeError', 'BufferError',
  'BytesWarning', 'ChildProcessError', 'ConnectionAbortedError',
  'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
  'DeprecationWarning', 'EOFError', 'EnvironmentError',
  'Exception', 'FileExistsError', 'FileNotFoundError',
  'FloatingPointError', 'FutureWarning', 'GeneratorExit', 'IOError',
  'ImportError', 'ImportWarning', 'IndentationError', 'IndexError',
  'InterruptedError', 'IsADirectoryError', 'KeyError', 'KeyboardInterrupt',
  'LookupError', 'MemoryError', 'ModuleNotFoundError', 'NameError',
  'NotADirectoryError', 'NotImplemented', 'NotImplementedError', 'OSError',
  'OverflowError', 'OverflowWarning', 'PendingDeprecationWarning',
  'ProcessLookupError', 'RecursionError', 'ReferenceError', 'ResourceWarning',
  'RuntimeError', 'RuntimeWarning', 'StandardError', 'StopAsyncIteration',
  'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit',
  'TabError', 'TimeoutError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
  'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError',
  'UnicodeWarning', 'UserWarning', 'ValueError', 'VMSError', 'Warning',
  'WindowsError', 'ZeroDivisionError',
]);

const IDENTIFIER = '[[:alpha:]_][[:alnum:]_]*';
const DOTTED = '[[:alpha:]_.][[:alnum:]_.]*';
const DIGITS = '[0-9](?:_?[0-9])*';
const DECIMAL = `(?:(?:${DIGITS})?\\.${DIGITS}|${DIGITS}\\.)`;
const EXPONENT = `e[+-]?${DIGITS}`;

/** Rouge's `StringRegister`: [type (the prefix, lowercased), delimiter] of each open string. */
type StringEntry = [type: string, delim: string];

const GRAMMAR = new Grammar<P>({
  root: [
    r(/\n+/s, T.Text),
    // `^(:)(\s*)([ru]{,2}""".*?""")`, case-insensitive and across lines.
    bolRule(lazyUntil(/:\s*[ru]{,2}"""/i, /"""/, true), (lx, m) => {
      const space = /^:([\t\n\v\f\r ]*)/.exec(m[0])![1]!;
      lx.token(T.Punctuation, ':');
      lx.token(T.Text, space);
      lx.token(T.StrDoc, m[0].slice(1 + space.length));
    }),
    r(/[^\S\n]+/, T.Text),
    r(/#(.*)?\n?/, T.CommentSingle),
    r(/[\[\]{}:(),;.]/, T.Punctuation),
    r(/\\\n/, T.Text),
    r(/\\/, T.Text),
    r(/(in|is|and|or|not)\b/, T.OperatorWord),
    r(/(<<|>>|\/\/|\*\*)=?/, T.Operator),
    r(/[-~+\/*%=<>&^|@]=?|!=/, T.Operator),
    r(`(from)((?:\\\\\\s|\\s)+)(${DOTTED})((?:\\\\\\s|\\s)+)(import)`, (lx) =>
      lx.groups(T.KeywordNamespace, T.Text, T.NameNamespace, T.Text, T.KeywordNamespace),
    ),
    r(`(import)(\\s+)(${DOTTED})`, (lx) => lx.groups(T.KeywordNamespace, T.Text, T.NameNamespace)),
    r(/(def)((?:\s|\\\s)+)/, (lx) => (lx.groups(T.Keyword, T.Text), lx.push('funcname'))),
    r(/(class)((?:\s|\\\s)+)/, (lx) => (lx.groups(T.Keyword, T.Text), lx.push('classname'))),
    r(/`.*?`/, T.StrBacktick),
    r(/([rfbu]{0,2})('''|"""|['"])/i, (lx, m) => {
      lx.groups(T.StrAffix, T.Str);
      lx.strings.push([m[1]!.toLowerCase(), m[2]!]);
      lx.push('generic_string');
    }),
    r(`@${DOTTED}`, T.NameDecorator, undefined, 'i'),
    r(`(?<!\\.)${IDENTIFIER}`, (lx, m) => {
      const word = m[0];
      if (KEYWORDS.has(word)) lx.token(T.Keyword);
      else if (EXCEPTIONS.has(word) || BUILTINS.has(word)) lx.token(T.NameBuiltin);
      else if (BUILTINS_PSEUDO.has(word)) lx.token(T.NameBuiltinPseudo);
      else lx.token(T.Name);
    }),
    r(IDENTIFIER, T.Name),
    r(`${DECIMAL}(${EXPONENT})?j?`, T.NumFloat, undefined, 'i'),
    r(`${DIGITS}${EXPONENT}j?`, T.NumFloat, undefined, 'i'),
    r(`${DIGITS}j`, T.NumFloat, undefined, 'i'),
    r(/0b(_?[0-1])+/i, T.NumBin),
    r(/0o(_?[0-7])+/i, T.NumOct),
    r(/0x(_?[a-f0-9])+/i, T.NumHex),
    r(/\d+L/, T.NumIntegerLong),
    r(/([1-9](_?[0-9])*|0(_?0)*)/, T.NumInteger),
  ],
  funcname: [r(IDENTIFIER, T.NameFunction, '#pop')],
  classname: [r(IDENTIFIER, T.NameClass, '#pop')],
  raise: [
    r(/from\b/, T.Keyword),
    r(/raise\b/, T.Keyword),
    r(/yield\b/, T.Keyword),
    r(/\n/, T.Text, '#pop'),
    r(/;/, T.Punctuation, '#pop'),
    mixin('root'),
  ],
  yield: [mixin('raise')],
  generic_string: [
    r(/[^'"\\{]+/, T.Str),
    r(/{{/, T.Str),
    r(/'''|"""|['"]/, (lx, m) => {
      lx.token(T.Str);
      if (lx.strings[lx.strings.length - 1]![1] === m[0]) {
        lx.strings.pop();
        lx.pop();
      }
    }),
    r(/(?=\\)/, T.Str, 'generic_escape'),
    r(/{/, (lx) => {
      if (lx.stringType('f')) {
        lx.token(T.StrInterpol);
        lx.push('generic_interpol');
      } else {
        lx.token(T.Str);
      }
    }),
  ],
  generic_escape: [
    r(/\\([\\abfnrtv"']|\n|newline|N{[a-zA-Z][a-zA-Z ]+[a-zA-Z]}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/, (lx) => {
      lx.token(lx.stringType('r') ? T.Str : T.StrEscape);
      lx.pop();
    }),
    r(/\\./, T.Str, '#pop'),
  ],
  generic_interpol: [
    r(/[^{}!:]+/, (lx, m) => lx.delegateFresh(new PythonLexer(), m[0])),
    r(/![asr]/, T.StrInterpol),
    r(/:/, T.StrInterpol),
    r(/{/, T.StrInterpol, 'generic_interpol'),
    r(/}/, T.StrInterpol, '#pop'),
  ],
});

export class PythonLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = GRAMMAR;
  /** The open strings, innermost last (Rouge's `current_string`, kept across lexes as Rouge does). */
  readonly strings: StringEntry[] = [];

  /** `current_string.type?(t)`: the innermost string's prefix has `t`. */
  stringType(t: string): boolean {
    return this.strings[this.strings.length - 1]![0].includes(t);
  }
}
