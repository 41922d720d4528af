import { type Context, type Emitter, type Liquid, type Parser, Tag, type TagToken, type Template, TokenKind, type TopLevelToken } from 'liquidjs';
import { JekyllTagError } from './_tag-error.ts';
import { peekToken } from '../parse-template.ts';

type HtmlToken = TopLevelToken & { trimLeft: number; input: string; begin: number; end: number };

/**
 * Liquid 5.4's `{% raw %}…{% endraw %}` (liquid/tags/raw.rb): the text between, as written.
 * liquidjs's tokenizer already keeps it in one piece; what differs is kept as Ruby Liquid has it:
 * arguments are a syntax error, and the whitespace control of the tags works as Ruby's parser
 * lets it: `{% raw -%}` trims the text after `{% endraw %}` (not the raw text), `{% endraw -%}`
 * trims nothing. The text is written as the post's own, so it maps character by character.
 */
export class RawTag extends Tag {
  private readonly body: (Template | string)[] = [];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    if (!/^[ \t\r\n\f\v]*$/.test(token.args)) {
      throw new JekyllTagError("Liquid syntax error: Syntax Error in 'raw' - Valid syntax: raw", 'liquid-syntax', token);
    }
    for (;;) {
      const next = remainTokens.shift();
      if (next === undefined) throw new JekyllTagError("Liquid syntax error: 'raw' tag was never closed", 'liquid-syntax', token);
      if (next.kind === TokenKind.Tag && (next as TagToken).name === 'endraw') {
        const after = peekToken(remainTokens);
        if (after?.kind === TokenKind.HTML) {
          const html = after as HtmlToken;
          if (token.trimRight) html.trimLeft = /^[ \t\n\v\f\r\0]*/.exec(html.input.slice(html.begin, html.end))?.[0].length ?? 0;
          else if ((next as TagToken).trimRight) html.trimLeft = 0;
        }
        return;
      }
      // The tokenizer gives the raw text as one HTML token (the post's text); anything else is written as it is.
      this.body.push(next.kind === TokenKind.HTML ? parser.parseToken(next, remainTokens) : next.getText());
    }
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    for (const part of this.body) {
      if (typeof part === 'string') emitter.write(part);
      else yield this.liquid.renderer.renderTemplates([part], ctx, emitter);
    }
  }
}
