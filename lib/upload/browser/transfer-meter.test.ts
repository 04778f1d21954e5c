import { describe, expect, it } from 'vitest';
import { TransferMeter, formatDuration } from './transfer-meter';

const MiB = 1024 ** 2;

describe('TransferMeter', () => {
  it('gives no speed until half a second has passed', () => {
    const meter = new TransferMeter(100 * MiB);
    expect(meter.sample(0, 0)).toEqual({ loaded: 0, total: 100 * MiB, fraction: 0 });
    expect(meter.sample(MiB, 200).bytesPerSecond).toBeUndefined();
  });

  it('computes speed and time left from the samples', () => {
    const meter = new TransferMeter(100 * MiB);
    meter.sample(0, 0);
    const stats = meter.sample(10 * MiB, 1_000);
    expect(stats.fraction).toBeCloseTo(0.1);
    expect(stats.bytesPerSecond).toBe(10 * MiB);
    expect(stats.secondsLeft).toBe(9);
  });

  it('follows the recent rate, not the average since the start', () => {
    const meter = new TransferMeter(1_000 * MiB);
    // 10 s at 1 MiB/s, then the link gets faster: 10 MiB/s
    for (let s = 0; s <= 10; s++) meter.sample(s * MiB, s * 1_000);
    let stats = meter.sample(10 * MiB, 10_000);
    for (let s = 1; s <= 10; s++) stats = meter.sample(10 * MiB + s * 10 * MiB, 10_000 + s * 1_000);
    expect(stats.bytesPerSecond).toBeCloseTo(10 * MiB, -3);
  });

  it('reports a stalled transfer as speed 0 with no time left estimate', () => {
    const meter = new TransferMeter(10 * MiB);
    meter.sample(MiB, 0);
    const stats = meter.sample(MiB, 2_000);
    expect(stats.bytesPerSecond).toBe(0);
    expect(stats.secondsLeft).toBeUndefined();
  });
});

describe('TransferMeter stalls', () => {
  it('says how long nothing moved once that reaches 5 s, instead of a speed and time left', () => {
    const meter = new TransferMeter(10 * MiB);
    meter.sample(0, 0);
    meter.sample(MiB, 1_000);
    expect(meter.sample(MiB, 5_999).stalledSeconds).toBeUndefined();
    const stats = meter.sample(MiB, 13_400);
    expect(stats).toEqual({ loaded: MiB, total: 10 * MiB, fraction: 0.1, stalledSeconds: 12 });
  });

  it('is no longer stalled as soon as a byte moves', () => {
    const meter = new TransferMeter(10 * MiB);
    meter.sample(MiB, 0);
    expect(meter.sample(MiB, 8_000).stalledSeconds).toBe(8);
    const stats = meter.sample(2 * MiB, 9_000);
    expect(stats.stalledSeconds).toBeUndefined();
    expect(stats.bytesPerSecond).toBeGreaterThan(0);
  });

  it('counts a transfer that never started as stalled too', () => {
    const meter = new TransferMeter(10 * MiB);
    meter.sample(0, 0);
    expect(meter.sample(0, 6_000).stalledSeconds).toBe(6);
  });

  it('is never stalled once every byte is sent (Glance is storing them)', () => {
    const meter = new TransferMeter(10 * MiB);
    meter.sample(10 * MiB, 0);
    expect(meter.sample(10 * MiB, 60_000).stalledSeconds).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0.2, 'less than a second'],
    [44.2, '45 s'],
    [61, '2 min'],
    [3_600, '1 h'],
    [4_830, '1 h 21 min'],
  ])('%s s → %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));
});
