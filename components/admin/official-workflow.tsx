/** The curation design in three steps, shown where admins act on it (docs/features/admin-curation.md). */
export function OfficialWorkflow({ curatorLabels }: { curatorLabels: string[] }) {
  const curators = curatorLabels.length ? curatorLabels.join(', ') : 'the curator project';
  const steps = [
    <>Curators upload a private or shared image into <strong>{curators}</strong>, and test it there.</>,
    <>It waits below with its review checks; only an active image with data can be published.</>,
    <>An administrator publishes it: public, and listed under <strong>Official</strong> for every project.</>,
  ];
  return (
    <ol className="mb-5 grid gap-3 text-sm text-slate-700 md:grid-cols-3">
      {steps.map((step, index) => (
        <li key={index} className="flex gap-2 rounded-md bg-slate-50 p-3">
          <span aria-hidden="true" className="flex size-5 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white">{index + 1}</span>
          <span>{step}</span>
        </li>
      ))}
    </ol>
  );
}
