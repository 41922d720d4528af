/** Turns the answers `scripts/psych-oracle.ts` recorded from Ruby into the JavaScript values article-kit gives for them. */
export type RubyAnswer = { value: unknown } | { error: string; line?: number; column?: number };

/** A Ruby value as recorded (`{ int }`, `{ float }`, `{ date }`, `{ time }`, `{ hash }`) as the JavaScript value loading gives. */
export function fromRuby(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(fromRuby);
  const v = value as Record<string, unknown>;
  if (typeof v['int'] === 'string') return Number(v['int']);
  if (typeof v['float'] === 'string') return Number(v['float']);
  if (typeof v['date'] === 'string') return new Date(`${v['date']}T00:00:00.000Z`);
  if (typeof v['time'] === 'string') return new Date(v['time']);
  if (Array.isArray(v['hash'])) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of v['hash'] as [unknown, unknown][]) {
      const k = fromRuby(key);
      out[k === null ? '' : String(k)] = fromRuby(item);
    }
    return out;
  }
  return value;
}

/** Whether Jekyll reads the front matter: Psych loads it, and it is a mapping or nothing. */
export const jekyllReads = (answer: RubyAnswer): boolean =>
  'value' in answer && (answer.value === null || (typeof answer.value === 'object' && answer.value !== null && 'hash' in answer.value));

/** One JSON text for equal values whatever their key order: dates as ISO strings, NaN and infinities as text. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, x: unknown) => {
    if (typeof x === 'number' && !Number.isFinite(x)) return String(x);
    if (x !== null && typeof x === 'object' && !Array.isArray(x)) return Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return x;
  }) ?? 'undefined';
