import type { CurationAction } from '@/lib/admin/curation';
import { cli } from '@/lib/images/cli';
import type { AdminImageRow } from '@/lib/admin/types';

export interface CurationCopy {
  title: string;
  confirm: string;
  summary: string;
  tone: 'primary' | 'danger';
  /** Shown as a warning before confirming: what may break. */
  warning?: string;
}

const instancesWarning = (id: string) =>
  `Instances may depend on this image. Iris cannot see Nova, so it cannot count them: check with “${cli.serversUsing(id)}” first.`;

/** The words of each curation choice, naming the projects involved. */
export function curationCopy(action: CurationAction, image: AdminImageRow, curatorLabel: string): CurationCopy {
  const owner = `project ${image.ownerName}`;
  const ownerStart = `Project ${image.ownerName}`;
  switch (action) {
    case 'promote':
      return image.ownerIsCurator
        ? { title: 'Publish as Official', confirm: 'Publish as Official', tone: 'primary', summary: `It becomes public and appears under Official for every project. ${curatorLabel} keeps ownership.` }
        : {
            title: 'Promote to Official',
            confirm: 'Promote to Official',
            tone: 'primary',
            summary: `Ownership moves from ${owner} to the curator project ${curatorLabel}, and it becomes public under Official. The image ID and data stay the same.`,
            warning: `${ownerStart} will no longer own it: it can still boot it like any public image, but can no longer edit or delete it.`,
          };
    case 'publish':
      return { title: 'Make public', confirm: 'Make public', tone: 'primary', summary: `Every project sees it in its default image list. ${ownerStart} keeps ownership; it is not Official.` };
    case 'hide':
      return {
        title: 'Retire: hide from lists',
        confirm: 'Hide image',
        tone: 'danger',
        summary: 'It disappears from every default image list (os_hidden), but stays bootable by ID, so running instances, rebuilds and scripts that use its ID keep working.',
        warning: instancesWarning(image.id),
      };
    case 'private':
      return {
        title: 'Unpublish: make private',
        confirm: 'Make private',
        tone: 'danger',
        summary: `Only ${owner} can see and use it afterwards. Instances of other projects booted from it keep running, but rebuilding, resizing or evacuating them can fail.`,
        warning: instancesWarning(image.id),
      };
    case 'restore':
      return { title: 'Restore to lists', confirm: 'Restore to lists', tone: 'primary', summary: 'It shows again in the default image lists of everyone who can use it.' };
  }
}
