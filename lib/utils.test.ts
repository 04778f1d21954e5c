import { describe, expect, it } from 'vitest';
import { describeDuration, formatBytes, formatDate } from './utils';

describe('formatBytes', () => {
  it('uses binary units with sensible precision', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.50 KiB');
    expect(formatBytes(16 * 1024 ** 2)).toBe('16.0 MiB');
    expect(formatBytes(25 * 1024 ** 3)).toBe('25.0 GiB');
    expect(formatBytes(200 * 1024 ** 2)).toBe('200 MiB');
    expect(formatBytes(null)).toBe('—');
  });
});

describe('formatDate', () => {
  it('formats Glance UTC timestamps', () => {
    expect(formatDate('2026-11-23T10:54:04Z')).toBe('23 Nov 2026, 10:54 UTC');
    expect(formatDate(undefined)).toBe('—');
    expect(formatDate('garbage')).toBe('garbage');
  });
});

describe('describeDuration', () => {
  it('names a configured limit in its largest whole unit', () => {
    expect(describeDuration(1800)).toBe('30 minutes');
    expect(describeDuration(43200)).toBe('12 hours');
    expect(describeDuration(3600)).toBe('1 hour');
    expect(describeDuration(90)).toBe('90 seconds');
    expect(describeDuration(8)).toBe('8 seconds');
  });
});
