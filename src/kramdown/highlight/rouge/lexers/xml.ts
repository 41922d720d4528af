/** Rouge's `xml` lexer (lexers/xml.rb). */
import { Grammar, RegexLexer, rule } from '../engine.ts';
import { anyOf, lazyUntil, lazyUntilChar } from '../matchers.ts';
import { T } from '../tokens.ts';

type X = XmlLexer;
const r = rule<X>;

/** A tag or attribute name after its first character. */
export const NAME_REST = '[\\p{Word}\\p{Cf}:.·-]*';

const GRAMMAR = new Grammar<X>({
  root: [
    r(/[^<&]+/, T.Text),
    r(lazyUntilChar(/&/, /[;\s]/, ';'), T.NameEntity),
    r(lazyUntil(/<!\[CDATA\[/, /\]\]>/, false), T.CommentPreproc),
    r(/<!--/, T.Comment, 'comment'),
    r(lazyUntil(/<\?/, /\?>/, false), T.CommentPreproc),
    r(lazyUntilChar(/<!/, />/, '>'), T.CommentPreproc),
    r(`<\\s*[\\p{L}:_]${NAME_REST}`, T.NameTag, 'tag', 's'),
    r(`<\\s*\\/\\s*[\\p{L}:_]${NAME_REST}\\s*>`, T.NameTag, undefined, 's'),
  ],
  comment: [r(/[^-]+/s, T.Comment), r(/-->/, T.Comment, '#pop'), r(/-/, T.Comment)],
  tag: [
    r(/\s+/s, T.Text),
    r(`[\\p{L}:_]${NAME_REST}\\s*=`, T.NameAttribute, 'attr', 's'),
    r(/\/?\s*>/, T.NameTag, '#pop'),
  ],
  attr: [r(/\s+/s, T.Text), r(anyOf(lazyUntil(/"/, /"/, true), lazyUntil(/'/, /'/, true), /[^\s>]+/), T.Str, '#pop')],
});

export class XmlLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = GRAMMAR;
}
