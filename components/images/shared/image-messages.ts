/** Sentences shown in more than one place (server cards and client dialogs). */

export const DELETE_WARNING =
  'Deletion is permanent: Glance removes the image and its data, and nobody can restore them. Instances started from it keep running, but may fail to reboot, rebuild or migrate when their host needs the image again.';

export const LEAVING_SHARED_WARNING =
  'Members lose access: Glance ignores the member list unless the image is shared. The list is kept and applies again if you switch back to shared.';
