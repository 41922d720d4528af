/** Rouge's `go` lexer (lexers/go.rb), alias `golang`. */
import { Grammar, mixin, RegexLexer, rule, type Matcher } from '../engine.ts';
import { lazyUntil } from '../matchers.ts';
import { compilePattern } from '../regex.ts';
import { T } from '../tokens.ts';

type G = GoLexer;
const r = rule<G>;

const LETTER = '(?:[[:alpha:]]|_)';
const DIGIT = '[[:digit:]]';
const KEYWORD = `\\b(?:break|default|func|interface|select|case|defer|go|map|struct|chan|else|goto|package|switch|const|fallthrough|if|range|type|continue|for|import|return|var)\\b`;
const IDENTIFIER = `(?!${KEYWORD})${LETTER}(?:${LETTER}|${DIGIT})*`;
const OPERATOR =
  '\\+=|\\+\\+|\\+|&\\^=|&\\^|&=|&&|&|==|=|!=|!|-=|--|-|\\|=|\\|\\||\\||<=|<-|<<=|<<|<|\\*=|\\*|\\^=|\\^|>>=|>>|>=|>|\\/|\\/=|:=|%|%=|\\.\\.\\.|\\.|:';
const SEPARATOR = '\\(|\\)|\\[|\\]|\\{|\\}|,|;';
const HEX_DIGIT = '[0-9A-Fa-f]';
const INT_LIT = `(?:0[xX]${HEX_DIGIT}+)|(?:[0-9][0-9]*)|(?:0[0-7]*)`;
const DECIMALS = '[0-9]+';
const EXPONENT = `[eE][+\\-]?${DECIMALS}`;
const FLOAT_LIT = `${DECIMALS}\\.(?:${DECIMALS})?(?:${EXPONENT})?|${DECIMALS}${EXPONENT}|\\.${DECIMALS}(?:${EXPONENT})?`;
const IMAGINARY_LIT = `(?:${DECIMALS}|(?:${FLOAT_LIT}))i`;
const ESCAPED_CHAR = `\\\\[abfnrtv\\\\'"]`;
const LITTLE_U_VALUE = `\\\\u${HEX_DIGIT}{4}`;
const BIG_U_VALUE = `\\\\U${HEX_DIGIT}{8}`;
const UNICODE_VALUE = `[^\\n]|${LITTLE_U_VALUE}|${BIG_U_VALUE}|${ESCAPED_CHAR}`;
const BYTE_VALUE = `\\\\[0-7]{3}|\\\\x${HEX_DIGIT}{2}`;
const CHAR_LIT = `'(?:(?:${UNICODE_VALUE})|(?:${BYTE_VALUE}))'`;
const ESCAPE_SEQUENCE = `${ESCAPED_CHAR}|${LITTLE_U_VALUE}|${BIG_U_VALUE}|\\\\x${HEX_DIGIT}{2}`;
const PREDECLARED_TYPES =
  '\\b(?:bool|byte|complex64|complex128|error|float32|float64|int8|int16|int32|int64|int|rune|string|uint8|uint16|uint32|uint64|uintptr|uint)\\b';
const PREDECLARED_CONSTANTS = '\\b(?:true|false|iota|nil)\\b';
const PREDECLARED_FUNCTIONS =
  '\\b(?:append|cap|close|complex|copy|delete|imag|len|make|new|panic|print|println|real|recover)\\b';

/** `LINE_COMMENT|GENERAL_COMMENT`: `//` to the line's end, or `/*` to the first `*\/` (across lines). */
const LINE_COMMENT = compilePattern(/\/\/(?:(?!\n).)*/).re;
const GENERAL_COMMENT = lazyUntil(/\/\*/, /\*\//, true);
const comment: Matcher = (text, pos, memo) => {
  LINE_COMMENT.lastIndex = pos;
  return (LINE_COMMENT.exec(text) as ReturnType<Matcher>) ?? GENERAL_COMMENT(text, pos, memo);
};

const GRAMMAR = new Grammar<G>({
  simple_tokens: [
    r(comment, T.Comment),
    r(KEYWORD, T.Keyword),
    r(PREDECLARED_TYPES, T.KeywordType),
    r(PREDECLARED_FUNCTIONS, T.NameBuiltin),
    r(PREDECLARED_CONSTANTS, T.NameConstant),
    r(IMAGINARY_LIT, T.Num),
    r(FLOAT_LIT, T.Num),
    r(INT_LIT, T.Num),
    r(CHAR_LIT, T.StrChar),
    r(OPERATOR, T.Operator),
    r(SEPARATOR, T.Punctuation),
    r(IDENTIFIER, T.Name),
    r(/\s+/, T.Text),
  ],
  root: [mixin('simple_tokens'), r(/`/, T.Str, 'raw_string'), r(/"/, T.Str, 'interpreted_string')],
  interpreted_string: [r(ESCAPE_SEQUENCE, T.StrEscape), r(/\\./, T.Error), r(/"/, T.Str, '#pop'), r(/[^"\\]+/, T.Str)],
  raw_string: [r(/`/, T.Str, '#pop'), r(/[^`]+/s, T.Str)],
});

export class GoLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = GRAMMAR;
}
