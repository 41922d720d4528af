/**
 * The last index `i` below `count` whose `keyAt(i)` is at most `value`, for keys in ascending
 * order (binary search); 0 when none is, or when there are none: callers look at index 0 then.
 */
export function lastAtMost(count: number, keyAt: (index: number) => number, value: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (keyAt(mid) <= value) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}
