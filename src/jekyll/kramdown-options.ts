import type { KramdownOptions } from '../kramdown/options.ts';
import { readKramdownOptions } from './_read-kramdown-options.ts';
import type { JekyllSite } from './site.ts';

/**
 * The kramdown options a Jekyll 4.3 site converts its posts with: the site's `kramdown:` hash
 * (Jekyll's defaults under it) through Jekyll's `KramdownParser#setup` (`syntax_highlighter`
 * from `highlighter` when unset, `syntax_highlighter_opts.default_lang` `plaintext`,
 * `guess_lang` from `kramdown.guess_lang`, the legacy `coderay:` keys) and kramdown's
 * `Options.merge`, each value parsed for its type as kramdown parses it (`'true'`, `'0x10'`,
 * `':numeric'`, `'1..3'`, `'lsquo,rsquo,ldquo,rdquo'`). A value kramdown would raise on gives
 * the default; `createJekyllSite` has reported it in `site.problems`. Pure; never throws.
 */
export function kramdownOptionsOf(site: JekyllSite): KramdownOptions {
  return readKramdownOptions(site.config).options;
}
