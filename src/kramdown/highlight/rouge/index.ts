/**
 * A port of Rouge 3.30's lexing engine and of the lexers the shared sites use, with its HTML
 * formatter's token markup: what Jekyll's `{% highlight %}` and kramdown's Rouge highlighter
 * put inside `<code>`.
 */
import { RougeError, TokenSink } from './engine.ts';
import { formatHtml } from './format.ts';
import { LEXERS } from './registry.ts';

/** The Rouge tags (not aliases: see `findLexer`) whose lexers are ported. */
export const PORTED_LEXERS: readonly string[] = Object.keys(LEXERS);

/**
 * `Rouge::Formatters::HTML.new.format(lexer.lex(code))` for the Rouge lexer tagged `lexerTag`
 * (a tag, as `findLexer` returns it, with no options): the token `<span>`s, escaped, that go
 * inside `<code>`; `undefined` when that lexer is not ported, or where Rouge raises (Ruby's
 * `%\…\`): Jekyll's build fails there, and a caller falls back to the escaped code.
 */
export function rougeTokenHtml(code: string, lexerTag: string): string | undefined {
  if (!Object.hasOwn(LEXERS, lexerTag)) return undefined;
  const make = LEXERS[lexerTag]!;
  const sink = new TokenSink();
  try {
    make().lex(code, sink);
  } catch (error) {
    if (error instanceof RougeError) return undefined;
    throw error;
  }
  return formatHtml(sink.tokens);
}
