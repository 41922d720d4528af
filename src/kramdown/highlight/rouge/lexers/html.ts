/** Rouge's `html` lexer (lexers/html.rb): tags and attributes, with scripts and styles handed to the JavaScript and CSS lexers. */
import { Grammar, mixin, RegexLexer, rule } from '../engine.ts';
import { lazyUntil, lazyUntilChar } from '../matchers.ts';
import { T } from '../tokens.ts';
import { CssLexer } from './css.ts';
import { JavascriptLexer } from './javascript.ts';
import { NAME_REST } from './xml.ts';

type H = HtmlLexer;
const r = rule<H>;

const TAG_NAME = `[\\p{L}:_-]${NAME_REST}`;

const GRAMMAR = new Grammar<H>({
  root: [
    r(/[^<&]+/s, T.Text),
    r(lazyUntilChar(/&/, /[;\s]/, ';'), T.NameEntity),
    r(lazyUntil(/<!DOCTYPE /i, />/, true), T.CommentPreproc),
    r(lazyUntil(/<!\[CDATA\[/, /\]\]>/, true), T.CommentPreproc),
    r(/<!--/, T.Comment, 'comment'),
    r(lazyUntil(/<\?/, /\?>/, true), T.CommentPreproc),
    r(/<\s*script\s*/s, (lx) => {
      lx.token(T.NameTag);
      lx.javascript.reset();
      lx.push('script_content');
      lx.push('tag');
    }),
    r(/<\s*style\s*/s, (lx) => {
      lx.token(T.NameTag);
      lx.css.reset();
      lx.push('style_content');
      lx.push('tag');
    }),
    r(/<\//, T.NameTag, 'tag_end'),
    r(/</, T.NameTag, 'tag_start'),
    r(`<\\s*${TAG_NAME}`, T.NameTag, 'tag'),
    r(`<\\s*\\/\\s*${TAG_NAME}\\s*>`, T.NameTag),
  ],
  tag_end: [mixin('tag_end_end'), r(TAG_NAME, (lx) => (lx.token(T.NameTag), lx.goto('tag_end_end')))],
  tag_end_end: [r(/\s+/, T.Text), r(/>/, T.NameTag, '#pop')],
  tag_start: [r(/\s+/, T.Text), r(TAG_NAME, (lx) => (lx.token(T.NameTag), lx.goto('tag'))), r(/(?:)/, (lx) => lx.goto('tag'))],
  comment: [r(/[^-]+/, T.Comment), r(/-->/, T.Comment, '#pop'), r(/-/, T.Comment)],
  tag: [
    r(/\s+/s, T.Text),
    r('[\\p{L}:_\\[\\]()*.-][\\p{Word}\\p{Cf}:.·\\[\\]()*-]*\\s*=\\s*', T.NameAttribute, 'attr', 's'),
    r('[\\p{L}:_*#-][\\p{Word}\\p{Cf}:.·*#-]*', T.NameAttribute),
    r(/\/?\s*>/s, T.NameTag, '#pop'),
  ],
  attr: [
    r(/"/, (lx) => (lx.token(T.Str), lx.goto('dq'))),
    r(/'/, (lx) => (lx.token(T.Str), lx.goto('sq'))),
    r(/[^\s>]+/, T.Str, '#pop'),
  ],
  dq: [r(/"/, T.Str, '#pop'), r(/[^"]+/, T.Str)],
  sq: [r(/'/, T.Str, '#pop'), r(/[^']+/, T.Str)],
  script_content: [
    r(/[^<]+/, (lx) => lx.delegate(lx.javascript)),
    r(/<\s*\/\s*script\s*>/s, T.NameTag, '#pop'),
    r(/</, (lx) => lx.delegate(lx.javascript)),
  ],
  style_content: [
    r(/[^<]+/, (lx) => lx.delegate(lx.css)),
    r(/<\s*\/\s*style\s*>/s, T.NameTag, '#pop'),
    r(/</, (lx) => lx.delegate(lx.css)),
  ],
});

export class HtmlLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = GRAMMAR;
  javascript = new JavascriptLexer();
  css = new CssLexer();

  protected override start(): void {
    this.javascript = new JavascriptLexer();
    this.css = new CssLexer();
  }
}
