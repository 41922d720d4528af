/**
 * @internal The kramdown options a Jekyll 4.3 site converts posts with, and what is wrong with
 * them: Jekyll's `KramdownParser#setup` (converters/markdown/kramdown_parser.rb) on the site's
 * `kramdown:` hash, then kramdown's `Options.merge` (kramdown/options.rb), each option through
 * `Options.parse` and its validator.
 */
import { entityByName } from '../kramdown/entities.ts';
import {
  JEKYLL_KRAMDOWN_DEFAULTS,
  type EntityOutput,
  type KramdownOptions,
  type SmartQuote,
  type SyntaxHighlighterOptions,
  type TypographicSymbolName,
} from '../kramdown/options.ts';
import {
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
  simpleArray,
  symbolizeKeys,
  type Parsed,
} from '../kramdown/option-parse.ts';
import { hasOwn, isHash, rubyClass, rubyToS, setOwn, truthy } from '../ruby/values.ts';
import { jekyllDefaults } from './defaults.ts';
import type { JekyllConfig, SiteProblem } from './site.ts';

export interface KramdownRead {
  options: KramdownOptions;
  problems: SiteProblem[];
}

/** KramdownParser::CODERAY_DEFAULTS, merged into the highlighter options by the legacy `coderay:` key. */
const CODERAY_DEFAULTS = { css: 'style', bold_every: 10, line_numbers: 'inline', line_number_start: 1, tab_width: 4, wrap: 'div' };

const ENTITY_OUTPUTS = new Set<string>(['as_char', 'as_input', 'numeric', 'symbolic']);
const TYPOGRAPHIC_SYMBOLS = new Set<string>(['hellip', 'mdash', 'ndash', 'laquo', 'raquo', 'laquo_space', 'raquo_space']);

/** kramdown's own defaults, where Jekyll's `kramdown:` defaults differ from them (`kramdown: false` gives these). */
const KRAMDOWN_OWN = { input: 'kramdown', hard_wrap: true } as const;

interface State {
  config: JekyllConfig;
  problems: SiteProblem[];
}

/**
 * `invalid`: kramdown or Jekyll raises on it (an error); `unsupported`: Jekyll does something
 * article-kit does not reproduce; `unknown`: kramdown knows no such value and quietly does
 * something else, which article-kit reproduces (both warnings).
 */
type Kind = 'invalid' | 'unsupported' | 'unknown';

function problem(state: State, kind: Kind, name: string, message: string): void {
  state.problems.push({
    ruleId: `kramdown-option-${kind === 'unknown' ? 'unknown-value' : kind}`,
    severity: kind === 'invalid' ? 'error' : 'warning',
    message,
    key: name === '' ? 'kramdown' : `kramdown.${name}`,
  });
}

/** A parsed value, or the fallback with the error kramdown would raise, reported. */
function valueOr<T>(state: State, name: string, parsed: Parsed<T>, fallback: T): T {
  if ('value' in parsed) return parsed.value;
  problem(state, 'invalid', name, `${parsed.error}: Jekyll stops`);
  return fallback;
}

/** KramdownParser#highlighter: `syntax_highlighter`, else `coderay` for `enable_coderay`, else the site's `highlighter`. */
function highlighterOf(hash: Record<string, unknown>, config: JekyllConfig): unknown {
  if (truthy(hash['syntax_highlighter'])) return hash['syntax_highlighter'];
  if (hasOwn(hash, 'enable_coderay') && truthy(hash['enable_coderay'])) return 'coderay';
  return truthy(config.highlighter) ? config.highlighter : 'rouge';
}

/** The kramdown hash after KramdownParser#setup and #modernize_coderay_config, string keys as Jekyll has them. */
function jekyllSetup(state: State): Record<string, unknown> {
  const raw = state.config.kramdown;
  let hash: Record<string, unknown>;
  if (isHash(raw)) hash = { ...raw };
  else if (!truthy(raw)) hash = {};
  else {
    problem(state, 'invalid', '', `\`kramdown\` must be a mapping, not a ${rubyClass(raw)}: Jekyll stops`);
    hash = { ...(jekyllDefaults()['kramdown'] as Record<string, unknown>) };
  }
  setOwn(hash, 'syntax_highlighter', highlighterOf(hash, state.config));
  let opts: Record<string, unknown> = {};
  const given = hash['syntax_highlighter_opts'];
  if (isHash(given)) opts = { ...given };
  else if (truthy(given)) problem(state, 'invalid', 'syntax_highlighter_opts', `Invalid type ${rubyClass(given)} for option syntax_highlighter_opts (Jekyll sets keys in it): Jekyll stops`);
  if (!truthy(opts['default_lang'])) setOwn(opts, 'default_lang', 'plaintext');
  setOwn(opts, 'guess_lang', hash['guess_lang']);
  const coderay = hash['coderay'];
  const empty = !truthy(coderay) || coderay === '' || (Array.isArray(coderay) && coderay.length === 0) || (isHash(coderay) && Object.keys(coderay).length === 0);
  if (!empty) {
    if (isHash(coderay)) {
      const merged: Record<string, unknown> = {};
      for (const [key, value] of Object.entries({ ...opts, ...CODERAY_DEFAULTS, ...coderay })) setOwn(merged, key.replace(/^coderay_/, ''), value);
      opts = merged;
    } else problem(state, 'invalid', 'coderay', `Invalid type ${rubyClass(coderay)} for \`kramdown.coderay\`: Jekyll stops`);
  }
  setOwn(hash, 'syntax_highlighter_opts', opts);
  return hash;
}

/** The parser `Kramdown::JekyllDocument` picks: `(input || "kramdown").to_s`, its first letter upcased. */
function inputOf(state: State, hash: Record<string, unknown>): KramdownOptions['input'] {
  const text = rubyToS(truthy(hash['input']) ? hash['input'] : KRAMDOWN_OWN.input);
  const name = text.charAt(0).toUpperCase() + text.slice(1);
  if (name === 'GFM') return 'GFM';
  if (name === 'Kramdown') return 'kramdown';
  if (name === 'Markdown' || name === 'Html') {
    problem(state, 'unsupported', 'input', `kramdown's \`${text}\` parser is not reproduced: posts are read with the kramdown parser`);
    return 'kramdown';
  }
  problem(state, 'invalid', 'input', `kramdown has no parser to handle the specified input format: ${text}: Jekyll stops`);
  return JEKYLL_KRAMDOWN_DEFAULTS.input;
}

/** `entity_output`: kramdown writes any other value (nil included) as it writes `numeric`. */
function entityOutputOf(state: State, hash: Record<string, unknown>): EntityOutput {
  if (!hasOwn(hash, 'entity_output')) return 'as_char';
  const name = parseSymbol(hash['entity_output']);
  if (name !== null && ENTITY_OUTPUTS.has(name)) return name as EntityOutput;
  problem(state, 'unknown', 'entity_output', `kramdown knows no entity_output \`${name ?? 'nil'}\`: it writes entities as with \`numeric\``);
  return 'numeric';
}

/** `syntax_highlighter`: only Rouge is reproduced; kramdown leaves code unhighlighted for a name it lacks. */
function highlighterName(state: State, value: unknown): string | null {
  const name = parseSymbol(value);
  if (name === null || name === 'rouge') return name;
  if (name === 'minted' || name === 'coderay') {
    const gem = name === 'coderay' ? ' (gem kramdown-syntax-coderay, without which Jekyll stops)' : '';
    problem(state, 'unsupported', 'syntax_highlighter', `The \`${name}\` highlighter${gem} is not reproduced: code is read as not highlighted`);
  } else problem(state, 'unknown', 'syntax_highlighter', `The configured syntax highlighter ${name} is not available: kramdown leaves code unhighlighted`);
  return null;
}

/**
 * `math_engine`: MathJax is kramdown's own. For any other value that is not false or nil, `mathjax`
 * written otherwise included (`":mathjax"`, `"nil"`), Jekyll requires the gem `kramdown-math-<value>`.
 */
function mathEngineName(state: State, value: unknown): string | null {
  const name = parseSymbol(value);
  if (value === 'mathjax' || !truthy(value)) return name;
  problem(state, 'unsupported', 'math_engine', `\`math_engine: ${rubyToS(value)}\` needs the gem kramdown-math-${rubyToS(value)} (without it Jekyll stops) and is not reproduced: math is read as with no engine`);
  return null;
}

/** Rouge's reading of one level of highlighter options: the keys it tests for truth as booleans. */
function highlighterLevel(hash: Record<string, unknown>): SyntaxHighlighterOptions {
  const out: SyntaxHighlighterOptions = {};
  for (const [key, value] of Object.entries(hash)) {
    if (key === 'guess_lang' || key === 'disable' || key === 'line_numbers') out[key] = truthy(value);
    else if (key === 'default_lang' || key === 'css_class') {
      if (truthy(value)) out[key] = rubyToS(value);
    } else setOwn(out, key, value);
  }
  return out;
}

/** `syntax_highlighter_opts` as Rouge reads them: `span` and `block` split off, their keys symbolized. */
function highlighterOptions(state: State, opts: Record<string, unknown>): SyntaxHighlighterOptions {
  const { span, block, ...rest } = opts;
  const out = highlighterLevel(rest);
  for (const [name, value] of [['span', span], ['block', block]] as const) {
    if (!truthy(value)) continue;
    if (isHash(value)) out[name] = highlighterLevel(symbolizeKeys(value));
    else problem(state, 'invalid', `syntax_highlighter_opts.${name}`, `Invalid type ${rubyClass(value)} for \`syntax_highlighter_opts.${name}\`: Rouge fails on the first highlighted code`);
  }
  return out;
}

/** `smart_quotes` as the HTML converter looks them up: a name kramdown lacks fails on the first quote. */
function smartQuotesOf(state: State, list: unknown[]): [SmartQuote, SmartQuote, SmartQuote, SmartQuote] {
  const fallback = JEKYLL_KRAMDOWN_DEFAULTS.smart_quotes;
  const quotes = list.map((entry, i): SmartQuote => {
    if (typeof entry === 'number') return entry;
    if (typeof entry === 'string' && entityByName(entry) !== undefined) return entry;
    problem(state, 'invalid', 'smart_quotes', `Can't handle generic non-integer character reference '${rubyToS(entry)}': kramdown fails on the first post with a quote`);
    return typeof entry === 'string' ? entry : (fallback[i] ?? 'lsquo');
  });
  return quotes as [SmartQuote, SmartQuote, SmartQuote, SmartQuote];
}

function typographicSymbolsOf(symbols: Record<string, string>): KramdownOptions['typographic_symbols'] {
  const out: KramdownOptions['typographic_symbols'] = {};
  // kramdown only ever looks up its own symbol names.
  for (const [name, text] of Object.entries(symbols)) if (TYPOGRAPHIC_SYMBOLS.has(name)) out[name as TypographicSymbolName] = text;
  return out;
}

/** Reads the site's kramdown options. Pure; never throws. */
export function readKramdownOptions(config: JekyllConfig): KramdownRead {
  const state: State = { config, problems: [] };
  const hash = jekyllSetup(state);
  const input = inputOf(state, hash);
  // Jekyll loads kramdown-parser-gfm, and with it its options, only for `input: GFM`.
  const gfm = hash['input'] === 'GFM';
  const has = (name: string): boolean => hasOwn(hash, name);
  const bool = (name: string, fallback: boolean): boolean => (has(name) ? parseBoolean(hash[name]) : fallback);
  const str = (name: string, fallback: string): string => (has(name) ? parseString(hash[name]) : fallback);
  const int = (name: string, fallback: number): number => (has(name) ? valueOr(state, name, parseInteger(name, hash[name]), fallback) : fallback);
  const object = <T>(name: string, parse: (value: unknown) => Parsed<T>, fallback: T): T => (has(name) ? valueOr(state, name, parse(hash[name]), fallback) : fallback);
  const d = JEKYLL_KRAMDOWN_DEFAULTS;

  // Options kramdown checks but that do not change the HTML of a post.
  int('line_width', 72);
  int('list_indent', 2);
  object('latex_headers', (v) => simpleArray('latex_headers', v, 6), []);
  if (str('template', '') !== '') problem(state, 'unsupported', 'template', 'A kramdown template wraps the output; article-kit reads the post without it');

  const smartQuotes = object('smart_quotes', parseSmartQuotes, [...d.smart_quotes] as unknown[]);
  const options: KramdownOptions = {
    input,
    auto_ids: bool('auto_ids', true),
    auto_id_stripping: bool('auto_id_stripping', false),
    auto_id_prefix: str('auto_id_prefix', ''),
    transliterated_header_ids: bool('transliterated_header_ids', false),
    parse_block_html: bool('parse_block_html', false),
    parse_span_html: bool('parse_span_html', true),
    html_to_native: bool('html_to_native', false),
    link_defs: object('link_defs', parseLinkDefs, {}),
    footnote_nr: int('footnote_nr', 1),
    entity_output: entityOutputOf(state, hash),
    toc_levels: object('toc_levels', parseTocLevels, [...d.toc_levels]),
    smart_quotes: smartQuotesOf(state, smartQuotes),
    typographic_symbols: typographicSymbolsOf(object('typographic_symbols', parseTypographicSymbols, {})),
    header_offset: int('header_offset', 0),
    syntax_highlighter: highlighterName(state, hash['syntax_highlighter']),
    syntax_highlighter_opts: highlighterOptions(state, object('syntax_highlighter_opts', (v) => parseOptionHash('syntax_highlighter_opts', v), {})),
    math_engine: has('math_engine') ? mathEngineName(state, hash['math_engine']) : 'mathjax',
    math_engine_opts: object('math_engine_opts', (v) => parseOptionHash('math_engine_opts', v), {}),
    footnote_backlink: str('footnote_backlink', '&#8617;'),
    footnote_backlink_inline: bool('footnote_backlink_inline', false),
    footnote_prefix: str('footnote_prefix', ''),
    remove_line_breaks_for_cjk: bool('remove_line_breaks_for_cjk', false),
    forbidden_inline_options: object('forbidden_inline_options', parseForbiddenInlineOptions, [...d.forbidden_inline_options]),
    hard_wrap: gfm ? bool('hard_wrap', KRAMDOWN_OWN.hard_wrap) : d.hard_wrap,
    gfm_quirks: gfm ? object('gfm_quirks', parseGfmQuirks, [...d.gfm_quirks]) : [...d.gfm_quirks],
    // kramdown-parser-gfm 1.1 has no emoji option: Jekyll's GFM never converts `:emoji:`.
    gfm_emojis: false,
  };
  return { options, problems: state.problems };
}
