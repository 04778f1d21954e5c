import { Badge } from '@/components/ui/badge';
import type { AdminImageRow } from '@/lib/admin/types';

const VISIBILITY_TONE = { public: 'blue', community: 'violet', shared: 'amber', private: 'gray' } as const;

/** Visibility plus the two states curators care about: Official and hidden (retired). */
export function ImageStateBadges({ image }: { image: Pick<AdminImageRow, 'visibility' | 'official' | 'hidden' | 'protected'> }) {
  return (
    <span className="flex flex-wrap items-center gap-1">
      <Badge tone={VISIBILITY_TONE[image.visibility]}>
        <span className="capitalize">{image.visibility}</span>
      </Badge>
      {image.official && <Badge tone="green">Official</Badge>}
      {image.hidden && <Badge tone="red">Hidden</Badge>}
      {image.protected && <Badge tone="gray">Protected</Badge>}
    </span>
  );
}
