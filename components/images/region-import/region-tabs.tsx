import Link from 'next/link';
import { cn } from '@/lib/utils';

/** The other regions as links: choosing one lists its images. */
export function RegionTabs({ regions, current }: { regions: string[]; current: string }) {
  if (regions.length < 2) return null;
  return (
    <nav aria-label="Regions" className="mb-4 flex flex-wrap gap-2">
      {regions.map((region) => (
        <Link
          key={region}
          href={`/images/create/from-region?${new URLSearchParams({ region })}`}
          aria-current={region === current ? 'page' : undefined}
          className={cn('rounded-md px-3 py-1.5 text-sm ring-1 ring-inset', region === current ? 'bg-brand-50 font-medium text-brand-800 ring-brand-200' : 'text-slate-700 ring-slate-300')}
        >
          {region}
        </Link>
      ))}
    </nav>
  );
}
