import { CopyButton } from '@/components/ui/copy-button';
import { ImageCliCommand } from '@/components/images/shared/image-cli-command';
import { cli } from '@/lib/images/cli';

/** The current project's ID with a copy button: every share starts with the consumer handing it over. */
export function ProjectIdValue({ id }: { id: string }) {
  return (
    <span className="flex items-start gap-2">
      <code className="min-w-0 flex-1 font-mono text-xs leading-7 break-all text-slate-900" data-testid="own-project-id">
        {id}
      </code>
      <CopyButton value={id} label="your project ID" className="bg-white" />
    </span>
  );
}

/** The Shared-with-me tab's note: the ID to give an image owner, and how the CLI reads it. */
export function ProjectIdForOwners({ id, name }: { id: string; name: string }) {
  return (
    <section aria-labelledby="own-project-id-title" className="space-y-2 rounded-lg bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200">
      <h2 id="own-project-id-title" className="font-medium text-slate-900">
        Your project ID
      </h2>
      <p className="text-slate-600">
        Give this ID to the image owner: they share an image with project <strong className="font-medium text-slate-800">{name}</strong> by this ID, and the invitation appears here under Pending invitations.
      </p>
      <ProjectIdValue id={id} />
      <ImageCliCommand command={cli.ownProjectId()} label="print your project ID" />
    </section>
  );
}
