import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './breaker';

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('CircuitBreaker', () => {
  it('lets everything through until a timeout, then refuses until the cooldown ends', () => {
    const time = clock();
    const breaker = new CircuitBreaker(10_000, time.now);
    expect(breaker.admit()).toBe('go');
    breaker.timedOut();
    expect(breaker.isOpen).toBe(true);
    expect(breaker.admit()).toBe('refuse');
    time.advance(9_999);
    expect(breaker.admit()).toBe('refuse');
    expect(breaker.secondsToProbe).toBe(1);
  });

  it('after the cooldown sends one probe at a time; an answer closes it', () => {
    const time = clock();
    const breaker = new CircuitBreaker(5_000, time.now);
    breaker.timedOut();
    time.advance(5_000);
    expect(breaker.admit()).toBe('probe');
    expect(breaker.admit()).toBe('refuse');
    breaker.answered();
    expect(breaker.isOpen).toBe(false);
    expect(breaker.admit()).toBe('go');
  });

  it('a probe that times out opens it for another cooldown', () => {
    const time = clock();
    const breaker = new CircuitBreaker(5_000, time.now);
    breaker.timedOut();
    time.advance(5_000);
    expect(breaker.admit()).toBe('probe');
    breaker.timedOut();
    expect(breaker.admit()).toBe('refuse');
    time.advance(5_000);
    expect(breaker.admit()).toBe('probe');
  });

  it('a probe that ends without an answer or a timeout lets the next request probe', () => {
    const time = clock();
    const breaker = new CircuitBreaker(5_000, time.now);
    breaker.timedOut();
    time.advance(5_000);
    const admission = breaker.admit();
    breaker.released(admission);
    expect(breaker.isOpen).toBe(true);
    expect(breaker.admit()).toBe('probe');
  });

  it('releasing an ordinary request changes nothing', () => {
    const breaker = new CircuitBreaker(5_000);
    breaker.released(breaker.admit());
    expect(breaker.isOpen).toBe(false);
    expect(breaker.admit()).toBe('go');
  });
});
