import { Button } from '@/components/ui/button';
import type { MemberStatus } from '@/lib/glance/constants';

type Variant = 'primary' | 'secondary' | 'ghost';

/** One answer a member project can give to an invitation: the status it sets, worded for where it is offered. */
export interface ShareAnswer {
  status: MemberStatus;
  label: string;
  variant: Variant;
}

const answer = (status: MemberStatus, label: string, variant: Variant): ShareAnswer => ({ status, label, variant });

/** The answers offered in the list's "Shared with me" rows, by the row's current state. */
export const LIST_ANSWERS: Record<MemberStatus, ShareAnswer[]> = {
  pending: [answer('accepted', 'Accept', 'primary'), answer('rejected', 'Reject', 'secondary')],
  rejected: [answer('accepted', 'Accept', 'secondary'), answer('pending', 'Restore', 'ghost')],
  accepted: [answer('rejected', 'Reject', 'ghost')],
};

/** The answers offered on the image's sharing page, by the invitation's current status. */
export const INVITATION_ANSWERS: Record<MemberStatus, ShareAnswer[]> = {
  pending: [answer('accepted', 'Accept', 'primary'), answer('rejected', 'Reject', 'secondary')],
  accepted: [answer('rejected', 'Hide again (reject)', 'secondary'), answer('pending', 'Move back to pending', 'ghost')],
  rejected: [answer('accepted', 'Accept again', 'primary'), answer('pending', 'Move back to pending', 'ghost')],
};

interface ShareAnswerButtonsProps {
  answers: ShareAnswer[];
  disabled: boolean;
  onAnswer: (status: MemberStatus) => void;
  size?: 'sm';
  type?: 'button';
  /** The accessible name where the visible label alone is ambiguous (a row among many). */
  nameOf?: (answer: ShareAnswer) => string;
}

/** Accept / reject / back to pending: the buttons of both places a project answers an invitation. */
export function ShareAnswerButtons({ answers, disabled, onAnswer, size, type, nameOf }: ShareAnswerButtonsProps) {
  return answers.map((choice) => (
    <Button key={choice.status} type={type} size={size} variant={choice.variant} disabled={disabled} onClick={() => onAnswer(choice.status)} aria-label={nameOf?.(choice)}>
      {choice.label}
    </Button>
  ));
}
