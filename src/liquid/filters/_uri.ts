/**
 * @internal Addressable 2.8's URIs as Jekyll's URL filters use them: `parse`, `absolute?`,
 * `normalize` and `to_s`, and `normalize_component` (which `uri_escape` is): percent-encodings
 * decoded, the text NFKC-normalized, then every byte outside the component's characters encoded.
 */
import { decodeUtf8, percent, utf8Bytes } from './_bytes.ts';
import { RubyError } from './_ruby.ts';
import { rubyStrip } from '../../ruby/values.ts';

const RESERVED = ":/?#[]@!$&'()*+,;=";
const UNRESERVED_CHARS = 'a-zA-Z0-9\\-._~';
const SUB_DELIMS = "!$&'()*+,;=";
const esc = (chars: string): string => chars.replace(/[\]\\^-]/g, '\\$&');

/** The bytes each component leaves as they are (everything else is percent-encoded). */
const CLASSES = {
  component: new RegExp(`[^${UNRESERVED_CHARS}${esc(RESERVED)}]`),
  scheme: /[^a-zA-Z0-9\-+.]/,
  unreserved: new RegExp(`[^${UNRESERVED_CHARS}]`),
  host: new RegExp(`[^${UNRESERVED_CHARS}${esc(SUB_DELIMS)}\\[:\\]]`),
  pchar: new RegExp(`[^${UNRESERVED_CHARS}${esc(SUB_DELIMS)}:@]`),
  fragment: new RegExp(`[^${UNRESERVED_CHARS}${esc(SUB_DELIMS)}:@/?]`),
  query: /[^a-zA-Z0-9\-._~!$'()*+,=:@/?%]/,
};

type ComponentClass = keyof typeof CLASSES;

/** Addressable::URI.normalize_component. `leaveEncoded` are characters whose encodings stay. */
export function normalizeComponent(component: string, kind: ComponentClass = 'component', leaveEncoded = ''): string {
  // unencode_component: every %XX a byte, but those of `leaveEncoded`.
  const bytes: number[] = [];
  for (let i = 0; i < component.length; ) {
    if (component[i] === '%' && /^[0-9a-fA-F]{2}$/.test(component.slice(i + 1, i + 3))) {
      const byte = Number.parseInt(component.slice(i + 1, i + 3), 16);
      if (leaveEncoded.includes(String.fromCharCode(byte))) for (const b of utf8Bytes(component.slice(i, i + 3))) bytes.push(b);
      else bytes.push(byte);
      i += 3;
      continue;
    }
    const char = String.fromCodePoint(component.codePointAt(i) ?? 0);
    for (const b of utf8Bytes(char)) bytes.push(b);
    i += char.length;
  }
  const text = decodeUtf8(bytes);
  // Text that is not UTF-8 is encoded as it is, with the default characters.
  const source = text === undefined ? bytes : utf8Bytes(text.normalize('NFKC'));
  const used: ComponentClass = text === undefined ? 'component' : kind;
  const pattern = CLASSES[used];
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const b = source[i] ?? 0;
    const char = String.fromCharCode(b);
    // In a query, a `%` stays only as the start of a `%2B` left encoded.
    const loosePercent = used === 'query' && char === '%' && !/^2b$/i.test(String.fromCharCode(source[i + 1] ?? 0, source[i + 2] ?? 0));
    out += b >= 0x80 || pattern.test(char) || loosePercent ? percent(b) : char;
  }
  for (const char of leaveEncoded) {
    const hex = percent(char.charCodeAt(0)).slice(1);
    out = out.replace(new RegExp(`%${hex}`, 'gi'), `%${hex}`);
  }
  return out;
}

export interface Uri {
  scheme: string | undefined;
  user: string | undefined;
  password: string | undefined;
  host: string | undefined;
  port: string | undefined;
  path: string;
  query: string | undefined;
  fragment: string | undefined;
}

// Ruby's `^`, `$` and `.`: line anchors at `\n` only, any character but `\n`.
const URI_PATTERN = /(?<![^\n])(([^:/?#]+):)?(\/\/([^/?#]*))?([^?#]*)(\?([^#]*))?(#([^\n]*))?(?![^\n])/;

function splitAuthority(authority: string): Pick<Uri, 'user' | 'password' | 'host' | 'port'> {
  const userinfo = /^([^[\]]*)@/.exec(authority)?.[1];
  const user = userinfo === undefined ? undefined : (/^([^:]*):?/.exec(rubyStrip(userinfo))?.[1] ?? undefined);
  const password = userinfo === undefined ? undefined : /:([^\n]*)(?![^\n])/.exec(rubyStrip(userinfo))?.[1];
  const host = authority.replace(/^([^[\]]*)@/, '').replace(/:([^:@[\]]*?)$/, '');
  let port = /:([^:@[\]]*?)$/.exec(authority)?.[1];
  if (port === '') port = undefined;
  return { user, password, host, port };
}

const IP_BASED = new Set(['http', 'https', 'ftp', 'tftp', 'sftp', 'ssh', 'svn+ssh', 'telnet', 'nntp', 'gopher', 'wais', 'ldap', 'prospero']);

function authorityOf(uri: Uri): string | undefined {
  if (uri.host === undefined) return undefined;
  let out = '';
  if (uri.user !== undefined || uri.password !== undefined) {
    out += uri.user ?? '';
    if (uri.password !== undefined) out += `:${uri.password}`;
    out += '@';
  }
  out += uri.host;
  if (uri.port !== undefined) out += `:${uri.port}`;
  return out;
}

/** Addressable's `validate`: what makes it raise InvalidURIError. */
function validate(uri: Uri): void {
  const written = (): string => toUriString(uri, false);
  if (uri.scheme !== undefined && IP_BASED.has(rubyStrip(uri.scheme).toLowerCase()) && (uri.host === undefined || uri.host === '') && uri.path === '') {
    throw new RubyError(`Absolute URI missing hierarchical segment: '${written()}'`);
  }
  if (uri.host === undefined && (uri.port !== undefined || uri.user !== undefined || uri.password !== undefined)) throw new RubyError(`Hostname not supplied: '${written()}'`);
  if (uri.path !== '' && !uri.path.startsWith('/') && uri.host !== undefined) throw new RubyError(`Cannot have a relative path with an authority set: '${written()}'`);
  if (uri.path.startsWith('//') && uri.host === undefined) throw new RubyError(`Cannot have a path with two leading slashes without an authority set: '${written()}'`);
  if (uri.host !== undefined && /[<>{}/\\?#@"\s]/.test(uri.host)) throw new RubyError(`Invalid character in host: '${uri.host}'`);
}

/** Addressable::URI.parse. */
export function parseUri(text: string): Uri {
  const m = URI_PATTERN.exec(text);
  const authority = m?.[4];
  const uri: Uri = {
    scheme: m?.[2],
    user: undefined,
    password: undefined,
    host: undefined,
    port: undefined,
    path: m?.[5] ?? '',
    query: m?.[7],
    fragment: m?.[9],
    ...(authority === undefined ? {} : splitAuthority(authority)),
  };
  validate(uri);
  return uri;
}

export const isAbsolute = (uri: Uri): boolean => uri.scheme !== undefined;

/** RFC 3986's remove_dot_segments, as Addressable::URI.normalize_path does it. */
function normalizePath(path: string): string {
  let out = path;
  for (;;) {
    const before = out;
    out = out.replace(/\/\.\/|\/\.$/g, '/');
    if (out === before) {
      const pair = /\/([^/]*)\/\.\.\/|\/([^/]*)\/\.\.$/.exec(out);
      if (pair) {
        const parent = pair[1];
        const current = pair[2];
        if ((parent !== undefined && parent !== '.' && parent !== '..') || (current !== undefined && current !== '.' && current !== '..')) {
          const p = (parent ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const c = (current ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          out = out.replace(new RegExp(`/${p}/\\.\\./|(/${c}/\\.\\.$)`, 'g'), '/');
        }
      }
    }
    if (out === before) out = out.replace(/^\.\.?\/?/, '');
    if (out === before) out = out.replace(/^\/\.\.?\/|^(\/\.\.?)+\/?$/g, '/');
    if (out === before) return out;
  }
}

// Punycode (RFC 3492), for IDNA's ToASCII of a host label.
function punycode(label: string): string {
  const input = Array.from(label, (c) => c.codePointAt(0) ?? 0);
  let n = 128;
  let delta = 0;
  let bias = 72;
  let out = input.filter((c) => c < 128).map((c) => String.fromCharCode(c)).join('');
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  const digit = (d: number): string => String.fromCharCode(d < 26 ? d + 97 : d + 22);
  const adapt = (d0: number, points: number, first: boolean): number => {
    let d = first ? Math.floor(d0 / 700) : d0 >> 1;
    d += Math.floor(d / points);
    let k = 0;
    while (d > 455) {
      d = Math.floor(d / 35);
      k += 36;
    }
    return k + Math.floor((36 * d) / (d + 38));
  };
  while (handled < input.length) {
    const m = input.reduce((least, c) => (c >= n && c < least ? c : least), Number.POSITIVE_INFINITY);
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of input) {
      if (c < n) delta++;
      if (c !== n) continue;
      let q = delta;
      for (let k = 36; ; k += 36) {
        const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
        if (q < t) break;
        out += digit(t + ((q - t) % (36 - t)));
        q = Math.floor((q - t) / (36 - t));
      }
      out += digit(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

const toAscii = (host: string): string =>
  host
    .split('.')
    .map((label) => (/[^\0-\x7f]/.test(label) ? `xn--${punycode(label.toLowerCase().normalize('NFKC'))}` : label))
    .join('.');

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443', ftp: '21', tftp: '69', sftp: '22', ssh: '22', 'svn+ssh': '22', telnet: '23', nntp: '119', gopher: '70', wais: '210', ldap: '389', prospero: '1525' };

function unencode(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    for (const b of utf8Bytes(char)) bytes.push(b);
    i += char.length;
  }
  return decodeUtf8(bytes) ?? text;
}

/** Addressable::URI#normalize. */
export function normalizeUri(uri: Uri): Uri {
  const scheme = uri.scheme === undefined ? undefined : /(?<![^\n])[ \t\n\v\f\r]*ssh\+svn[ \t\n\v\f\r]*(?![^\n])/i.test(uri.scheme) ? 'svn+ssh' : normalizeComponent(rubyStrip(uri.scheme).toLowerCase(), 'scheme');
  const web = scheme !== undefined && /https?/.test(scheme);
  const user = uri.user === undefined || (web && rubyStrip(uri.user) === '' && (uri.password === undefined || rubyStrip(uri.password) === '')) ? undefined : normalizeComponent(rubyStrip(uri.user), 'unreserved');
  const password = uri.password === undefined || (web && rubyStrip(uri.password) === '' && (uri.user === undefined || rubyStrip(uri.user) === '')) ? undefined : normalizeComponent(rubyStrip(uri.password), 'unreserved');
  let host: string | undefined;
  if (uri.host !== undefined) {
    if (rubyStrip(uri.host) === '') host = '';
    else {
      host = toAscii(unencode(rubyStrip(uri.host).toLowerCase()));
      if (/[^.]\.$/.test(host)) host = host.slice(0, -1);
      host = normalizeComponent(host, 'host');
    }
  }
  const port = uri.port === undefined || (scheme !== undefined && DEFAULT_PORTS[scheme] === String(Number.parseInt(uri.port, 10))) ? undefined : uri.port;
  let path = uri.path;
  if (uri.scheme === undefined && /(?<![^\n])(?!\/)[^/:]*:[^\n]*(?![^\n])/.test(path)) path = path.replace(':', '%2F');
  path = normalizePath(
    rubyStrip(path)
      .split('/')
      .map((segment) => normalizeComponent(segment, 'pchar'))
      .join('/'),
  );
  if (path === '' && scheme !== undefined && ['http', 'https', 'ftp', 'tftp'].includes(scheme)) path = '/';
  let query: string | undefined;
  if (uri.query !== undefined) {
    query = uri.query
      .split('&')
      .map((pair) => normalizeComponent(pair, 'query', '+'))
      .join('&');
    if (query === '') query = undefined;
  }
  let fragment = uri.fragment === undefined ? undefined : normalizeComponent(uri.fragment, 'fragment');
  if (fragment === '') fragment = undefined;
  const normalized: Uri = { scheme, user: host === undefined ? undefined : user, password: host === undefined ? undefined : password, host, port: host === undefined ? undefined : port, path, query, fragment };
  // URI.new(path:) puts a slash before a relative path under an authority.
  if (normalized.host !== undefined && normalized.path !== '' && !normalized.path.startsWith('/')) normalized.path = `/${normalized.path}`;
  validate(normalized);
  return normalized;
}

/** Addressable::URI#to_s. */
export function toUriString(uri: Uri, check = true): string {
  if (check && uri.scheme === undefined && uri.path !== '' && /(?<![^\n])(?!\/)[^/:]*:[^\n]*(?![^\n])/.test(uri.path)) {
    throw new RubyError(`Cannot assemble URI string with ambiguous path: '${uri.path}'`);
  }
  const authority = authorityOf(uri);
  return `${uri.scheme !== undefined ? `${uri.scheme}:` : ''}${authority !== undefined ? `//${authority}` : ''}${uri.path}${uri.query !== undefined ? `?${uri.query}` : ''}${uri.fragment !== undefined ? `#${uri.fragment}` : ''}`;
}
