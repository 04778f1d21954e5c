import type { FormatGuess } from '@/lib/upload/browser/disk-format';
import { minDiskFor } from '@/lib/upload/browser/disk-format';
import type { HashState } from '@/lib/upload/browser/use-file-hashes';
import { formatBytes } from '@/lib/utils';
import { UploadHashStatus } from './upload-hash-status';
import { UploadQuotaCheck } from './upload-quota-check';

interface UploadFileSummaryProps {
  file: File;
  guess?: FormatGuess;
  hashes: HashState;
  maxBytes: number;
  /** Offered when the header tells the virtual size. */
  onUseMinDisk?: (gigabytes: number) => void;
  /** The server's refusals of the file, shown by the field: a quota problem they already say is not repeated. */
  fieldErrors?: string[];
}

function FormatLine({ guess, onUseMinDisk }: { guess: FormatGuess; onUseMinDisk?: (gigabytes: number) => void }) {
  const minDisk = minDiskFor(guess.virtualSize);
  const what =
    guess.basis === 'header' ? (
      <>Detected <strong className="font-semibold">{guess.diskFormat}</strong> from the file’s header</>
    ) : guess.basis === 'no-header' ? (
      <>No disk-image header found: this looks like a <strong className="font-semibold">raw</strong> disk</>
    ) : (
      <>Format suggested from the file name: <strong className="font-semibold">{guess.diskFormat}</strong></>
    );
  return (
    <p data-testid="format-guess">
      {what}
      {guess.virtualSize ? `; virtual size ${formatBytes(guess.virtualSize)}` : ''}.
      {minDisk !== undefined && onUseMinDisk && (
        <button type="button" className="ml-2 font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600" onClick={() => onUseMinDisk(minDisk)}>
          Set minimum disk to {minDisk} GiB
        </button>
      )}
    </p>
  );
}

/** What Iris learned about the chosen file: format, size limits, checksums. */
export function UploadFileSummary({ file, guess, hashes, maxBytes, onUseMinDisk, fieldErrors }: UploadFileSummaryProps) {
  return (
    <div className="space-y-1.5">
      {file.size > maxBytes && (
        <p className="font-medium text-red-700">
          This file is {formatBytes(file.size)}; this cloud accepts image files up to {formatBytes(maxBytes)}.
        </p>
      )}
      <UploadQuotaCheck bytes={file.size} alreadyShown={fieldErrors} />
      {guess?.compression && (
        <p className="text-amber-800">
          This file is {guess.compression}-compressed. Glance stores files as they are and a compressed disk does not boot: decompress it first.
        </p>
      )}
      {guess?.diskFormat && <FormatLine guess={guess} onUseMinDisk={onUseMinDisk} />}
      <UploadHashStatus hashes={hashes} />
    </div>
  );
}
