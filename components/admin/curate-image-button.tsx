'use client';

import { useState } from 'react';
import { Button, type ButtonProps } from '@/components/ui/button';
import type { CurationAction } from '@/lib/admin/curation';
import type { AdminImageRow, OfficialOwner } from '@/lib/admin/types';
import { CurateImageDialog } from './curate-image-dialog';

interface CurateImageButtonProps {
  image: AdminImageRow;
  curators: OfficialOwner[];
  currentProject: { id: string; name: string };
  initialAction?: CurationAction;
  label?: string;
  variant?: ButtonProps['variant'];
}

/** Opens the curate dialog; the dialog is mounted only while open. */
export function CurateImageButton({ image, curators, currentProject, initialAction, label = 'Curate', variant = 'secondary' }: CurateImageButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" size="sm" variant={variant} onClick={() => setOpen(true)} aria-label={`${label} ${image.name || image.id}`}>
        {label}
      </Button>
      {open && (
        <CurateImageDialog
          image={image}
          curators={curators}
          currentProject={currentProject}
          initialAction={initialAction}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
