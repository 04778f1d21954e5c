import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

export default function ImageNotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-lg bg-white px-6 py-12 text-center shadow-sm ring-1 ring-slate-200">
      <h1 className="text-lg font-semibold text-slate-900">Image not found</h1>
      <p className="mt-2 text-sm text-slate-600">
        It may have been deleted, or it belongs to another project that has not shared it with yours. Glance answers the same way in both
        cases.
      </p>
      <Link href="/images" className={buttonClasses('secondary', 'md', 'mt-6')}>
        Back to images
      </Link>
    </div>
  );
}
