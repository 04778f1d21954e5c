import { z } from 'zod';
import { MEMBER_STATUSES, VISIBILITIES } from '@/lib/glance/constants';

/**
 * What Iris knows about a member's project, since Glance accepts any string as a member:
 * `found` (Keystone named it, or the project answered the invitation), `missing` (Keystone,
 * asked with this user's token, has no project with this ID), `unchecked` (this user's
 * token may not look the project up).
 */
export const PROJECT_CHECKS = ['found', 'missing', 'unchecked'] as const;
export type ProjectCheck = (typeof PROJECT_CHECKS)[number];

/** One member project as the sharing panel shows it; `name` is null where Keystone hides it. */
export const memberViewSchema = z.object({
  projectId: z.string(),
  name: z.string().nullable(),
  check: z.enum(PROJECT_CHECKS),
  status: z.enum(MEMBER_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Client-only: an optimistic row the server has not confirmed yet. */
  optimistic: z.boolean().optional(),
});
export type MemberView = z.infer<typeof memberViewSchema>;

/** GET /api/images/{id}/members. Non-shared images have no members (Glance answers 403). */
export const membersResponseSchema = z.object({
  visibility: z.enum(VISIBILITIES),
  members: z.array(memberViewSchema),
});
export type MembersResponse = z.infer<typeof membersResponseSchema>;

/** Arguments of the member actions, checked again on the server. */
export const memberIdSchema = z.string().trim().min(1, 'Choose a member.').max(255);
export const projectInputSchema = z.string().trim().min(1, 'Enter a project name or ID.').max(255, 'That is too long for a project name or ID.');

/** What Keystone said about a member's project ID: named it, has no such project, or would not say. */
export type ProjectLookup = 'named' | 'not_found' | 'unknown';

/** A project that answered the invitation exists (or did); one Keystone denies is missing. */
export function projectCheckOf(status: MemberView['status'], lookup: ProjectLookup): ProjectCheck {
  if (lookup === 'named') return 'found';
  if (lookup === 'not_found') return 'missing';
  return status === 'pending' ? 'unchecked' : 'found';
}

const ORDER = { pending: 0, accepted: 1, rejected: 2 } as const;

/** Pending first (the owner waits on those), then accepted, then rejected; newest first inside. */
export function sortMembers(members: MemberView[]): MemberView[] {
  return [...members].sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.createdAt.localeCompare(a.createdAt));
}

/** Optimistic add: a pending row at once; replaced by the server's record when it answers. */
export function withOptimisticMember(data: MembersResponse, member: { projectId: string; name: string | null }, now: string): MembersResponse {
  const row: MemberView = { ...member, check: 'unchecked', status: 'pending', createdAt: now, updatedAt: now, optimistic: true };
  return { ...data, members: [row, ...data.members.filter((m) => m.projectId !== member.projectId)] };
}

export function withoutMember(data: MembersResponse, projectId: string): MembersResponse {
  return { ...data, members: data.members.filter((m) => m.projectId !== projectId) };
}

/** Find a member by what the owner typed: the ID in any accepted spelling, or the shown name. */
export function findMember(members: MemberView[], typed: string, normalizedId: string | null): MemberView | undefined {
  const value = typed.trim();
  return members.find((m) => m.projectId === (normalizedId ?? value) || (m.name !== null && m.name === value));
}

/** Swap the optimistic row for the member record the server returned. */
export function withConfirmedMember(data: MembersResponse, optimisticId: string, member: MemberView): MembersResponse {
  const rest = data.members.filter((m) => m.projectId !== optimisticId && m.projectId !== member.projectId);
  return { visibility: 'shared', members: [member, ...rest] };
}
