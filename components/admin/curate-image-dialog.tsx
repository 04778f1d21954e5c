'use client';

import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { promoteToOfficial, publishImage, restoreImage, retireImage } from '@/app/(dashboard)/admin/images/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { curationOptions, type CurationAction } from '@/lib/admin/curation';
import type { AdminImageRow, OfficialOwner } from '@/lib/admin/types';
import { CurationChoices } from './curation-choices';
import { curationCopy } from './curation-copy';
import { ImageStateBadges } from './image-state-badges';

export interface CurateImageDialogProps {
  image: AdminImageRow;
  curators: OfficialOwner[];
  currentProject: { id: string; name: string };
  initialAction?: CurationAction;
  onClose: () => void;
}

function run(action: CurationAction, image: AdminImageRow, curatorId: string | undefined): Promise<ActionState> {
  if (action === 'promote') return promoteToOfficial(image.id, curatorId);
  if (action === 'publish') return publishImage(image.id);
  if (action === 'restore') return restoreImage(image.id);
  return retireImage(image.id, action);
}

/** One modal for every curation step: pick, read the consequence, confirm. */
export function CurateImageDialog({ image, curators, currentProject, initialAction, onClose }: CurateImageDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const options = curationOptions({ ...image, owner: image.ownerId, os_hidden: image.hidden }, curators.length > 0);
  const firstOpen = options.find((o) => !o.blockedBecause)?.action;
  const [action, setAction] = useState<CurationAction | undefined>(options.some((o) => o.action === initialAction) ? initialAction : firstOpen);
  const [curatorId, setCuratorId] = useState(curators[0]?.id);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const curator = curators.find((c) => c.id === curatorId) ?? curators[0];
  const copy = action ? curationCopy(action, image, curator?.label ?? 'the curator project') : undefined;
  const blocked = options.find((o) => o.action === action)?.blockedBecause;

  useEffect(() => {
    ref.current?.showModal();
  }, []);

  function confirm() {
    if (!action) return;
    setError(undefined);
    startTransition(async () => {
      const result = await run(action, image, curatorId);
      if (result.status === 'error') {
        setError(result.message);
        toast.error(result.message);
      } else {
        toast.success(result.status === 'success' ? (result.message ?? 'Done.') : 'Done.');
        onClose();
      }
    });
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-xl text-left bg-white p-0 text-slate-900 shadow-xl ring-1 ring-slate-200"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
        className="space-y-5 p-6"
      >
        <header className="space-y-2">
          <h2 id={titleId} className="text-lg font-semibold">
            Curate “{image.name || image.id}”
          </h2>
          <p className="text-sm text-slate-600">
            Owned by project <strong className="font-semibold text-slate-900">{image.ownerName}</strong>
          </p>
          <ImageStateBadges image={image} />
        </header>
        {image.ownerId !== currentProject.id && (
          <Alert tone="warning" title={`This image belongs to project ${image.ownerName}`}>
            You are signed in to project {currentProject.name}. As an administrator, your change applies to {image.ownerName}’s image and
            every project that uses it.
          </Alert>
        )}
        <CurationChoices
          image={image}
          options={options}
          curators={curators}
          value={action}
          onChange={setAction}
          curatorId={curatorId}
          onCuratorChange={setCuratorId}
        />
        {copy?.warning && <Alert tone="warning">{copy.warning}</Alert>}
        <div aria-live="polite">{error && <Alert tone="error">{error}</Alert>}</div>
        <footer className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => ref.current?.close()} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant={copy?.tone ?? 'primary'} pending={pending} disabled={!action || !!blocked}>
            {copy?.confirm ?? 'Confirm'}
          </Button>
        </footer>
      </form>
    </dialog>
  );
}
