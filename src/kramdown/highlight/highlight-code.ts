import type { SyntaxHighlighterOptions } from '../options.ts';
import { minted } from './minted.ts';
import { rouge } from './rouge.ts';
import { rougeTokenHtml } from './rouge/index.ts';

/** A user hook: the HTML token markup for `code` (escaped by the hook) in the lexer `lang` (Rouge's tag), or `undefined` to fall back. */
export type Highlighter = (code: string, lang: string) => string | undefined;

export interface HighlightResult {
  html: string;
  /** kramdown's `hl_opts[:default_lang]`: the converter's class is `language-(lang || defaultLang)`. */
  defaultLang: string | undefined;
}

export interface HighlightOptions {
  syntax_highlighter: string | null;
  syntax_highlighter_opts: SyntaxHighlighterOptions;
  /**
   * Write Rouge's token `<span>`s with article-kit's port of Rouge's lexers (`rougeTokenHtml`)
   * when no hook gives markup and the lexer is ported (default: `false`: the code only escaped).
   */
  rougeTokens?: boolean;
}

/**
 * kramdown's `highlight_code(text, lang, type)`: the highlighted HTML that replaces the code's
 * plain `<pre><code>` (block) or the contents of `<code>` (span), or `undefined` where kramdown
 * returns `nil` and falls back to them. Rouge's token `<span>`s are left out, unless `hook`
 * supplies markup for the code or `options.rougeTokens` asks for the port's.
 * @throws {AmbiguousLexerError} for a `guess` that fits several lexers (Jekyll's build fails there).
 */
export function highlightCode(
  code: string,
  lang: string | undefined,
  type: 'block' | 'span',
  options: HighlightOptions,
  hook?: Highlighter,
): HighlightResult | undefined {
  switch (options.syntax_highlighter) {
    case 'rouge':
      return rouge(code, lang, type, options.syntax_highlighter_opts, options.rougeTokens === true ? (c, l) => hook?.(c, l) ?? rougeTokenHtml(c, l) : hook);
    case 'minted': {
      const html = minted(code, lang, type, options.syntax_highlighter_opts);
      return html === undefined ? undefined : { html, defaultLang: undefined };
    }
    default:
      // kramdown warns that the highlighter is not available, and highlights nothing.
      return undefined;
  }
}
