import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Badge, type BADGE_TONES } from '@/components/ui/badge';
import { cli } from '@/lib/images/cli';
import type { Image, Task } from '@/lib/glance/schemas';
import { formatDate } from '@/lib/utils';
import { ImageCliCommand } from '@/components/images/shared/image-cli-command';
import { ImageSection } from '@/components/images/shared/image-section';

const taskInputSchema = z.object({
  import_req: z.object({ method: z.object({ name: z.string(), uri: z.string().optional() }) }),
});

const TONE: Record<string, keyof typeof BADGE_TONES> = { success: 'green', failure: 'red', processing: 'blue', pending: 'amber' };

// Task timestamps come without a zone ("2026-11-24T21:19:15.626428") but are UTC like the rest.
const utc = (stamp: string) => (/[zZ]|[+-]\d\d:?\d\d$/.test(stamp) ? stamp : `${stamp}Z`);

/** Where the data came from, without any credentials a URL may carry. */
function source(task: Task): { method: string; uri?: string } {
  const input = taskInputSchema.safeParse(task.input);
  if (!input.success) return { method: task.type };
  const { name, uri } = input.data.import_req.method;
  if (!uri) return { method: name };
  try {
    const url = new URL(uri);
    url.username = '';
    url.password = '';
    return { method: name, uri: url.toString() };
  } catch {
    return { method: name, uri };
  }
}

/** Glance records stores an import failed for in `os_glance_failed_import`, comma-separated. */
export function ImageImportFailure({ image, tasks }: { image: Image; tasks: Task[] | null }) {
  const failedStores = typeof image.os_glance_failed_import === 'string' ? image.os_glance_failed_import.trim() : '';
  // an active image's failure is a copy to another store: the Stores card shows it, with a retry
  if (!failedStores || image.status === 'active') return null;
  const lastFailure = tasks?.filter((task) => task.status === 'failure').at(-1);
  return (
    <Alert tone="error" title={`Import failed for store ${failedStores.split(',').join(', ')}`}>
      <p>{lastFailure?.message ? `Glance says: ${lastFailure.message}` : 'Glance did not record a reason.'}</p>
      <p className="mt-1">Check that the source URL is reachable from the image service and allowed by its import filters, then import again.</p>
    </Alert>
  );
}

export function ImageTasks({ image, tasks }: { image: Image; tasks: Task[] | null }) {
  return (
    <ImageSection id="image-tasks" title="Import history" description="Tasks Glance ran to bring data into this image (interoperable import).">
      {tasks === null ? (
        <p className="text-sm text-slate-500">Glance did not share the import history of this image with your project.</p>
      ) : tasks.length === 0 ? (
        <p className="text-sm text-slate-500">No import tasks: the data was uploaded directly, or not yet at all.</p>
      ) : (
        <ol aria-label="Import tasks" className="space-y-3">
          {[...tasks].reverse().map((task) => {
            const { method, uri } = source(task);
            return (
              <li key={task.id} className="rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200 ring-inset">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <Badge tone={TONE[task.status] ?? 'gray'}>{task.status}</Badge>
                  <span className="font-medium text-slate-900">{method}</span>
                  <span className="text-slate-500">{formatDate(utc(task.created_at))}</span>
                </div>
                {uri && <p className="mt-1 font-mono text-xs break-all text-slate-600">{uri}</p>}
                {task.message && <p className="mt-1 text-sm text-slate-700">{task.message}</p>}
              </li>
            );
          })}
        </ol>
      )}
      <div className="mt-4">
        <ImageCliCommand command={cli.tasks(image.id)} label="list import tasks" />
      </div>
    </ImageSection>
  );
}
