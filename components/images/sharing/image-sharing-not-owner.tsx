import { Alert } from '@/components/ui/alert';
import type { Visibility } from '@/lib/glance/constants';

const WHY: Record<Visibility, string> = {
  public: 'It is public: every project already sees it.',
  community: 'It is a community image: any project can use it by ID, without an invitation.',
  private: 'It is private to its owner.',
  shared: 'Your project is not one of its member projects.',
};

/** Neither owner nor invited: say who can change sharing instead of showing controls that would fail. */
export function ImageSharingNotOwner({ visibility, ownerLabel }: { visibility: Visibility; ownerLabel: string }) {
  return (
    <Alert tone="info" title="Only the owning project manages sharing">
      <p>
        {WHY[visibility]} Member projects of this image are managed by its owner, {ownerLabel}. Switch to that project to share it.
      </p>
    </Alert>
  );
}
