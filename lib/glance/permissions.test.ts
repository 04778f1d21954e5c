import { describe, expect, it } from 'vitest';
import {
  canChooseForDelete,
  canDeactivate,
  canDelete,
  canDownload,
  canEdit,
  canManageMembers,
  canPublicize,
  canReactivate,
  canSetVisibility,
  canUploadData,
  isOwner,
  type ImageAccessFacts,
  type Viewer,
} from './permissions';

const image = (over: Partial<ImageAccessFacts> = {}): ImageAccessFacts => ({
  owner: 'p-demo',
  status: 'active',
  visibility: 'private',
  protected: false,
  ...over,
});
const owner: Viewer = { projectId: 'p-demo', isAdmin: false };
const stranger: Viewer = { projectId: 'p-alt', isAdmin: false };
const admin: Viewer = { projectId: 'p-admin', isAdmin: true };

describe('isOwner', () => {
  it('compares the owner with the session project', () => {
    expect(isOwner(image(), owner)).toBe(true);
    expect(isOwner(image(), stranger)).toBe(false);
    expect(isOwner(image({ owner: null }), owner)).toBe(false);
  });
});

describe('canEdit', () => {
  it('allows the owner and admins, refuses others with a reason', () => {
    expect(canEdit(image(), owner).allowed).toBe(true);
    expect(canEdit(image(), admin).allowed).toBe(true);
    const refused = canEdit(image({ visibility: 'public' }), stranger);
    expect(refused).toEqual({ allowed: false, reason: expect.stringContaining('owns this image') });
  });
  it('refuses images being deleted', () => {
    expect(canEdit(image({ status: 'pending_delete' }), owner).allowed).toBe(false);
  });
});

describe('canDelete', () => {
  it('refuses protected images even for the owner and admins', () => {
    for (const viewer of [owner, admin]) {
      const result = canDelete(image({ protected: true }), viewer);
      expect(result.allowed).toBe(false);
      expect(!result.allowed && result.reason).toMatch(/protected/);
    }
  });
  it('allows owner and admin on unprotected images, never a stranger', () => {
    expect(canDelete(image(), owner).allowed).toBe(true);
    expect(canDelete(image({ owner: 'p-alt' }), admin).allowed).toBe(true);
    expect(canDelete(image({ visibility: 'community' }), stranger).allowed).toBe(false);
  });
});

describe('canChooseForDelete', () => {
  it('lets owners and admins pick protected images (the dialog explains), never strangers', () => {
    expect(canChooseForDelete(image({ protected: true }), owner).allowed).toBe(true);
    expect(canChooseForDelete(image({ owner: 'p-alt', protected: true }), admin).allowed).toBe(true);
    expect(canChooseForDelete(image({ visibility: 'public' }), stranger)).toEqual({ allowed: false, reason: expect.stringContaining('owns this image') });
  });
  it('refuses images already being deleted', () => {
    expect(canChooseForDelete(image({ status: 'pending_delete' }), owner).allowed).toBe(false);
  });
});

describe('canManageMembers', () => {
  it('needs the owner and a shared image', () => {
    expect(canManageMembers(image({ visibility: 'shared' }), owner).allowed).toBe(true);
    expect(canManageMembers(image({ visibility: 'private' }), owner).allowed).toBe(false);
    expect(canManageMembers(image({ visibility: 'shared' }), stranger).allowed).toBe(false);
  });
});

describe('visibility', () => {
  it('lets only admins publicize', () => {
    expect(canPublicize(admin).allowed).toBe(true);
    expect(canPublicize(owner).allowed).toBe(false);
    expect(canSetVisibility(image(), owner, 'public').allowed).toBe(false);
    expect(canSetVisibility(image(), admin, 'public').allowed).toBe(true);
  });
  it('lets the owner pick any non-public visibility, and keep public if already public', () => {
    for (const target of ['private', 'shared', 'community'] as const) expect(canSetVisibility(image(), owner, target).allowed).toBe(true);
    expect(canSetVisibility(image({ visibility: 'public' }), owner, 'public').allowed).toBe(true);
  });
  it('refuses strangers whatever the target', () => {
    expect(canSetVisibility(image({ visibility: 'public' }), stranger, 'private').allowed).toBe(false);
  });
});

describe('deactivate / reactivate', () => {
  it('follows the status', () => {
    expect(canDeactivate(image(), owner).allowed).toBe(true);
    expect(canDeactivate(image({ status: 'queued' }), owner).allowed).toBe(false);
    expect(canReactivate(image({ status: 'deactivated' }), owner).allowed).toBe(true);
    expect(canReactivate(image(), owner).allowed).toBe(false);
  });
  it('is for the owner or an admin only', () => {
    expect(canDeactivate(image({ owner: 'p-other' }), admin).allowed).toBe(true);
    expect(canDeactivate(image({ visibility: 'public' }), stranger).allowed).toBe(false);
    expect(canReactivate(image({ status: 'deactivated' }), stranger).allowed).toBe(false);
  });
});

describe('canDownload', () => {
  it('needs data; deactivated data is for admins only', () => {
    expect(canDownload(image(), stranger).allowed).toBe(true);
    expect(canDownload(image({ status: 'queued' }), owner).allowed).toBe(false);
    expect(canDownload(image({ status: 'deactivated' }), owner).allowed).toBe(false);
    expect(canDownload(image({ status: 'deactivated' }), admin).allowed).toBe(true);
  });
});

describe('canUploadData', () => {
  it('is for the owner of a queued image', () => {
    expect(canUploadData(image({ status: 'queued' }), owner).allowed).toBe(true);
    expect(canUploadData(image({ status: 'active' }), owner).allowed).toBe(false);
    expect(canUploadData(image({ status: 'queued' }), stranger).allowed).toBe(false);
  });
});
