import { Badge } from '@/components/ui/badge';
import type { NamespaceRow } from '@/lib/data/metadefs';

/** The namespace's name, flags and associations. */
export function NamespaceFacts({ row, imagePrefix }: { row: NamespaceRow; imagePrefix: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded-lg bg-white p-5 text-sm shadow-sm ring-1 ring-slate-200 sm:grid-cols-2">
      <div>
        <dt className="text-slate-500">Namespace</dt>
        <dd className="font-mono break-all">{row.namespace}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Visibility</dt>
        <dd className="flex flex-wrap gap-1">
          <Badge tone={row.visibility === 'public' ? 'blue' : 'gray'}>{row.visibility === 'public' ? 'Public' : 'Private'}</Badge>
          {row.protected ? <Badge tone="amber">Protected</Badge> : <Badge>Not protected</Badge>}
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">Resource types</dt>
        <dd className="break-words">{row.resourceTypes.length ? row.resourceTypes.join(', ') : 'None'}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Image property prefix</dt>
        <dd className="font-mono">{row.forImages ? imagePrefix || 'none' : 'not for images'}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Owner</dt>
        <dd className="font-mono break-all">{row.owner || 'unknown'}</dd>
      </div>
    </dl>
  );
}
