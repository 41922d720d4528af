import { type Liquid, type Parser, Tag, type TagToken, TokenKind, type TopLevelToken } from 'liquidjs';
import { JekyllTagError } from './_tag-error.ts';

/**
 * Liquid 5.4's `{% comment %}…{% endcomment %}` (liquid/tags/comment.rb): prints nothing, but its
 * body is parsed as Ruby Liquid parses it: a nested `comment` needs its own `endcomment`, `raw`
 * hides what it holds, and the known tags inside are parsed (their syntax errors stop Jekyll);
 * unknown tags are skipped.
 */
export class CommentTag extends Tag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    for (;;) {
      const next = remainTokens.shift();
      if (next === undefined) throw new JekyllTagError("Liquid syntax error: 'comment' tag was never closed", 'liquid-syntax', token);
      if (next.kind !== TokenKind.Tag) continue;
      const { name } = next as TagToken;
      if (name === 'endcomment') return;
      if (Object.prototype.hasOwnProperty.call(liquid.tags, name)) parser.parseToken(next, remainTokens);
    }
  }

  render(): void {}
}
