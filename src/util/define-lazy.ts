/**
 * Makes `object[key]` computed on first read (or replaced by a first write), then a plain data
 * property again, in the same place among the object's keys. A key whose value comes out
 * `undefined` is removed, as a literal would leave it out. For work most readers never ask for:
 * `article.url` builds Jekyll's whole post model, which no rule of `check` reads.
 */
export function defineLazy<T extends object, K extends keyof T & string>(object: T, key: K, compute: () => T[K]): void {
  const settle = (target: T, value: T[K]): void => {
    if (value === undefined) delete target[key];
    else Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(object, key, {
    get(this: T) {
      const value = compute();
      settle(this, value);
      return value;
    },
    set(this: T, value: T[K]) {
      settle(this, value);
    },
    enumerable: true,
    configurable: true,
  });
}
