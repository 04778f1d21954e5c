import type { Visibility } from './constants';

/** Who is looking: the session's project and whether its token carries the admin role. */
export interface Viewer {
  projectId: string;
  isAdmin: boolean;
}

/** The image fields permissions depend on. */
export interface ImageAccessFacts {
  owner: string | null;
  status: string;
  visibility: Visibility;
  protected: boolean;
}

/** Allowed, or not with a sentence saying why (shown next to a disabled control). */
export type Permission = { allowed: true } | { allowed: false; reason: string };

const yes: Permission = { allowed: true };
const no = (reason: string): Permission => ({ allowed: false, reason });

export function isOwner(image: Pick<ImageAccessFacts, 'owner'>, viewer: Viewer): boolean {
  return !!image.owner && image.owner === viewer.projectId;
}

/** Glance's legacy policy lets the owning project, or any admin, change an image. */
function manages(image: ImageAccessFacts, viewer: Viewer): boolean {
  return isOwner(image, viewer) || viewer.isAdmin;
}

const NOT_OWNER = 'Only the project that owns this image can change it.';

export function canEdit(image: ImageAccessFacts, viewer: Viewer): Permission {
  if (!manages(image, viewer)) return no(NOT_OWNER);
  if (image.status === 'deleted' || image.status === 'pending_delete') return no('This image is being deleted.');
  return yes;
}

export function canDelete(image: ImageAccessFacts, viewer: Viewer): Permission {
  if (!manages(image, viewer)) return no('Only the project that owns this image can delete it.');
  if (image.protected) return no('This image is protected: Glance refuses to delete it until it is unprotected.');
  if (image.status === 'deleted' || image.status === 'pending_delete') return no('This image is already being deleted.');
  return yes;
}

/**
 * Whether the image may be picked for deletion (list selection, row action). Protected images
 * may: the dialog explains why they will not be deleted and offers the owner to unprotect them.
 */
export function canChooseForDelete(image: ImageAccessFacts, viewer: Viewer): Permission {
  return canDelete({ ...image, protected: false }, viewer);
}

/** Members exist only on `shared` images (Glance answers 403 otherwise). */
export function canManageMembers(image: ImageAccessFacts, viewer: Viewer): Permission {
  if (!isOwner(image, viewer)) return no('Only the owning project manages who an image is shared with.');
  if (image.visibility !== 'shared') return no('Set the visibility to “shared” to share this image with other projects.');
  return yes;
}

/** `publicize_image` is admin-only in Glance's default policy. */
export function canPublicize(viewer: Viewer): Permission {
  return viewer.isAdmin ? yes : no('Only cloud administrators can make an image public.');
}

export function canSetVisibility(image: ImageAccessFacts, viewer: Viewer, target: Visibility): Permission {
  const edit = canEdit(image, viewer);
  if (!edit.allowed) return edit;
  if (target === 'public' && image.visibility !== 'public') return canPublicize(viewer);
  return yes;
}

/**
 * Observed on this Glance (legacy policy): the owner (member role) and admins get 204; another
 * project gets 403 "You do not own this image". Only active images can be deactivated.
 */
export function canDeactivate(image: ImageAccessFacts, viewer: Viewer): Permission {
  if (!manages(image, viewer)) return no('Only the owning project or an administrator can deactivate an image.');
  if (image.status !== 'active') return no('Only active images can be deactivated.');
  return yes;
}

export function canReactivate(image: ImageAccessFacts, viewer: Viewer): Permission {
  if (!manages(image, viewer)) return no('Only the owning project or an administrator can reactivate an image.');
  if (image.status !== 'deactivated') return no('Only deactivated images can be reactivated.');
  return yes;
}

/** Glance serves data of active images; of deactivated ones only to admins (403 otherwise). */
export function canDownload(image: ImageAccessFacts & { size?: number | null }, viewer: Viewer): Permission {
  if (image.status === 'deactivated') {
    return viewer.isAdmin ? yes : no('Deactivated images cannot be downloaded until an administrator or the owner reactivates them.');
  }
  if (image.status !== 'active') return no('This image has no data to download yet.');
  return yes;
}

/** The owner of a queued image (no data yet) can still upload its data. */
export function canUploadData(image: ImageAccessFacts, viewer: Viewer): Permission {
  if (!isOwner(image, viewer)) return no(NOT_OWNER);
  if (image.status !== 'queued') return no('Data can only be uploaded to an image that has none yet.');
  return yes;
}

/** The viewer a session describes (works with `Session` and the browser's `SessionView`). */
export function viewerOf(session: { project: { id: string }; roles: readonly string[] }): Viewer {
  return { projectId: session.project.id, isAdmin: session.roles.includes('admin') };
}
