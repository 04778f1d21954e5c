import type { ActionState } from '@/lib/action-state';
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

interface ToggleCardProps extends CardProps {
  id: string;
  title: string;
  /** The section's description for the current state. */
  describe: string;
  action: () => Promise<ActionState>;
  /** The verb for `next`, as the confirmation says it ("Protect", "Unhide"). */
  verb: string;
  buttonLabel: string;
  command: string;
  commandLabel: string;
}

/** A yes/no setting of the image: one button for whoever may edit it, the reason otherwise, and the CLI line. */
function ImageToggleCard({ image, viewer, foreignOwner, id, title, describe, action, verb, buttonLabel, command, commandLabel }: ToggleCardProps) {
  const edit = canEdit(image, viewer);
  const name = image.name || image.id;
  return (
    <ImageSection id={id} title={title} description={describe}>
      <div className="space-y-3">
        {edit.allowed ? (
          <ImageActionButton
            action={action}
            confirm={foreignOwner ? { title: `${verb} “${name}”?`, confirmLabel: verb, body: <ForeignOwnerNotice owner={foreignOwner} /> } : undefined}
          >
            {buttonLabel}
          </ImageActionButton>
        ) : (
          <p className={reasonClass}>{edit.reason}</p>
        )}
        <ImageCliCommand command={command} label={commandLabel} />
      </div>
    </ImageSection>
  );
}

export function ImageProtectionCard(props: CardProps) {
  const { image } = props;
  const next = !image.protected;
  return (
    <ImageToggleCard
      {...props}
      id="image-protection"
      title="Protection"
      describe={image.protected ? 'Protected: nobody can delete this image until it is unprotected.' : 'Not protected: the owner can delete it.'}
      action={setImageProtected.bind(null, image.id, next)}
      verb={next ? 'Protect' : 'Unprotect'}
      buttonLabel={next ? 'Protect from deletion' : 'Unprotect'}
      command={cli.protect(image.id, next)}
      commandLabel={next ? 'protect' : 'unprotect'}
    />
  );
}

/** The owner hides an image from everyone's lists (a retired build still boots by ID). */
export function ImageHiddenCard(props: CardProps) {
  const { image } = props;
  const next = !image.os_hidden;
  return (
    <ImageToggleCard
      {...props}
      id="image-hidden"
      title="Listing"
      describe={
        image.os_hidden
          ? 'Hidden: Glance leaves it out of image lists; it still boots and downloads by ID.'
          : 'Listed: every project that may use it sees it in image lists.'
      }
      action={setImageHidden.bind(null, image.id, next)}
      verb={next ? 'Hide' : 'Unhide'}
      buttonLabel={next ? 'Hide from lists' : 'Unhide'}
      command={cli.hide(image.id, next)}
      commandLabel={next ? 'hide' : 'unhide'}
    />
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
