/**
 * Liquid 5.4's array filters (Jekyll's `sort` and `where` are in grouping.ts), as Ruby runs
 * them: most read their input as Liquid's InputIterator does (nested arrays flattened, a hash as
 * one item, nil as none), items are read with Ruby's `[]` (a hash by key, a string by substring),
 * `first` and `last` give nil for a string, `size` is Ruby's (a hash's keys, an Integer's 8 bytes).
 */
import { type Call, defineFilter, type FilterDefinition } from './_filter.ts';
import { RubyError, chars, flatten, hashKey, isHash, isInteger, isNil, joinArray, rubySort, toLiquid, toS } from './_ruby.ts';

/** Liquid's InputIterator: the items a filter iterates. */
export function inputItems(input: unknown): unknown[] {
  const v = toLiquid(input);
  if (Array.isArray(v)) return flatten(v).map(toLiquid);
  if (isNil(v)) return [];
  return [v];
}

const NO_METHOD = Symbol('no [] method');

/**
 * Ruby's `item[property]`: undefined for nil, NO_METHOD where the item has no `[]`, a TypeError
 * (as Liquid reports it) where `[]` refuses the property.
 */
export function rubyIndex(item: unknown, property: unknown): unknown {
  if (isHash(item)) return typeof property === 'string' && Object.hasOwn(item, property) ? item[property] : undefined;
  if (typeof item === 'string') {
    if (typeof property === 'string') return item.includes(property) ? property : undefined;
    if (isInteger(property)) return chars(item).at(property);
    throw new RubyError(`cannot select the property '${toS(property)}'`);
  }
  if (Array.isArray(item)) {
    if (isInteger(property)) return item.at(property);
    throw new RubyError(`cannot select the property '${toS(property)}'`);
  }
  if (isInteger(item)) {
    if (isInteger(property)) return property < 0 ? 0 : Math.floor(item / 2 ** property) % 2 === 0 ? 0 : 1;
    throw new RubyError(`cannot select the property '${toS(property)}'`);
  }
  return NO_METHOD;
}

const hasIndex = (item: unknown): boolean => isHash(item) || typeof item === 'string' || Array.isArray(item) || isInteger(item);
const index = (item: unknown, property: unknown): unknown => {
  const value = rubyIndex(item, property);
  return value === NO_METHOD ? undefined : value;
};

/** Ruby's `String#casecmp`: ASCII letters folded, then by bytes. */
function casecmp(a: string, b: string): number {
  const fold = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const x = fold(a);
  const y = fold(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const nilSafeCasecmp = (a: unknown, b: unknown, call: Call): number =>
  !isNil(a) && !isNil(b) ? casecmp(toS(a, call.zone), toS(b, call.zone)) : isNil(a) ? 1 : -1;

/** Ruby's `size`, which Liquid's `size` asks for when the value has it. */
export function rubySize(v: unknown): number {
  const value = toLiquid(v);
  if (typeof value === 'string') return chars(value).length;
  if (Array.isArray(value)) return value.length;
  if (isHash(value)) return Object.keys(value).length;
  // Integer#size: the bytes of a machine word.
  if (isInteger(value)) return 8;
  return 0;
}

export const arrayFilters: FilterDefinition[] = [
  defineFilter('size', [0, 0], (_call, input) => rubySize(input)),
  defineFilter('join', [0, 1], (call, input, glue = ' ') => joinArray(inputItems(input), toS(glue, call.zone), call.zone)),
  defineFilter('first', [0, 0], (_call, input) => {
    const v = toLiquid(input);
    if (Array.isArray(v)) return v[0];
    if (isHash(v)) {
      const [entry] = Object.entries(v);
      return entry;
    }
    return undefined;
  }),
  defineFilter('last', [0, 0], (_call, input) => {
    const v = toLiquid(input);
    return Array.isArray(v) ? v.at(-1) : undefined;
  }),
  defineFilter('reverse', [0, 0], (_call, input) => inputItems(input).reverse()),
  defineFilter('uniq', [0, 1], (_call, input, property) => {
    const items = inputItems(input);
    if (!isNil(property) && items.length === 0) return [];
    const seen = new Set<string>();
    const out: unknown[] = [];
    for (const item of items) {
      if (!isNil(property) && !hasIndex(item)) return undefined;
      const key = hashKey(isNil(property) ? item : index(item, property));
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
    return out;
  }),
  defineFilter('compact', [0, 1], (_call, input, property) => {
    const items = inputItems(input);
    if (isNil(property)) return items.filter((item) => !isNil(item));
    const out: unknown[] = [];
    for (const item of items) {
      if (!hasIndex(item)) return undefined;
      if (!isNil(index(item, property))) out.push(item);
    }
    return out;
  }),
  defineFilter('map', [1, 1], (_call, input, property) =>
    inputItems(input).map((item) => {
      if (property === 'to_liquid') return item;
      const value = rubyIndex(item, property);
      return value === NO_METHOD ? undefined : value;
    }),
  ),
  defineFilter('concat', [1, 1], (_call, input, other) => {
    if (!Array.isArray(other)) throw new RubyError('concat filter requires an array argument');
    return [...inputItems(input), ...other];
  }),
  defineFilter('sort_natural', [0, 1], (call, input, property) => {
    const items = inputItems(input);
    if (items.length === 0) return [];
    if (isNil(property)) return rubySort(items, (a, b) => nilSafeCasecmp(a, b, call));
    if (!items.every(hasIndex)) return undefined;
    return rubySort(items, (a, b) => nilSafeCasecmp(index(a, property), index(b, property), call));
  }),
];
