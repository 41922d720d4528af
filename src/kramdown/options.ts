/**
 * kramdown's options as Jekyll 4.3 runs them: kramdown's own defaults (kramdown/options.rb),
 * then Jekyll's `kramdown:` defaults (jekyll/configuration.rb), then the site's `_config.yml`.
 * Names are kramdown's, so a `_config.yml` reads across one to one.
 */
export type EntityOutput = 'as_char' | 'as_input' | 'numeric' | 'symbolic';
export type SmartQuoteName = 'lsquo' | 'rsquo' | 'ldquo' | 'rdquo';
/** An entity name (`'lsquo'`, `'apos'`) or a code point (`8216`), as kramdown's `smart_quotes` takes them. */
export type SmartQuote = string | number;
export type TypographicSymbolName = 'hellip' | 'mdash' | 'ndash' | 'laquo' | 'raquo' | 'laquo_space' | 'raquo_space';

export interface SyntaxHighlighterOptions {
  /** (default: `'plaintext'`, Jekyll's) */
  default_lang?: string;
  /** (default: `true`, Jekyll's `kramdown.guess_lang`) */
  guess_lang?: boolean;
  /** Rouge: do not highlight at all (default: `false`). */
  disable?: boolean;
  css_class?: string;
  line_numbers?: boolean;
  /** Options for code spans only, over the rest. */
  span?: Omit<SyntaxHighlighterOptions, 'span' | 'block'>;
  /** Options for code blocks only, over the rest. */
  block?: Omit<SyntaxHighlighterOptions, 'span' | 'block'>;
  [key: string]: unknown;
}

export interface KramdownOptions {
  /** `GFM` (Jekyll's default) or `kramdown`. */
  input: 'GFM' | 'kramdown';
  auto_ids: boolean;
  auto_id_stripping: boolean;
  auto_id_prefix: string;
  transliterated_header_ids: boolean;
  parse_block_html: boolean;
  parse_span_html: boolean;
  html_to_native: boolean;
  /** Link definitions given up front: id → [url, title?]. */
  link_defs: Record<string, [string, string?]>;
  footnote_nr: number;
  entity_output: EntityOutput;
  toc_levels: number[];
  /** The entity names (or code points) for ‘ ’ “ ”, in that order. */
  smart_quotes: [string | number, string | number, string | number, string | number];
  /** Replacement text per symbol (kramdown's `typographic_symbols`). */
  typographic_symbols: Partial<Record<TypographicSymbolName, string>>;
  header_offset: number;
  /** `rouge` (default), or `null`/`nil` for none. */
  syntax_highlighter: string | null;
  syntax_highlighter_opts: SyntaxHighlighterOptions;
  /** `mathjax` (default), or `null` for kramdown's own `kdmath` output. */
  math_engine: string | null;
  math_engine_opts: Record<string, unknown>;
  footnote_backlink: string;
  footnote_backlink_inline: boolean;
  footnote_prefix: string;
  remove_line_breaks_for_cjk: boolean;
  forbidden_inline_options: string[];
  /** GFM parser only. */
  hard_wrap: boolean;
  /** GFM parser only: `paragraph_end`, `no_auto_typographic`. */
  gfm_quirks: string[];
  gfm_emojis: boolean;
}

/** kramdown's defaults with Jekyll's `kramdown:` defaults over them: what a site without options gets. */
export const JEKYLL_KRAMDOWN_DEFAULTS: Readonly<KramdownOptions> = Object.freeze({
  input: 'GFM',
  auto_ids: true,
  auto_id_stripping: false,
  auto_id_prefix: '',
  transliterated_header_ids: false,
  parse_block_html: false,
  parse_span_html: true,
  html_to_native: false,
  link_defs: {},
  footnote_nr: 1,
  entity_output: 'as_char',
  toc_levels: [1, 2, 3, 4, 5, 6],
  smart_quotes: ['lsquo', 'rsquo', 'ldquo', 'rdquo'],
  typographic_symbols: {},
  header_offset: 0,
  syntax_highlighter: 'rouge',
  syntax_highlighter_opts: { default_lang: 'plaintext', guess_lang: true },
  math_engine: 'mathjax',
  math_engine_opts: {},
  footnote_backlink: '&#8617;',
  footnote_backlink_inline: false,
  footnote_prefix: '',
  remove_line_breaks_for_cjk: false,
  forbidden_inline_options: ['template'],
  hard_wrap: false,
  gfm_quirks: ['paragraph_end'],
  gfm_emojis: false,
}) as KramdownOptions;
