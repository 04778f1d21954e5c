import { Badge, type BADGE_TONES } from '@/components/ui/badge';
import type { Visibility } from '@/lib/glance/constants';

const TONE: Record<Visibility, keyof typeof BADGE_TONES> = { public: 'blue', community: 'violet', shared: 'amber', private: 'gray' };

export function ImagesVisibilityBadge({ visibility }: { visibility: Visibility }) {
  return <Badge tone={TONE[visibility]}>{visibility}</Badge>;
}
