import Link from 'next/link';
import { cn } from '@/lib/utils';

export interface SubNavTab {
  href: string;
  label: string;
}

/** Tabs between the pages of one area (an image's pages, the admin sections); `current` is the href shown as the page. */
export function SubNav({ label, tabs, current }: { label: string; tabs: SubNavTab[]; current: string }) {
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-4">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.href === current ? 'page' : undefined}
              className={cn(
                'inline-block border-b-2 px-1 pb-2 text-sm font-medium',
                tab.href === current ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
