import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatDuration, type TransferStats } from '@/lib/upload/transfer-meter';
import { formatBytes } from '@/lib/utils';

interface UploadProgressProps {
  fileName: string;
  stats: TransferStats;
  onCancel?: () => void;
  cancelling?: boolean;
}

/** Bytes sent, speed and time left of a running upload, with its Cancel button. */
export function UploadProgress({ fileName, stats, onCancel, cancelling }: UploadProgressProps) {
  const percent = Math.floor(stats.fraction * 100);
  const sent = `${formatBytes(stats.loaded)} of ${formatBytes(stats.total)}`;
  const rate = stats.bytesPerSecond !== undefined ? `${formatBytes(stats.bytesPerSecond)}/s` : 'measuring speed…';
  const left =
    stats.fraction >= 1
      ? 'Glance is storing the last bytes…'
      : stats.secondsLeft === undefined
        ? ''
        : stats.secondsLeft < 1
          ? 'almost done'
          : `about ${formatDuration(stats.secondsLeft)} left`;
  return (
    <div className="space-y-2" data-testid="upload-progress">
      <div className="flex items-baseline justify-between gap-4 text-sm">
        <span className="min-w-0 truncate text-slate-800">
          Uploading <span className="font-medium">{fileName}</span>
        </span>
        <span className="font-semibold tabular-nums text-slate-900" data-testid="upload-percent">
          {percent}%
        </span>
      </div>
      <ProgressBar value={stats.fraction} label="Upload progress" valueText={`${percent}%, ${sent}`} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600 tabular-nums" data-testid="upload-stats">
          {sent} · {rate}
          {left && ` · ${left}`}
        </p>
        {onCancel && (
          <Button variant="secondary" size="sm" onClick={onCancel} pending={cancelling}>
            Cancel upload
          </Button>
        )}
      </div>
    </div>
  );
}
