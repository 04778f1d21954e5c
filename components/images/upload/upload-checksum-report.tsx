import { Alert } from '@/components/ui/alert';
import { compareChecksums, overallVerdict, type ChecksumRow, type LocalChecksums, type StoredChecksums, type Verdict } from '@/lib/upload/browser/compare-checksums';
import { cn } from '@/lib/utils';

interface UploadChecksumReportProps {
  image: StoredChecksums;
  local?: LocalChecksums;
  expected?: { algo: string; value: string };
  /** Shown with a mismatch: usually a Delete button. */
  mismatchAction?: React.ReactNode;
  /** Another comparison on the same page (the file against a pasted checksum): its heading and first column. */
  title?: string;
  storedLabel?: string;
  /** Without `local`, Glance's own rows are shown above the pasted one; false: the pasted row only. */
  showStored?: boolean;
}

const RESULT: Record<Verdict, { text: string; className: string }> = {
  match: { text: '✓ Match', className: 'text-emerald-700' },
  mismatch: { text: '✗ MISMATCH', className: 'font-bold text-red-700' },
  pending: { text: 'Computing…', className: 'text-slate-500' },
  unavailable: { text: '—', className: 'text-slate-500' },
};

function Row({ row }: { row: ChecksumRow }) {
  return (
    <tr className={cn('align-top', row.verdict === 'mismatch' && 'bg-red-50')} data-testid={`checksum-row-${row.label}`}>
      <th scope="row" className="py-2 pr-4 text-left font-medium whitespace-nowrap text-slate-800">
        {row.label}
        <span className="block font-mono text-[11px] font-normal text-slate-500">{row.field}</span>
      </th>
      <td className="py-2 pr-4 font-mono text-xs break-all text-slate-800" data-testid="stored">
        {row.stored ?? '—'}
      </td>
      <td className="py-2 pr-4 font-mono text-xs break-all text-slate-800" data-testid="reference">
        {row.reference ?? '—'}
        {row.note && <span className="mt-1 block font-sans text-slate-600">{row.note}</span>}
      </td>
      <td className={cn('py-2 whitespace-nowrap', RESULT[row.verdict].className)} data-testid="verdict">
        {RESULT[row.verdict].text}
      </td>
    </tr>
  );
}

function Summary({ verdict, mismatchAction }: { verdict: Verdict; mismatchAction?: React.ReactNode }) {
  if (verdict === 'mismatch') {
    return (
      <Alert tone="error" title="Checksum MISMATCH">
        <p>The data Glance stored is not what you expected. Do not boot servers from this image: delete it and upload the file again.</p>
        {mismatchAction && <div className="mt-3">{mismatchAction}</div>}
      </Alert>
    );
  }
  if (verdict === 'match') return <Alert tone="success" title="Checksums match">Glance stored exactly the bytes you expected.</Alert>;
  if (verdict === 'pending') return <Alert tone="info">Your browser is still computing the file’s checksums; the comparison appears when it is done.</Alert>;
  return null;
}

/** Glance's checksums next to the browser's (or pasted) ones; a mismatch is impossible to miss. */
export function UploadChecksumReport({ image, local, expected, mismatchAction, title = 'Checksums', storedLabel = 'Stored by Glance', showStored = true }: UploadChecksumReportProps) {
  const headingId = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-heading`;
  const rows = compareChecksums(image, local, expected);
  const verdict = overallVerdict(rows);
  // without a local file, still show what Glance stored, above the pasted comparison
  const shown = local || !showStored ? rows : [...compareChecksums(image, {}), ...rows];
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-sm font-semibold text-slate-900">
        {title}
      </h2>
      <div aria-live="polite">
        <Summary verdict={verdict} mismatchAction={mismatchAction} />
      </div>
      {!rows.length && <p className="text-sm text-slate-600">Glance computed these checksums. Compare them with the ones the image’s publisher lists.</p>}
      <div className="relative overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="py-1 pr-4">Checksum</th>
              <th scope="col" className="py-1 pr-4">{storedLabel}</th>
              <th scope="col" className="py-1 pr-4">{local ? 'Your file (computed in the browser)' : 'Expected (pasted)'}</th>
              <th scope="col" className="py-1">Result</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((row) => (
              <Row key={row.label} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
