/** Which cloud (Keystone and image region) this session is in, when the login page offered several. */
export function CloudBadge({ cloud }: { cloud: string }) {
  return (
    <p title={`Cloud: ${cloud}`} className="flex min-w-0 max-w-[4.5rem] shrink-[3] items-center rounded-md bg-brand-50 px-2 py-1 text-xs font-medium text-brand-700 sm:max-w-[14rem]">
      <span className="sr-only sm:not-sr-only sm:mr-1 sm:text-slate-600">Cloud</span>
      <span className="truncate" data-testid="current-cloud">
        {cloud}
      </span>
    </p>
  );
}
