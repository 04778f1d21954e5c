'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { curationOptions, type CurationAction } from '@/lib/admin/curation';
import type { AdminImageRow, OfficialOwner } from '@/lib/admin/types';
import { CurateDialogHeader } from './curate-dialog-header';
import { CurationChoices } from './curation-choices';
import { curationCopy } from './curation-copy';
import { useCurateAction } from './use-curate-action';

export interface CurateImageDialogProps {
  image: AdminImageRow;
  curators: OfficialOwner[];
  currentProject: { id: string; name: string };
  initialAction?: CurationAction;
  onClose: () => void;
}

/** One modal for every curation step: pick, read the consequence, confirm. */
export function CurateImageDialog({ image, curators, currentProject, initialAction, onClose }: CurateImageDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const options = curationOptions({ ...image, owner: image.ownerId, os_hidden: image.hidden }, curators.length > 0);
  const preset = options.some((o) => o.action === initialAction) ? initialAction : options.find((o) => !o.blockedBecause)?.action;
  const [action, setAction] = useState<CurationAction | undefined>(preset);
  const [curatorId, setCuratorId] = useState(curators[0]?.id);
  const { perform, pending, error } = useCurateAction(image.id, onClose);
  const curatorLabel = (curators.find((c) => c.id === curatorId) ?? curators[0])?.label ?? 'the curator project';
  const copy = action ? curationCopy(action, image, curatorLabel) : undefined;
  const blocked = options.find((o) => o.action === action)?.blockedBecause;

  useEffect(() => ref.current?.showModal(), []);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (action) perform(action, curatorId);
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-xl bg-white p-0 text-left text-slate-900 shadow-xl ring-1 ring-slate-200"
    >
      <form onSubmit={submit} className="space-y-5 p-6">
        <CurateDialogHeader titleId={titleId} image={image} currentProject={currentProject} />
        <CurationChoices {...{ image, options, curators, curatorId }} value={action} onChange={setAction} onCuratorChange={setCuratorId} />
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
