import { describe, expect, it } from 'vitest';
import { describeWait, FailureCounter, SignInThrottle, throttleMessage } from './throttle';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const policy = { maxFailures: 3, lockoutMs: 60_000, maxLockoutMs: 900_000, windowMs: 900_000, maxKeys: 100 };

describe('FailureCounter', () => {
  it('locks a key after the limit, for longer with each further failure, up to the cap', () => {
    const time = clock();
    const counter = new FailureCounter(policy, time.now);
    counter.recordFailure('k');
    counter.recordFailure('k');
    expect(counter.retryAfterMs('k')).toBe(0);
    counter.recordFailure('k');
    expect(counter.retryAfterMs('k')).toBe(60_000);
    time.advance(60_000);
    expect(counter.retryAfterMs('k')).toBe(0);
    counter.recordFailure('k');
    expect(counter.retryAfterMs('k')).toBe(120_000);
    for (let i = 0; i < 10; i += 1) counter.recordFailure('k');
    expect(counter.retryAfterMs('k')).toBe(900_000);
  });

  it('forgets failures older than the window', () => {
    const time = clock();
    const counter = new FailureCounter(policy, time.now);
    counter.recordFailure('k');
    counter.recordFailure('k');
    time.advance(900_001);
    counter.recordFailure('k');
    expect(counter.retryAfterMs('k')).toBe(0);
  });

  it('keeps at most maxKeys keys, dropping the oldest', () => {
    const counter = new FailureCounter({ ...policy, maxFailures: 1, maxKeys: 2 }, clock().now);
    counter.recordFailure('a');
    counter.recordFailure('b');
    counter.recordFailure('c');
    expect(counter.retryAfterMs('a')).toBe(0);
    expect(counter.retryAfterMs('c')).toBe(60_000);
  });
});

describe('SignInThrottle', () => {
  const make = () => {
    const time = clock();
    return { time, throttle: new SignInThrottle(new FailureCounter(policy, time.now), new FailureCounter({ ...policy, maxFailures: 5 }, time.now)) };
  };

  it('locks an account whatever client or letter case the guesses come from', () => {
    const { throttle } = make();
    throttle.recordFailure({ username: 'Demo', domain: 'Default', client: '1.1.1.1' });
    throttle.recordFailure({ username: 'demo', domain: 'default', client: '2.2.2.2' });
    throttle.recordFailure({ username: 'DEMO ', domain: 'Default', client: '3.3.3.3' });
    expect(throttle.check({ username: 'demo', domain: 'Default', client: '4.4.4.4' })).toEqual({ scope: 'account', retryAfterMs: 60_000 });
    expect(throttle.check({ username: 'alt', domain: 'Default', client: '4.4.4.4' })).toBeNull();
  });

  it('locks a client that guesses many accounts', () => {
    const { throttle } = make();
    for (const username of ['a', 'b', 'c', 'd', 'e']) throttle.recordFailure({ username, domain: 'Default', client: '9.9.9.9' });
    expect(throttle.check({ username: 'f', domain: 'Default', client: '9.9.9.9' })).toEqual({ scope: 'client', retryAfterMs: 60_000 });
    expect(throttle.check({ username: 'f', domain: 'Default', client: '8.8.8.8' })).toBeNull();
  });

  it('a success clears the account, not the client', () => {
    const { throttle } = make();
    const attempt = { username: 'demo', domain: 'Default', client: '9.9.9.9' };
    throttle.recordFailure(attempt);
    throttle.recordFailure(attempt);
    throttle.recordSuccess(attempt);
    throttle.recordFailure(attempt);
    throttle.recordFailure(attempt);
    expect(throttle.check(attempt)).toBeNull();
    throttle.recordFailure({ ...attempt, username: 'other' });
    expect(throttle.check(attempt)?.scope).toBe('client');
  });
});

describe('messages', () => {
  it('say who is throttled and when to try again, rounded up', () => {
    expect(describeWait(1)).toBe('1 second');
    expect(describeWait(59_500)).toBe('60 seconds');
    expect(describeWait(120_000)).toBe('2 minutes');
    expect(describeWait(121_000)).toBe('3 minutes');
    expect(throttleMessage('account', 60_000)).toBe('Too many failed sign-ins for this account. Wait 60 seconds, then try again.');
    expect(throttleMessage('client', 900_000)).toBe('Too many failed sign-ins from your network address. Wait 15 minutes, then try again.');
  });
});
