import { describe, expect, it } from 'vitest';
import { totalsByOwner } from './totals';

describe('totalsByOwner', () => {
  it('counts images, bytes, public and hidden per owner, largest first', () => {
    const totals = totalsByOwner([
      { owner: 'a', size: 10, visibility: 'private' },
      { owner: 'b', size: 100, visibility: 'public', os_hidden: true },
      { owner: 'a', size: null, visibility: 'public' },
      { owner: 'b', size: 5, visibility: 'shared' },
    ]);
    expect(totals).toEqual([
      { ownerId: 'b', images: 2, bytes: 105, publicImages: 1, hiddenImages: 1 },
      { ownerId: 'a', images: 2, bytes: 10, publicImages: 1, hiddenImages: 0 },
    ]);
  });

  it('groups images without an owner under an empty id', () => {
    expect(totalsByOwner([{ owner: null, size: 1, visibility: 'public' }])[0]!.ownerId).toBe('');
  });
});
