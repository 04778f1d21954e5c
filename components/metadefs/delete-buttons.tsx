'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { protectedNamespaceMessage } from '@/lib/admin/metadefs';
import { deleteNamespace, deleteProperty } from './actions';
import { METADEFS_HREF } from './links';

/** Delete a namespace after a confirmation; a protected one gets no working button, and says why. */
export function DeleteNamespaceButton({ namespace, isProtected, propertyCount }: { namespace: string; isProtected: boolean; propertyCount: number }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, startTransition] = useTransition();
  if (isProtected) {
    return (
      <div className="space-y-1">
        <Button type="button" variant="danger" size="sm" disabled aria-describedby="ns-protected-note">
          Delete namespace
        </Button>
        <p id="ns-protected-note" className="text-sm text-slate-600">
          {protectedNamespaceMessage(namespace)}
        </p>
      </div>
    );
  }
  const confirm = () =>
    startTransition(async () => {
      const result = await deleteNamespace(namespace);
      setAsking(false);
      if (result.status === 'success') {
        toast.success(result.message ?? 'Namespace deleted.');
        router.push(METADEFS_HREF);
      } else if (result.status === 'error') toast.error(result.message);
    });
  return (
    <>
      <Button type="button" variant="danger" size="sm" onClick={() => setAsking(true)}>
        Delete namespace
      </Button>
      <ConfirmDialog open={asking} onClose={() => setAsking(false)} onConfirm={confirm} title={`Delete ${namespace}?`} confirmLabel="Delete namespace" tone="danger" pending={pending}>
        <p>
          Its {propertyCount === 1 ? 'property' : `${propertyCount} properties`} and objects go with it, and Create and Edit stop offering them. Images keep the values already set.
        </p>
      </ConfirmDialog>
    </>
  );
}

/** Delete one property of a namespace, after a confirmation; disabled (described by `blockedBy`) in a protected namespace. */
export function DeletePropertyButton({ namespace, name, blockedBy }: { namespace: string; name: string; blockedBy?: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const result = await deleteProperty(namespace, name);
      setAsking(false);
      if (result.status === 'success') {
        toast.success(result.message ?? 'Property deleted.');
        router.refresh();
      } else if (result.status === 'error') toast.error(result.message);
    });
  return (
    <>
      <Button type="button" variant="ghost" size="sm" onClick={() => setAsking(true)} aria-label={`Delete property ${name}`} disabled={!!blockedBy} aria-describedby={blockedBy}>
        Delete
      </Button>
      <ConfirmDialog open={asking} onClose={() => setAsking(false)} onConfirm={confirm} title={`Delete property ${name}?`} confirmLabel="Delete property" tone="danger" pending={pending}>
        <p>Create and Edit stop offering it. Images keep the values already set.</p>
      </ConfirmDialog>
    </>
  );
}
