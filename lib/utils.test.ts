import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate } from './utils';

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
