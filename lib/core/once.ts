/**
 * A value built on first use and kept. Schemas are built this way: zod builds
 * each schema object eagerly, and the content script's first task is on every
 * page's critical path.
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
