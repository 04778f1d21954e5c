import { describe, expect, it } from 'vitest';
import { canPublishAsOfficial, reviewChecks } from './review';

describe('reviewChecks', () => {
  it('blocks only images that are not active', () => {
    expect(canPublishAsOfficial({ status: 'queued' })).toBe(false);
    expect(canPublishAsOfficial({ status: 'active' })).toBe(true);
  });

  it('reports metadata advice', () => {
    const checks = reviewChecks({ status: 'active', os_hash_value: 'abc', os_distro: 'debian', min_disk: 2, description: ' ' });
    expect(Object.fromEntries(checks.map((c) => [c.id, c.passed]))).toEqual({
      active: true,
      checksum: true,
      os_distro: true,
      min_disk: true,
      description: false,
    });
  });
});
