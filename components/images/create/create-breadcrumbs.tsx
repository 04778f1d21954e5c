import Link from 'next/link';
import { Fragment } from 'react';

/** "Images / … / Current" above the create and upload pages; links underlined (not told by colour alone). */
export function CreateBreadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <ol className="flex flex-wrap items-center gap-1.5">
        {trail.map((item) => (
          <Fragment key={item.href}>
            <li>
              <Link href={item.href} className="text-brand-700 underline decoration-brand-200 underline-offset-2 hover:decoration-brand-700">
                {item.label}
              </Link>
            </li>
            <li aria-hidden="true" className="text-slate-400">
              /
            </li>
          </Fragment>
        ))}
        <li aria-current="page" className="text-slate-600">
          {current}
        </li>
      </ol>
    </nav>
  );
}
