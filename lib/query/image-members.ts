import { queryOptions } from '@tanstack/react-query';
import { membersResponseSchema, type MembersResponse } from '@/lib/images/sharing/members';

export const imageMembersKey = (imageId: string) => ['images', imageId, 'members'] as const;

async function fetchMembers(imageId: string): Promise<MembersResponse> {
  const res = await fetch(`/api/images/${encodeURIComponent(imageId)}/members`, { cache: 'no-store' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `Could not load the member projects (${res.status}).`);
  }
  return membersResponseSchema.parse(await res.json());
}

/** Member projects of one image, through the session-checked route handler. */
export function imageMembersQueryOptions(imageId: string) {
  return queryOptions({ queryKey: imageMembersKey(imageId), queryFn: () => fetchMembers(imageId) });
}
