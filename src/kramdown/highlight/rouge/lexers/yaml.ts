/** Rouge's `yaml` lexer (lexers/yaml.rb), alias `yml`: block indentation tracked beside the state stack. */
import { Grammar, mixin, RegexLexer, RougeError, rule, type Match, type Matcher } from '../engine.ts';
import { firstFrom } from '../matchers.ts';
import { T } from '../tokens.ts';

type Y = YamlLexer;
const r = rule<Y>;

const PLAIN_SCALAR_START = `[^ \\t\\n\\r\\f\\v?:,\\[\\]{}#&*!|>'"%@\`]`;

/** Ruby's `String#to_i` on what the block scalar header matched (`2-`, `+2`, `-2`, `-`). */
const toI = (s: string): number => Number(/^[+-]?\d*/.exec(s)![0].replace(/^([+-]?)$/, '0')) || 0;

const keyStop = firstFrom(/[#,:?\[\]{}"'\n]/g);

/**
 * `([^#,:?\[\]{}"'\n]+)(:)(?=\s|$)`: an implicit key, its run ending at the first character
 * the class leaves out, which must be a `:` before a space or the end. The run's end is
 * remembered: Rouge reads the line again from each character it rejects as an error.
 */
const implicitKey: Matcher = (text, pos, memo) => {
  const stop = keyStop(text, pos, memo);
  if (!stop || stop.index === pos || stop[0] !== ':') return null;
  const after = text[stop.index + 1];
  if (after !== undefined && !/[\t\n\v\f\r ]/.test(after)) return null;
  return [text.slice(pos, stop.index + 1), text.slice(pos, stop.index), ':'] as unknown as Match;
};

const GRAMMAR = new Grammar<Y>({
  basic: [r(/#.*$/, T.CommentSingle)],
  root: [
    mixin('basic'),
    r(/\n+/, T.Text),
    r(/[ ]+(?=#|$)/, T.Text),
    r(/^%YAML\b/, (lx) => (lx.token(T.NameTag), lx.resetIndent(), lx.push('yaml_directive'))),
    r(/^%TAG\b/, (lx) => (lx.token(T.NameTag), lx.resetIndent(), lx.push('tag_directive'))),
    r(/^(?:---|\.\.\.)(?= |$)/, (lx) => (lx.token(T.NameNamespace), lx.resetIndent(), lx.push('block_line'))),
    r(/[ ]*(?!\s|$)/, (lx, m) => {
      const [text, err] = lx.saveIndent(m[0]);
      lx.token(T.Text, text);
      lx.token(T.Error, err);
      lx.push('block_line');
      lx.push('indentation');
    }),
  ],
  indentation: [
    r(/\s*?\n/, (lx) => (lx.token(T.Text), lx.pop(2))),
    r(/[ ]+(?=[-:?](?:[ ]|$))/, (lx, m) => (lx.token(T.Text), lx.continueIndent(m[0]))),
    r(/[?:-](?=[ ]|$)/, (lx, m) => (lx.setIndent(m[0]), lx.token(T.PunctuationIndicator))),
    r(/[ ]*/, (lx, m) => (lx.token(T.Text), lx.continueIndent(m[0]), lx.pop())),
  ],
  block_line: [
    r(/[ ]*(?=#|$)/, T.Text, '#pop'),
    r(/[ ]+/, T.Text),
    mixin('descriptors'),
    mixin('block_nodes'),
    mixin('flow_nodes'),
    r(`(?=${PLAIN_SCALAR_START}|[?:-][^ \\t\\n\\r\\f\\v])`, (lx) => (lx.token(T.NameVariable), lx.push('plain_scalar_in_block_context'))),
  ],
  descriptors: [
    r(/!<[0-9A-Za-z;\/?:@&=+$,_.!~*'()\[\]%-]+>/, T.KeywordType),
    r(/(?:![\w-]+)?!(?:[\w;\/?:@&=+$,.!~*'()\[\]%-]*)/, T.KeywordType),
    r(/&[\p{L}\p{Nl}\p{Nd}_-]+/u, T.NameLabel),
    r(/\*[\p{L}\p{Nl}\p{Nd}_-]+/u, T.NameVariable),
  ],
  block_nodes: [
    r(implicitKey, (lx, m) => (lx.groups(T.NameAttribute, T.PunctuationIndicator), lx.setIndent(m[0], true))),
    r(/[|>][+-]?/, (lx) => (lx.token(T.PunctuationIndicator), lx.push('block_scalar_content'), lx.push('block_scalar_header'))),
  ],
  flow_nodes: [
    r(/\[/, T.PunctuationIndicator, 'flow_sequence'),
    r(/\{/, T.PunctuationIndicator, 'flow_mapping'),
    r(/'/, T.StrSingle, 'single_quoted_scalar'),
    r(/"/, T.StrDouble, 'double_quoted_scalar'),
  ],
  flow_collection: [
    r(/\s+/s, T.Text),
    mixin('basic'),
    r(/[?:,]/, T.PunctuationIndicator),
    mixin('descriptors'),
    mixin('flow_nodes'),
    r(`(?=${PLAIN_SCALAR_START})`, (lx) => lx.push('plain_scalar_in_flow_context')),
  ],
  flow_sequence: [r(/\]/, T.PunctuationIndicator, '#pop'), mixin('flow_collection')],
  flow_mapping: [r(/\}/, T.PunctuationIndicator, '#pop'), mixin('flow_collection')],
  block_scalar_content: [
    r(/\n+/, T.Text),
    r(/^[ ]+$/, (lx, m) => {
      const mark = lx.blockScalarIndent ?? m[0].length;
      lx.token(T.Text, m[0].slice(0, mark));
      // Ruby's `text[mark..-1]`: nil past either end (a header can make the mark negative).
      const from = mark < 0 ? m[0].length + mark : mark;
      if (from >= 0) lx.token(T.NameConstant, m[0].slice(from));
    }),
    r(/^[ ]*/, (lx, m) => {
      lx.token(T.Text);
      const size = m[0].length;
      const dedentLevel = lx.blockScalarIndent ?? lx.indent();
      lx.blockScalarIndent ??= size;
      if (size < dedentLevel) {
        lx.saveIndent(m[0]);
        lx.pop();
        lx.push('indentation');
      }
    }),
    r(/[^\n\r\f\v]+/, T.Str),
  ],
  block_scalar_header: [
    r(/(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)/, (lx, m) => {
      lx.blockScalarIndent = undefined;
      lx.goto('ignored_line');
      if (m[0] === '') return;
      // Rouge's `m[1] || m[2]` is the whole indicator (`''` is true in Ruby), read by `to_i`.
      lx.blockScalarIndent = lx.indent() + toI(m[1]!);
      lx.token(T.PunctuationIndicator);
    }),
  ],
  ignored_line: [mixin('basic'), r(/[ ]+/, T.Text), r(/\n/, T.Text, '#pop')],
  quoted_scalar_whitespaces: [
    r(/^[ ]+/, T.Text),
    r(/[ ]+$/, T.Text),
    r(/\n+/s, T.Text),
    r(/[ ]+/, T.NameVariable),
  ],
  single_quoted_scalar: [
    mixin('quoted_scalar_whitespaces'),
    r(/\\'/, T.StrEscape),
    r(/'/, T.Str, '#pop'),
    r(/[^\s']+/, T.Str),
  ],
  double_quoted_scalar: [
    r(/"/, T.Str, '#pop'),
    mixin('quoted_scalar_whitespaces'),
    r(/\\[0abt\tn\nvfre "\\N_LP]/, T.StrEscape),
    r(/\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/, T.StrEscape),
    r(/[^ \t\n\r\f\v"\\]+/, T.Str),
  ],
  plain_scalar_in_block_context_new_line: [
    r(/^[ ]+\n/, T.Text),
    r(/\n+/s, T.Text),
    r(/^(?=---|\.\.\.)/, (lx) => lx.pop(3)),
    r(/^[ ]*/, (lx, m) => {
      lx.token(T.Text);
      lx.pop();
      if (m[0].length <= lx.indent()) {
        lx.pop();
        lx.saveIndent(m[0]);
        lx.push('indentation');
      }
    }),
  ],
  plain_scalar_in_block_context: [
    r(/[ ]*(?=:[ \n]|:$)/, T.Text, '#pop'),
    r(/[ ]*:\S+/, T.Str),
    r(/[ ]+(?=#)/, T.Text, '#pop'),
    r(/[ ]+$/, T.Text),
    r(/\n+/, (lx) => (lx.token(T.Text), lx.push('plain_scalar_in_block_context_new_line'))),
    r(/[ ]+/, T.Str),
    r(/true|false|null/, T.NameConstant),
    r(/\d+(?:\.\d+)?(?=(\r?\n)| +#)/, T.Num, '#pop'),
    r(/[^\s:]+/, T.Str),
  ],
  plain_scalar_in_flow_context: [
    r(/[ ]*(?=[,:?\[\]{}])/, T.Text, '#pop'),
    r(/[ ]+(?=#)/, T.Text, '#pop'),
    r(/^[ ]+/, T.Text),
    r(/[ ]+$/, T.Text),
    r(/\n+/, T.Text),
    r(/[ ]+/, T.NameVariable),
    r(/[^\s,:?\[\]{}]+/, T.NameVariable),
  ],
  yaml_directive: [r(/([ ]+)(\d+\.\d+)/, (lx) => (lx.groups(T.Text, T.Num), lx.goto('ignored_line')))],
  tag_directive: [
    r(/([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;\/?:@&=+$,.!~*'()\[\]%-]+)/, (lx) => {
      lx.groups(T.Text, T.KeywordType, T.Text, T.KeywordType);
      lx.goto('ignored_line');
    }),
  ],
});

export class YamlLexer extends RegexLexer {
  protected readonly grammar: Grammar<never> = GRAMMAR;
  private indentStack: number[] = [0];
  private nextIndent = 0;
  blockScalarIndent: number | undefined;

  protected override start(): void {
    this.resetIndent();
  }

  resetIndent(): void {
    this.indentStack = [0];
    this.nextIndent = 0;
    this.blockScalarIndent = undefined;
  }

  indent(): number {
    const top = this.indentStack[this.indentStack.length - 1];
    if (top === undefined) throw new RougeError('empty indent stack!');
    return top;
  }

  /** A possible indentation level: the spaces, split where they go past the level dedented to. */
  saveIndent(match: string): [string, string] {
    this.nextIndent = match.length;
    if (this.nextIndent < this.indent()) {
      while (this.nextIndent < this.indent()) this.indentStack.pop();
      return [match.slice(0, this.indent()), match.slice(this.indent())];
    }
    return [match, ''];
  }

  continueIndent(match: string): void {
    this.nextIndent += match.length;
  }

  setIndent(match: string, implicit = false): void {
    if (this.indent() < this.nextIndent) this.indentStack.push(this.nextIndent);
    if (!implicit) this.nextIndent += match.length;
  }
}
