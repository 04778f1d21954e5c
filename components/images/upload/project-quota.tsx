import type { ProjectQuota } from '@/lib/images/quota';
import { QuotaUsage } from './quota-usage';

/** The quota panel of a server page: waits for the (cached, possibly slow) usage inside its own Suspense. */
export async function ProjectQuotaPanel({ quota, project, compact }: { quota: Promise<ProjectQuota>; project: string; compact?: boolean }) {
  return <QuotaUsage quota={await quota} project={project} compact={compact} />;
}
