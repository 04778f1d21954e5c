import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { NamespaceRow } from '@/lib/data/metadefs';
import { namespaceHref } from './links';

/** Every namespace as a stacked list (no table: it stays readable at phone width). */
export function NamespaceList({ rows }: { rows: NamespaceRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">Glance has no metadata definitions yet. Create or import a namespace.</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      {rows.map((row) => (
        <li key={row.namespace} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 px-4 py-3">
          <div className="min-w-0">
            <Link href={namespaceHref(row.namespace)} className="font-medium break-words text-brand-700 hover:underline">
              {row.displayName || row.namespace}
            </Link>
            <p className="font-mono text-xs break-all text-slate-500">{row.namespace}</p>
          </div>
          <div className="flex flex-wrap gap-1">
            <Badge tone={row.visibility === 'public' ? 'blue' : 'gray'}>{row.visibility === 'public' ? 'Public' : 'Private'}</Badge>
            {row.protected && <Badge tone="amber">Protected</Badge>}
            {row.forImages && <Badge tone="green">Images</Badge>}
          </div>
        </li>
      ))}
    </ul>
  );
}
