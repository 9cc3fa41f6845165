/**
 * The one home of the core's module-level caches. Every cache is keyed by content (a text, a parsed object, a config
 * object, a host), never by time alone, so there is one invalidation story: a new text or config is a new key, and
 * old entries fall out by the cache's size bound or by garbage collection. `clearCaches()` drops every entry at once
 * (tests, a settings change that should not wait for keys to turn over); `cacheStats()` lists them with their sizes.
 *
 * A module creates its cache here instead of with `new Map`/`new WeakMap` (test/unit/architecture/caches.test.ts
 * checks that), so the list below is complete. It lives in the base layer because the lowest modules (yaml/) cache too.
 */

interface Registered {
  name: string;
  size(): number | undefined;
  clear(): void;
}

const registry: Registered[] = [];

/** A Map registered under `name` (`<folder>/<file> <variable>`); its own code bounds its size. */
export function cacheMap<K, V>(name: string): Map<K, V> {
  const map = new Map<K, V>();
  registry.push({ name, size: () => map.size, clear: () => map.clear() });
  return map;
}

/** A WeakMap-backed cache: entries live as long as their key object; `clearCaches()` drops them all. */
export class WeakCache<K extends object, V> {
  private entries = new WeakMap<K, V>();

  constructor(readonly name: string) {
    registry.push({ name, size: () => undefined, clear: () => (this.entries = new WeakMap<K, V>()) });
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  set(key: K, value: V): this {
    this.entries.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }
}

/** A cache some other shape holds (a single last entry): registered with how to clear it. */
export function registerCache(name: string, clear: () => void, size: () => number | undefined = () => undefined): void {
  registry.push({ name, size, clear });
}

/** Drops every cached entry of every registered cache. */
export function clearCaches(): void {
  for (const cache of registry) cache.clear();
}

/** Each registered cache with its entry count (undefined for weak caches, which cannot count). */
export function cacheStats(): Array<{ name: string; size: number | undefined }> {
  return registry.map((c) => ({ name: c.name, size: c.size() }));
}
