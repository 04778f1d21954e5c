import { Suspense } from 'react';
import { quotaForPage } from '@/lib/data/usage';
import type { Session } from '@/lib/session/schema';
import { ProjectQuotaPanel } from './project-quota';
import { UploadQuotaProvider } from './upload-quota-check';

/**
 * The quota of the Create and Upload pages: the panel above the form, and the same answer for the file field's
 * check. Neither holds the page up: GET /v2/info/usage can take seconds (cached, lib/data/usage.ts).
 */
export function CreateUploadQuota({ session, staged, newRecord = true, children }: { session: Session; staged: boolean; newRecord?: boolean; children: React.ReactNode }) {
  const quota = quotaForPage(session);
  return (
    <div className="space-y-4">
      <Suspense fallback={<p className="text-xs text-slate-600">Reading the project’s quota…</p>}>
        <ProjectQuotaPanel quota={quota} project={session.project.name} />
      </Suspense>
      <UploadQuotaProvider quota={quota} project={session.project.name} staged={staged} newRecord={newRecord}>
        {children}
      </UploadQuotaProvider>
    </div>
  );
}
