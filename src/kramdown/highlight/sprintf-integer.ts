/**
 * Ruby's `sprintf(format, n)` for one integer, as Rouge's `line_format` uses it: `%%` and
 * `%[flags][width][.precision]` with `d i u s x X o b B`. Other directives throw (a wrong format
 * fails Jekyll's build too), as do negative numbers in other bases than ten.
 */
export function sprintfInteger(format: string, n: number): string {
  let used = false;
  return format.replace(/%([-+ 0#]*)(\d*)(?:\.(\d*))?([a-zA-Z%])/g, (directive, flags: string, width: string, precision: string | undefined, type: string) => {
    if (type === '%' && directive === '%%') return '%';
    if (used) throw new TypeError(`too few arguments for ${JSON.stringify(format)}`);
    used = true;
    const radix = { d: 10, i: 10, u: 10, s: 10, x: 16, X: 16, o: 8, b: 2, B: 2 }[type];
    // Ruby shows negative numbers in other bases as two's complement (`..fd`): not worth copying.
    if (radix === undefined || (radix !== 10 && n < 0)) throw new TypeError(`unsupported line_format ${directive} for ${n}`);
    let digits = Math.abs(n).toString(radix);
    if (type === 'X') digits = digits.toUpperCase();
    if (type === 's') digits = String(n).slice(0, precision === undefined ? undefined : Number(precision));
    else if (precision !== undefined) digits = digits.padStart(Number(precision || 0), '0');
    let sign = '';
    if (type !== 's') sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const prefix = flags.includes('#') && n !== 0 ? { x: '0x', X: '0X', o: '0', b: '0b', B: '0B' }[type as 'x'] ?? '' : '';
    const body = sign + prefix + digits;
    const size = Number(width || 0);
    if (flags.includes('-')) return body.padEnd(size);
    if (flags.includes('0') && precision === undefined && type !== 's') return sign + prefix + digits.padStart(size - sign.length - prefix.length, '0');
    return body.padStart(size);
  });
}
