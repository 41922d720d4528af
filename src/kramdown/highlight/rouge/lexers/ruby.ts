/** Rouge's `ruby` lexer (lexers/ruby.rb), aliases `rb`. */
import { Grammar, mixin, RegexLexer, RougeError, rule, type Match, type Spec, type State } from '../engine.ts';
import { lazyUntil, quoted } from '../matchers.ts';
import { escapeRegex } from '../regex.ts';
import { T, type Token } from '../tokens.ts';

type R = RubyLexer;
const r = rule<R>;

const KEYWORDS = [
  'BEGIN', 'END', 'alias', 'begin', 'break', 'case', 'defined\\?', 'do', 'else', 'elsif', 'end',
  'ensure', 'for', 'if', 'in', 'next', 'redo', 'rescue', 'raise', 'retry', 'return', 'super', 'then',
  'undef', 'unless', 'until', 'when', 'while', 'yield',
];
const KEYWORDS_PSEUDO = [
  'loop', 'include', 'extend', 'raise', 'alias_method', 'attr', 'catch', 'throw', 'private',
  'module_function', 'public', 'protected', 'true', 'false', 'nil', '__FILE__', '__LINE__',
];
const BUILTINS_G = [
  'attr_reader', 'attr_writer', 'attr_accessor',
  '__id__', '__send__', 'abort', 'ancestors', 'at_exit', 'autoload', 'binding', 'callcc',
  'caller', 'catch', 'chomp', 'chop', 'class_eval', 'class_variables', 'clone',
  'const_defined\\?', 'const_get', 'const_missing', 'const_set', 'constants',
  'display', 'dup', 'eval', 'exec', 'exit', 'extend', 'fail', 'fork', 'format', 'freeze',
  'getc', 'gets', 'global_variables', 'gsub', 'hash', 'id', 'included_modules',
  'inspect', 'instance_eval', 'instance_method', 'instance_methods',
  'instance_variable_get', 'instance_variable_set', 'instance_variables',
  'lambda', 'load', 'local_variables', 'loop', 'method', 'method_missing',
  'methods', 'module_eval', 'name', 'object_id', 'open', 'p', 'print', 'printf',
  'private_class_method', 'private_instance_methods', 'private_methods', 'proc',
  'protected_instance_methods', 'protected_methods', 'public_class_method',
  'public_instance_methods', 'public_methods', 'putc', 'puts', 'raise', 'rand',
  'readline', 'readlines', 'require', 'require_relative', 'scan', 'select', 'self', 'send', 'set_trace_func',
  'singleton_methods', 'sleep', 'split', 'sprintf', 'srand', 'sub', 'syscall', 'system',
  'taint', 'test', 'throw', 'to_a', 'to_s', 'trace_var', 'trap', 'untaint', 'untrace_var', 'warn',
];
const BUILTINS_Q = [
  'autoload', 'block_given', 'const_defined', 'eql', 'equal', 'frozen',
  'include', 'instance_of', 'is_a', 'iterator', 'kind_of', 'method_defined',
  'nil', 'private_method_defined', 'protected_method_defined',
  'public_method_defined', 'respond_to', 'tainted',
];
const BUILTINS_B = ['chomp', 'chop', 'exit', 'gsub', 'sub'];

const DELIMITERS: Record<string, string> = { '{': '}', '[': ']', '(': ')', '<': '>' };

/** Ruby's `String#strip`/`rstrip`: whitespace and NUL. */
const rstrip = (s: string): string => s.replace(/[\0\t\n\v\f\r ]+$/, '');
const strip = (s: string): string => rstrip(s).replace(/^[\0\t\n\v\f\r ]+/, '');

/** The body of a `%`-string (`%w(…)`, `%r{…}`, `%Q|…|`): its delimiters, nesting when they differ. */
function sigilBody(open: string, close: string, interp: boolean, tok: Token): Spec<R>[] {
  if (open === '\\') {
    // Rouge builds `/\\[#\\\]/` here, which Ruby refuses (an unterminated class).
    throw new RougeError('too short escape sequence');
  }
  const o = escapeRegex(open);
  const c = escapeRegex(close);
  // Rouge's `"#{open}#{close}".squeeze`, inside a class: the delimiters; none for `%#…#`.
  const chars = open === '#' ? '' : o === c ? o : o + c;
  const specs: Spec<R>[] = [r(`\\\\[#${chars}\\\\]`, T.StrEscape)];
  if (open !== close) specs.push(r(o, (lx) => (lx.token(tok), lx.push())));
  specs.push(r(c, tok, '#pop'));
  if (interp) specs.push(mixin('string_intp_escaped'), r(/#/, tok));
  else specs.push(r(/[\\#]/, tok));
  specs.push(r(`[^#${chars}\\\\]+`, tok, undefined, 's'));
  return specs;
}

const SINGLE_QUOTED = quoted("'");

const simple = (tok: Token, fin: string): Spec<R>[] => [
  mixin('string_intp_escaped'),
  r(`[^\\\\${fin}#]+`, tok, undefined, 's'),
  r(/[\\#]/, tok),
  r(fin, tok, '#pop'),
];

const GRAMMAR = new Grammar<R>({
  symbols: [
    r(/:@{0,2}[a-z_]\w*[!?]?/i, T.StrSymbol),
    r(/:(?:\*\*|[-+]@|[\/%&|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)/, T.StrSymbol),
    r((text, pos, memo) => (text[pos] === ':' ? shift(SINGLE_QUOTED(text, pos + 1, memo), ':') : null), T.StrSymbol),
    r(/:"/, T.StrSymbol, 'simple_sym'),
  ],
  sigil_strings: [
    r(/%([rqswQWxiI])?([^\w\s])/, (lx, m) => {
      const open = m[2]!;
      const close = DELIMITERS[open] ?? open;
      const interp = m[1] !== undefined && /[rQWxI]/.test(m[1]);
      let tok: Token = T.StrOther;
      if (m[1] === 'r') {
        tok = T.StrRegex;
        lx.push('regex_flags');
      }
      lx.token(tok);
      lx.push(lx.sigilState(open, close, interp, tok));
    }),
  ],
  strings: [
    mixin('symbols'),
    r(/\b[a-z_]\w*?[?!]?:\s+/, T.StrSymbol, 'expr_start'),
    r(SINGLE_QUOTED, T.StrSingle),
    r(/"/, T.StrDouble, 'simple_string'),
    r(/(?<!\.)`/, T.StrBacktick, 'simple_backtick'),
  ],
  regex_flags: [r(/[mixounse]*/, T.StrRegex, '#pop')],
  simple_string: simple(T.StrDouble, '"'),
  simple_sym: simple(T.StrSymbol, '"'),
  simple_backtick: simple(T.StrBacktick, '`'),
  whitespace: [
    mixin('inline_whitespace'),
    r(/\n\s*/s, T.Text, 'expr_start'),
    r(/#.*$/, T.CommentSingle),
    r(lazyUntil(/=begin\b/, /\n=end\b/, true), T.CommentMultiline),
  ],
  inline_whitespace: [r(/[ \t\r]+/, T.Text)],
  root: [
    mixin('whitespace'),
    r(/__END__/, T.CommentPreproc, 'end_part'),
    r(/0_?[0-7]+(?:_[0-7]+)*/, T.NumOct),
    r(/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/, T.NumHex),
    r(/0b[01]+(?:_[01]+)*/, T.NumBin),
    r(/[\d]+(?:_\d+)*(?:\.[\d]+(?:_\d+)*(?:[eE][+-]?\d+)?|[eE][+-]?\d+)/, T.NumFloat),
    r(/[\d]+(?:_\d+)*/, T.NumInteger),
    r(/@@[a-z_]\w*/i, T.NameVariableClass),
    r(/@[a-z_]\w*/i, T.NameVariableInstance),
    r(/\$\w+/, T.NameVariableGlobal),
    r(/\$[!@&`'+~=\/\\,;.<>_*$?:"]/, T.NameVariableGlobal),
    r(/\$-[0adFiIlpvw]/, T.NameVariableGlobal),
    r(/::/, T.Operator),
    mixin('strings'),
    r(`(?:${KEYWORDS.join('|')})(?=\\W|$)`, T.Keyword, 'expr_start'),
    r(`(?:${KEYWORDS_PSEUDO.join('|')})\\b`, T.KeywordPseudo, 'expr_start'),
    r(/(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)/, (lx) => lx.groups(T.Keyword, T.Text, T.NameNamespace)),
    r(/(def\b)(\s*)/, (lx) => (lx.groups(T.Keyword, T.Text), lx.push('funcname'))),
    r(/(class\b)(\s*)/, (lx) => (lx.groups(T.Keyword, T.Text), lx.push('classname'))),
    r(`(?:${BUILTINS_Q.join('|')})[?]`, T.NameBuiltin, 'expr_start'),
    r(`(?:${BUILTINS_B.join('|')})!`, T.NameBuiltin, 'expr_start'),
    r(`(?<!\\.)(?:${BUILTINS_G.join('|')})\\b`, T.NameBuiltin, 'method_call'),
    mixin('has_heredocs'),
    r(/\.{2,3}/, T.Operator, 'expr_start'),
    r(/[A-Z][a-zA-Z0-9_]*/, T.NameConstant, 'method_call'),
    r(/(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-\/\[<>=])/, (lx) => (lx.groups(T.Punctuation, T.Text, T.NameFunction), lx.push('method_call'))),
    r(/[a-zA-Z_]\w*[?!]/, T.Name, 'expr_start'),
    r(/[a-zA-Z_]\w*/, T.Name, 'method_call'),
    r(/\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\./, T.Operator, 'expr_start'),
    r(/[-+\/*%=<>&!^|~]=?/, T.Operator, 'expr_start'),
    r(/[?]/, (lx) => (lx.token(T.Punctuation), lx.push('ternary'), lx.push('expr_start'))),
    r(/[\[({,:\\;\/]/, T.Punctuation, 'expr_start'),
    r(/[\])}]/, T.Punctuation),
  ],
  has_heredocs: [
    r(/(?<!\w)(<<[-~]?)(["`']?)([a-zA-Z_]\w*)(\2)/, (lx, m) => lx.heredoc(m[1]!, `${m[2]}${m[3]}${m[4]}`, m[3]!)),
    r(/(<<[-~]?)(["'])(\2)/, (lx, m) => lx.heredoc(m[1]!, `${m[2]}${m[3]}`, '')),
  ],
  heredoc_queue: [r(/(?=\n)/, (lx) => lx.goto('resolve_heredocs')), mixin('root')],
  resolve_heredocs: [
    mixin('string_intp_escaped'),
    r(/\n/, T.StrHeredoc, 'test_heredoc'),
    r(/[#\\\n]/, T.StrHeredoc),
    r(/[^#\\\n]+/, T.StrHeredoc),
  ],
  test_heredoc: [
    r(/[^#\\\n]*$/, (lx, m) => {
      const [tolerant, name] = lx.heredocQueue[0]!;
      const check = tolerant ? strip(m[0]) : rstrip(m[0]);
      if (check === name) {
        lx.heredocQueue.shift();
        if (lx.heredocQueue.length === 0) lx.pop();
        lx.token(T.NameConstant);
      } else {
        lx.token(T.StrHeredoc);
      }
      lx.pop();
    }),
    r(/(?:)/, (lx) => lx.pop()),
  ],
  funcname: [
    r(/\s+/, T.Text),
    r(/\(/, T.Punctuation, 'defexpr'),
    r(/(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[\/%&|^`~]|\[\]=?|<<?|>>?|<=>?|>=|===?)/, (lx) => {
      lx.groups(T.NameClass, T.Operator, T.NameFunction);
      lx.pop();
    }),
    r(/(?:)/, (lx) => lx.pop()),
  ],
  classname: [
    r(/\s+/, T.Text),
    r(/\w+(::\w+)+/, T.NameClass),
    r(/\(/, (lx) => (lx.token(T.Punctuation), lx.push('defexpr'), lx.push('expr_start'))),
    r(/<</, (lx) => (lx.token(T.Operator), lx.goto('expr_start'))),
    r(/[A-Z_]\w*/, T.NameClass, '#pop'),
    r(/(?:)/, (lx) => lx.pop()),
  ],
  ternary: [
    r(/(:)(\s+)/, (lx) => (lx.groups(T.Punctuation, T.Text), lx.goto('expr_start'))),
    r(/:(?![^#\n]*?[:\\])/, (lx) => (lx.token(T.Punctuation), lx.goto('expr_start'))),
    mixin('root'),
  ],
  defexpr: [
    r(/(\))(\.|::)?/, (lx) => (lx.groups(T.Punctuation, T.Operator), lx.pop())),
    r(/\(/, (lx) => (lx.token(T.Punctuation), lx.push('defexpr'), lx.push('expr_start'))),
    mixin('root'),
  ],
  in_interp: [r(/}/, T.StrInterpol, '#pop'), mixin('root')],
  string_intp: [r(/[#][{]/, T.StrInterpol, 'in_interp'), r(/#(@@?|\$)[a-z_]\w*/i, T.StrInterpol)],
  string_intp_escaped: [
    mixin('string_intp'),
    r(/\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})/, T.StrEscape),
    r(/\\./, T.StrEscape),
  ],
  method_call: [
    r(/\/|%/, (lx) => (lx.token(T.Operator), lx.goto('expr_start'))),
    r(/(?=\n)/, (lx) => lx.pop()),
    r(/(?:)/, (lx) => lx.goto('method_call_spaced')),
  ],
  method_call_spaced: [
    mixin('whitespace'),
    r(/[%\/]=/, (lx) => (lx.token(T.Operator), lx.goto('expr_start'))),
    r(/(\/)(?=\S|\s*\/)/, (lx) => (lx.token(T.StrRegex), lx.goto('slash_regex'))),
    mixin('sigil_strings'),
    r(/(?=\s*\/)/, (lx) => lx.pop()),
    r(/\s+/, (lx) => (lx.token(T.Text), lx.goto('expr_start'))),
    r(/(?:)/, (lx) => lx.pop()),
  ],
  expr_start: [
    mixin('inline_whitespace'),
    r(/\//, (lx) => (lx.token(T.StrRegex), lx.goto('slash_regex'))),
    r(/[?](\\[MC]-)*(\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)/, T.StrChar, '#pop'),
    r(/(\s*)(%[rqswQWxiI]? \S* )/, (lx) => (lx.groups(T.Text, T.StrOther), lx.pop())),
    mixin('sigil_strings'),
    r(/(?:)/, (lx) => lx.pop()),
  ],
  slash_regex: [
    mixin('string_intp'),
    r(/\\\\/, T.StrRegex),
    r(/\\\//, T.StrRegex),
    r(/[\\#]/, T.StrRegex),
    r(/[^\\\/#]+/s, T.StrRegex),
    r(/\//, (lx) => (lx.token(T.StrRegex), lx.goto('regex_flags'))),
  ],
  end_part: [r(/.+/s, T.CommentPreproc, '#pop')],
});

/** A match shifted to start `prefix` earlier (`:` before a quoted symbol). */
function shift(m: Match | null, prefix: string): Match | null {
  return m === null ? null : ([prefix + m[0]] as unknown as Match);
}

export class RubyLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = GRAMMAR;
  /** Rouge's `@heredoc_queue`: [tolerant (`<<-`, `<<~`), name] of each heredoc awaiting its body. */
  heredocQueue: [boolean, string][] = [];
  private readonly sigils = new Map<string, State<never>>();

  protected override start(): void {
    this.push('expr_start');
    this.heredocQueue = [];
  }

  heredoc(operator: string, name: string, id: string): void {
    this.token(T.Operator, operator);
    this.token(T.NameConstant, name);
    this.heredocQueue.push([operator === '<<-' || operator === '<<~', id]);
    if (!this.isState('heredoc_queue')) this.push('heredoc_queue');
  }

  /** The state of a `%`-string's body (Rouge builds one per string; they are alike per delimiter). */
  sigilState(open: string, close: string, interp: boolean, tok: Token): State<never> {
    const key = `${open}\0${interp}\0${tok}`;
    let state = this.sigils.get(key);
    if (!state) this.sigils.set(key, (state = this.anonymousState(sigilBody(open, close, interp, tok))));
    return state;
  }
}
