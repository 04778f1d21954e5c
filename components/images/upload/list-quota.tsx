import { Suspense } from 'react';
import { quotaForPage } from '@/lib/data/usage';
import type { Session } from '@/lib/session/schema';
import { ProjectQuotaPanel } from './project-quota';

/** The Images page's header line: the project's quota, streamed in when Glance answers (cached). */
export function ListQuota({ session }: { session: Session }) {
  return (
    <Suspense fallback={<p className="min-h-9 text-xs text-slate-500">Reading the project’s quota…</p>}>
      <ProjectQuotaPanel quota={quotaForPage(session)} project={session.project.name} compact />
    </Suspense>
  );
}
