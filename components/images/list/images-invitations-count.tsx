'use client';

import { useQuery } from '@tanstack/react-query';
import { invitationCountQueryOptions } from '@/lib/query/images';

/** Small amber count of pending share invitations, next to the Shared-with-me tab. */
export function ImagesInvitationsCount({ projectId }: { projectId: string }) {
  const { data } = useQuery(invitationCountQueryOptions(projectId));
  if (!data?.count) return null;
  const label = `${data.count}${data.capped ? '+' : ''}`;
  return (
    <span className="rounded-full bg-amber-100 px-1.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300 ring-inset">
      {label}
      <span className="sr-only"> pending {data.count === 1 ? 'invitation' : 'invitations'}</span>
    </span>
  );
}
