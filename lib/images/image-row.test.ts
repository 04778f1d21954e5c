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
      diskFormat: 'qcow2',
      size: 42,
      createdAt: '2026-01-01T00:00:00Z',
      owner: 'p-1',
      ownerName: 'team',
      ownerIsOfficial: true,
      tags: ['a'],
      failedImport: null,
      catalog: { kind: 'image', instanceId: null, os: null, loginUser: null, hidden: false },
    });
  });

  it('names the stores of a failed import, and fills what Glance left out', () => {
    const row = imageRow({ ...image, disk_format: undefined, size: undefined, os_glance_failed_import: 'ceph' }, { name: 'team', official: false }, 'default_user');
    expect(row).toMatchObject({ diskFormat: null, size: null, failedImport: 'ceph' });
  });
});
