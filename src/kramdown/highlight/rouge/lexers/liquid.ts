/** Rouge's `liquid` lexer (lexers/liquid.rb). */
import { Grammar, mixin, RegexLexer, rule } from '../engine.ts';
import { T, type Token } from '../tokens.ts';

type L = LiquidLexer;
const r = rule<L>;

/** Rouge's `case` on a tag argument: a quoted string anywhere in it makes it a string token. */
const argumentToken = (text: string | undefined, otherwise: Token): Token =>
  text !== undefined && /'[^']*'/.test(text) ? T.StrSingle : text !== undefined && /"[^"]*"/.test(text) ? T.StrDouble : otherwise;

const GRAMMAR = new Grammar<L>({
  root: [
    r(/[^\{]+/, T.Text),
    r(/(\{%-?)(\s*)/, (lx) => (lx.groups(T.Punctuation, T.TextWhitespace), lx.push('tag_or_block'))),
    r(/(\{\{-?)(\s*)/, (lx) => (lx.groups(T.Punctuation, T.TextWhitespace), lx.push('output'))),
    r(/\{/, T.Text),
  ],
  tag_or_block: [
    r(/(if|elsif|unless|case)\b/, T.KeywordReserved, 'condition'),
    r(/(when)\b/, T.KeywordReserved, 'when'),
    r(/(else)(\s*)(-?%\})/, (lx) => (lx.groups(T.KeywordReserved, T.TextWhitespace, T.Punctuation), lx.pop())),
    r(/(capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%\})/, (lx) => {
      lx.groups(T.NameTag, T.TextWhitespace, T.NameVariable, T.TextWhitespace, T.Punctuation);
      lx.pop();
    }),
    r(/(comment)(\s*)(-?%\})/, (lx) => (lx.groups(T.NameTag, T.TextWhitespace, T.Punctuation), lx.push('comment'))),
    r(/(raw)(\s*)(-?%\})/, (lx) => (lx.groups(T.NameTag, T.TextWhitespace, T.Punctuation), lx.push('raw'))),
    r(/(end(?:if|unless|case))(\s*)(-?%\})/, (lx) => (lx.groups(T.KeywordReserved, T.TextWhitespace, T.Punctuation), lx.pop())),
    r(/(end(?:[^\s%]+))(\s*)(-?%\})/, (lx) => (lx.groups(T.NameTag, T.TextWhitespace, T.Punctuation), lx.pop())),
    r(/(assign|echo)\b/, T.NameTag, 'assign'),
    r(/(include|render)\b/, T.NameTag, 'include'),
    r(/(cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*)/, (lx, m) => {
      lx.groups(T.NameTag, T.TextWhitespace, argumentToken(m[3], T.NameAttribute), T.TextWhitespace, T.Punctuation, T.TextWhitespace);
      lx.push('variable_tag_markup');
    }),
    r(/(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)((?:[^\s%,|'"]|(?:"[^"]*"|'[^']*'))+)(\s*)/, (lx, m) => {
      lx.groups(T.NameTag, T.TextWhitespace, T.NameVariable, T.TextWhitespace, T.NameTag, T.TextWhitespace);
      lx.token(argumentToken(m[7], T.NameVariable), m[7]);
      lx.token(T.TextWhitespace, m[8]);
      lx.push('tag_markup');
    }),
    r(/([^\s%]+)(\s*)/, (lx) => (lx.groups(T.NameTag, T.TextWhitespace), lx.push('tag_markup'))),
  ],
  output: [
    r(/(\|)(\s*)([a-zA-Z_][^\s}|:]*)/, (lx) => (lx.groups(T.Punctuation, T.TextWhitespace, T.NameFunction), lx.push('filters'))),
    mixin('end_of_tag'),
    mixin('generic'),
  ],
  filters: [
    r(/(\|)(\s*)([a-zA-Z_][^\s%}|:]*)/, (lx) => lx.groups(T.Punctuation, T.TextWhitespace, T.NameFunction)),
    mixin('end_of_tag'),
    mixin('end_of_block'),
    mixin('variable_param_markup'),
  ],
  condition: [
    r(/([=!]=|[<>]=?)/, T.Operator),
    r(/(and|or|contains)\b/, T.OperatorWord),
    mixin('end_of_block'),
    mixin('generic'),
  ],
  when: [mixin('end_of_block'), mixin('generic')],
  end_of_tag: [r(/-?\}\}/, (lx) => (lx.token(T.Punctuation), lx.resetStack()))],
  end_of_block: [r(/-?%\}/, (lx) => (lx.token(T.Punctuation), lx.resetStack()))],
  param_markup: [
    mixin('whitespace'),
    mixin('keyword'),
    mixin('string'),
    mixin('number'),
    r(/([^\s=:]+)(\s*)(=|:)/, (lx) => lx.groups(T.NameAttribute, T.TextWhitespace, T.Operator)),
    r(/[,:]/, T.Punctuation),
  ],
  default_param_markup: [mixin('param_markup'), r(/\S+/, T.Text)],
  variable_param_markup: [mixin('param_markup'), mixin('variable'), r(/\S+/, T.Text)],
  tag_markup: [r(/(reversed)\b/, T.NameAttribute), mixin('end_of_block'), mixin('default_param_markup')],
  variable_tag_markup: [mixin('end_of_block'), mixin('variable_param_markup')],
  keyword: [r(/(false|true|nil)\b/, T.KeywordConstant)],
  variable: [
    r(/(empty|blank|forloop\.[^\s%}|:]+)\b/, T.NameBuiltin),
    r(/\.(?=\w)|\[|\]/, T.Punctuation),
    r(/(first|last|size)\b/, T.NameFunction),
    r(/[a-zA-Z_][\w-]*\??/, T.NameVariable),
  ],
  string: [r(/'[^']*'/, T.StrSingle), r(/"[^"]*"/, T.StrDouble)],
  number: [r(/-/, T.Operator), r(/\d+\.\d+/, T.NumFloat), r(/\d+/, T.NumInteger)],
  generic: [mixin('whitespace'), mixin('keyword'), mixin('string'), mixin('number'), mixin('variable')],
  whitespace: [r(/[ \t]+/, T.TextWhitespace)],
  comment: [
    r(/[^\{]+/, T.Comment),
    r(/(\{%-?)(\s*)(endcomment)(\s*)(-?%\})/, (lx) => {
      lx.groups(T.Punctuation, T.TextWhitespace, T.NameTag, T.TextWhitespace, T.Punctuation);
      lx.resetStack();
    }),
    r(/\{/, T.Comment),
  ],
  raw: [
    r(/[^\{]+/, T.Text),
    r(/(\{%-?)(\s*)(endraw)(\s*)(-?%\})/, (lx) => {
      lx.groups(T.Punctuation, T.TextWhitespace, T.NameTag, T.TextWhitespace, T.Punctuation);
      lx.resetStack();
    }),
    r(/\{/, T.Text),
  ],
  assign: [
    r(/=/, T.Operator),
    r(/(\|)(\s*)([a-zA-Z_][^\s%|:]*)/, (lx) => (lx.groups(T.Punctuation, T.TextWhitespace, T.NameFunction), lx.push('filters'))),
    mixin('end_of_block'),
    mixin('generic'),
  ],
  include: [
    r(/(\{\{-?)(\s*)/, (lx) => (lx.groups(T.Punctuation, T.TextWhitespace), lx.push('output_embed'))),
    r(/(with|for)\b/, T.NameTag),
    r(/[\/\w-]+(\.[\w-]+)+\b/, T.Text),
    mixin('variable_tag_markup'),
  ],
  output_embed: [
    r(/(\|)(\s*)([a-zA-Z_][^\s}|:]*)/, (lx) => lx.groups(T.Punctuation, T.TextWhitespace, T.NameFunction)),
    r(/-?\}\}/, T.Punctuation, '#pop'),
    mixin('variable_param_markup'),
  ],
});

export class LiquidLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = GRAMMAR;
}
