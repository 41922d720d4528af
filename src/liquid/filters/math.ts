/**
 * Liquid 5.4's math filters, as Ruby computes them: Integer arithmetic for Integers (`divided_by`
 * floors, `modulo` takes the divisor's sign), BigDecimal arithmetic as soon as a Float or a
 * decimal string takes part (`0.1 | plus: 0.2` is `0.3`), a Float result printed as Ruby prints it
 * (`10 | divided_by: 2.0` is `5.0`). liquidjs computes in binary floating point and divides
 * Integers exactly (`10 | divided_by: 3` is 3.3333333333333335 there, 3 in Ruby).
 */
import { type LiquidNumber, type Operation, compareNumbers, floorOrCeil, operate, roundNumber, toJs, toNumber, toResult } from './_decimal.ts';
import { defineFilter, type FilterDefinition } from './_filter.ts';

const operation = (name: string, op: Operation): FilterDefinition =>
  defineFilter(name, [1, 1], (_call, input, operand) => toResult(operate(toNumber(input), op, toNumber(operand))));

/** Liquid's `round`: BigDecimal's half-up rounding, an Integer for no places or fewer (`round: -2`). */
function round(input: unknown, places: unknown = 0): ReturnType<typeof toResult> {
  const n: LiquidNumber = toNumber(input);
  const digits = Math.trunc(toJs(toNumber(places)));
  const rounded = roundNumber(n, digits);
  return toResult(digits < 1 ? floorOrCeil(rounded, false) : rounded);
}

const bounded = (name: string, keep: (result: LiquidNumber, bound: LiquidNumber) => boolean): FilterDefinition =>
  defineFilter(name, [1, 1], (_call, input, limit) => {
    const bound = toNumber(limit);
    const result = toNumber(input);
    return toResult(keep(result, bound) ? result : bound);
  });

export const mathFilters: FilterDefinition[] = [
  operation('plus', '+'),
  operation('minus', '-'),
  operation('times', '*'),
  operation('divided_by', '/'),
  operation('modulo', '%'),
  defineFilter('round', [0, 1], (_call, input, places) => round(input, places ?? 0)),
  defineFilter('ceil', [0, 0], (_call, input) => toResult(floorOrCeil(toNumber(input), true))),
  defineFilter('floor', [0, 0], (_call, input) => toResult(floorOrCeil(toNumber(input), false))),
  defineFilter('abs', [0, 0], (_call, input) => {
    const n = toNumber(input);
    if (n.kind === 'int') return toResult({ kind: 'int', value: n.value < 0n ? -n.value : n.value });
    if (n.kind === 'dec') return toResult({ kind: 'dec', m: n.m < 0n ? -n.m : n.m, e: n.e });
    return toResult({ kind: 'special', value: Math.abs(n.value) });
  }),
  bounded('at_least', (result, bound) => !(compareNumbers(bound, result) > 0)),
  bounded('at_most', (result, bound) => !(compareNumbers(bound, result) < 0)),
];
