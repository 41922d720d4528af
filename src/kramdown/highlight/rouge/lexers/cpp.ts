/** Rouge's `cpp` lexer (lexers/cpp.rb), alias `c++`: the C lexer with C++'s words, numbers, raw strings, classes and templates. */
import { Grammar, mixin, rule, type Match, type Matcher } from '../engine.ts';
import { C_GRAMMAR, C_KEYWORDS, C_KEYWORDS_TYPE, C_RESERVED, CLexer, type Words } from './c.ts';
import { firstFrom } from '../matchers.ts';
import { T } from '../tokens.ts';

const r = rule<CLexer>;

const WORDS: Words = {
  keywords: new Set([
    ...C_KEYWORDS,
    'asm', 'auto', 'catch', 'char8_t', 'concept',
    'consteval', 'constexpr', 'constinit', 'const_cast', 'co_await', 'co_return', 'co_yield',
    'delete', 'dynamic_cast', 'explicit', 'export', 'friend',
    'mutable', 'namespace', 'new', 'operator', 'private', 'protected', 'public',
    'reinterpret_cast', 'requires', 'restrict', 'size_of', 'static_cast', 'this', 'throw', 'throws',
    'typeid', 'typename', 'using', 'virtual', 'final', 'override',
    'alignas', 'alignof', 'decltype', 'noexcept', 'static_assert',
    'thread_local', 'try',
  ]),
  types: new Set([...C_KEYWORDS_TYPE, 'bool']),
  reserved: new Set([
    ...C_RESERVED,
    '__virtual_inheritance', '__uuidof', '__super', '__single_inheritance',
    '__multiple_inheritance', '__interface', '__event',
  ]),
};

const ID = '[a-zA-Z_][a-zA-Z0-9_]*';
const DQ = "\\d(?:'?\\d)*";

const RAW_OPEN = /(?:u8|u|U|L)?R"([a-zA-Z0-9_{}\[\]#<>%:;.?*+\-\/^&|~!=,"']{0,16})\(/y;

/**
 * `(?:u8|u|U|L)?R"(delim{,16})\(.*?\)\1"` (across lines): a raw string, to the first `)delim"`.
 * The delimiter's repetition is greedy, but `(` is none of its characters, so only the longest
 * works; the search for each delimiter's end is remembered for the text.
 */
const rawString: Matcher = (text, pos, memo) => {
  RAW_OPEN.lastIndex = pos;
  const open = RAW_OPEN.exec(text);
  if (!open) return null;
  const delimiter = open[1]!;
  let closing = RAW_CLOSINGS.get(delimiter);
  if (!closing) RAW_CLOSINGS.set(delimiter, (closing = firstFrom(new RegExp(`\\)${delimiter.replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&')}"`, 'g'))));
  const close = closing(text, pos + open[0].length, memo);
  return close ? ([text.slice(pos, close.index + close[0].length), delimiter] as unknown as Match) : null;
};
/** The search for `)delimiter"`, by delimiter (each remembers its last search in the lex's memo). */
const RAW_CLOSINGS = new Map<string, ReturnType<typeof firstFrom>>();

const CPP_GRAMMAR = C_GRAMMAR.extend({
  prepend: {
    root: [r(/(?:__offload|__blockingoffload|__outer)\b/, T.KeywordPseudo)],
    statements: [
      r(/(class|struct)\b/, T.Keyword, 'classname'),
      r(/template\b/, T.Keyword, 'template'),
      r(`${DQ}(\\.${DQ})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\\b`, T.NumOther),
      r(`(${DQ}[.](?:${DQ})?|[.]${DQ})(e[+-]?${DQ}[lu]*)?`, T.NumFloat, undefined, 'i'),
      r(`${DQ}e[+-]?${DQ}[lu]*`, T.NumFloat, undefined, 'i'),
      r(/0x\h('?\h)*[lu]*/i, T.NumHex),
      r(/0b[01]+('[01]+)*/, T.NumBin),
      r(/0[0-7]('?[0-7])*[lu]*/i, T.NumOct),
      r(`${DQ}[lu]*`, T.NumInteger, undefined, 'i'),
      r(/\bnullptr\b/, T.NameBuiltin),
      r(rawString, T.Str),
      r(/(::|<=>)/, T.Operator),
      r(/[{}]/, T.Punctuation),
    ],
  },
  states: {
    classname: [
      r(ID, T.NameClass, '#pop'),
      mixin('whitespace'),
      r(/[.]{3}/, T.Operator),
      r(/,/, T.Punctuation, '#pop'),
      r(/(?:)/, (lx) => lx.pop()),
    ],
    template: [r(/[>;]/, T.Punctuation, '#pop'), r(/typename\b/, T.Keyword, 'classname'), mixin('statements')],
    case: [r(/:(?!:)/, T.Punctuation, '#pop'), mixin('statements')],
  },
});

export class CppLexer extends CLexer {
  protected override readonly grammar: Grammar<never> = CPP_GRAMMAR;
  override readonly words: Words = WORDS;

  override fresh(): CLexer {
    return new CppLexer();
  }
}
