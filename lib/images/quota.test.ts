import { describe, expect, it } from 'vitest';
import { describeQuotaLine, projectQuota, quotaShare, uploadQuotaProblem } from './quota';

const MIB = 1024 * 1024;
// quota-lab as seeded: 16/40 MiB, 0/40 MiB staged, 1/5 images, 0/2 uploading
const lab = projectQuota({
  image_size_total: { usage: 16, limit: 40 },
  image_stage_total: { usage: 0, limit: 40 },
  image_count_total: { usage: 1, limit: 5 },
  image_count_uploading: { usage: 0, limit: 2 },
});

describe('projectQuota', () => {
  it('reads the four resources in display order; -1 is unlimited; {} means no limits', () => {
    expect(lab.kind === 'limits' && lab.lines.map((l) => l.key)).toEqual(['image_size_total', 'image_count_total', 'image_stage_total', 'image_count_uploading']);
    const open = projectQuota({ image_size_total: { usage: 3, limit: -1 } });
    expect(open.kind === 'limits' && open.lines[0]).toMatchObject({ used: 3, limit: null });
    expect(projectQuota({})).toEqual({ kind: 'none' });
  });

  it('describes a line with units, and its share of the limit', () => {
    if (lab.kind !== 'limits') throw new Error('limits expected');
    expect(describeQuotaLine(lab.lines[0]!)).toBe('16.0 MiB of 40.0 MiB');
    expect(describeQuotaLine(lab.lines[1]!)).toBe('1 of 5');
    expect(quotaShare(lab.lines[0]!)).toBeCloseTo(0.4);
    expect(describeQuotaLine({ key: 'image_count_total', label: 'Images', unit: 'count', used: 7, limit: null })).toBe('7 (no limit)');
    expect(quotaShare({ key: 'image_count_total', label: 'Images', unit: 'count', used: 0, limit: 0 })).toBe(1);
  });
});

describe('uploadQuotaProblem', () => {
  const put = (bytes: number) => ({ bytes, staged: false, newRecord: true });

  it('lets a file that fits through, and refuses one that does not with the numbers', () => {
    expect(uploadQuotaProblem(lab, put(24 * MIB), 'quota-lab')).toBeUndefined();
    expect(uploadQuotaProblem(lab, put(24 * MIB + 1), 'quota-lab')).toBe(
      'This file is 24.0 MiB, but project quota-lab has only 24.0 MiB of its 40.0 MiB image storage left (16.0 MiB used). Nothing was sent. Delete images this project no longer needs, or ask your cloud operator for a larger quota.',
    );
  });

  it('checks the staging area for glance-direct only', () => {
    const staged = projectQuota({ image_size_total: { usage: 0, limit: 100 }, image_stage_total: { usage: 30, limit: 40 } });
    expect(uploadQuotaProblem(staged, put(20 * MIB), 'p')).toBeUndefined();
    expect(uploadQuotaProblem(staged, { bytes: 20 * MIB, staged: true, newRecord: true }, 'p')).toMatch(/only 10.0 MiB of its 40.0 MiB staging area/);
  });

  it('counts a new record against the image count, not an existing one', () => {
    const full = projectQuota({ image_count_total: { usage: 5, limit: 5 } });
    expect(uploadQuotaProblem(full, put(MIB), 'p')).toMatch(/already has 5 of its 5 images/);
    expect(uploadQuotaProblem(full, { bytes: MIB, staged: false, newRecord: false }, 'p')).toBeUndefined();
  });

  it('explains a quota of zero', () => {
    expect(uploadQuotaProblem(projectQuota({ image_size_total: { usage: 0, limit: 0 } }), put(1), 'p')).toMatch(/quota of zero for image storage/);
    expect(uploadQuotaProblem(projectQuota({ image_count_total: { usage: 0, limit: 0 } }), put(1), 'p')).toMatch(/quota of zero images/);
  });

  it('says nothing when unlimited, without limits or unknown', () => {
    expect(uploadQuotaProblem(projectQuota({ image_size_total: { usage: 9e9, limit: -1 } }), put(MIB), 'p')).toBeUndefined();
    expect(uploadQuotaProblem({ kind: 'none' }, put(MIB), 'p')).toBeUndefined();
    expect(uploadQuotaProblem(undefined, put(MIB), 'p')).toBeUndefined();
  });
});
