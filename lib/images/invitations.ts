/**
 * The header's count of share invitations waiting for this project's answer: the rows of the
 * Shared-with-me tab's pending list, walked the same way (past the project's own shared images,
 * which Glance lists with them), up to a cap.
 */
import { DEFAULT_FILTERS, type ImageFilters } from './image-view';

/** Invitations counted exactly; past this many the badge says "100+". */
export const INVITATIONS_COUNTED = 100;

/** The view whose rows are counted: Shared with me, Pending invitations. */
export const PENDING_INVITATIONS: ImageFilters = { ...DEFAULT_FILTERS, tab: 'shared', share: 'pending' };

export interface InvitationCount {
  count: number;
  /** More to read: more than INVITATIONS_COUNTED, or the walk's budget ran out first. Shown as "count+". */
  capped: boolean;
}

/** The count from a walk of one page of INVITATIONS_COUNTED rows. */
export function invitationCount(walk: { images: readonly unknown[]; more: boolean }): InvitationCount {
  return { count: walk.images.length, capped: walk.more };
}
