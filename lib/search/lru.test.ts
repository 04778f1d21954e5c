import { describe, expect, it } from 'vitest';
import { CostLru } from './lru';

describe('CostLru', () => {
  it('evicts the least recently used entry past the entry limit', () => {
    const lru = new CostLru<string, number>({ maxEntries: 2, maxCost: 100 });
    lru.set('a', 1, 1);
    lru.set('b', 2, 1);
    lru.get('a'); // b is now the oldest
    lru.set('c', 3, 1);
    expect(lru.keys().sort()).toEqual(['a', 'c']);
  });

  it('evicts by total cost, and counts a re-set entry at its new cost', () => {
    const lru = new CostLru<string, number>({ maxEntries: 10, maxCost: 10 });
    lru.set('a', 1, 4);
    lru.set('b', 2, 4);
    expect(lru.totalCost).toBe(8);
    lru.set('a', 1, 7); // a grew: b goes
    expect(lru.keys()).toEqual(['a']);
    expect(lru.totalCost).toBe(7);
  });

  it('refuses an entry that alone costs more than the limit', () => {
    const lru = new CostLru<string, number>({ maxEntries: 10, maxCost: 10 });
    lru.set('a', 1, 3);
    expect(lru.set('huge', 2, 11)).toBe(false);
    expect(lru.keys()).toEqual(['a']);
    expect(lru.totalCost).toBe(3);
  });

  it('peek does not change the order; delete frees the cost', () => {
    const lru = new CostLru<string, number>({ maxEntries: 2, maxCost: 100 });
    lru.set('a', 1, 5);
    lru.set('b', 2, 5);
    expect(lru.peek('a')).toBe(1);
    lru.set('c', 3, 5); // a is still the oldest
    expect(lru.keys()).toEqual(['b', 'c']);
    expect(lru.delete('b')).toBe(true);
    expect(lru.totalCost).toBe(5);
  });
});
