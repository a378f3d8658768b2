/** A small least-recently-used cache on a Map (whose iteration order is insertion order). */

/** Holds at most `capacity` entries, evicting the least recently used. */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {}

  /** The entry for `key`, marked as most recently used, or undefined. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Stores `value` as the most recently used entry, evicting the oldest beyond capacity. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }

  /** Drops every entry. */
  clear(): void {
    this.entries.clear();
  }

  /** How many entries are held. */
  get size(): number {
    return this.entries.size;
  }
}
