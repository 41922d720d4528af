import { escapeCode } from '../rouge-format.ts';
import { T, type Token } from './tokens.ts';

/**
 * Rouge's `Formatters::HTML#format` on a token stream: each token a `<span class="…">` of its
 * escaped text (`&`, `<`, `>` only), `Text` bare. Escape tokens come out as errors, as
 * `Formatter#filter_escapes` makes them when escaping is off (it is, for kramdown and Jekyll).
 */
export function formatHtml(tokens: readonly (readonly [Token, string])[]): string {
  let html = '';
  for (const [token, value] of tokens) {
    const text = escapeCode(value);
    const name = token === T.Escape ? T.Error : token;
    html += name === T.Text ? text : `<span class="${name}">${text}</span>`;
  }
  return html;
}
