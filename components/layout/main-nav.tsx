'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/utils';

export function MainNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname() ?? '';
  // an item is current anywhere under its area (Admin: /admin/images, /admin/metadefs, …)
  const items = [{ href: '/images', area: '/images', label: 'Images' }, ...(isAdmin ? [{ href: '/admin/images', area: '/admin', label: 'Admin' }] : [])];
  return (
    <nav aria-label="Main" className="flex shrink-0 items-center gap-1">
      {items.map((item) => {
        const active = pathname === item.area || pathname.startsWith(`${item.area}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'rounded-md px-2 py-1.5 text-sm font-medium sm:px-3',
              active ? 'bg-brand-50 text-brand-700' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
            )}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
