'use client';

import { useState } from 'react';
import { Button, Spinner } from '@/components/ui/button';
import { formatDate } from '@/lib/utils';
import type { MemberView } from '@/lib/sharing/members';
import { ImageSharingMemberStatus, MEMBER_STATUS_LABEL } from './image-sharing-member-status';

interface MemberTableProps {
  members: MemberView[];
  onRemove: (member: MemberView) => void;
}

function ProjectCell({ member }: { member: MemberView }) {
  const typedName = member.projectId.startsWith('typed:');
  return (
    <div className="min-w-0">
      <p className="font-medium text-slate-900">{member.name ?? <span className="font-mono text-xs">{member.projectId}</span>}</p>
      {member.name && !typedName && <p className="font-mono text-xs text-slate-500">{member.projectId}</p>}
      {!member.name && <p className="text-xs text-slate-500">Name not visible to your account</p>}
    </div>
  );
}

function RemoveControl({ member, onRemove }: { member: MemberView; onRemove: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const label = member.name ?? member.projectId;
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
            <th scope="col" className="px-4 py-2.5">Project</th>
            <th scope="col" className="px-4 py-2.5">Status</th>
            <th scope="col" className="px-4 py-2.5">Since</th>
            <th scope="col" className="px-4 py-2.5 text-right">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {members.map((member) => (
            <tr key={member.projectId} data-testid="member-row" data-project-id={member.projectId} aria-busy={member.optimistic || undefined}>
              <td className="px-4 py-3">
                <ProjectCell member={member} />
              </td>
              <td className="px-4 py-3">
                {member.optimistic ? (
                  <span className="inline-flex items-center gap-1.5 text-xs text-slate-600">
                    <Spinner className="size-3" /> Adding…
                  </span>
                ) : (
                  <ImageSharingMemberStatus status={member.status} />
                )}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600" title={`Invited ${formatDate(member.createdAt)}`}>
                {member.optimistic ? '—' : <Since member={member} />}
              </td>
              <td className="px-4 py-3 text-right">{!member.optimistic && <RemoveControl member={member} onRemove={() => onRemove(member)} />}</td>
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
