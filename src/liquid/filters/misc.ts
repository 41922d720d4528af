/**
 * Liquid 5.4's `default`: the default for nil, false (unless `allow_false: true`), and anything
 * empty (a string, an array or a hash); liquidjs does not see an empty hash as empty.
 */
import { defineFilter, type FilterDefinition } from './_filter.ts';
import { isEmptyLiteral, isHash, isNil, toLiquid, truthy } from './_ruby.ts';

const isEmpty = (v: unknown): boolean => (typeof v === 'string' || Array.isArray(v) ? v.length === 0 : isHash(v) ? Object.keys(v).length === 0 : false);

export const miscFilters: FilterDefinition[] = [
  defineFilter('default', [0, 2], (_call, input, fallback = '', options = {}) => {
    // `empty` and `blank` are not empty to Ruby's `default` (they have no `empty?`): they print nothing.
    if (isEmptyLiteral(input)) return input;
    const allowFalse = isHash(options) && truthy(options['allow_false']);
    const value = toLiquid(input);
    const missing = allowFalse ? isNil(value) : !truthy(value);
    return missing || isEmpty(value) ? fallback : input;
  }),
];
