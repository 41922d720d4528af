import {
  type Parsed,
  parseBoolean,
  parseForbiddenInlineOptions,
  parseGfmQuirks,
  parseInteger,
  parseLinkDefs,
  parseOptionHash,
  parseSmartQuotes,
  parseString,
  parseSymbol,
  parseTocLevels,
  parseTypographicSymbols,
} from './option-parse.ts';
import type { KramdownOptions } from './options.ts';
import type { ParseState } from './state.ts';

type Name = keyof KramdownOptions;

/** kramdown's Options.parse for each option an inline `{::options}` may set, by its type and validator. */
const PARSERS: { [K in Name]: (value: string) => Parsed<unknown> } = {
  input: (v) => ({ value: parseString(v) }),
  auto_ids: (v) => ({ value: parseBoolean(v) }),
  auto_id_stripping: (v) => ({ value: parseBoolean(v) }),
  auto_id_prefix: (v) => ({ value: parseString(v) }),
  transliterated_header_ids: (v) => ({ value: parseBoolean(v) }),
  parse_block_html: (v) => ({ value: parseBoolean(v) }),
  parse_span_html: (v) => ({ value: parseBoolean(v) }),
  html_to_native: (v) => ({ value: parseBoolean(v) }),
  link_defs: parseLinkDefs,
  footnote_nr: (v) => parseInteger('footnote_nr', v),
  entity_output: (v) => ({ value: parseSymbol(v) }),
  toc_levels: parseTocLevels,
  smart_quotes: parseSmartQuotes,
  typographic_symbols: parseTypographicSymbols,
  header_offset: (v) => parseInteger('header_offset', v),
  syntax_highlighter: (v) => ({ value: parseSymbol(v) }),
  syntax_highlighter_opts: (v) => parseOptionHash('syntax_highlighter_opts', v),
  math_engine: (v) => ({ value: parseSymbol(v) }),
  math_engine_opts: (v) => parseOptionHash('math_engine_opts', v),
  footnote_backlink: (v) => ({ value: parseString(v) }),
  footnote_backlink_inline: (v) => ({ value: parseBoolean(v) }),
  footnote_prefix: (v) => ({ value: parseString(v) }),
  remove_line_breaks_for_cjk: (v) => ({ value: parseBoolean(v) }),
  forbidden_inline_options: parseForbiddenInlineOptions,
  hard_wrap: (v) => ({ value: parseBoolean(v) }),
  gfm_quirks: parseGfmQuirks,
  gfm_emojis: (v) => ({ value: parseBoolean(v) }),
};

/** Options kramdown knows that change nothing in the HTML: accepted, and ignored. */
const WITHOUT_EFFECT = new Set(['template', 'line_width', 'latex_headers', 'remove_block_html_tags', 'remove_span_html_tags', 'list_indent']);

/**
 * `{::options key="value" /}`: kramdown sets the option for the rest of the parse and for the
 * whole conversion. Returns the warning kramdown gives, if any.
 */
export function applyInlineOption(state: ParseState, key: string, text: string): string | undefined {
  if (WITHOUT_EFFECT.has(key)) return undefined;
  if (!Object.hasOwn(PARSERS, key)) return `Unknown kramdown option '${key}'`;
  const name = key as Name;
  if (state.options.forbidden_inline_options.includes(name) || name === 'forbidden_inline_options') return `Option ${name} may not be set inline`;
  const parsed = PARSERS[name](text);
  // kramdown drops a value it cannot parse without a word.
  if ('error' in parsed) return undefined;
  (state.options as Record<Name, unknown>)[name] = parsed.value;
  (state.inlineOptions as Record<Name, unknown>)[name] = parsed.value;
  return undefined;
}
