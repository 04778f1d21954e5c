'use client';

import { useState } from 'react';
import { Button, Spinner } from '@/components/ui/button';
import { cn, formatDate } from '@/lib/utils';
import type { MemberView } from '@/lib/images/sharing/members';
import { ImageSharingMemberProject } from './image-sharing-member-project';
import { ImageSharingMemberStatus, MEMBER_STATUS_LABEL } from './image-sharing-member-status';

interface MemberTableProps {
  members: MemberView[];
  onRemove: (member: MemberView) => void;
}

function RemoveControl({ member, onRemove }: { member: MemberView; onRemove: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const label = member.name ?? member.projectId;
  // no project has this ID, so removing it takes access from nobody: no confirmation step
  if (member.check === 'missing') {
    return (
      <Button variant="danger" size="sm" onClick={onRemove} aria-label={`Remove ${label}`}>
        Remove
      </Button>
    );
  }
  if (!confirming) {
    return (
      <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} aria-label={`Remove ${label}`}>
        Remove
      </Button>
    );
  }
  return (
    <div className="flex flex-wrap items-center justify-end gap-2" role="group" aria-label={`Confirm removing ${label}`}>
      <Button variant="danger" size="sm" onClick={onRemove} autoFocus>
        Remove access
      </Button>
      <Button variant="secondary" size="sm" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
    </div>
  );
}

// narrower on phones, where the three visible columns share 300-odd pixels
const cell = 'px-2 sm:px-4'; // + py-2.5 in the head, py-3 in rows

/** Member projects with their answer and since when; pending first. */
export function ImageSharingMemberTable({ members, onRemove }: MemberTableProps) {
  if (members.length === 0) {
    return (
      <div className="rounded-md border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
        No member projects yet. Add one above: it sees the image once it accepts the invitation.
      </div>
    );
  }
  // `relative` keeps the absolutely positioned sr-only cells inside the scroll box on narrow screens.
  return (
    <div className="relative overflow-x-auto rounded-md ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Member projects</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className={cn(cell, 'py-2.5')}>
              Project
            </th>
            <th scope="col" className={cn(cell, 'py-2.5')}>
              Status
            </th>
            <th scope="col" className={cn(cell, 'hidden py-2.5 sm:table-cell')}>
              Since
            </th>
            <th scope="col" className={cn(cell, 'py-2.5 text-right')}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {members.map((member) => (
            <tr key={member.projectId} data-testid="member-row" data-project-id={member.projectId} aria-busy={member.optimistic || undefined}>
              <td className={cn(cell, 'py-3')}>
                <ImageSharingMemberProject member={member} />
              </td>
              <td className={cn(cell, 'py-3 align-top')}>
                {member.optimistic ? (
                  <span className="inline-flex items-center gap-1.5 text-xs text-slate-600">
                    <Spinner className="size-3" /> Adding…
                  </span>
                ) : (
                  <ImageSharingMemberStatus status={member.status} />
                )}
              </td>
              <td className={cn(cell, 'hidden py-3 whitespace-nowrap text-slate-600 sm:table-cell')} title={`Invited ${formatDate(member.createdAt)}`}>
                {member.optimistic ? '—' : <Since member={member} />}
              </td>
              <td className={cn(cell, 'py-3 text-right align-top')}>{!member.optimistic && <RemoveControl member={member} onRemove={() => onRemove(member)} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Since({ member }: { member: MemberView }) {
  const changed = member.updatedAt !== member.createdAt;
  return (
    <span>
      <span className="sr-only">{MEMBER_STATUS_LABEL[member.status]} since </span>
      {formatDate(changed ? member.updatedAt : member.createdAt)}
      {!changed && member.status === 'pending' && <span className="block text-xs text-slate-500">invited, no answer yet</span>}
    </span>
  );
}
