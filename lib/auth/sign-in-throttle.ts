import 'server-only';
import { env } from '@/lib/env';
import { FailureCounter, SignInThrottle } from './throttle';

const WINDOW_MS = 15 * 60_000;

let instance: SignInThrottle | undefined;

/** This process's sign-in throttle, configured from SIGN_IN_* (docs/configuration.md). */
export function signInThrottle(): SignInThrottle {
  if (instance) return instance;
  const lockoutMs = env().SIGN_IN_LOCKOUT_SECONDS * 1000;
  const policy = (maxFailures: number) => ({ maxFailures, lockoutMs, maxLockoutMs: Math.max(lockoutMs, WINDOW_MS), windowMs: WINDOW_MS, maxKeys: 10_000 });
  instance = new SignInThrottle(
    new FailureCounter(policy(env().SIGN_IN_MAX_FAILURES_PER_ACCOUNT)),
    new FailureCounter(policy(env().SIGN_IN_MAX_FAILURES_PER_CLIENT)),
  );
  return instance;
}
