import { ImagesTableSkeleton } from '@/components/images/images-table-skeleton';

export default function ImagesLoading() {
  return (
    <>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Images</h1>
        <div className="mt-2 h-4 w-96 max-w-full animate-pulse rounded bg-slate-200" />
      </div>
      <div className="space-y-4">
        <div className="h-11 border-b border-slate-200" />
        <div className="h-28 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" />
        <ImagesTableSkeleton />
      </div>
    </>
  );
}
