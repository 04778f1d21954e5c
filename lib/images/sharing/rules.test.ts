import { describe, expect, it } from 'vitest';
import { memberViewOf, sharingStep } from './rules';

describe('sharingStep', () => {
  it('adds members to shared images, switches others only when asked', () => {
    expect(sharingStep('shared', false)).toEqual({ kind: 'ready' });
    expect(sharingStep('private', true)).toEqual({ kind: 'make_shared' });
    expect(sharingStep('community', false)).toEqual({
      kind: 'refused',
      message: 'This image is community. Only shared images have member projects: switch it to Shared first.',
    });
  });
});

describe('memberViewOf', () => {
  const member = { member_id: 'p-alt', image_id: 'i', status: 'pending' as const, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-02T00:00:00Z' };

  it('names a project Keystone found, and marks one it could not look up as unchecked', () => {
    expect(memberViewOf(member, { name: 'alt' })).toEqual({
      projectId: 'p-alt',
      name: 'alt',
      check: 'found',
      status: 'pending',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-02T00:00:00Z',
    });
    expect(memberViewOf(member, null)).toMatchObject({ name: null, check: 'unchecked' });
  });
});
