'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTransition } from 'react';
import { toast } from 'sonner';
import { respondToShare } from './actions';
import { Button } from '@/components/ui/button';
import type { MemberStatus } from '@/lib/glance/constants';
import type { ShareState } from '@/lib/images/image-view';

interface ImagesShareActionsProps {
  imageId: string;
  name: string;
  state: ShareState;
}

const CHOICES: Record<ShareState, { status: MemberStatus; label: string; variant: 'primary' | 'secondary' | 'ghost' }[]> = {
  pending: [
    { status: 'accepted', label: 'Accept', variant: 'primary' },
    { status: 'rejected', label: 'Reject', variant: 'secondary' },
  ],
  rejected: [
    { status: 'accepted', label: 'Accept', variant: 'secondary' },
    { status: 'pending', label: 'Restore', variant: 'ghost' },
  ],
  accepted: [{ status: 'rejected', label: 'Reject', variant: 'ghost' }],
};

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
      {CHOICES[state].map((choice) => (
        <Button
          key={choice.status}
          type="button"
          size="sm"
          variant={choice.variant}
          disabled={pending}
          onClick={() => answer(choice.status)}
          aria-label={`${choice.label} ${name}${choice.status === 'pending' ? ' to pending invitations' : ''}`}
        >
          {choice.label}
        </Button>
      ))}
    </div>
  );
}
