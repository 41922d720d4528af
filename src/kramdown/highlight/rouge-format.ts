import { sprintfInteger } from './sprintf-integer.ts';

/** Ruby's truthiness: only `nil` and `false` are false (`0` and `''` are true). */
export const truthy = (value: unknown): boolean => value !== undefined && value !== null && value !== false;

/** `opts.fetch(key, fallback)`: a given `null` stays `nil`. */
const fetch = (opts: Record<string, unknown>, key: string, fallback: unknown): unknown => (opts[key] === undefined ? fallback : opts[key]);

/** Ruby's `"#{value}"`. */
const interpolate = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** Rouge's HTML formatter escapes these three only: quotes stay as they are. */
export const escapeCode = (code: string): string => code.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** Formatters kramdown can name that Rouge has, which output other than HTML or fail on kramdown's call. */
const UNSUPPORTED = new Set([
  'HTMLInline',
  'HTMLLineHighlighter',
  'HTMLLineTable',
  'HTMLLinewise',
  'HTMLPygments',
  'HTMLTable',
  'Null',
  'Terminal256',
  'TerminalTruecolor',
  'Tex',
]);

/**
 * kramdown's `formatter_class`: `HTMLLegacy` unless `formatter` names a constant; a name Rouge
 * lacks falls back to plain `HTML` (the tokens, unwrapped).
 */
export function formatterOf(formatter: unknown): 'HTMLLegacy' | 'HTML' {
  if (typeof formatter !== 'string' || !/^\p{Uppercase}[\p{L}\p{M}\p{Nd}_]*$/u.test(formatter)) return 'HTMLLegacy';
  if (formatter === 'HTMLLegacy') return 'HTMLLegacy';
  if (UNSUPPORTED.has(formatter)) throw new Error(`syntax_highlighter_opts.formatter ${formatter} is not supported`);
  return 'HTML';
}

/** Rouge's `HTMLTable` around the formatted code: a gutter of line numbers, one per line of `code`. */
function lineTable(code: string, formatted: string, opts: Record<string, unknown>): string {
  const start = fetch(opts, 'start_line', 1);
  const format = fetch(opts, 'line_format', '%i');
  if (typeof start !== 'number' || !Number.isInteger(start)) throw new TypeError(`start_line must be an integer, not ${JSON.stringify(start)}`);
  if (typeof format !== 'string') throw new TypeError(`line_format must be a string, not ${JSON.stringify(format)}`);
  let lines = code.split('\n').length - 1;
  if (!code.endsWith('\n')) {
    lines++;
    formatted += '\n';
  }
  let numbers = '';
  for (let i = 0; i < lines; i++) numbers += `${sprintfInteger(format, start + i)}\n`;
  return (
    `<table class="${interpolate(fetch(opts, 'table_class', 'rouge-table'))}"><tbody><tr>` +
    `<td class="${interpolate(fetch(opts, 'gutter_class', 'rouge-gutter'))} gl"><pre class="lineno">${numbers}</pre></td>` +
    `<td class="${interpolate(fetch(opts, 'code_class', 'rouge-code'))}"><pre>${formatted}</pre></td>` +
    '</tr></tbody></table>'
  );
}

/**
 * Rouge's `HTMLLegacy` formatter (with kramdown's `css_class` default) around `tokens`, the
 * formatted code: `line_numbers` adds the table, `wrap` (false for spans) the
 * `<div class="highlight"><pre class="…"><code>`.
 */
export function htmlLegacy(code: string, tokens: string, opts: Record<string, unknown>): string {
  let html = truthy(opts['line_numbers']) ? lineTable(code, tokens, opts) : tokens;
  if (truthy(fetch(opts, 'wrap', true))) {
    html = `<div class="highlight"><pre class="${interpolate(opts['css_class'])}"><code>${html}</code></pre></div>`;
  }
  return html;
}
