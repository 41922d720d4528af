import type { Ial } from './nodes.ts';
import { pushAll } from '../util/push-all.ts';

// kramdown's attribute lists (parser/kramdown/extensions.rb): `{: .class #id key="value" ref}`.
// Ruby's `\w` and `\s` are ASCII here; `[^\}\2]` in kramdown's pattern is "neither `}` nor \x02".
const KEY_VALUE = String.raw`([A-Za-z0-9_][\w-]*)=("|')((?:\\\}|\\\2|[^}\x02])*?)\2`;
const REF = String.raw`([A-Za-z0-9_][\w-]*)`;
const ID_OR_CLASS_MULTI = String.raw`((?:#[A-Za-z][\w:-]*|\.[^ \t\n\v\f\r.#]+)+)`;
const ANY = new RegExp(String.raw`(?:^|[ \t\n\v\f\r])(?:${KEY_VALUE}|${REF}|${ID_OR_CLASS_MULTI})(?=[ \t\n\v\f\r]|$)`, 'g');
const ID_OR_CLASS = /#([A-Za-z][\w:-]*)|\.([^ \t\n\v\f\r.#]+)/g;

export const emptyIal = (): Ial => ({ attrs: {}, refs: [] });

const rubyStrip = (s: string): string => s.replace(/^[ \t\n\v\f\r\0]+|[ \t\n\v\f\r\0]+$/g, '');

/**
 * kramdown's parse_attribute_list: reads `text` into `into`. Returns false when the list holds
 * nothing kramdown reads (it warns "No or invalid attributes found").
 */
export function parseAttributeList(text: string, into: Ial): boolean {
  const stripped = rubyStrip(text);
  if (stripped === '' || stripped === ':') return true;
  let found = false;
  ANY.lastIndex = 0;
  for (let m = ANY.exec(text); m !== null; m = ANY.exec(text)) {
    found = true;
    const [, key, sep, value, ref, idOrClass] = m;
    if (ref !== undefined) {
      into.refs.push(ref);
    } else if (idOrClass !== undefined) {
      ID_OR_CLASS.lastIndex = 0;
      for (let c = ID_OR_CLASS.exec(idOrClass); c !== null; c = ID_OR_CLASS.exec(idOrClass)) {
        if (c[2] !== undefined) into.attrs['class'] = `${into.attrs['class'] ?? ''} ${c[2]}`.replace(/^[ \t\n\v\f\r\0]+/, '');
        else into.attrs['id'] = c[1] as string;
      }
    } else if (key !== undefined) {
      const unescape = new RegExp(String.raw`\\(\}|${sep === '"' ? '"' : "'"})`, 'g');
      into.attrs[key] = (value ?? '').replace(unescape, '$1');
    }
    // The separator before the next item was consumed by the lookahead only: step back onto it.
    if (m[0].length === 0) ANY.lastIndex++;
  }
  return found;
}

/** kramdown's update_ial_with_ial: merges a span IAL into an element's IAL. */
export function mergeIal(into: Ial, from: Ial): void {
  pushAll(into.refs, from.refs);
  for (const key in from.attrs) {
    const value = from.attrs[key] as string;
    into.attrs[key] = key === 'class' ? `${into.attrs[key] ?? ''} ${value}`.replace(/^[ \t\n\v\f\r\0]+/, '') : value;
  }
}

/** How deep ALD references may refer to others: kramdown recurses without a bound (and a cycle overflows its stack). */
const MAX_ALD_DEPTH = 32;

/**
 * kramdown's update_attr_with_ial: the referenced ALDs first, then the IAL's own attributes,
 * classes appended. Returns false when references nest too deep (a cycle).
 */
export function applyIal(attrs: Record<string, string>, ial: Ial, alds: ReadonlyMap<string, Ial>, depth = 0): boolean {
  let ok = true;
  for (const ref of ial.refs) {
    const ald = alds.get(ref);
    if (ald === undefined) continue;
    if (depth >= MAX_ALD_DEPTH) return false;
    ok = applyIal(attrs, ald, alds, depth + 1) && ok;
  }
  for (const key in ial.attrs) {
    const value = ial.attrs[key] as string;
    attrs[key] = key === 'class' ? `${attrs[key] ?? ''} ${value}`.replace(/^[ \t\n\v\f\r\0]+/, '') : value;
  }
  return ok;
}
