import { describe, expect, it } from 'vitest';
import type { Image } from '@/lib/glance/schemas';
import { imageRow } from './image-row';

const image = {
  id: 'i-1',
  name: 'debian',
  status: 'active',
  visibility: 'public',
  protected: false,
  owner: 'p-1',
  disk_format: 'qcow2',
  size: 42,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-02T00:00:00Z',
  tags: ['a'],
  checksum: 'abc',
  os_hash_value: 'long',
  locations: [{ url: 'file:///secret' }],
  hw_custom: 'x',
} as Image;

describe('imageRow', () => {
  it('keeps only what a list row shows', () => {
    expect(imageRow(image, { name: 'team', official: true }, 'default_user')).toEqual({
      id: 'i-1',
      name: 'debian',
      status: 'active',
      visibility: 'public',
      protected: false,
      owner: 'p-1',
      createdAt: '2026-01-01T00:00:00Z',
      diskFormat: 'qcow2',
      size: 42,
      ownerName: 'team',
      ownerIsOfficial: true,
      tags: ['a'],
    });
  });

  it('leaves out what is empty, so 25 rows carry no nulls', () => {
    const row = imageRow({ ...image, disk_format: null, size: undefined, tags: [] }, { name: 'p-1', official: false }, 'default_user');
    expect(row).toEqual({ id: 'i-1', name: 'debian', status: 'active', visibility: 'public', protected: false, owner: 'p-1', createdAt: '2026-01-01T00:00:00Z' });
  });

  it('names the stores of a failed import, and the catalog facts a row shows', () => {
    const row = imageRow(
      { ...image, os_glance_failed_import: 'ceph', image_type: 'snapshot', os_hidden: true, os_distro: 'debian', os_version: '12', default_user: 'debian' },
      { name: 'team', official: false },
      'default_user',
    );
    expect(row).toMatchObject({ failedImport: 'ceph', snapshot: true, hidden: true, os: 'debian 12', loginUser: 'debian' });
    expect(row).not.toHaveProperty('ownerIsOfficial');
  });
});
