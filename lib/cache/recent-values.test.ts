import { describe, expect, it, vi } from 'vitest';
import { RecentValues } from './recent-values';

describe('RecentValues', () => {
  it('loads once per key within the time limit, again after it', async () => {
    let now = 0;
    const values = new RecentValues<number>(1000, 10, () => now);
    const load = vi.fn(async () => now);
    expect(await values.get('a', load)).toBe(0);
    now = 999;
    expect(await values.get('a', load)).toBe(0);
    expect(load).toHaveBeenCalledTimes(1);
    now = 1000;
    expect(await values.get('a', load)).toBe(1000);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shares one load between concurrent callers and keeps keys apart', async () => {
    const values = new RecentValues<string>(1000, 10, () => 0);
    const load = vi.fn(async () => 'x');
    await Promise.all([values.get('a', load), values.get('a', load), values.get('b', async () => 'y')]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(await values.get('b', load)).toBe('y');
  });

  it('does not keep a failure', async () => {
    const values = new RecentValues<string>(1000, 10, () => 0);
    await expect(values.get('a', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await values.get('a', async () => 'up')).toBe('up');
  });

  it('drops the oldest keys beyond the maximum', async () => {
    const values = new RecentValues<string>(1000, 2, () => 0);
    for (const key of ['a', 'b', 'c']) await values.get(key, async () => key);
    const load = vi.fn(async () => 'again');
    expect(await values.get('a', load)).toBe('again');
    expect(await values.get('c', load)).toBe('c');
  });
});
