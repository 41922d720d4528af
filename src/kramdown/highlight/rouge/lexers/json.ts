/** Rouge's `json` lexer (lexers/json.rb). */
import { Grammar, mixin, RegexLexer, rule } from '../engine.ts';
import { T } from '../tokens.ts';

type J = JsonLexer;
const r = rule<J>;

const GRAMMAR = new Grammar<J>({
  whitespace: [r(/\s+/, T.TextWhitespace)],
  root: [
    mixin('whitespace'),
    r(/{/, T.Punctuation, 'object'),
    r(/\[/, T.Punctuation, 'array'),
    mixin('name'),
    mixin('value'),
    r(/[\]}]/, T.Punctuation),
  ],
  object: [mixin('whitespace'), mixin('name'), mixin('value'), r(/}/, T.Punctuation, '#pop'), r(/,/, T.Punctuation)],
  name: [r(/("(?:\\.|[^"\\\n])*?")(\s*)(:)/, (lx) => lx.groups(T.NameLabel, T.TextWhitespace, T.Punctuation))],
  value: [mixin('whitespace'), mixin('constants'), r(/"/, T.StrDouble, 'string'), r(/\[/, T.Punctuation, 'array'), r(/{/, T.Punctuation, 'object')],
  string: [r(/[^\\"]+/, T.StrDouble), r(/\\./, T.StrEscape), r(/"/, T.StrDouble, '#pop')],
  array: [mixin('value'), r(/\]/, T.Punctuation, '#pop'), r(/,/, T.Punctuation)],
  constants: [
    r(/(?:true|false|null)/, T.KeywordConstant),
    r(/-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?/i, T.NumFloat),
    r(/-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?/i, T.NumInteger),
  ],
});

export class JsonLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = GRAMMAR;
}
