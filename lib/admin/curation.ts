import type { JsonPatchOperation } from '@/lib/glance/json-patch';

export interface CuratedImage {
  owner: string | null;
  visibility: string;
  os_hidden?: boolean;
}

/**
 * Official = public, listed, and owned by a curator project. Promotion moves ownership only
 * when needed (admins may replace /owner on Glance's legacy policy; verified on 25.1.0), then
 * publishes and un-hides, in one PATCH so nobody sees a half-promoted image.
 */
export function promotionPatch(image: CuratedImage, officialOwnerId: string): JsonPatchOperation[] {
  const ops: JsonPatchOperation[] = [];
  if (image.owner !== officialOwnerId) ops.push({ op: 'replace', path: '/owner', value: officialOwnerId });
  if (image.visibility !== 'public') ops.push({ op: 'replace', path: '/visibility', value: 'public' });
  if (image.os_hidden) ops.push({ op: 'replace', path: '/os_hidden', value: false });
  return ops;
}

export const RETIRE_MODES = ['hide', 'private'] as const;
export type RetireMode = (typeof RETIRE_MODES)[number];

/** Hide keeps the image bootable by ID; private also takes it away from other projects. */
export function retirePatch(image: CuratedImage, mode: RetireMode): JsonPatchOperation[] {
  if (mode === 'hide') return image.os_hidden ? [] : [{ op: 'replace', path: '/os_hidden', value: true }];
  return image.visibility === 'private' ? [] : [{ op: 'replace', path: '/visibility', value: 'private' }];
}

export function isOfficialImage(image: CuratedImage, officialOwnerIds: readonly string[]): boolean {
  return image.visibility === 'public' && !image.os_hidden && !!image.owner && officialOwnerIds.includes(image.owner);
}

export type CurationAction = 'promote' | 'publish' | 'hide' | 'private' | 'restore';

export interface CurationTarget extends CuratedImage {
  status: string;
  official: boolean;
  ownerIsCurator: boolean;
}

export interface CurationOption {
  action: CurationAction;
  /** Why it cannot be chosen right now; absent when it can. */
  blockedBecause?: string;
}

/** The curation steps that would change something for this image, in the order offered. */
export function curationOptions(image: CurationTarget, curatorsConfigured: boolean): CurationOption[] {
  const options: CurationOption[] = [];
  // a hidden Official image comes back with "restore"; promoting it would do the same thing
  const hiddenOfficial = image.ownerIsCurator && image.visibility === 'public';
  if (!image.official && !hiddenOfficial && curatorsConfigured) {
    options.push(image.status === 'active' ? { action: 'promote' } : { action: 'promote', blockedBecause: `It is ${image.status}: only active images with data can become Official.` });
  }
  if (image.visibility !== 'public' && !image.ownerIsCurator) options.push({ action: 'publish' });
  if (image.os_hidden) options.push({ action: 'restore' });
  else options.push({ action: 'hide' });
  if (image.visibility !== 'private') options.push({ action: 'private' });
  return options;
}
