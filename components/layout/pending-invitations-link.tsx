'use client';

import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { invitationCountQueryOptions } from '@/lib/query/images';

/**
 * Header link to the share invitations waiting for this project's answer. A client query
 * (a bounded walk of Glance's shared list through a route handler) so no page waits for it.
 */
export function PendingInvitationsLink({ projectId }: { projectId: string }) {
  const { data } = useQuery(invitationCountQueryOptions(projectId));
  if (!data?.count) return null;
  const count = `${data.count}${data.capped ? '+' : ''}`;
  return (
    <Link
      href="/images?tab=shared&share=pending"
      className="inline-flex h-8 shrink-0 items-center gap-2 rounded-md px-2 sm:px-3 text-sm font-medium text-amber-900 ring-1 ring-amber-300 ring-inset hover:bg-amber-50"
      data-testid="pending-invitations"
    >
      <span className="hidden sm:inline">Invitations</span>
      <span className="rounded-full bg-amber-700 px-1.5 text-xs font-semibold text-white">{count}</span>
      <span className="sr-only">{data.count === 1 ? 'image shared with your project waits' : 'images shared with your project wait'} for your answer</span>
    </Link>
  );
}
