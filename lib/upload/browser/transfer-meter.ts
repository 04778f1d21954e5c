/** Speed over the last few seconds, so the estimate follows the current rate rather than the average. */
const WINDOW_MS = 5_000;
const MIN_SPAN_MS = 500;
/** No byte for this long: the transfer is stalled, and its last speed and time left mean nothing. */
export const STALL_AFTER_MS = 5_000;

export interface TransferStats {
  loaded: number;
  total: number;
  /** 0…1 */
  fraction: number;
  bytesPerSecond?: number;
  secondsLeft?: number;
  /** Whole seconds since the last byte moved, once that is STALL_AFTER_MS or more. */
  stalledSeconds?: number;
}

export class TransferMeter {
  private samples: { loaded: number; at: number }[] = [];
  private lastMove = { loaded: -1, at: 0 };

  constructor(private readonly total: number) {}

  /** Record `loaded` bytes at time `at` (ms) and return the current figures. */
  sample(loaded: number, at: number): TransferStats {
    if (loaded > this.lastMove.loaded) this.lastMove = { loaded, at };
    this.samples.push({ loaded, at });
    while (this.samples.length > 2 && at - this.samples[1]!.at >= WINDOW_MS) this.samples.shift();
    const first = this.samples[0]!;
    const span = at - first.at;
    const fraction = this.total > 0 ? Math.min(1, loaded / this.total) : 1;
    const still = at - this.lastMove.at;
    if (loaded < this.total && still >= STALL_AFTER_MS) return { loaded, total: this.total, fraction, stalledSeconds: Math.floor(still / 1000) };
    if (span < MIN_SPAN_MS) return { loaded, total: this.total, fraction };
    const bytesPerSecond = ((loaded - first.loaded) * 1000) / span;
    const secondsLeft = bytesPerSecond > 0 ? Math.max(0, (this.total - loaded) / bytesPerSecond) : undefined;
    return { loaded, total: this.total, fraction, bytesPerSecond, secondsLeft };
  }
}

/** "45 s", "3 min", "1 h 20 min": a remaining time in words, rounded the way people read it. */
export function formatDuration(seconds: number): string {
  if (seconds < 1) return 'less than a second';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
