/**
 * What `{{ value }}` prints, as Ruby's Liquid prints it (`to_s`, arrays joined without a
 * separator, nil as nothing).
 */
export function liquidOutput(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(liquidOutput).join('');
  if (value instanceof Date) return rubyTime(value);
  if (typeof value === 'object' && typeof (value as { toLiquid?: unknown }).toLiquid === 'function') return liquidOutput((value as { toLiquid: () => unknown }).toLiquid());
  return String(value);
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** Ruby's Time#to_s: `2024-06-12 09:30:00 +0900`, in the date's own offset (here the local one). */
function rubyTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())} ${sign}${pad(Math.trunc(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
}
