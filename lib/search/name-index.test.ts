import { describe, expect, it } from 'vitest';
import { batchForDensity, emptyNameIndex, findByName, incrementQuery, mergeIntoIndex, type ListedImage } from './name-index';

const row = (id: string, name: string | null, extra: Partial<ListedImage> = {}): ListedImage => ({
  id,
  name,
  owner: 'p-a',
  status: 'active',
  visibility: 'private',
  updated_at: '2026-01-01T00:00:00Z',
  ...extra,
});

describe('name index', () => {
  it('finds a substring in any case, and an image by its exact ID', () => {
    const index = mergeIntoIndex(emptyNameIndex(), [row('1', 'Ubuntu-24.04'), row('2', 'debian-12'), row('3', null), row('abc-id', 'x')]);
    expect(findByName(index, 'UBUNTU').map((i) => i.id)).toEqual(['1']);
    expect(findByName(index, 'an-1').map((i) => i.id)).toEqual(['2']);
    expect(findByName(index, 'abc-id').map((i) => i.id)).toEqual(['abc-id']);
    expect(findByName(index, 'nothing')).toEqual([]);
  });

  it('merges an increment: a renamed image is found by its new name only, and the cursor moves on', () => {
    const index = mergeIntoIndex(emptyNameIndex(), [row('1', 'old-name'), row('2', 'other', { updated_at: '2026-01-02T00:00:00Z' })]);
    mergeIntoIndex(index, [row('1', 'new-name', { updated_at: '2026-01-03T00:00:00Z' })]);
    expect(findByName(index, 'old-name')).toEqual([]);
    expect(findByName(index, 'new-name').map((i) => i.id)).toEqual(['1']);
    expect(index.newest).toBe('2026-01-03T00:00:00Z');
    expect(index.images.size).toBe(2);
  });

  it('keeps the newer copy when an older copy of a row arrives later', () => {
    const index = mergeIntoIndex(emptyNameIndex(), [row('1', 'newer', { updated_at: '2026-01-03T00:00:00Z' })]);
    mergeIntoIndex(index, [row('1', 'older', { updated_at: '2026-01-01T00:00:00Z' })]);
    expect(findByName(index, 'newer').map((i) => i.id)).toEqual(['1']);
  });

  it('asks for increments from the newest row seen, oldest first, same second included', () => {
    expect(incrementQuery(emptyNameIndex())).toEqual({ sort_key: 'updated_at', sort_dir: 'asc' });
    const index = mergeIntoIndex(emptyNameIndex(), [row('1', 'a', { updated_at: '2026-05-01T10:00:00Z' })]);
    expect(incrementQuery(index)).toEqual({ updated_at: 'gte:2026-05-01T10:00:00Z', sort_key: 'updated_at', sort_dir: 'asc' });
  });

  it('narrows hits to what the view lists: owner, visibility, status, owners left out or kept', () => {
    const index = mergeIntoIndex(emptyNameIndex(), [
      row('1', 'web-a', { owner: 'p-a' }),
      row('2', 'web-b', { owner: 'p-b', visibility: 'public' }),
      row('3', 'web-c', { owner: 'p-c', visibility: 'public', status: 'queued' }),
    ]);
    const ids = (scope: Parameters<typeof findByName>[2]) => findByName(index, 'web', scope).map((i) => i.id);
    expect(ids({ owner: 'p-a' })).toEqual(['1']);
    expect(ids({ visibility: 'public' })).toEqual(['2', '3']);
    expect(ids({ visibility: 'public', status: 'active' })).toEqual(['2']);
    expect(ids({ excludeOwners: ['p-b'] })).toEqual(['1', '3']);
    expect(ids({ onlyOwners: ['p-b', 'p-c'] })).toEqual(['2', '3']);
  });

  it('sizes walk batches by how dense the hits are', () => {
    expect(batchForDensity(1000, 10_000, 26, 1000)).toBe(390);
    expect(batchForDensity(10_000, 10_000, 26, 1000)).toBe(39);
    expect(batchForDensity(5, 100_000, 26, 1000)).toBe(1000);
    expect(batchForDensity(0, 0, 26, 1000)).toBe(1000);
  });
});
