import { describe, expect, it } from 'vitest';
import { curationOptions, isOfficialImage, promotionPatch, retirePatch } from './curation';

describe('promotionPatch', () => {
  it('moves ownership, publishes and un-hides an image of another project', () => {
    expect(promotionPatch({ owner: 'demo', visibility: 'private', os_hidden: true }, 'off')).toEqual([
      { op: 'replace', path: '/owner', value: 'off' },
      { op: 'replace', path: '/visibility', value: 'public' },
      { op: 'replace', path: '/os_hidden', value: false },
    ]);
  });

  it('only publishes a curator upload, and does nothing for an Official image', () => {
    expect(promotionPatch({ owner: 'off', visibility: 'shared' }, 'off')).toEqual([{ op: 'replace', path: '/visibility', value: 'public' }]);
    expect(promotionPatch({ owner: 'off', visibility: 'public', os_hidden: false }, 'off')).toEqual([]);
  });
});

describe('retirePatch', () => {
  it('hides or makes private, skipping what is already so', () => {
    expect(retirePatch({ owner: 'o', visibility: 'public' }, 'hide')).toEqual([{ op: 'replace', path: '/os_hidden', value: true }]);
    expect(retirePatch({ owner: 'o', visibility: 'public', os_hidden: true }, 'hide')).toEqual([]);
    expect(retirePatch({ owner: 'o', visibility: 'public' }, 'private')).toEqual([{ op: 'replace', path: '/visibility', value: 'private' }]);
    expect(retirePatch({ owner: 'o', visibility: 'private' }, 'private')).toEqual([]);
  });
});

describe('isOfficialImage', () => {
  it('needs public, listed and a curator owner', () => {
    expect(isOfficialImage({ owner: 'off', visibility: 'public' }, ['off'])).toBe(true);
    expect(isOfficialImage({ owner: 'off', visibility: 'public', os_hidden: true }, ['off'])).toBe(false);
    expect(isOfficialImage({ owner: 'off', visibility: 'private' }, ['off'])).toBe(false);
    expect(isOfficialImage({ owner: 'demo', visibility: 'public' }, ['off'])).toBe(false);
  });
});

describe('curationOptions', () => {
  const base = { owner: 'demo', visibility: 'private', status: 'active', official: false, ownerIsCurator: false };
  const actions = (image: Parameters<typeof curationOptions>[0], curators = true) => curationOptions(image, curators).map((o) => o.action);

  it('offers promote, publish and hide for a private image of a project', () => {
    expect(actions(base)).toEqual(['promote', 'publish', 'hide']);
    expect(actions(base, false)).toEqual(['publish', 'hide']);
  });

  it('offers publishing as Official (not plain publish) for a curator upload', () => {
    expect(actions({ ...base, owner: 'off', ownerIsCurator: true, visibility: 'shared' })).toEqual(['promote', 'hide', 'private']);
  });

  it('offers retire options for an Official image and restore once hidden', () => {
    expect(actions({ ...base, owner: 'off', ownerIsCurator: true, visibility: 'public', official: true })).toEqual(['hide', 'private']);
    expect(actions({ ...base, visibility: 'public', os_hidden: true })).toEqual(['promote', 'restore', 'private']);
    expect(actions({ ...base, owner: 'off', ownerIsCurator: true, visibility: 'public', os_hidden: true })).toEqual(['restore', 'private']);
  });

  it('blocks promotion of an image without data, with the reason', () => {
    const [promote] = curationOptions({ ...base, status: 'queued' }, true);
    expect(promote).toEqual({ action: 'promote', blockedBecause: expect.stringContaining('queued') });
  });
});
