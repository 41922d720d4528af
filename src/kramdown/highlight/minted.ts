import type { SyntaxHighlighterOptions } from '../options.ts';
import { truthy } from './rouge-format.ts';

/** kramdown's Minted highlighter: LaTeX, raw, from the shared options only. It leaves `default_lang` unset. */
export function minted(code: string, lang: string | undefined, type: 'block' | 'span', opts: SyntaxHighlighterOptions): string | undefined {
  const name = lang ?? (truthy(opts.default_lang) ? String(opts.default_lang) : undefined);
  if (name === undefined) return undefined;
  if (type === 'span') return `\\mintinline{${name}}{${code}}`;
  const flags = [
    ...(truthy(opts['wrap']) ? ['breaklines'] : []),
    ...(truthy(opts.line_numbers) ? ['linenos'] : []),
    ...(truthy(opts['frame']) ? [`frame=${String(opts['frame'])}`] : []),
  ];
  return `\\begin{minted}[${flags.join(',')}]{${name}}\n${code}\n\\end{minted}`;
}
