/**
 * Hands items on in the order of their indexes (0, 1, 2, …) while they arrive in any order: each
 * as soon as every item before it has been handed on.
 */
export function inOrder<T>(take: (item: T, index: number) => void): (index: number, item: T) => void {
  const waiting = new Map<number, T>();
  let next = 0;
  return (index, item) => {
    waiting.set(index, item);
    while (waiting.has(next)) {
      const ready = waiting.get(next) as T;
      waiting.delete(next);
      take(ready, next++);
    }
  };
}
