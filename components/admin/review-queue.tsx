import { CurationQueue } from './curation-queue';
import type { OfficialOwner } from '@/lib/admin/types';
import { listCurationQueue } from '@/lib/data/admin';

/** Streams the curator uploads awaiting publication. */
export async function ReviewQueue({ curators, currentProject }: { curators: OfficialOwner[]; currentProject: { id: string; name: string } }) {
  const queues = await listCurationQueue();
  return <CurationQueue queues={queues} curators={curators} currentProject={currentProject} />;
}
