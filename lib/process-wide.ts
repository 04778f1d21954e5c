/**
 * One value per Node process. Next builds pages, route handlers and API routes into separate
 * bundles, each with its own copy of a module's state: connection pools, circuit breakers and the
 * upload budget must be counted once for the whole server, so they live on `globalThis`.
 */
export function processWide<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`iris.${name}`);
  return (store[key] ??= create());
}
