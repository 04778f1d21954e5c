import { Alert } from '@/components/ui/alert';
import type { AdminImageRow } from '@/lib/admin/types';
import { ImageStateBadges } from './image-state-badges';

interface CurateDialogHeaderProps {
  titleId: string;
  image: AdminImageRow;
  currentProject: { id: string; name: string };
}

/** Names the image and its owning project, and warns when that is not the admin's project. */
export function CurateDialogHeader({ titleId, image, currentProject }: CurateDialogHeaderProps) {
  return (
    <>
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
    </>
  );
}
