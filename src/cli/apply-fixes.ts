import type { Fix } from '../validate/diagnostic.ts';

export interface ApplyFixesResult {
  output: string;
  /** The fixes spliced in, in the order of their ranges. */
  applied: Fix[];
  /** Fixes left for the next run: they overlap one already taken, or are not valid edits of `text`. */
  skipped: Fix[];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function isValidFix(text: string, fix: Fix): boolean {
  const [start, end] = fix.range;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length
    && typeof fix.text === 'string' && !splitsPair(text, start) && !splitsPair(text, end) && !LONE_SURROGATE.test(fix.text);
}

/**
 * Splices fixes into `text`. Fixes are taken in order of range start (then end); one that
 * overlaps a fix already taken is skipped, as ESLint does, for the next run to apply. A fix that
 * starts exactly where a taken insertion sits is skipped too (their order would be a guess).
 * Invalid fixes (out of range, reversed, splitting a surrogate pair, or whose text holds a lone
 * surrogate, which UTF-8 cannot encode) are skipped. Everything outside the applied ranges is
 * kept as it was. Pure.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyFixesResult {
  const order = fixes
    .map((fix, index) => ({ fix, index }))
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1] || a.index - b.index);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const parts: string[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  let cursor = 0;
  for (const { fix } of order) {
    if (!isValidFix(text, fix)) {
      skipped.push(fix);
      continue;
    }
    const [start, end] = fix.range;
    const overlaps = applied.length > 0 && (start < lastEnd || (start === lastEnd && lastStart === lastEnd));
    if (overlaps) {
      skipped.push(fix);
      continue;
    }
    parts.push(text.slice(cursor, start), fix.text);
    cursor = end;
    lastStart = start;
    lastEnd = end;
    applied.push(fix);
  }
  parts.push(text.slice(cursor));
  return { output: parts.join(''), applied, skipped };
}
