/**
 * Jekyll's filters over collections (jekyll/filters.rb, filters/grouping_filters.rb): `where`,
 * `find`, `group_by` and `sort` read an item's property as Jekyll does (dotted paths, and a
 * number written as a string read as that number), `where` and `find` match an array property
 * by any of its items and any value by its `to_s` (`age: 25` matches `"25"`), `group_by` names
 * groups by `to_s` (nil and "" together); the `_exp` forms evaluate a Liquid expression per item.
 * `sample` is random in Jekyll; here it takes the first items, so that a post renders the same
 * every time.
 */
import { type Context, Value } from 'liquidjs';
import { type Call, defineFilter, type FilterDefinition } from './_filter.ts';
import { RubyError, hashKey, inspect, isEmptyLiteral, isHash, isNil, rubyClassOf, rubyCompare, rubySort, stringToF, stringToI, toFloat, toInteger, toLiquid, toS, truthy } from './_ruby.ts';

/** Jekyll's read_liquid_attribute: `item[property]`, through each key of a dotted path. */
function readAttribute(data: unknown, property: string): unknown {
  if (!property.includes('.')) return indexOf(data, property, true);
  let value: unknown = data;
  for (const key of property.split('.')) value = hasIndex(value) ? indexOf(value, key, true) : false;
  return value;
}

const hasIndex = (v: unknown): boolean => isHash(v) || typeof v === 'string' || Array.isArray(v) || (typeof v === 'number' && Number.isInteger(v));

/** Ruby's `item[key]` for a String key. */
function indexOf(item: unknown, key: string, raise: boolean): unknown {
  const v = toLiquid(item);
  if (isHash(v)) return Object.hasOwn(v, key) ? v[key] : undefined;
  if (typeof v === 'string') return v.includes(key) ? key : undefined;
  if (!raise) return undefined;
  if (Array.isArray(v) || (typeof v === 'number' && Number.isInteger(v))) throw new RubyError('no implicit conversion of String into Integer');
  throw new RubyError(`undefined method \`[]' for ${isNil(v) ? 'nil' : inspect(v)}:${rubyClassOf(v)}`);
}

const INTEGER_LIKE = /^[ \t\n\v\f\r]*-?\d+[ \t\n\v\f\r]*$/;
const FLOAT_LIKE = /^[ \t\n\v\f\r]*-?(?:\d+\.?\d*|\.\d+)[ \t\n\v\f\r]*$/;

/** Jekyll's parse_sort_input: a value written as a number is that number. */
function parseSortInput(value: unknown, call: Call): unknown {
  const text = toS(value, call.zone).replace(/\n$/, '');
  if (INTEGER_LIKE.test(text)) return typeof value === 'number' ? value : stringToI(toS(value, call.zone));
  if (FLOAT_LIKE.test(text)) return typeof value === 'number' ? value : toFloat(stringToF(toS(value, call.zone)));
  return value;
}

/** Jekyll's item_property. */
const itemProperty = (item: unknown, property: unknown, call: Call): unknown => parseSortInput(readAttribute(item, toS(property, call.zone)), call);

/** Ruby's `Array(value)`. */
const asArray = (v: unknown): unknown[] => (isNil(v) ? [] : Array.isArray(v) ? v : isHash(v) ? Object.entries(v) : [v]);

/** Jekyll's compare_property_vs_target. */
function matches(property: unknown, target: unknown, call: Call): boolean {
  if (isNil(target)) return isNil(property);
  if (isEmptyLiteral(target)) return property === '' || asArray(property).map((p) => toS(p, call.zone)).join('') === '';
  const wanted = toS(target, call.zone);
  if (typeof property === 'string') return property === wanted;
  return asArray(property).some((p) => toS(p, call.zone) === wanted);
}

/** The items `where` and `find` search: an array's, a hash's values; undefined for anything else. */
const searchable = (input: unknown): unknown[] | undefined => {
  const v = toLiquid(input);
  return Array.isArray(v) ? v : isHash(v) ? Object.values(v) : undefined;
};

const skipsSearch = (property: unknown, value: unknown): boolean => !truthy(property) || Array.isArray(value) || isHash(value);

/** Evaluates a Liquid expression for each item, the item as `variable`. */
function* eachValue(call: Call, items: unknown[], variable: unknown, expression: unknown, until?: (value: unknown) => boolean): Generator<unknown, unknown[], unknown> {
  const ctx = call.impl.context as Context;
  const value = new Value(toS(expression, call.zone), call.impl.liquid);
  const results: unknown[] = [];
  for (const item of items) {
    ctx.push({ [toS(variable, call.zone)]: item });
    try {
      const result: unknown = yield value.value(ctx, false);
      results.push(result);
      if (until?.(result)) break;
    } finally {
      ctx.pop();
    }
  }
  return results;
}

function groupedArray(groups: Map<string, { name: unknown; items: unknown[] }>): Record<string, unknown>[] {
  return [...groups.values()].map((g) => ({ name: g.name, items: g.items, size: g.items.length }));
}

const groupable = (input: unknown): boolean => Array.isArray(toLiquid(input)) || isHash(toLiquid(input));
const itemsOf = (input: unknown): unknown[] => {
  const v = toLiquid(input);
  return Array.isArray(v) ? v : isHash(v) ? Object.entries(v) : [];
};

/** How Ruby names the right side in "comparison of X with Y failed": a special constant by value. */
const comparedName = (v: unknown): string => (isNil(v) || typeof v === 'boolean' || typeof v === 'number' ? inspect(v) : rubyClassOf(v));

/** `a <=> b`, or ArgumentError as Array#sort raises it. */
function compareOrRaise(a: unknown, b: unknown): number {
  const c = rubyCompare(a, b);
  if (c === undefined) throw new RubyError(`comparison of ${rubyClassOf(a)} with ${comparedName(b)} failed`);
  return c;
}

/** A dup of an array, or the input itself for anything else (push, pop, shift, unshift). */
const arrayOf = (input: unknown): unknown[] | undefined => {
  const v = toLiquid(input);
  return Array.isArray(v) ? [...v] : undefined;
};

function count(num: unknown): number {
  const n = toInteger(num);
  if (n < 0) throw new RubyError('negative array size');
  return n;
}

export const groupingFilters: FilterDefinition[] = [
  defineFilter('where', [2, 2], (call, input, property, value) => {
    if (skipsSearch(property, value)) return input;
    const items = searchable(input);
    if (items === undefined) return input;
    return items.filter((item) => matches(itemProperty(item, property, call), value, call));
  }),
  defineFilter('find', [2, 2], (call, input, property, value) => {
    if (skipsSearch(property, value)) return input;
    const items = searchable(input);
    if (items === undefined) return input;
    return items.find((item) => matches(itemProperty(item, property, call), value, call));
  }),
  defineFilter('where_exp', [2, 2], function* whereExp(call, input, variable, expression) {
    const items = searchable(input);
    if (items === undefined) return input;
    const results = yield* eachValue(call, items, variable, expression);
    return items.filter((_, i) => truthy(results[i]));
  }),
  defineFilter('find_exp', [2, 2], function* findExp(call, input, variable, expression) {
    const items = searchable(input);
    if (items === undefined) return input;
    const results = yield* eachValue(call, items, variable, expression, truthy);
    const at = results.findIndex(truthy);
    return at < 0 ? undefined : items[at];
  }),
  defineFilter('group_by', [1, 1], (call, input, property) => {
    if (!groupable(input)) return input;
    const groups = new Map<string, { name: unknown; items: unknown[] }>();
    for (const item of itemsOf(input)) {
      const name = toS(itemProperty(item, property, call), call.zone);
      const group = groups.get(name) ?? { name, items: [] };
      group.items.push(item);
      groups.set(name, group);
    }
    return groupedArray(groups);
  }),
  defineFilter('group_by_exp', [2, 2], function* groupByExp(call, input, variable, expression) {
    if (!groupable(input)) return input;
    const items = itemsOf(input);
    const names = yield* eachValue(call, items, variable, expression);
    const groups = new Map<string, { name: unknown; items: unknown[] }>();
    items.forEach((item, i) => {
      const key = hashKey(names[i]);
      const group = groups.get(key) ?? { name: names[i], items: [] };
      group.items.push(item);
      groups.set(key, group);
    });
    return groupedArray(groups);
  }),
  defineFilter('sort', [0, 2], (call, input, property, nils = 'first') => {
    const v = toLiquid(input);
    if (isNil(v)) throw new RubyError('Cannot sort a null object.');
    if (!Array.isArray(v) && !isHash(v)) throw new RubyError(`undefined method \`sort' for ${inspect(v, call.zone)}:${rubyClassOf(v)}`);
    const items = Array.isArray(v) ? [...v] : Object.entries(v);
    if (isNil(property)) return rubySort(items, compareOrRaise);
    let order: number;
    if (nils === 'first') order = -1;
    else if (nils === 'last') order = 1;
    else throw new RubyError(`Invalid nils order: '${toS(nils, call.zone)}' is not a valid nils order. It must be 'first' or 'last'.`);
    const keyed = items.map((item) => [itemProperty(item, property, call), item] as const);
    return rubySort(keyed, ([a], [b]) => {
      if (!isNil(a) && isNil(b)) return -order;
      if (isNil(a) && !isNil(b)) return order;
      return rubyCompare(a, b) ?? rubyCompare(toS(a, call.zone), toS(b, call.zone)) ?? 0;
    }).map(([, item]) => item);
  }),
  defineFilter('push', [1, 1], (_call, input, item) => {
    const items = arrayOf(input);
    if (items === undefined) return input;
    items.push(item);
    return items;
  }),
  defineFilter('pop', [0, 1], (_call, input, num = 1) => {
    const items = arrayOf(input);
    if (items === undefined) return input;
    return items.slice(0, Math.max(0, items.length - count(num)));
  }),
  defineFilter('shift', [0, 1], (_call, input, num = 1) => {
    const items = arrayOf(input);
    if (items === undefined) return input;
    return items.slice(count(num));
  }),
  defineFilter('unshift', [1, 1], (_call, input, item) => {
    const items = arrayOf(input);
    if (items === undefined) return input;
    items.unshift(item);
    return items;
  }),
  defineFilter('sample', [0, 1], (_call, input, num = 1) => {
    const items = arrayOf(input);
    if (items === undefined) return input;
    let n: number;
    try {
      n = toInteger(num);
    } catch {
      n = 1;
    }
    if (n === 1) return items[0];
    if (n < 0) throw new RubyError('negative sample number');
    return items.slice(0, n);
  }),
];
