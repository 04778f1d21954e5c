'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { respondToShare } from './actions';
import { LIST_ANSWERS, ShareAnswerButtons } from './share-answer-buttons';
import type { MemberStatus } from '@/lib/glance/constants';
import type { ShareState } from '@/lib/images/image-view';

interface ImagesShareActionsProps {
  imageId: string;
  name: string;
  state: ShareState;
}

/** This project's answer to an image another project shared with it. */
export function ImagesShareActions({ imageId, name, state }: ImagesShareActionsProps) {
  const [pending, startTransition] = useTransition();
  const queryClient = useQueryClient();

  function answer(status: MemberStatus) {
    startTransition(async () => {
      const result = await respondToShare(imageId, status);
      if (result.status === 'error') {
        toast.error(result.message);
        return;
      }
      if (result.status === 'success') toast.success(`${name}: ${result.message ?? 'done'}`);
      await queryClient.invalidateQueries({ queryKey: ['invitations'] });
    });
  }

  return (
    <div className="flex items-center gap-2" aria-busy={pending || undefined}>
      <ShareAnswerButtons
        answers={LIST_ANSWERS[state]}
        type="button"
        size="sm"
        disabled={pending}
        onAnswer={answer}
        nameOf={(choice) => `${choice.label} ${name}${choice.status === 'pending' ? ' to pending invitations' : ''}`}
      />
    </div>
  );
}
