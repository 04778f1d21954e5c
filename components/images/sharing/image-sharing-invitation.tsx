'use client';

import { useRouter } from 'next/navigation';
import { useOptimistic, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { respondToShare } from './actions';
import { INVITATION_ANSWERS, ShareAnswerButtons } from './share-answer-buttons';
import type { MemberStatus } from '@/lib/glance/constants';
import type { Member } from '@/lib/glance/schemas';
import { cli as commands, shellQuote } from '@/lib/images/cli';
import { formatDate } from '@/lib/utils';
import { ImageSharingCli } from './image-sharing-cli';
import { ImageSharingMemberStatus } from './image-sharing-member-status';

interface InvitationProps {
  imageId: string;
  /** null when Keystone does not show this user the owner's name. */
  ownerName: string | null;
  projectName: string;
  member: Member;
}

function explain(status: MemberStatus, owner: string, project: string, since: string) {
  switch (status) {
    case 'pending':
      return `${owner} shared this image with your project ${project}. Accept it to list it with your images; reject it to keep it out of your lists.`;
    case 'accepted':
      return `Your project accepted this image (${since}): it appears in your image lists. You can hide it again at any time.`;
    case 'rejected':
      return `Your project rejected this image (${since}): it is hidden from your lists. You can still accept it.`;
  }
}

/** Consumer side of sharing: the current project's answer to an invitation, and changing it. */
export function ImageSharingInvitation({ imageId, ownerName, projectName, member }: InvitationProps) {
  const owner = ownerName ? `Project ${ownerName}` : 'The project that owns it';
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setOptimisticStatus] = useOptimistic(member.status);

  function answer(next: MemberStatus) {
    startTransition(async () => {
      setOptimisticStatus(next);
      const result = await respondToShare(imageId, next);
      if (result.status === 'error') toast.error(result.message);
      else {
        toast.success(result.status === 'success' && result.message ? result.message : 'Saved.');
        router.refresh();
      }
    });
  }

  const since = formatDate(member.updated_at);
  const cli = INVITATION_ANSWERS[status].map((choice) => ({ label: choice.label, command: commands[commandOf(choice.status)](imageId) }));
  return (
    <div className="grid items-start gap-6 lg:grid-cols-3">
      <section aria-labelledby="invitation-heading" className="min-w-0 space-y-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 lg:col-span-2">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="invitation-heading" className="text-base font-semibold text-slate-900">
            {ownerName ? `Invitation from ${ownerName}` : 'Invitation to use this image'}
          </h2>
          <span data-testid="invitation-status" aria-live="polite">
            <ImageSharingMemberStatus status={status} />
          </span>
        </div>
        <p className="text-sm text-slate-700">{explain(status, owner, projectName, since)}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">Invited</dt>
          <dd>{formatDate(member.created_at)}</dd>
          <dt className="text-slate-500">Last answer</dt>
          <dd>{member.updated_at === member.created_at ? 'none yet' : since}</dd>
        </dl>
        <div className="flex flex-wrap gap-2">
          <ShareAnswerButtons answers={INVITATION_ANSWERS[status]} disabled={pending} onAnswer={answer} />
        </div>
        <p className="text-xs text-slate-500">
          Your answer only decides whether the image is listed for your project. Its owner decides access: until the owner removes your project,
          your project can use this image by ID whatever you answer.
        </p>
      </section>
      <aside className="min-w-0">
        <ImageSharingCli commands={cli} note={`Run these with your project ${projectName} selected (for example OS_PROJECT_NAME=${shellQuote(projectName)}).`} />
      </aside>
    </div>
  );
}

function commandOf(status: MemberStatus): 'accept' | 'reject' | 'pending' {
  return status === 'accepted' ? 'accept' : status === 'rejected' ? 'reject' : 'pending';
}
