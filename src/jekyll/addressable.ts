/**
 * @internal The parts of Ruby's Addressable 2.8 (`Addressable::URI`) that Jekyll's URLs go
 * through: `encode` (URL.escape_path) and `parse(…).normalize` (the `absolute_url` and
 * `relative_url` filters).
 */

import { rubyStrip } from '../ruby/values.ts';
import { fromCharCodes } from '../util/push-all.ts';

// Addressable::URI::CharacterClasses, as the characters each component keeps.
const UNRESERVED = 'A-Za-z0-9\\-._~';
const SUB_DELIMS = "!$&'()*+,;=";
const PCHAR = `${UNRESERVED}${SUB_DELIMS}:@`;
const KEEP = {
  scheme: new RegExp(`[^A-Za-z0-9\\-+.]`),
  authority: new RegExp(`[^${PCHAR}\\[\\]:]`),
  path: new RegExp(`[^${PCHAR}/]`),
  query: new RegExp(`[^${PCHAR}/?]`),
  fragment: new RegExp(`[^${PCHAR}/?]`),
  reserved: new RegExp(`[^:/?#\\[\\]@${SUB_DELIMS}${UNRESERVED}]`),
  // NormalizeCharacterClasses
  unreserved: new RegExp(`[^${UNRESERVED}]`),
  pchar: new RegExp(`[^${PCHAR}]`),
  host: new RegExp(`[^${UNRESERVED}${SUB_DELIMS}\\[:\\]]`),
  normalQuery: /[^A-Za-z0-9\-._~!$'()*+,=:@/?%]|%(?!2B|2b)/,
} as const;

/** `URIREGEX` (RFC 3986, appendix B). */
const URI = /^(([^:/?#]+):)?(\/\/([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?$/s;

interface Parts {
  scheme?: string | undefined;
  authority?: string | undefined;
  path: string;
  query?: string | undefined;
  fragment?: string | undefined;
}

function split(text: string): Parts {
  const m = URI.exec(text);
  return { scheme: m?.[2], authority: m?.[4], path: m?.[5] ?? '', query: m?.[7], fragment: m?.[9] };
}

const hex = (byte: number): string => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** The UTF-8 bytes of a character (a lone surrogate as U+FFFD, as Ruby cannot hold one either). */
function utf8(char: string): number[] {
  const code = char.codePointAt(0) ?? 0xfffd;
  const c = code >= 0xd800 && code <= 0xdfff ? 0xfffd : code;
  if (c < 0x80) return [c];
  if (c < 0x800) return [0xc0 | (c >> 6), 0x80 | (c & 63)];
  if (c < 0x10000) return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
  return [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
}

/**
 * `encode_component`: every character the class matches, as its UTF-8 bytes in `%XX`; the
 * escapes of `upcase` characters made upper-case.
 */
function encodeComponent(text: string, replaced: RegExp, upcase = ''): string {
  let out = text.replace(new RegExp(replaced.source, 'gu'), (m) => [...m].flatMap(utf8).map(hex).join(''));
  if (upcase !== '') {
    const escapes = [...upcase].map((c) => hex(c.charCodeAt(0)).slice(1)).join('|');
    out = out.replace(new RegExp(`%(?:${escapes})`, 'gi'), (e) => e.toUpperCase());
  }
  return out;
}

/**
 * `Addressable::URI.encode`: the text split as a URI (scheme, authority, path, query, fragment),
 * each part percent-encoded by its own class. Undefined where Addressable raises (a "scheme" that
 * is not one, a path that cannot be written without one).
 */
export function encodeUri(text: string): string | undefined {
  const parts = split(text);
  const scheme = parts.scheme === undefined ? undefined : encodeComponent(parts.scheme, KEEP.scheme);
  if (scheme !== undefined && !/^[a-z][a-z0-9.+-]*$/i.test(scheme)) return undefined;
  const path = encodeComponent(parts.path, KEEP.path);
  if (parts.authority === undefined && path.startsWith('//')) return undefined;
  if (scheme === undefined && /^(?!\/)[^/:]*:/.test(path)) return undefined;
  return assemble({
    scheme,
    authority: parts.authority === undefined ? undefined : encodeComponent(parts.authority, KEEP.authority),
    path,
    query: parts.query === undefined ? undefined : encodeComponent(parts.query, KEEP.query),
    fragment: parts.fragment === undefined ? undefined : encodeComponent(parts.fragment, KEEP.fragment),
  });
}

function assemble(parts: Parts): string {
  return `${parts.scheme === undefined ? '' : `${parts.scheme}:`}${parts.authority === undefined ? '' : `//${parts.authority}`}${parts.path}${parts.query === undefined ? '' : `?${parts.query}`}${parts.fragment === undefined ? '' : `#${parts.fragment}`}`;
}

const DECODER = new TextDecoder('utf-8', { fatal: true });

/** `unencode`: every `%XX` decoded (but those of `leaveEncoded`), as UTF-8; undefined for invalid UTF-8. */
function unencode(text: string, leaveEncoded = ''): { text: string; valid: boolean } {
  if (!text.includes('%')) return { text, valid: true };
  const bytes: number[] = [];
  const raw = /%[0-9a-f]{2}/iy;
  for (let i = 0; i < text.length; ) {
    raw.lastIndex = i;
    if (raw.test(text)) {
      const byte = Number.parseInt(text.slice(i + 1, i + 3), 16);
      const char = String.fromCharCode(byte);
      if (byte < 0x80 && leaveEncoded.includes(char)) bytes.push(...[...text.slice(i, i + 3)].map((c) => c.charCodeAt(0)));
      else bytes.push(byte);
      i += 3;
    } else {
      const char = String.fromCodePoint(text.codePointAt(i) ?? 0xfffd);
      bytes.push(...utf8(char));
      i += char.length;
    }
  }
  try {
    return { text: DECODER.decode(new Uint8Array(bytes)), valid: true };
  } catch {
    return { text: fromCharCodes(bytes), valid: false };
  }
}

/** `normalize_component`: decoded (but `leaveEncoded`), NFKC-normalised, re-encoded by the class. */
function normalizeComponent(text: string, replaced: RegExp, leaveEncoded = ''): string {
  const decoded = unencode(text, leaveEncoded);
  if (!decoded.valid) {
    // Ruby's `unicode_normalize` raises on invalid UTF-8; Addressable then encodes the bytes as they are.
    let out = '';
    for (const char of decoded.text) out += KEEP.reserved.test(char) ? hex(char.charCodeAt(0)) : char;
    return out;
  }
  return encodeComponent(decoded.text.normalize('NFKC'), replaced, leaveEncoded);
}

/** `URI.normalize_path`: RFC 3986's dot segments removed, Addressable's way. */
function normalizePath(path: string): string {
  let p = path;
  for (let guard = 0; guard < 10_000; guard++) {
    const before = p;
    p = p.replace(/\/\.\/|\/\.$/g, '/');
    if (p === before) {
      const pair = /\/([^/]*)\/\.\.\/|\/([^/]*)\/\.\.$/.exec(p);
      if (pair) {
        const esc = (s: string | undefined): string => (s ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        p = p.replace(new RegExp(`/${esc(pair[1])}/\\.\\./|(/${esc(pair[2])}/\\.\\.$)`, 'g'), '/');
      }
    }
    if (p === before) p = p.replace(/^\.\.?\/?/, '');
    if (p === before) p = p.replace(/^\/\.\.?\/|^(\/\.\.?)+\/?$/g, '/');
    if (p === before) return p;
  }
  return p;
}

const PORTS: Readonly<Record<string, string>> = {
  http: '80', https: '443', ftp: '21', tftp: '69', sftp: '22', ssh: '22', 'svn+ssh': '22', telnet: '23', nntp: '119', gopher: '70', wais: '210', ldap: '389', prospero: '1525',
};

/** IDNA's `to_ascii` for a host, as the URL parser gives it; the host as it is when it has none. */
function asciiHost(host: string): string {
  if (/^[\x00-\x7f]*$/.test(host)) return host;
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return host;
  }
}

function normalizeAuthority(authority: string, scheme: string | undefined): string {
  const userinfo = /^([^[\]]*)@/.exec(authority)?.[1];
  let host = authority.replace(/^([^[\]]*)@/, '').replace(/:([^:@[\]]*?)$/, '');
  const port = /:([^:@[\]]*?)$/.exec(authority)?.[1];
  let out = '';
  if (userinfo !== undefined) {
    const user = /^([^:]*):?/.exec(rubyStrip(userinfo))?.[1] ?? '';
    const password = /:([^\n]*)(?![^\n])/.exec(rubyStrip(userinfo))?.[1];
    const blank = /https?/.test(scheme ?? '') && rubyStrip(user) === '' && (password === undefined || rubyStrip(password) === '');
    const u = blank ? undefined : normalizeComponent(rubyStrip(user), KEEP.unreserved);
    const pw = password === undefined || blank ? undefined : normalizeComponent(rubyStrip(password), KEEP.unreserved);
    if (u !== undefined || pw !== undefined) out += `${u ?? ''}${pw === undefined ? '' : `:${pw}`}@`;
  }
  host = rubyStrip(host);
  if (host !== '') {
    host = asciiHost(unencode(host.toLowerCase()).text);
    if (/[^.]\.$/.test(host)) host = host.slice(0, -1);
    host = normalizeComponent(host, KEEP.host);
  }
  out += host;
  if (port !== undefined && port !== '' && !(scheme !== undefined && PORTS[scheme] === port)) out += `:${port}`;
  return out;
}

/**
 * `Addressable::URI.parse(text).normalize.to_s`: the scheme and host lower-cased (the host in
 * IDNA's ASCII form), a default port dropped, every part's percent-encoding made canonical
 * (decoded, NFKC-normalised, re-encoded with upper-case hex digits), dot segments removed.
 */
export function normalizeUri(text: string): string {
  const parts = split(text);
  const scheme = parts.scheme === undefined ? undefined : rubyStrip(parts.scheme).toLowerCase() === 'ssh+svn' ? 'svn+ssh' : normalizeComponent(rubyStrip(parts.scheme).toLowerCase(), KEEP.scheme);
  let path = parts.path;
  if (scheme === undefined && /^(?!\/)[^/:]*:/.test(path)) path = path.replace(':', '%2F');
  path = normalizePath(rubyStrip(path).split('/').map((segment) => normalizeComponent(segment, KEEP.pchar)).join('/'));
  if (path === '' && ['http', 'https', 'ftp', 'tftp'].includes(scheme ?? '')) path = '/';
  const query = parts.query === undefined ? undefined : parts.query.split('&').map((pair) => normalizeComponent(pair, KEEP.normalQuery, '+')).join('&');
  const fragment = parts.fragment === undefined ? undefined : normalizeComponent(parts.fragment, KEEP.fragment);
  return assemble({
    scheme,
    authority: parts.authority === undefined ? undefined : normalizeAuthority(parts.authority, scheme),
    path,
    query: query === '' ? undefined : query,
    fragment: fragment === '' ? undefined : fragment,
  });
}

/** `Addressable::URI.parse(text).absolute?`: whether it has a scheme. */
export const isAbsoluteUri = (text: string): boolean => split(text).scheme !== undefined;
