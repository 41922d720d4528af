/**
 * `text` as a YAML scalar that loads as exactly that string: in double quotes when it holds no
 * `"` or `\` (so `'임영웅' 신곡` stays readable), else in single quotes with each `'` doubled.
 * For text on one line.
 */
export function quoteScalar(text: string): string {
  if (!text.includes('"') && !text.includes('\\')) return `"${text}"`;
  return `'${text.replace(/'/g, "''")}'`;
}
