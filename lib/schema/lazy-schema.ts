/**
 * A schema (or a map of schemas) built the first time anything reads it, once. Building zod schemas is
 * not free (hundreds of schema objects, tens of milliseconds in a cold script), and every script that
 * imports a schema module would otherwise build all of its schemas as it loads: the content script,
 * which parses two kinds of message, would build every stored record's and export file's schema in the
 * page's first task. The stand-in has the schema's own type (so `z.infer` and `.shape` work as before)
 * and forwards every read and write to the schema, which it builds on the first.
 *
 * Not `z.lazy`: that is a schema of its own kind, without the built one's `.shape` and definition,
 * which callers and `z.extend` read.
 *
 * Marked free of side effects, so a bundle leaves out the schemas its script never reads.
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  // The target is only a placeholder; every trap answers for the built schema. Its descriptors are
  // reported configurable, as a proxy must for properties its (empty) target does not hold.
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
