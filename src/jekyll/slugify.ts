/** The modes of Jekyll's `Utils.slugify`; any other leaves the text as it is, lower-cased unless `cased`. */
export type SlugifyMode = 'raw' | 'default' | 'pretty' | 'ascii' | 'latin' | (string & {});

export interface SlugifyOptions {
  /** (default: `'default'`) */
  mode?: SlugifyMode | null;
  /** Keep upper-case letters (default: `false`). */
  cased?: boolean;
}

// Utils::SLUGIFY_*_REGEXP, with Ruby's `\s` (ASCII white space).
const REPLACED: Readonly<Record<string, RegExp>> = {
  raw: /[\t\n\v\f\r ]+/g,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g,
  latin: /[^\p{M}\p{L}\p{Nd}]+/gu,
};

/**
 * I18n.transliterate with only the `:en` locale, as Jekyll sets it: Latin letters lose their
 * accents (`é` → `e`, `ß` → `ss`, `Æ` → `AE`); every other non-ASCII character becomes `?`.
 */
function transliterate(text: string): string {
  const special: Record<string, string> = { ß: 'ss', Æ: 'AE', æ: 'ae', Ø: 'O', ø: 'o', Œ: 'OE', œ: 'oe', Ð: 'D', ð: 'd', Þ: 'TH', þ: 'th', Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŀ: 'L', ŀ: 'l', Ŧ: 'T', ŧ: 't' };
  let out = '';
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) out += char;
    else if (special[char] !== undefined) out += special[char];
    else {
      const base = char.normalize('NFD').replace(/\p{M}+/gu, '');
      out += /^[\x20-\x7e]+$/.test(base) ? base : '?';
    }
  }
  return out;
}

/**
 * Jekyll's `Utils.slugify(string, mode:, cased:)`: runs of the characters the mode does not keep
 * become one `-`, a `-` at either end of a line is dropped, and the result is lower-cased unless
 * `cased`. `null` gives `null`, as Ruby's `nil`.
 */
export function slugify(text: string | null | undefined, options: SlugifyOptions = {}): string | null {
  if (text === null || text === undefined) return null;
  const mode = options.mode ?? 'default';
  const pattern = Object.prototype.hasOwnProperty.call(REPLACED, mode) ? REPLACED[mode] : undefined;
  if (pattern === undefined) return options.cased ? text : text.toLowerCase();
  const source = mode === 'latin' ? transliterate(text) : text;
  // `gsub!(/^-|-$/i, "")`: Ruby's ^ and $ are line anchors, at `\n` only.
  const slug = source.replace(pattern, '-').replace(/(?<![^\n])-|-(?![^\n])/g, '');
  return options.cased ? slug : slug.toLowerCase();
}
