'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { Button, type ButtonProps } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { settleAction, type ActionState } from '@/lib/action-state';

export interface ActionConfirmation {
  title: string;
  body: React.ReactNode;
  confirmLabel: string;
  tone?: 'primary' | 'danger';
}

interface ImageActionButtonProps {
  children: React.ReactNode;
  action: () => Promise<ActionState>;
  /** Ask first (for changes other people feel, or on another project's image). */
  confirm?: ActionConfirmation;
  variant?: ButtonProps['variant'];
  onDone?: () => void;
}

/** One server action behind a button: optional confirmation, pending state, toast with the outcome. */
export function ImageActionButton({ children, action, confirm, variant = 'secondary', onDone }: ImageActionButtonProps) {
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState(false);
  const router = useRouter();

  function run() {
    startTransition(async () => {
      const result = await settleAction(action());
      setAsking(false);
      // no answer: whether it was applied is unknown, so the page shows what Glance holds now
      if (result.status === 'error' && result.code === 'interrupted') router.refresh();
      if (result.status === 'error') toast.error(result.message);
      else if (result.status === 'success') {
        toast.success(result.message ?? 'Done.');
        onDone?.();
      }
    });
  }

  return (
    <>
      <Button variant={variant} size="sm" pending={pending && !asking} onClick={() => (confirm ? setAsking(true) : run())}>
        {children}
      </Button>
      {confirm && (
        <ConfirmDialog
          open={asking}
          onClose={() => setAsking(false)}
          onConfirm={run}
          title={confirm.title}
          confirmLabel={confirm.confirmLabel}
          tone={confirm.tone}
          pending={pending}
        >
          {confirm.body}
        </ConfirmDialog>
      )}
    </>
  );
}

/** The sentence every admin confirmation carries when the image is another project's. */
export function ForeignOwnerNotice({ owner }: { owner: string | null }) {
  if (!owner) return null;
  return (
    <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
      This image belongs to project <strong>{owner}</strong>, not to your project. You are acting on it as an administrator.
    </p>
  );
}
