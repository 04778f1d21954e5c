import { deactivateImage, reactivateImage, setImageHidden, setImageProtected } from './actions';
import { cli } from '@/lib/images/cli';
import { canDeactivate, canDelete, canEdit, canReactivate, type Viewer } from '@/lib/glance/permissions';
import type { Image } from '@/lib/glance/schemas';
import { ForeignOwnerNotice, ImageActionButton } from '@/components/images/shared/image-action-button';
import { ImageCliCommand } from '@/components/images/shared/image-cli-command';
import { ImageDeleteButton } from '@/components/images/delete/image-delete-button';
import { DELETE_WARNING } from '@/components/images/shared/image-messages';
import { ImageSection } from '@/components/images/shared/image-section';

interface CardProps {
  image: Image;
  viewer: Viewer;
  /** The owning project's name when an admin acts on another project's image, else null. */
  foreignOwner: string | null;
}

const reasonClass = 'text-sm text-slate-600';

/** Deactivate blocks booting and downloads (for non-admins) without deleting anything. */
export function ImageAvailabilityCard({ image, viewer, foreignOwner }: CardProps) {
  const deactivate = canDeactivate(image, viewer);
  const reactivate = canReactivate(image, viewer);
  const name = image.name || image.id;
  // queued, importing, killed…: nothing to switch, so no card
  if (!deactivate.allowed && !reactivate.allowed) return null;
  return (
    <ImageSection id="image-availability" title="Availability" description="Deactivating keeps the image but stops new instances booting from it.">
      <div className="space-y-3">
        {deactivate.allowed ? (
          <ImageActionButton
            action={deactivateImage.bind(null, image.id)}
            confirm={{
              title: `Deactivate “${name}”?`,
              confirmLabel: 'Deactivate',
              body: (
                <>
                  <p>New instances cannot boot from a deactivated image, and only administrators can download its data. Running instances are not affected. You can reactivate it at any time.</p>
                  <ForeignOwnerNotice owner={foreignOwner} />
                </>
              ),
            }}
          >
            Deactivate
          </ImageActionButton>
        ) : (
          <ImageActionButton
            variant="primary"
            action={reactivateImage.bind(null, image.id)}
            confirm={foreignOwner ? { title: `Reactivate “${name}”?`, confirmLabel: 'Reactivate', body: <ForeignOwnerNotice owner={foreignOwner} /> } : undefined}
          >
            Reactivate
          </ImageActionButton>
        )}
        <ImageCliCommand
          command={image.status === 'deactivated' ? cli.reactivate(image.id) : cli.deactivate(image.id)}
          label={image.status === 'deactivated' ? 'reactivate' : 'deactivate'}
        />
      </div>
    </ImageSection>
  );
}

export function ImageProtectionCard({ image, viewer, foreignOwner }: CardProps) {
  const edit = canEdit(image, viewer);
  const name = image.name || image.id;
  const next = !image.protected;
  return (
    <ImageSection
      id="image-protection"
      title="Protection"
      description={image.protected ? 'Protected: nobody can delete this image until it is unprotected.' : 'Not protected: the owner can delete it.'}
    >
      <div className="space-y-3">
        {edit.allowed ? (
          <ImageActionButton
            action={setImageProtected.bind(null, image.id, next)}
            confirm={
              foreignOwner
                ? { title: `${next ? 'Protect' : 'Unprotect'} “${name}”?`, confirmLabel: next ? 'Protect' : 'Unprotect', body: <ForeignOwnerNotice owner={foreignOwner} /> }
                : undefined
            }
          >
            {next ? 'Protect from deletion' : 'Unprotect'}
          </ImageActionButton>
        ) : (
          <p className={reasonClass}>{edit.reason}</p>
        )}
        <ImageCliCommand command={cli.protect(image.id, next)} label={next ? 'protect' : 'unprotect'} />
      </div>
    </ImageSection>
  );
}

/** The owner hides an image from everyone's lists (a retired build still boots by ID). */
export function ImageHiddenCard({ image, viewer, foreignOwner }: CardProps) {
  const edit = canEdit(image, viewer);
  const name = image.name || image.id;
  const next = !image.os_hidden;
  return (
    <ImageSection
      id="image-hidden"
      title="Listing"
      description={
        image.os_hidden
          ? 'Hidden: Glance leaves it out of image lists; it still boots and downloads by ID.'
          : 'Listed: every project that may use it sees it in image lists.'
      }
    >
      <div className="space-y-3">
        {edit.allowed ? (
          <ImageActionButton
            action={setImageHidden.bind(null, image.id, next)}
            confirm={
              foreignOwner
                ? { title: `${next ? 'Hide' : 'Unhide'} “${name}”?`, confirmLabel: next ? 'Hide' : 'Unhide', body: <ForeignOwnerNotice owner={foreignOwner} /> }
                : undefined
            }
          >
            {next ? 'Hide from lists' : 'Unhide'}
          </ImageActionButton>
        ) : (
          <p className={reasonClass}>{edit.reason}</p>
        )}
        <ImageCliCommand command={cli.hide(image.id, next)} label={next ? 'hide' : 'unhide'} />
      </div>
    </ImageSection>
  );
}

export function ImageDeleteCard({ image, viewer, ownerLabel }: Omit<CardProps, 'foreignOwner'> & { ownerLabel: string }) {
  const permission = canDelete(image, viewer);
  return (
    <ImageSection id="image-delete" title="Delete image" tone="danger" description={DELETE_WARNING}>
      <div className="space-y-3">
        {!permission.allowed && <p className={reasonClass}>{permission.reason}</p>}
        <ImageDeleteButton
          image={{ id: image.id, name: image.name, visibility: image.visibility, protected: image.protected, owner: image.owner, status: image.status }}
          viewer={viewer}
          ownerLabel={ownerLabel}
        />
        <ImageCliCommand command={cli.delete([image.id])} label="delete this image" />
      </div>
    </ImageSection>
  );
}
