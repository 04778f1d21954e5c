import Link from 'next/link';
import { protectedPropertyMessage } from '@/lib/admin/metadefs';
import { describeField, toField, type PropertySchema } from '@/lib/images/metadefs';
import { DeletePropertyButton } from './delete-buttons';
import { propertyEditHref } from './links';

const PROTECTED_NOTE_ID = 'ns-properties-protected';

/** The namespace's properties by stored name, each with what it accepts, Edit and Delete (not in a protected namespace: Glance refuses). */
export function PropertyList({ namespace, properties, isProtected }: { namespace: string; properties: Record<string, PropertySchema>; isProtected: boolean }) {
  const entries = Object.entries(properties).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p className="text-sm text-slate-600">No properties yet.</p>;
  return (
    <>
    {isProtected && (
      <p id={PROTECTED_NOTE_ID} className="mb-3 text-sm text-slate-600">
        {protectedPropertyMessage(namespace)}
      </p>
    )}
    <ul className="divide-y divide-slate-100">
      {entries.map(([name, schema]) => {
        const field = toField(name, schema);
        return (
          <li key={name} className="flex flex-wrap items-start justify-between gap-2 py-2 first:pt-0 last:pb-0">
            <div className="min-w-0 text-sm">
              <p className="font-medium text-slate-900">{field.title}</p>
              <p className="text-xs text-slate-500">
                <code className="font-mono break-all text-slate-700">{name}</code> · {schema.type ?? 'string'} · {describeField(field)}
              </p>
            </div>
            <div className="flex gap-1">
              <Link href={propertyEditHref(namespace, name)} className="inline-flex h-8 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100" aria-label={`Edit property ${name}`}>
                Edit
              </Link>
              <DeletePropertyButton namespace={namespace} name={name} blockedBy={isProtected ? PROTECTED_NOTE_ID : undefined} />
            </div>
          </li>
        );
      })}
    </ul>
    </>
  );
}
