import Link from 'next/link';
import { cn } from '@/lib/utils';

const SECTIONS = [
  { href: '/admin/images', label: 'All images' },
  { href: '/admin/metadefs', label: 'Metadata definitions' },
] as const;

/** The admin area's sections, under every admin page's header. */
export function AdminSections({ current }: { current: (typeof SECTIONS)[number]['href'] }) {
  return (
    <nav aria-label="Admin sections" className="-mt-2 mb-6 flex flex-wrap gap-1 border-b border-slate-200">
      {SECTIONS.map((section) => (
        <Link
          key={section.href}
          href={section.href}
          aria-current={section.href === current ? 'page' : undefined}
          className={cn(
            '-mb-px border-b-2 px-3 py-2 text-sm font-medium',
            section.href === current ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900',
          )}
        >
          {section.label}
        </Link>
      ))}
    </nav>
  );
}
