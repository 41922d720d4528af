/** Rouge's `shell` lexer (lexers/shell.rb), aliases `bash`, `zsh`, `ksh`, `sh`. */
import { Grammar, mixin, RegexLexer, rule } from '../engine.ts';
import { T } from '../tokens.ts';

type S = ShellLexer;
const r = rule<S>;

const KEYWORDS = [
  'if', 'fi', 'else', 'while', 'do', 'done', 'for', 'then', 'return', 'function',
  'select', 'continue', 'until', 'esac', 'elif', 'in',
].join('|');

const BUILTINS = [
  'alias', 'bg', 'bind', 'break', 'builtin', 'caller', 'cd', 'command', 'compgen',
  'complete', 'declare', 'dirs', 'disown', 'enable', 'eval', 'exec', 'exit',
  'export', 'false', 'fc', 'fg', 'getopts', 'hash', 'help', 'history', 'jobs', 'let',
  'local', 'logout', 'mapfile', 'popd', 'pushd', 'pwd', 'read', 'readonly', 'set',
  'shift', 'shopt', 'source', 'suspend', 'test', 'time', 'times', 'trap', 'true', 'type',
  'typeset', 'ulimit', 'umask', 'unalias', 'unset', 'wait',
  'cat', 'tac', 'nl', 'od', 'base32', 'base64', 'fmt', 'pr', 'fold', 'head', 'tail', 'split', 'csplit',
  'wc', 'sum', 'cksum', 'b2sum', 'md5sum', 'sha1sum', 'sha224sum', 'sha256sum', 'sha384sum',
  'sha512sum', 'sort', 'shuf', 'uniq', 'comm', 'ptx', 'tsort', 'cut', 'paste', 'join', 'tr', 'expand',
  'unexpand', 'ls', 'dir', 'vdir', 'dircolors', 'cp', 'dd', 'install', 'mv', 'rm', 'shred', 'link', 'ln',
  'mkdir', 'mkfifo', 'mknod', 'readlink', 'rmdir', 'unlink', 'chown', 'chgrp', 'chmod', 'touch',
  'df', 'du', 'stat', 'sync', 'truncate', 'echo', 'printf', 'yes', 'expr', 'tee', 'basename', 'dirname',
  'pathchk', 'mktemp', 'realpath', 'pwd', 'stty', 'printenv', 'tty', 'id', 'logname', 'whoami',
  'groups', 'users', 'who', 'date', 'arch', 'nproc', 'uname', 'hostname', 'hostid', 'uptime', 'chcon',
  'runcon', 'chroot', 'env', 'nice', 'nohup', 'stdbuf', 'timeout', 'kill', 'sleep', 'factor', 'numfmt',
  'seq', 'tar', 'grep', 'sudo', 'awk', 'sed', 'gzip', 'gunzip',
].join('|');

const GRAMMAR = new Grammar<S>({
  basic: [
    r(/#.*$/, T.Comment),
    r(`\\b(${KEYWORDS})\\s*\\b`, T.Keyword),
    r(/\bcase\b/, T.Keyword, 'case'),
    r(`\\b(${BUILTINS})\\s*\\b(?!(\\.|-))`, T.NameBuiltin),
    r(/[.](?=\s)/, T.NameBuiltin),
    r(/(\b\w+)(=)/, (lx) => lx.groups(T.NameVariable, T.Operator)),
    r(/[\[\]{}()!=>]/, T.Operator),
    r(/&&|\|\|/, T.Operator),
    r(/<<</, T.Operator),
    r(/(<<-?)(\s*)(['"]?)(\\?)(\w+)(\3)/, (lx, m) => {
      lx.groups(T.Operator, T.Text, T.StrHeredoc, T.StrHeredoc, T.NameConstant, T.StrHeredoc);
      lx.heredocName = m[5]!;
      lx.push('heredoc');
    }),
  ],
  heredoc: [
    r(/\n/, T.StrHeredoc, 'heredoc_nl'),
    r(/[^$\n\\]+/, T.StrHeredoc),
    mixin('interp'),
    r(/[$]/, T.StrHeredoc),
  ],
  heredoc_nl: [
    r(/\s*(\w+)\s*\n/, (lx, m) => {
      if (m[1] === lx.heredocName) {
        lx.token(T.NameConstant);
        lx.pop(2);
      } else {
        lx.token(T.StrHeredoc);
      }
    }),
    r(/(?:)/, (lx) => lx.pop()),
  ],
  double_quotes: [r(/(?:\$#?)?"/, T.StrDouble, '#pop'), mixin('interp'), r(/[^"`\\$]+/, T.StrDouble)],
  ansi_string: [r(/\\./, T.StrEscape), r(/[^\\']+/, T.StrSingle), mixin('single_quotes')],
  single_quotes: [r(/'/, T.StrSingle, '#pop'), r(/[^']+/, T.StrSingle)],
  data: [
    r(/\s+/, T.Text),
    r(/\\./, T.StrEscape),
    r(/\$?"/, T.StrDouble, 'double_quotes'),
    r(/\$'/, T.StrSingle, 'ansi_string'),
    r(/'/, T.StrSingle, 'single_quotes'),
    r(/\*/, T.Keyword),
    r(/;/, T.Punctuation),
    r(/--?[\w-]+/, T.NameTag),
    r(/[^=\*\s{}()$"'`;\\<]+/, T.Text),
    r(/\d+(?= |\Z)/, T.Num),
    r(/</, T.Text),
    mixin('interp'),
  ],
  curly: [
    r(/}/, T.Keyword, '#pop'),
    r(/:-/, T.Keyword),
    r(/[a-zA-Z0-9_]+/, T.NameVariable),
    r(/[^}:"`'$]+/, T.Punctuation),
    mixin('root'),
  ],
  paren_interp: [r(/\)/, T.StrInterpol, '#pop'), r(/\(/, T.Operator, 'paren_inner'), mixin('root')],
  paren_inner: [r(/\(/, T.Operator, '#push'), r(/\)/, T.Operator, '#pop'), mixin('root')],
  math: [
    r(/\)\)/, T.Keyword, '#pop'),
    r(/[-+*\/%^|&!]|\*\*|\|\|/, T.Operator),
    r(/\d+(#\w+)?/, T.Num),
    mixin('root'),
  ],
  case: [r(/\besac\b/, T.Keyword, '#pop'), r(/\|/, T.Punctuation), r(/\)/, T.Punctuation, 'case_stanza'), mixin('root')],
  case_stanza: [r(/;;/, T.Punctuation, '#pop'), mixin('root')],
  backticks: [r(/`/, T.StrBacktick, '#pop'), mixin('root')],
  interp: [
    r(/\\$/, T.StrEscape),
    r(/\\./, T.StrEscape),
    r(/\$\(\(/, T.Keyword, 'math'),
    r(/\$\(/, T.StrInterpol, 'paren_interp'),
    r(/\${#?/, T.Keyword, 'curly'),
    r(/`/, T.StrBacktick, 'backticks'),
    r(/\$#?(\w+|.)/, T.NameVariable),
    r(/\$[*@]/, T.NameVariable),
  ],
  root: [mixin('basic'), mixin('data')],
});

export class ShellLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = GRAMMAR;
  /** Rouge's `@heredocstr`: the name that ends the heredoc. */
  heredocName = '';
}
