import { cn } from '@/lib/utils';

/** Which cloud (Keystone and image region) this session is in, when the login page offered several. */
export function CloudBadge({ cloud, className }: { cloud: string; className?: string }) {
  return (
    <p title={`Cloud: ${cloud}`} className={cn('flex min-w-0 items-center rounded-md bg-brand-50 px-2 py-1 text-xs font-medium text-brand-700', className)}>
      <span className="mr-1 text-slate-600">Cloud</span>
      <span className="truncate" data-testid="current-cloud">
        {cloud}
      </span>
    </p>
  );
}
