import { Badge, type BADGE_TONES } from '@/components/ui/badge';
import type { MemberStatus } from '@/lib/glance/constants';

const TONE: Record<MemberStatus, keyof typeof BADGE_TONES> = { pending: 'amber', accepted: 'green', rejected: 'gray' };

export const MEMBER_STATUS_LABEL: Record<MemberStatus, string> = { pending: 'Pending', accepted: 'Accepted', rejected: 'Rejected' };

export function ImageSharingMemberStatus({ status }: { status: MemberStatus }) {
  return <Badge tone={TONE[status]}>{MEMBER_STATUS_LABEL[status]}</Badge>;
}
