'use client';

import { useState, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { setImageVisibility } from './actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { cli } from '@/lib/images/cli';
import { VISIBILITIES, VISIBILITY_HELP, type Visibility } from '@/lib/glance/constants';
import { cn } from '@/lib/utils';
import { ForeignOwnerNotice } from '@/components/images/shared/image-action-button';
import { ImageCliCommand } from '@/components/images/shared/image-cli-command';
import { LEAVING_SHARED_WARNING } from '@/components/images/shared/image-messages';

interface ImageVisibilityFormProps {
  imageId: string;
  current: Visibility;
  isAdmin: boolean;
  /** The owning project's name when an admin looks at another project's image. */
  foreignOwner: string | null;
}

const LABEL: Record<Visibility, string> = { private: 'Private', shared: 'Shared', community: 'Community', public: 'Public' };


export function ImageVisibilityForm({ imageId, current, isAdmin, foreignOwner }: ImageVisibilityFormProps) {
  const [selected, setSelected] = useState<Visibility>(current);
  const [asking, setAsking] = useState(false);
  const [pending, startTransition] = useTransition();
  const leavingShared = current === 'shared' && selected !== 'shared';
  const needsConfirm = leavingShared || selected === 'public' || !!foreignOwner;

  function save() {
    startTransition(async () => {
      const result = await setImageVisibility(imageId, selected);
      setAsking(false);
      if (result.status === 'error') toast.error(result.message);
      else if (result.status === 'success') toast.success(result.message ?? 'Visibility changed.');
    });
  }

  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (needsConfirm) setAsking(true);
          else save();
        }}
        className="space-y-4"
      >
        <fieldset>
          <legend className="sr-only">Visibility</legend>
          <div className="space-y-2">
            {VISIBILITIES.map((value) => (
              <VisibilityOption
                key={value}
                value={value}
                current={current}
                checked={selected === value}
                locked={value === 'public' && !isAdmin && current !== 'public'}
                disabled={pending}
                onSelect={() => setSelected(value)}
              />
            ))}
          </div>
        </fieldset>
        <div aria-live="polite">{leavingShared && <Alert tone="warning">{LEAVING_SHARED_WARNING}</Alert>}</div>
        <ImageCliCommand command={cli.visibility(imageId, selected)} label={`make the image ${selected}`} />
        <Button type="submit" size="sm" disabled={selected === current} pending={pending && !asking}>
          Change visibility
        </Button>
      </form>
      <ConfirmDialog
        open={asking}
        onClose={() => setAsking(false)}
        onConfirm={save}
        title={`Make this image ${selected}?`}
        confirmLabel={`Make ${selected}`}
        pending={pending}
      >
        <p>{VISIBILITY_HELP[selected]}</p>
        {leavingShared && <p className="mt-2 font-medium text-amber-900">{LEAVING_SHARED_WARNING}</p>}
        <ForeignOwnerNotice owner={foreignOwner} />
      </ConfirmDialog>
    </>
  );
}

interface VisibilityOptionProps {
  value: Visibility;
  current: Visibility;
  checked: boolean;
  /** Public for non-admins: shown, with why it cannot be chosen. */
  locked: boolean;
  disabled: boolean;
  onSelect: () => void;
}

function VisibilityOption({ value, current, checked, locked, disabled, onSelect }: VisibilityOptionProps) {
  const hintId = `visibility-${value}-hint`;
  return (
    <label
      className={cn(
        'flex gap-3 rounded-md px-3 py-2 ring-1 ring-inset',
        checked ? 'bg-brand-50 ring-brand-600' : 'ring-slate-200',
        locked ? 'cursor-not-allowed opacity-70' : 'cursor-pointer hover:bg-slate-50',
      )}
    >
      <input
        type="radio"
        name="visibility"
        value={value}
        checked={checked}
        disabled={locked || disabled}
        onChange={onSelect}
        aria-describedby={hintId}
        className="mt-0.5 accent-brand-600"
      />
      <span>
        <span className="block text-sm font-medium text-slate-900">
          {LABEL[value]}
          {value === current && <span className="ml-1 font-normal text-slate-600">(current)</span>}
        </span>
        <span id={hintId} className="block text-xs text-slate-600">
          {VISIBILITY_HELP[value]}
          {locked && ' Ask a cloud administrator to publish it.'}
        </span>
      </span>
    </label>
  );
}
