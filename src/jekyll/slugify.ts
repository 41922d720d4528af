import { rubyDowncase } from '../ruby/values.ts';

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

// I18n.transliterate's letters that do not decompose into a letter and marks.
const LATIN_SPECIAL: Record<string, string> = {
  Æ: 'AE', Ð: 'D', '×': 'x', Ø: 'O', Þ: 'Th', ß: 'ss', æ: 'ae', ð: 'd', ø: 'o', þ: 'th', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i',
  Ĳ: 'IJ', ĳ: 'ij', ĸ: 'k', Ŀ: 'L', ŀ: 'l', Ł: 'L', ł: 'l', ŉ: "'n", Ŋ: 'NG', ŋ: 'ng', Œ: 'OE', œ: 'oe', Ŧ: 'T', ŧ: 't',
};

/**
 * I18n.transliterate with only the `:en` locale, as Jekyll sets it: the letters of Latin-1 and
 * Latin Extended-A lose their accents (`é` → `e`, `ß` → `ss`, `Þ` → `Th`); every other non-ASCII
 * character becomes `?`.
 */
function transliterate(text: string): string {
  return text.replace(/[^\0-\x7f]/gu, (char) => {
    const special = LATIN_SPECIAL[char];
    if (special !== undefined) return special;
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xc0 && code <= 0x17e) {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      if (/^[A-Za-z]+$/.test(base)) return base;
    }
    return '?';
  });
}

/** A mode Jekyll's `Utils.slugify` replaces characters in (any other only lower-cases). */
export const isSlugifyMode = (mode: unknown): boolean => typeof mode === 'string' && Object.prototype.hasOwnProperty.call(REPLACED, mode);

/**
 * Jekyll's `Utils.slugify(string, mode:, cased:)`: runs of the characters the mode does not keep
 * become one `-`, a `-` at either end of a line is dropped, and the result is lower-cased unless
 * `cased`. `null` gives `null`, as Ruby's `nil`.
 */
export function slugify(text: string | null | undefined, options: SlugifyOptions = {}): string | null {
  if (text === null || text === undefined) return null;
  const mode = options.mode ?? 'default';
  const pattern = Object.prototype.hasOwnProperty.call(REPLACED, mode) ? REPLACED[mode] : undefined;
  if (pattern === undefined) return options.cased ? text : rubyDowncase(text);
  const source = mode === 'latin' ? transliterate(text) : text;
  // `gsub!(/^-|-$/i, "")`: Ruby's ^ and $ are line anchors, at `\n` only.
  const slug = source.replace(pattern, '-').replace(/(?<![^\n])-|-(?![^\n])/g, '');
  return options.cased ? slug : rubyDowncase(slug);
}
