'use client';

import { Suspense, createContext, use, useContext } from 'react';
import { uploadQuotaProblem, type ProjectQuota } from '@/lib/images/quota';

interface UploadQuota {
  quota: Promise<ProjectQuota>;
  project: string;
  /** glance-direct: the file also counts against the staging area */
  staged: boolean;
  /** the image record is still to be created (Create), not an existing queued one */
  newRecord: boolean;
}

const UploadQuotaContext = createContext<UploadQuota | undefined>(undefined);

/** Gives the file field the project's quota (a promise from the server page, read when it arrives). */
export function UploadQuotaProvider({ children, ...value }: UploadQuota & { children: React.ReactNode }) {
  return <UploadQuotaContext value={value}>{children}</UploadQuotaContext>;
}

function Problem({ bytes, context, alreadyShown }: { bytes: number; context: UploadQuota; alreadyShown?: string[] }) {
  const problem = uploadQuotaProblem(use(context.quota), { bytes, staged: context.staged, newRecord: context.newRecord }, context.project);
  return problem && !alreadyShown?.includes(problem) ? (
    <p className="font-medium text-red-700" data-testid="quota-problem">
      {problem}
    </p>
  ) : null;
}

/** Next to the file field: the chosen file would break the quota (the server refuses it too, before a byte is sent). */
export function UploadQuotaCheck({ bytes, alreadyShown }: { bytes: number; alreadyShown?: string[] }) {
  const context = useContext(UploadQuotaContext);
  if (!context) return null;
  return (
    <Suspense fallback={<p className="text-slate-600">Checking the project’s quota…</p>}>
      <Problem bytes={bytes} context={context} alreadyShown={alreadyShown} />
    </Suspense>
  );
}
