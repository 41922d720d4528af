/** Rouge's `java` lexer (lexers/java.rb). */
import { Grammar, RegexLexer, rule, type Match, type Matcher } from '../engine.ts';
import { lazyUntil, quoted, skipSpaces } from '../matchers.ts';
import { T } from '../tokens.ts';

type J = JavaLexer;
const r = rule<J>;

const KEYWORDS = [
  'assert', 'break', 'case', 'catch', 'continue', 'default', 'do', 'else', 'finally', 'for',
  'if', 'goto', 'instanceof', 'new', 'return', 'switch', 'this', 'throw', 'try', 'while',
].join('|');
const DECLARATIONS = [
  'abstract', 'const', 'enum', 'extends', 'final', 'implements', 'native', 'private', 'protected',
  'public', 'static', 'strictfp', 'super', 'synchronized', 'throws', 'transient', 'volatile',
].join('|');
const TYPES = ['boolean', 'byte', 'char', 'double', 'float', 'int', 'long', 'short', 'var', 'void'].join('|');

const ID = '[[:alpha:]_][[:word:]]*';
const CONST_NAME = '[[:upper:]][[:upper:][:digit:]_]*\\b';
const CLASS_NAME = '[[:upper:]][[:alnum:]]*\\b';
const DIGIT = '(?:[0-9]_+[0-9]|[0-9])';
const BIN_DIGIT = '(?:[01]_+[01]|[01])';
const OCT_DIGIT = '(?:[0-7]_+[0-7]|[0-7])';
const HEX_DIGIT = '(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])';

const isSpace = (c: string | undefined): boolean => c === ' ' || (c !== undefined && c >= '\t' && c <= '\r');
const isStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_]/.test(c);
const isIdChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);
const isTypeChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_.[\]<>]/.test(c);

const MEMO_KEY = {};

/**
 * Rouge's `(\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\()`, which
 * backtracks over every word of a line of words. Each repetition can only take a whole word and
 * all the spaces after it (less leaves a word character or a space where the next part needs the
 * other), and the name only the longest run there; so the match ends at the first word of the
 * chain (after the first) that is a name followed by `(`. The answer from each word is
 * remembered for the text: a chain is read once.
 */
const methodDeclaration: Matcher = (text, p, memos) => {
  let memo = memos.get(MEMO_KEY) as Map<number, number> | undefined;
  if (!memo) memos.set(MEMO_KEY, (memo = new Map()));
  const first = unit(text, skipSpaces(text, p, memos), memos);
  if (first < 0) return null;
  // Follow the chain to a word that is a name and `(`, or to its end, then remember the answer for each word read.
  const read: number[] = [];
  let answer = -1;
  for (let at = first; ; ) {
    const known = memo.get(at);
    if (known !== undefined) {
      answer = known;
      break;
    }
    read.push(at);
    if (isStart(text[at])) {
      let f = at + 1;
      while (isIdChar(text[f])) f++;
      if (text[skipSpaces(text, f, memos)] === '(') {
        answer = at;
        break;
      }
    }
    const next = unit(text, at, memos);
    if (next < 0) break;
    at = next;
  }
  for (const at of read) memo.set(at, answer);
  if (answer < 0) return null;
  let f = answer + 1;
  while (isIdChar(text[f])) f++;
  const g = skipSpaces(text, f, memos);
  return [text.slice(p, g + 1), text.slice(p, answer), text.slice(answer, f), text.slice(f, g), '('] as unknown as Match;
};

/** A word and the spaces after it (at least one) from `q`: where they end, or -1. */
function unit(text: string, q: number, memo: Map<object, unknown>): number {
  if (!isStart(text[q])) return -1;
  let i = q + 1;
  while (isTypeChar(text[i])) i++;
  return isSpace(text[i]) ? skipSpaces(text, i, memo) : -1;
}

const GRAMMAR = new Grammar<J>({
  root: [
    r(/[^\S\n]+/, T.Text),
    r(/\/\/.*?$/, T.CommentSingle),
    r(lazyUntil(/\/\*/, /\*\//, true), T.CommentMultiline),
    r(`(?:${KEYWORDS})\\b`, T.Keyword),
    r(methodDeclaration, (lx, m) => {
      lx.delegateFresh(new JavaLexer(), m[1]);
      lx.token(T.NameFunction, m[2]);
      lx.token(T.Text, m[3]);
      lx.token(T.Operator, m[4]);
    }),
    r(`@${ID}`, T.NameDecorator),
    r(`(?:${DECLARATIONS})\\b`, T.KeywordDeclaration),
    r(`(?:${TYPES})\\b`, T.KeywordType),
    r(/(?:true|false|null)\b/, T.KeywordConstant),
    r(/(?:class|interface)\b/, T.KeywordDeclaration, 'class'),
    r(/(?:import|package)\b/, T.KeywordNamespace, 'import'),
    r(quoted('"'), T.Str),
    r(/'(?:\\.|[^\\]|\\u[0-9a-f]{4})'/, T.StrChar),
    r(`(\\.)(${ID})`, (lx) => lx.groups(T.Operator, T.NameAttribute)),
    r(`${ID}:`, T.NameLabel),
    r(CONST_NAME, T.NameConstant),
    r(CLASS_NAME, T.NameClass),
    r(`\\$?${ID}`, T.Name),
    r(/[~^*!%&\[\](){}<>|+=:;,.\/?-]/, T.Operator),
    r(`${DIGIT}+\\.${DIGIT}+([eE]${DIGIT}+)?[fd]?`, T.NumFloat),
    r(`0b${BIN_DIGIT}+`, T.NumBin, undefined, 'i'),
    r(`0x${HEX_DIGIT}+`, T.NumHex, undefined, 'i'),
    r(`0${OCT_DIGIT}+`, T.NumOct),
    r(`${DIGIT}+L?`, T.NumInteger),
    r(/\n/, T.Text),
  ],
  class: [r(/\s+/s, T.Text), r(ID, T.NameClass, '#pop')],
  import: [r(/\s+/s, T.Text), r(/[a-z0-9_.]+\*?/i, T.NameNamespace, '#pop')],
});

export class JavaLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = GRAMMAR;
}
