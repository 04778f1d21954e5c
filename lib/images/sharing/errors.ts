import type { ActionErrorCode } from '@/lib/action-state';

export interface UpstreamFailure {
  status: number;
  detail: string;
}

export interface SharingMessage {
  code: ActionErrorCode;
  message: string;
}

/** "… Attempted: 129, Maximum: 128" → 128 (Glance's image_member_quota). */
export function memberQuotaOf(detail: string): number | null {
  const match = /Maximum:\s*(\d+)/i.exec(detail);
  return match ? Number(match[1]) : null;
}

/**
 * Messages for Glance's answers to POST /v2/images/{id}/members that a person can act on.
 * Returns null for answers the generic mapping describes well enough (5xx, 401, …).
 */
export function describeAddMemberFailure(failure: UpstreamFailure, project: string): SharingMessage | null {
  switch (failure.status) {
    case 409:
      return { code: 'conflict', message: `${project} is already a member of this image.` };
    case 413: {
      const quota = memberQuotaOf(failure.detail);
      const limit = quota === null ? 'the most member projects' : `${quota} member projects, the most`;
      return {
        code: 'too_large',
        message: `This image already has ${limit} this cloud allows (image_member_quota). Remove a member first, or ask your cloud operator to raise the limit.`,
      };
    }
    case 403:
      return /only shared images/i.test(failure.detail) || /create members/i.test(failure.detail)
        ? { code: 'forbidden', message: 'Only images with visibility “shared” can have member projects, and only their owner may add them.' }
        : { code: 'forbidden', message: `Glance did not allow this: ${failure.detail}` };
    case 404:
      return { code: 'not_found', message: 'That image no longer exists, or your project cannot see it.' };
    default:
      return null;
  }
}

export function describeRemoveMemberFailure(failure: UpstreamFailure): SharingMessage | null {
  if (failure.status === 403) return { code: 'forbidden', message: 'Only the project that owns this image can remove its members.' };
  return null;
}
