/** Rouge's `typescript` lexer (lexers/typescript.rb, typescript/common.rb), alias `ts`: JavaScript with more words. */
import { rule, type Grammar } from '../engine.ts';
import {
  JS_BUILTINS,
  JS_CONSTANTS,
  JS_DECLARATIONS,
  JS_GRAMMAR,
  JS_ID,
  JS_KEYWORDS,
  JS_RESERVED,
  JavascriptLexer,
  type JsWords,
} from './javascript.ts';
import { T } from '../tokens.ts';

const r = rule<JavascriptLexer>;

const WORDS: JsWords = {
  keywords: new Set([...JS_KEYWORDS, 'is', 'namespace', 'static', 'private', 'protected', 'public', 'implements', 'readonly']),
  declarations: new Set([...JS_DECLARATIONS, 'type', 'abstract']),
  reserved: new Set([...JS_RESERVED, 'string', 'any', 'void', 'number', 'namespace', 'module', 'declare', 'default', 'interface', 'keyof']),
  constants: new Set(JS_CONSTANTS),
  builtins: new Set([...JS_BUILTINS, 'Pick', 'Partial', 'Readonly', 'Record']),
};

const TS_GRAMMAR = JS_GRAMMAR.extend({
  prepend: {
    root: [r(/[?][.]/, T.Punctuation), r(/[?]{2}/, T.Operator)],
    statement: [
      r(
        `(${JS_ID})(\\??)(\\s*)(:)`,
        (lx) => (lx.groups(T.NameLabel, T.Punctuation, T.Text, T.Punctuation), lx.push('expr_start')),
        undefined,
        'i',
      ),
    ],
  },
});

export class TypescriptLexer extends JavascriptLexer {
  protected override readonly grammar: Grammar<never> = TS_GRAMMAR;
  override readonly words: JsWords = WORDS;
}
