/** What a breaker lets a caller do right now. */
export type Admission = 'go' | 'probe' | 'refuse';

/**
 * A circuit breaker for one upstream. A timeout opens it: for `cooldownMs` every request fails at
 * once instead of waiting out its own timeout. After that one request goes through as a probe
 * (the others still fail fast); any answer from the upstream closes the breaker, another timeout
 * opens it again.
 */
export class CircuitBreaker {
  private openUntil = 0;
  private probing = false;

  constructor(
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether the upstream timed out recently and is not known to be back. */
  get isOpen(): boolean {
    return this.openUntil > 0;
  }

  /** Seconds until the next probe may go out (0 when closed or due). */
  get secondsToProbe(): number {
    return Math.max(0, Math.ceil((this.openUntil - this.now()) / 1000));
  }

  admit(): Admission {
    if (!this.isOpen) return 'go';
    if (this.probing || this.now() < this.openUntil) return 'refuse';
    this.probing = true;
    return 'probe';
  }

  /** The upstream answered (any HTTP status): it is there. */
  answered(): void {
    this.openUntil = 0;
    this.probing = false;
  }

  /** The upstream did not answer in time. */
  timedOut(): void {
    this.openUntil = this.now() + this.cooldownMs;
    this.probing = false;
  }

  /** A probe ended without telling anything (cancelled, refused): let the next request probe. */
  released(admission: Admission): void {
    if (admission === 'probe') this.probing = false;
  }
}
