import { describeDuration, formatDate } from '@/lib/utils';

interface SessionFactsProps {
  user: { name: string; domain: string };
  project: string;
  /** The cloud's label, when the login page offers several. */
  cloud?: string;
  roles: string[];
  signedInAt: string;
  endsAt: string;
  idleSeconds: number;
}

/** The session's who and how long, as the server enforces it. */
export function SessionFacts({ user, project, cloud, roles, signedInAt, endsAt, idleSeconds }: SessionFactsProps) {
  const rows: [string, string][] = [
    ['User', `${user.name} (domain ${user.domain})`],
    ...(cloud ? [['Cloud', cloud] as [string, string]] : []),
    ['Project', project],
    ['Roles in this project', roles.join(', ') || 'none'],
    ['Signed in', formatDate(signedInAt)],
    ['Ends at the latest', formatDate(endsAt)],
    ['Ends earlier', `after ${describeDuration(idleSeconds)} without activity in Iris`],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-500">{term}</dt>
          <dd className="min-w-0 text-slate-900 [overflow-wrap:anywhere]">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
