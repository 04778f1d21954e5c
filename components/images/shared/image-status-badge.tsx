import { Badge, type BADGE_TONES } from '@/components/ui/badge';
import { Spinner } from '@/components/ui/button';
import { TRANSITIONAL_STATUSES } from '@/lib/glance/constants';

const TONE: Record<string, keyof typeof BADGE_TONES> = {
  active: 'green',
  queued: 'amber',
  saving: 'blue',
  uploading: 'blue',
  importing: 'blue',
  deactivated: 'gray',
  killed: 'red',
  deleted: 'red',
  pending_delete: 'amber',
};

const LABEL: Record<string, string> = { killed: 'failed (killed)', pending_delete: 'pending delete' };

export function ImageStatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={TONE[status] ?? 'gray'}>
      {TRANSITIONAL_STATUSES.has(status) && <Spinner />}
      {LABEL[status] ?? status}
    </Badge>
  );
}
