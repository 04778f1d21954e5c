import Link from 'next/link';

/** From Create: where glance-download is on, an image can come from another region's Glance. */
export function RegionImportLink() {
  return (
    <p className="text-sm text-slate-600">
      The image is in another region of this cloud?{' '}
      <Link href="/images/create/from-region" className="font-medium text-brand-700 underline underline-offset-2">
        Import it from that region’s Glance
      </Link>
    </p>
  );
}
