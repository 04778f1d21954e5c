/**
 * Failed sign-in counting, per account and per client address, in this process's memory.
 * After `maxFailures` failures within the window a key is locked: first for `lockoutMs`, then
 * twice as long for every further failure, up to `maxLockoutMs`. While locked, attempts are
 * refused without asking Keystone, so neither guessing nor Keystone's own lockout can be driven
 * through Iris. Several Iris processes each count on their own (docs/security.md).
 */
export interface ThrottlePolicy {
  maxFailures: number;
  lockoutMs: number;
  maxLockoutMs: number;
  /** Failures older than this (and not locked) are forgotten. */
  windowMs: number;
  /** Keys kept at most; the oldest are dropped first, so a flood of names cannot exhaust memory. */
  maxKeys: number;
}

interface Entry {
  failures: number;
  firstAt: number;
  lockedUntil: number;
}

export class FailureCounter {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly policy: ThrottlePolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may now. */
  retryAfterMs(key: string): number {
    const entry = this.live(key);
    return entry ? Math.max(0, entry.lockedUntil - this.now()) : 0;
  }

  recordFailure(key: string): void {
    const now = this.now();
    const entry = this.live(key) ?? { failures: 0, firstAt: now, lockedUntil: 0 };
    entry.failures += 1;
    const over = entry.failures - this.policy.maxFailures;
    if (over >= 0) entry.lockedUntil = now + Math.min(this.policy.maxLockoutMs, this.policy.lockoutMs * 2 ** Math.min(over, 30));
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.policy.maxKeys) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = this.now();
    if (entry.lockedUntil <= now && now - entry.firstAt > this.policy.windowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}

export type ThrottleScope = 'account' | 'client';

export interface SignInAttempt {
  /** User name and domain as typed; case is ignored, so changing it does not start a fresh count. */
  username: string;
  domain: string;
  client: string;
}

/** The two counters sign-in consults: one per account, one per client address. */
export class SignInThrottle {
  constructor(
    private readonly accounts: FailureCounter,
    private readonly clients: FailureCounter,
  ) {}

  /** Why this attempt must wait, and for how long; null when it may go to Keystone. */
  check(attempt: SignInAttempt): { scope: ThrottleScope; retryAfterMs: number } | null {
    const account = this.accounts.retryAfterMs(accountKey(attempt));
    if (account > 0) return { scope: 'account', retryAfterMs: account };
    const client = this.clients.retryAfterMs(attempt.client);
    if (client > 0) return { scope: 'client', retryAfterMs: client };
    return null;
  }

  recordFailure(attempt: SignInAttempt): void {
    this.accounts.recordFailure(accountKey(attempt));
    this.clients.recordFailure(attempt.client);
  }

  /** A success clears the account's count; the client's stays, or one valid login would reset a guessing run. */
  recordSuccess(attempt: SignInAttempt): void {
    this.accounts.forget(accountKey(attempt));
  }
}

function accountKey({ username, domain }: SignInAttempt): string {
  return `${domain.trim().toLowerCase()}\n${username.trim().toLowerCase()}`;
}

/** "Wait 45 seconds" / "Wait 3 minutes": rounded up, so trying at that time works. */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

export function throttleMessage(scope: ThrottleScope, retryAfterMs: number): string {
  const who = scope === 'account' ? 'for this account' : 'from your network address';
  return `Too many failed sign-ins ${who}. Wait ${describeWait(retryAfterMs)}, then try again.`;
}
