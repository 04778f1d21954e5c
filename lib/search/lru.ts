/**
 * A least-recently-used map bounded by entry count and by a total cost (records, bytes, …):
 * setting or growing an entry evicts the least recently used others until both bounds hold.
 * An entry alone over `maxCost` is refused (`set` returns false).
 */
export class CostLru<K, V> {
  private readonly entries = new Map<K, { value: V; cost: number }>();
  private total = 0;

  constructor(private readonly limits: { maxEntries: number; maxCost: number }) {}

  get size(): number {
    return this.entries.size;
  }

  get totalCost(): number {
    return this.total;
  }

  /** The value, now the most recently used. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Read without touching the order. */
  peek(key: K): V | undefined {
    return this.entries.get(key)?.value;
  }

  set(key: K, value: V, cost: number): boolean {
    this.delete(key);
    if (cost > this.limits.maxCost) return false;
    this.entries.set(key, { value, cost });
    this.total += cost;
    this.evict(key);
    return true;
  }

  delete(key: K): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.total -= entry.cost;
    return true;
  }

  keys(): K[] {
    return [...this.entries.keys()];
  }

  private evict(keep: K) {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.total <= this.limits.maxCost) return;
      if (key === keep) continue;
      this.entries.delete(key);
      this.total -= entry.cost;
    }
  }
}
