/**
 * @internal Liquid's arithmetic (Liquid::Utils.to_number and `apply_operation`): Integers stay
 * Integers (division floors), and a Float (or a string like `"1.5"`) becomes a BigDecimal of its
 * printed digits, so that `0.1 | plus: 0.2` is `0.3`; a BigDecimal result is given back as a Float.
 */
import { RubyError, RubyFloat, floatToS, isFloat, isInteger, numberOf, toFloat, toLiquid, rubyStrip } from './_ruby.ts';

/** An Integer, a decimal `m × 10^e`, or a BigDecimal NaN or infinity. */
export type LiquidNumber = { kind: 'int'; value: bigint } | { kind: 'dec'; m: bigint; e: number } | { kind: 'special'; value: number };

const DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;

/** A decimal from the digits Ruby prints for it. */
export function decimalOf(text: string): LiquidNumber {
  const m = DECIMAL.exec(text.trim());
  if (!m) return { kind: 'special', value: Number.NaN };
  const digits = `${m[2] ?? ''}${m[3] ?? ''}` || '0';
  const mantissa = BigInt(digits);
  return { kind: 'dec', m: m[1] === '-' ? -mantissa : mantissa, e: Number(m[4] ?? 0) - (m[3] ?? '').length };
}

const floatNumber = (value: number): LiquidNumber => (Number.isFinite(value) ? decimalOf(floatToS(value).replace(/e\+/, 'e')) : { kind: 'special', value });

/** Liquid::Utils.to_number. */
export function toNumber(input: unknown): LiquidNumber {
  const v = toLiquid(input);
  if (isFloat(v)) return floatNumber(numberOf(v));
  if (isInteger(v)) return { kind: 'int', value: BigInt(v) };
  if (typeof v === 'bigint') return { kind: 'int', value: v };
  if (typeof v === 'string') {
    if (/^-?\d+\.\d+$/.test(rubyStrip(v))) return decimalOf(rubyStrip(v));
    const m = /^[\t\n\v\f\r ]*([+-]?)(\d+(?:_\d+)*)/.exec(v);
    return { kind: 'int', value: m ? BigInt(`${m[1] === '-' ? '-' : ''}${(m[2] ?? '0').replace(/_/g, '')}`) : 0n };
  }
  return { kind: 'int', value: 0n };
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Both as integers scaled to one exponent. */
function align(a: { m: bigint; e: number }, b: { m: bigint; e: number }): [bigint, bigint, number] {
  const e = Math.min(a.e, b.e);
  return [a.m * pow10(a.e - e), b.m * pow10(b.e - e), e];
}

const asDecimal = (n: LiquidNumber): { m: bigint; e: number } => (n.kind === 'dec' ? n : n.kind === 'int' ? { m: n.value, e: 0 } : { m: 0n, e: 0 });

/** The number a Liquid number stands for (a BigDecimal as `to_f` gives it). */
export function toJs(n: LiquidNumber): number {
  if (n.kind === 'int') return Number(n.value);
  if (n.kind === 'special') return n.value;
  return Number(`${n.m}e${n.e}`);
}

/** What a filter gives back: an Integer, or a Float (BigDecimal#to_f). */
export function toResult(n: LiquidNumber): number | RubyFloat {
  return n.kind === 'int' ? Number(n.value) : toFloat(toJs(n));
}

const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
};

/** Significant digits of a BigDecimal quotient (Ruby keeps about this many before `to_f`). */
const QUOTIENT_DIGITS = 50;

export type Operation = '+' | '-' | '*' | '/' | '%';

/** `a.send(op, b)` as Ruby computes it for Integers and BigDecimals. */
export function operate(a: LiquidNumber, op: Operation, b: LiquidNumber): LiquidNumber {
  if (a.kind === 'int' && b.kind === 'int') {
    const x = a.value;
    const y = b.value;
    switch (op) {
      case '+':
        return { kind: 'int', value: x + y };
      case '-':
        return { kind: 'int', value: x - y };
      case '*':
        return { kind: 'int', value: x * y };
      case '/':
        if (y === 0n) throw new RubyError('divided by 0');
        return { kind: 'int', value: floorDiv(x, y) };
      case '%':
        if (y === 0n) throw new RubyError('divided by 0');
        return { kind: 'int', value: x - floorDiv(x, y) * y };
    }
  }
  if (a.kind === 'special' || b.kind === 'special') {
    const x = toJs(a);
    const y = toJs(b);
    if (op === '%' && y === 0) throw new RubyError('divided by 0');
    const value = op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : x - y * Math.floor(x / y);
    return { kind: 'special', value };
  }
  const da = asDecimal(a);
  const db = asDecimal(b);
  switch (op) {
    case '+':
    case '-': {
      const [x, y, e] = align(da, db);
      return { kind: 'dec', m: op === '+' ? x + y : x - y, e };
    }
    case '*':
      return { kind: 'dec', m: da.m * db.m, e: da.e + db.e };
    case '/': {
      if (db.m === 0n) return { kind: 'special', value: da.m === 0n ? Number.NaN : da.m > 0n ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY };
      const scale = QUOTIENT_DIGITS + Math.max(0, String(db.m < 0n ? -db.m : db.m).length - String(da.m < 0n ? -da.m : da.m).length);
      return { kind: 'dec', m: (da.m * pow10(scale)) / db.m, e: da.e - db.e - scale };
    }
    case '%': {
      const [x, y, e] = align(da, db);
      if (y === 0n) throw new RubyError('divided by 0');
      return { kind: 'dec', m: x - floorDiv(x, y) * y, e };
    }
  }
}

/** `n.round(digits)` with BigDecimal's ROUND_HALF_UP (Integer#round for an Integer). */
export function roundNumber(n: LiquidNumber, digits: number): LiquidNumber {
  if (n.kind === 'special') {
    if (Number.isNaN(n.value)) throw new RubyError("Computation results in 'NaN' (Not a Number)");
    throw new RubyError(`Computation results in '${n.value > 0 ? '' : '-'}Infinity'`);
  }
  const d = asDecimal(n);
  // Keep `digits` places after the point: m × 10^e to a multiple of 10^-digits.
  const shift = -digits - d.e;
  if (shift <= 0) return n;
  const unit = pow10(shift);
  const magnitude = d.m < 0n ? -d.m : d.m;
  let q = magnitude / unit;
  if ((magnitude % unit) * 2n >= unit) q += 1n;
  const m = d.m < 0n ? -q : q;
  if (n.kind === 'int') return { kind: 'int', value: m * pow10(shift + d.e) };
  return { kind: 'dec', m, e: -digits };
}

/** `floor` or `ceil` of a number, as an Integer. */
export function floorOrCeil(n: LiquidNumber, ceil: boolean): LiquidNumber {
  if (n.kind === 'int') return n;
  if (n.kind === 'special') throw new RubyError(Number.isNaN(n.value) ? "Computation results in 'NaN' (Not a Number)" : `Computation results in '${n.value > 0 ? '' : '-'}Infinity'`);
  if (n.e >= 0) return { kind: 'int', value: n.m * pow10(n.e) };
  const unit = pow10(-n.e);
  const q = floorDiv(n.m, unit);
  return { kind: 'int', value: ceil && q * unit !== n.m ? q + 1n : q };
}

/** `a <=> b` of two Liquid numbers. */
export function compareNumbers(a: LiquidNumber, b: LiquidNumber): number {
  if (a.kind === 'special' || b.kind === 'special') return Math.sign(toJs(a) - toJs(b));
  const [x, y] = align(asDecimal(a), asDecimal(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

export const isZero = (n: LiquidNumber): boolean => (n.kind === 'int' ? n.value === 0n : n.kind === 'dec' ? n.m === 0n : n.value === 0);
