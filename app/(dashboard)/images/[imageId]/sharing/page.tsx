import type { Metadata } from 'next';
import { ImageSharingHeader } from '@/components/images/sharing/image-sharing-header';
import { ImageSharingInvitation } from '@/components/images/sharing/image-sharing-invitation';
import { ImageSharingNotOwner } from '@/components/images/sharing/image-sharing-not-owner';
import { ImageSharingPanel } from '@/components/images/sharing/image-sharing-panel';
import { imagePageData } from '@/lib/data/image-detail';
import { loadSharingPage } from '@/lib/data/image-members';
import { projectLabel } from '@/lib/data/projects';

export const metadata: Metadata = { title: 'Sharing' };

export default async function ImageSharingPage({ params }: { params: Promise<{ imageId: string }> }) {
  const { image, role, names, listable, project } = await imagePageData(params, loadSharingPage);
  const ownerName = image.owner ? (names.get(image.owner) ?? null) : null;
  const known = [...names].filter(([projectId]) => projectId !== project.id).map(([projectId, name]) => ({ id: projectId, name }));

  return (
    <>
      <ImageSharingHeader image={image} ownerName={ownerName} ownedByCurrent={role.kind === 'owner'} />
      {role.kind === 'owner' && (
        <ImageSharingPanel
          imageId={image.id}
          initial={role.members}
          knownProjects={known.slice(0, 500)}
          canListProjects={listable}
        />
      )}
      {role.kind === 'member' && (
        <ImageSharingInvitation imageId={image.id} ownerName={ownerName} projectName={project.name} member={role.member} />
      )}
      {role.kind === 'none' && <ImageSharingNotOwner visibility={image.visibility} ownerLabel={projectLabel(names, image.owner)} />}
    </>
  );
}
