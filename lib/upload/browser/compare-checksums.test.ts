import { describe, expect, it } from 'vitest';
import { compareChecksums, overallVerdict } from './compare-checksums';

const md5 = 'a'.repeat(32);
const sha512 = 'b'.repeat(128);
const stored = { checksum: md5, os_hash_algo: 'sha512', os_hash_value: sha512 };

describe('compareChecksums', () => {
  it('matches the browser’s MD5 and SHA-512 with what Glance stored', () => {
    const rows = compareChecksums(stored, { md5, sha512: sha512.toUpperCase().toLowerCase() });
    expect(rows.map((r) => [r.label, r.verdict])).toEqual([
      ['MD5', 'match'],
      ['SHA-512', 'match'],
    ]);
    expect(overallVerdict(rows)).toBe('match');
  });

  it('reports a single differing value as a mismatch of the whole', () => {
    const rows = compareChecksums(stored, { md5, sha512: 'c'.repeat(128) });
    expect(rows[1]!.verdict).toBe('mismatch');
    expect(overallVerdict(rows)).toBe('mismatch');
  });

  it('is pending while the browser still computes, unavailable before Glance has data', () => {
    expect(overallVerdict(compareChecksums(stored, { pending: true }))).toBe('pending');
    expect(overallVerdict(compareChecksums({ checksum: null, os_hash_value: null }, { md5, sha512 }))).toBe('unavailable');
  });

  it('compares a pasted checksum with the field of its algorithm', () => {
    expect(compareChecksums(stored, undefined, { algo: 'md5', value: md5 })[0]).toMatchObject({ field: 'checksum', verdict: 'match' });
    expect(compareChecksums(stored, undefined, { algo: 'sha512', value: 'd'.repeat(128) })[0]).toMatchObject({ field: 'os_hash_value', verdict: 'mismatch' });
    const sha256 = compareChecksums(stored, undefined, { algo: 'sha256', value: 'e'.repeat(64) })[0]!;
    expect(sha256.verdict).toBe('unavailable');
    expect(sha256.note).toBe('Glance computed sha512, not sha256: these cannot be compared.');
  });

  it('does not compare SHA-512 where the cloud hashes with another algorithm', () => {
    const rows = compareChecksums({ checksum: md5, os_hash_algo: 'sha256', os_hash_value: 'f'.repeat(64) }, { md5, sha512 });
    expect(rows[1]).toMatchObject({ label: 'SHA256', verdict: 'unavailable' });
    expect(overallVerdict(rows)).toBe('match');
  });
});
