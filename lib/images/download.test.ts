import { describe, expect, it } from 'vitest';
import { contentDisposition, dataEtag, downloadFileName, forwardableRange } from './download';

const id = '0b5c5e44-1c1f-4a8e-9d63-2f1a3c0e9a11';

describe('downloadFileName', () => {
  it('adds the disk format as extension', () => {
    expect(downloadFileName({ id, name: 'ubuntu 24.04', disk_format: 'qcow2' })).toBe('ubuntu 24.04.qcow2');
  });
  it('does not double an extension the name already has', () => {
    expect(downloadFileName({ id, name: 'cirros.QCOW2', disk_format: 'qcow2' })).toBe('cirros.qcow2');
  });
  it('replaces path separators, reserved and control characters', () => {
    expect(downloadFileName({ id, name: '../etc/pa:ss*wd?"<>|\u0007', disk_format: 'raw' })).toBe('_etc_pa_ss_wd______.raw');
  });
  it('falls back to the ID for nameless images and to .img without a format', () => {
    expect(downloadFileName({ id, name: null, disk_format: null })).toBe(`${id}.img`);
    expect(downloadFileName({ id, name: ' .. ', disk_format: 'iso' })).toBe(`${id}.iso`);
  });
  it('caps very long names', () => {
    expect(downloadFileName({ id, name: 'x'.repeat(500), disk_format: 'raw' })).toHaveLength(204);
  });
});

describe('contentDisposition', () => {
  it('uses a plain filename for ASCII names', () => {
    expect(contentDisposition('disk.raw')).toBe('attachment; filename="disk.raw"');
  });
  it('adds RFC 5987 filename* for other names, with an ASCII fallback', () => {
    expect(contentDisposition('Débian 12 🚀.qcow2')).toBe(
      `attachment; filename="D_bian 12 _.qcow2"; filename*=UTF-8''D%C3%A9bian%2012%20%F0%9F%9A%80.qcow2`,
    );
  });
  it('keeps quotes and backslashes out of the quoted string', () => {
    expect(contentDisposition('a"b\\c%.raw')).toBe(`attachment; filename="a_b_c_.raw"; filename*=UTF-8''a%22b%5Cc%25.raw`);
  });
});

describe('forwardableRange', () => {
  it.each([
    ['bytes=0-1023', 'bytes=0-1023'],
    ['bytes=1024-', 'bytes=1024-'],
    ['bytes=-500', 'bytes=-500'],
    [' bytes=5-5 ', 'bytes=5-5'],
  ])('forwards %j', (header, expected) => {
    expect(forwardableRange(header)).toBe(expected);
  });
  it.each([null, '', 'bytes=-', 'bytes=0-1,5-6', 'items=0-1', 'bytes=10-5', 'bytes=a-b'])('drops %j', (header) => {
    expect(forwardableRange(header)).toBeNull();
  });
});

describe('dataEtag', () => {
  it('prefers the multihash, falls back to md5, else none', () => {
    expect(dataEtag({ os_hash_value: 'abc', checksum: 'md5' })).toBe('"abc"');
    expect(dataEtag({ os_hash_value: null, checksum: 'md5' })).toBe('"md5"');
    expect(dataEtag({})).toBeNull();
  });
});
