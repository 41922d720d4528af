/**
 * Appends every item of `items` to `target`, in order. `target.push(...items)` passes each item as
 * an argument, and past about 100,000 of them the call overflows the stack: a post can hold more
 * words, lines or cells than that.
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** `String.fromCharCode(...codes)` for any number of codes, in pieces a call can take. */
export function fromCharCodes(codes: readonly number[]): string {
  const PIECE = 8_192;
  if (codes.length <= PIECE) return String.fromCharCode(...codes);
  let text = '';
  for (let at = 0; at < codes.length; at += PIECE) text += String.fromCharCode(...codes.slice(at, at + PIECE));
  return text;
}
