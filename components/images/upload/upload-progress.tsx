import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatDuration, type TransferStats } from '@/lib/upload/browser/transfer-meter';
import { formatBytes } from '@/lib/utils';

interface UploadProgressProps {
  fileName: string;
  stats: TransferStats;
  onCancel?: () => void;
  cancelling?: boolean;
}

/** Speed and time left; a stalled upload says for how long nothing moved instead (its last speed means nothing). */
function pace(stats: TransferStats): { rate: string; left: string } {
  if (stats.stalledSeconds !== undefined) return { rate: `stalled for ${formatDuration(stats.stalledSeconds)}`, left: '' };
  const rate = stats.bytesPerSecond !== undefined ? `${formatBytes(stats.bytesPerSecond)}/s` : 'measuring speed…';
  if (stats.fraction >= 1) return { rate, left: 'Glance is storing the last bytes…' };
  if (stats.secondsLeft === undefined) return { rate, left: '' };
  return { rate, left: stats.secondsLeft < 1 ? 'almost done' : `about ${formatDuration(stats.secondsLeft)} left` };
}

/** Bytes sent, speed and time left of a running upload, with its Cancel button. */
export function UploadProgress({ fileName, stats, onCancel, cancelling }: UploadProgressProps) {
  const percent = Math.floor(stats.fraction * 100);
  const sent = `${formatBytes(stats.loaded)} of ${formatBytes(stats.total)}`;
  const { rate, left } = pace(stats);
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
          {sent} · <span className={stats.stalledSeconds !== undefined ? 'font-medium text-amber-800' : undefined}>{rate}</span>
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
