import type { SyntaxHighlighterOptions } from '../options.ts';
import { findLexer } from './find-lexer.ts';
import { escapeCode, formatterOf, htmlLegacy, truthy } from './rouge-format.ts';
import type { HighlightResult, Highlighter } from './highlight-code.ts';

type Options = Record<string, unknown>;

/** kramdown's `str_to_sym` on option names: ` :css_class ` is `css_class`; `''` and `nil` name nothing. */
function normalizeKeys(options: unknown): Options {
  const out: Options = {};
  if (typeof options !== 'object' || options === null) return out;
  for (const [key, value] of Object.entries(options)) {
    const name = key.trim().replace(/^:/, '');
    if (name !== '' && name !== 'nil') out[name] = value;
  }
  return out;
}

/** kramdown's `prepare_options`: the shared options with the `span` or `block` ones over them; spans never wrap. */
function rougeOptions(options: SyntaxHighlighterOptions, type: 'block' | 'span'): Options {
  const { span, block, ...shared } = normalizeKeys(options);
  const merged = { ...shared, ...normalizeKeys(type === 'span' ? span : block) };
  if (type === 'span') merged['wrap'] = false;
  return merged;
}

interface Prepared {
  opts: Options;
  defaultLang: string | undefined;
  guess: boolean;
  disable: boolean;
}

// kramdown reads the options once per document; here once per options object.
const prepared = new WeakMap<SyntaxHighlighterOptions, { block?: Prepared; span?: Prepared }>();

function prepare(options: SyntaxHighlighterOptions, type: 'block' | 'span'): Prepared {
  let byType = prepared.get(options);
  if (!byType) prepared.set(options, (byType = {}));
  let entry = byType[type];
  if (!entry) {
    const opts = rougeOptions(options, type);
    if (!truthy(opts['css_class'])) opts['css_class'] = 'highlight';
    const defaultLang = truthy(opts['default_lang']) ? String(opts['default_lang']) : undefined;
    entry = byType[type] = { opts, defaultLang, guess: truthy(opts['guess_lang']), disable: truthy(opts['disable']) };
  }
  return entry;
}

/**
 * kramdown's Rouge `call`, the token markup left out unless `hook` gives it. The options are
 * read once per `options` object: pass a new object to change them.
 */
export function rouge(
  code: string,
  lang: string | undefined,
  type: 'block' | 'span',
  options: SyntaxHighlighterOptions,
  hook: Highlighter | undefined,
): HighlightResult | undefined {
  const { opts, defaultLang, guess, disable } = prepare(options, type);
  const name = lang ?? defaultLang;
  if (name === undefined && !guess) return undefined;
  const tag = findLexer(name, code);
  if (disable || tag === undefined || (tag === 'plaintext' && !guess)) return undefined;
  const formatter = formatterOf(opts['formatter']);
  const tokens = hook?.(code, tag) ?? escapeCode(code);
  return { html: formatter === 'HTML' ? tokens : htmlLegacy(code, tokens, opts), defaultLang };
}
