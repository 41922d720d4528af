/** Rouge's `diff` lexer (lexers/diff.rb), aliases `patch`, `udiff`: one token per line, by its first characters. */
import { Grammar, RegexLexer, rule } from '../engine.ts';
import { T } from '../tokens.ts';

type D = DiffLexer;
const r = rule<D>;

const GRAMMAR = new Grammar<D>({
  root: [
    r(/^ .*$\n?/, T.Text),
    r(/^---$\n?/, T.Punctuation),
    r(/^[+>]+.*$\n?/, T.GenericInserted),
    r(/^\+.*$\n?/, T.GenericInserted),
    r(/^[-<]+.*$\n?/, T.GenericDeleted),
    r(/^!.*$\n?/, T.GenericStrong),
    r(/^([Ii]ndex|diff).*$\n?/, T.GenericHeading),
    r(/^(@@[^@]*@@)([^\n]*\n)/, (lx) => lx.groups(T.Punctuation, T.Text)),
    r(/^\w.*$\n?/, T.Punctuation),
    r(/^=.*$\n?/, T.GenericHeading),
    r(/\s.*$\n?/, T.Text),
  ],
});

export class DiffLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = GRAMMAR;
}
