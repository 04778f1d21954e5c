import { describe, expect, it } from 'vitest';
import { describeAddMemberFailure, describeRemoveMemberFailure, memberQuotaOf } from './errors';

// Details as extractErrorDetail leaves them (real Glance 25 bodies, see NOTES.md and artifacts/).
const QUOTA =
  'Image member limit exceeded for image 66ec9ca6-912f-4ea7-b2b4-927e96851e70: The limit has been exceeded on the number of allowed image members for this image. Attempted: 129, Maximum: 128:';

describe('describeAddMemberFailure', () => {
  it('maps the member quota (413) to the limit and what to do', () => {
    expect(memberQuotaOf(QUOTA)).toBe(128);
    const result = describeAddMemberFailure({ status: 413, detail: QUOTA }, 'alt');
    expect(result).toMatchObject({ code: 'too_large' });
    expect(result?.message).toContain('128 member projects');
    expect(result?.message).toContain('Remove a member first');
  });

  it('maps a duplicate (409) to the project name', () => {
    expect(describeAddMemberFailure({ status: 409, detail: 'Member x is duplicated for image y' }, 'alt')).toEqual({
      code: 'conflict',
      message: 'alt is already a member of this image.',
    });
  });

  it('explains the 403 for non-shared images', () => {
    expect(describeAddMemberFailure({ status: 403, detail: 'Not allowed to create members for image y.' }, 'alt')?.message).toContain('shared');
  });

  it('leaves server failures to the generic mapping', () => {
    expect(describeAddMemberFailure({ status: 500, detail: 'boom' }, 'alt')).toBeNull();
  });
});

describe('describeRemoveMemberFailure', () => {
  it('says only the owner may remove members', () => {
    expect(describeRemoveMemberFailure({ status: 403, detail: 'x' })?.code).toBe('forbidden');
    expect(describeRemoveMemberFailure({ status: 500, detail: 'x' })).toBeNull();
  });
});
