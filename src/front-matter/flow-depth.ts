/** yaml recurses once per flow level and can exhaust the stack past any try/catch. */
export const MAX_FLOW_DEPTH = 200;

/** @internal The offset where flow collections nest past MAX_FLOW_DEPTH, if they do. */
export function flowDepthExceeded(text: string): number | undefined {
  let depth = 0;
  let quote = 0; // the open quote's char code, 0 outside quotes
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote || c === 0x0a) quote = 0;
      continue;
    }
    if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
    else if (c === 0x23 && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    }
  }
  return undefined;
}
