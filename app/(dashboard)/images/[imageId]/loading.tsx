const block = 'animate-pulse rounded-md bg-slate-200';

export default function ImageLoading() {
  return (
    <div aria-busy="true" aria-label="Loading image">
      <div className={`${block} mb-3 h-4 w-40`} />
      <div className={`${block} mb-6 h-8 w-80`} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <div className={`${block} h-64`} />
          <div className={`${block} h-32`} />
        </div>
        <div className="space-y-6">
          <div className={`${block} h-72`} />
          <div className={`${block} h-32`} />
        </div>
      </div>
    </div>
  );
}
