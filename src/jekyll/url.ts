import { encodeUri } from './addressable.ts';

/** What `expandUrl` gives: the URL, and the placeholders Jekyll would stop on. */
export interface ExpandedUrl {
  url: string;
  /** Placeholders the template names that Jekyll's URL drop lacks (`NoMethodError`: Jekyll stops), left as written. */
  unknown: string[];
  /** Values Addressable cannot encode (Jekyll stops), kept as written. */
  unencodable: string[];
}

/**
 * `URL.escape_path`: a placeholder's value as a URL path piece, unchanged when it is only ASCII
 * letters, digits, `.`, `/` and `-`; otherwise `Addressable::URI.encode`d, its `#` as `%23`.
 * Undefined when Addressable cannot encode it.
 */
export function escapePath(value: string): string | undefined {
  if (value === '' || /^[a-zA-Z0-9./-]+$/.test(value)) return value;
  return encodeUri(value)?.replace('#', '%23');
}

/** `URL#sanitize_url`: a leading `/`, `..` made `/`, `./` dropped, runs of `/` squeezed. */
export const sanitizeUrl = (url: string): string => `/${url}`.replaceAll('..', '/').replaceAll('./', '').replace(/\/{2,}/g, '/');

/**
 * `URL#generate_url_from_drop` then `sanitize_url`: every `:name` of the template replaced by the
 * escaped value of that placeholder (`:month_` may stand for `:month` and a `_`); a name without
 * a value is reported and left as written.
 */
export function expandUrl(template: string, placeholders: Readonly<Record<string, string>>): ExpandedUrl {
  const unknown: string[] = [];
  const unencodable: string[] = [];
  const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(placeholders, key);
  const url = template.replace(/:([a-z_]+)/g, (match, name: string) => {
    const winner = has(name) ? name : name.endsWith('_') && has(name.slice(0, -1)) ? name.slice(0, -1) : undefined;
    if (winner === undefined) {
      unknown.push(name);
      return match;
    }
    const value = placeholders[winner] ?? '';
    let replacement = escapePath(value);
    if (replacement === undefined) {
      unencodable.push(value);
      replacement = value;
    }
    return replacement + match.slice(winner.length + 1);
  });
  return { url: sanitizeUrl(url), unknown, unencodable };
}
