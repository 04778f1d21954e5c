import { ProgressBar } from '@/components/ui/progress-bar';
import type { HashState } from '@/lib/upload/browser/use-file-hashes';
import { formatBytes } from '@/lib/utils';

/** Progress and result of the checksums the browser computes from the chosen file. */
export function UploadHashStatus({ hashes }: { hashes: HashState }) {
  if (hashes.status === 'none') return null;
  if (hashes.status === 'error') return <p className="text-amber-800">Your browser could not compute the file’s checksums: {hashes.message}</p>;
  if (hashes.status === 'hashing') {
    const fraction = hashes.total ? hashes.bytes / hashes.total : 0;
    return (
      <div className="space-y-1" data-testid="hash-progress">
        <p>
          Computing MD5 and SHA-512 in your browser… {Math.floor(fraction * 100)}% ({formatBytes(hashes.bytes)} of {formatBytes(hashes.total)})
        </p>
        <ProgressBar value={fraction} label="Checksum progress" height="h-1.5" className="max-w-sm" />
      </div>
    );
  }
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 font-mono text-[11px] text-slate-700" data-testid="browser-hashes" data-engine={hashes.engine}>
      <dt className="font-sans text-slate-500">MD5</dt>
      <dd className="break-all">{hashes.md5}</dd>
      <dt className="font-sans text-slate-500">SHA-512</dt>
      <dd className="truncate" title={hashes.sha512}>
        {hashes.sha512}
      </dd>
    </dl>
  );
}
