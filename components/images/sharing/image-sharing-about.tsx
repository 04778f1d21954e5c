/** How Glance sharing works, in three lines, beside the member list. */
export function ImageSharingAbout() {
  return (
    <section aria-labelledby="sharing-about-heading" className="rounded-lg bg-white p-5 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200">
      <h2 id="sharing-about-heading" className="text-sm font-semibold text-slate-900">
        How sharing works
      </h2>
      <ol className="mt-2 list-decimal space-y-1.5 pl-4">
        <li>
          You add a project: it gets a <strong className="font-medium text-slate-800">pending</strong> invitation and can already use the image by
          its ID.
        </li>
        <li>Its members accept (the image then appears in their lists) or reject (it stays hidden). They can change their answer later.</li>
        <li>Only removing the project takes its access away. Servers it already booted keep running.</li>
      </ol>
    </section>
  );
}
