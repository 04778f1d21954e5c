import { formatDate } from '@/lib/utils';
import type { MemberView } from '@/lib/images/sharing/members';
import { MEMBER_STATUS_LABEL } from './image-sharing-member-status';

/** Said under a member whose project Iris could not confirm: Glance keeps any ID as a member. */
const CHECK_NOTE: Record<Exclude<MemberView['check'], 'found'>, { text: string; className: string }> = {
  missing: {
    text: 'Keystone has no project with this ID (mistyped, or deleted since): nobody can accept this invitation. Remove it.',
    className: 'text-red-700',
  },
  unchecked: {
    text: 'Iris cannot check this ID with your account. If no project has it, nobody will ever answer.',
    className: 'text-amber-800',
  },
};

/** The project of one member row: name and ID, what Iris knows about it, and (on phones) since when. */
export function ImageSharingMemberProject({ member }: { member: MemberView }) {
  const typedName = member.projectId.startsWith('typed:');
  const note = member.optimistic || member.check === 'found' ? undefined : CHECK_NOTE[member.check];
  return (
    <div className="min-w-0">
      <p className="font-medium break-words text-slate-900">{member.name ?? <span className="font-mono text-xs break-all">{member.projectId}</span>}</p>
      {member.name && !typedName && <p className="font-mono text-xs break-all text-slate-500">{member.projectId}</p>}
      {note ? (
        <p className={`mt-0.5 text-xs ${note.className}`} data-testid="member-check">
          {note.text}
        </p>
      ) : (
        !member.name && <p className="text-xs text-slate-500">Name not visible to your account</p>
      )}
      {/* the Since column is hidden on phones; the date moves here */}
      {!member.optimistic && (
        <p className="mt-0.5 text-xs text-slate-500 sm:hidden">
          {MEMBER_STATUS_LABEL[member.status]} since {formatDate(member.updatedAt)}
        </p>
      )}
    </div>
  );
}
