import { describe, expect, it } from 'vitest';
import { findMember, projectCheckOf, sortMembers, withConfirmedMember, withOptimisticMember, withoutMember, type MemberView } from './members';

const member = (projectId: string, status: MemberView['status'], createdAt: string, name: string | null = null): MemberView => ({
  projectId,
  name,
  check: 'found',
  status,
  createdAt,
  updatedAt: createdAt,
});

const A = member('a'.repeat(32), 'accepted', '2026-01-01T00:00:00Z', 'alt');
const P = member('b'.repeat(32), 'pending', '2026-01-02T00:00:00Z');
const R = member('c'.repeat(32), 'rejected', '2026-01-03T00:00:00Z');

describe('sortMembers', () => {
  it('puts pending first, then accepted, then rejected', () => {
    expect(sortMembers([R, A, P]).map((m) => m.status)).toEqual(['pending', 'accepted', 'rejected']);
  });
});

describe('projectCheckOf', () => {
  it('trusts a name from Keystone and a project that answered, flags one Keystone denies', () => {
    expect(projectCheckOf('pending', 'named')).toBe('found');
    expect(projectCheckOf('accepted', 'unknown')).toBe('found');
    expect(projectCheckOf('rejected', 'unknown')).toBe('found');
    expect(projectCheckOf('pending', 'unknown')).toBe('unchecked');
    expect(projectCheckOf('pending', 'not_found')).toBe('missing');
    // a project deleted after it accepted
    expect(projectCheckOf('accepted', 'not_found')).toBe('missing');
  });
});

describe('optimistic updates', () => {
  const data = { visibility: 'shared' as const, members: [A] };

  it('adds a pending optimistic row on top, and rolls back to the snapshot untouched', () => {
    const next = withOptimisticMember(data, { projectId: 'typed:beta', name: 'beta' }, '2026-02-01T00:00:00Z');
    expect(next.members[0]).toMatchObject({ projectId: 'typed:beta', status: 'pending', optimistic: true });
    expect(next.members).toHaveLength(2);
    expect(data.members).toEqual([A]);
  });

  it('replaces the optimistic row with the server record', () => {
    const optimistic = withOptimisticMember(data, { projectId: 'typed:beta', name: 'beta' }, '2026-02-01T00:00:00Z');
    const confirmed = withConfirmedMember(optimistic, 'typed:beta', P);
    expect(confirmed.members).toEqual([P, A]);
    expect(confirmed.visibility).toBe('shared');
  });

  it('removes a member by project ID', () => {
    expect(withoutMember({ visibility: 'shared', members: [A, P] }, A.projectId).members).toEqual([P]);
  });
});

describe('findMember', () => {
  it('finds a member by ID or by its shown name', () => {
    expect(findMember([A, P], 'alt', null)).toBe(A);
    expect(findMember([A, P], 'B'.repeat(32), 'b'.repeat(32))).toBe(P);
    expect(findMember([A, P], 'someone', null)).toBeUndefined();
  });
});
