import Link from 'next/link';
import { METADEFS_HREF } from './links';

/** Metadata definitions / … / the current page. */
export function MetadefsBreadcrumb({ trail, current }: { trail?: { href: string; label: string }[]; current: string }) {
  const links = [{ href: METADEFS_HREF, label: 'Metadata definitions' }, ...(trail ?? [])];
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm break-all text-slate-500">
      {links.map((link) => (
        <span key={link.href}>
          <Link href={link.href} className="hover:text-slate-900 hover:underline">
            {link.label}
          </Link>
          <span aria-hidden="true"> / </span>
        </span>
      ))}
      <span aria-current="page">{current}</span>
    </nav>
  );
}
