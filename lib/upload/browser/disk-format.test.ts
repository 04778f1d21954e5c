import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SNIFF_HEAD_BYTES, SNIFF_TAIL_BYTES, formatMismatch, guessFormat, guessFromName, minDiskFor } from './disk-format';

const dir = mkdtempSync(path.join(tmpdir(), 'iris-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real image file made by qemu-img (installed with the local stack), read the way the browser does. */
function made(format: string, fileName: string, size = '3G') {
  const file = path.join(dir, `${format}-${fileName}`);
  execFileSync('qemu-img', ['create', '-q', '-f', format, file, size]);
  const bytes = readFileSync(file);
  const info = JSON.parse(execFileSync('qemu-img', ['info', '--output=json', file], { encoding: 'utf8' })) as { 'virtual-size': number };
  const guess = guessFormat(fileName, bytes.length, bytes.subarray(0, SNIFF_HEAD_BYTES), bytes.subarray(Math.max(0, bytes.length - SNIFF_TAIL_BYTES)));
  return { guess, virtualSize: info['virtual-size'] };
}

describe('guessFormat on files made by qemu-img', () => {
  it.each([
    ['qcow2', 'cloud.img', 'qcow2'],
    ['vmdk', 'disk.bin', 'vmdk'],
    ['vpc', 'disk.bin', 'vhd'],
    ['vhdx', 'disk.bin', 'vhdx'],
    ['vdi', 'disk.bin', 'vdi'],
  ])('%s named %s is %s, with its virtual size', (qemuFormat, name, diskFormat) => {
    const { guess, virtualSize } = made(qemuFormat, name);
    expect(guess).toMatchObject({ diskFormat, containerFormat: 'bare', basis: 'header' });
    // vhdx keeps its size in a metadata region, not in the first bytes
    expect(guess.virtualSize).toBe(diskFormat === 'vhdx' ? undefined : virtualSize);
  });

  it('a file with no header is raw, sized by the file itself', () => {
    expect(made('raw', 'disk.img', '2M').guess).toEqual({ diskFormat: 'raw', containerFormat: 'bare', virtualSize: 2 * 1024 ** 2, basis: 'no-header' });
  });

  it('an ISO 9660 image is iso', () => {
    const head = new Uint8Array(SNIFF_HEAD_BYTES);
    head.set([...'CD001'].map((c) => c.charCodeAt(0)), 0x8001);
    expect(guessFormat('x.bin', head.length, head).diskFormat).toBe('iso');
  });

  it('flags compressed files Glance would store as they are', () => {
    const file = path.join(dir, 'raw.img');
    writeFileSync(file, Buffer.alloc(4096, 1));
    execFileSync('gzip', ['-kf', file]);
    const bytes = readFileSync(`${file}.gz`);
    expect(guessFormat('raw.img.gz', bytes.length, bytes)).toEqual({ basis: 'header', compression: 'gzip' });
  });
});

describe('guessFromName', () => {
  it.each([
    ['noble-server-cloudimg-amd64.qcow2', { diskFormat: 'qcow2', basis: 'name' }],
    ['appliance.OVA', { diskFormat: 'vmdk', containerFormat: 'ova', basis: 'name' }],
    ['debian.raw.xz', { compression: 'xz', basis: 'name' }],
    ['README', { basis: 'none' }],
  ])('%s', (name, expected) => {
    expect(guessFromName(name)).toEqual(expected);
  });
});

describe('minDiskFor', () => {
  it('rounds the virtual size up to whole GB', () => {
    expect(minDiskFor(1)).toBe(1);
    expect(minDiskFor(1024 ** 3)).toBe(1);
    expect(minDiskFor(1024 ** 3 + 1)).toBe(2);
    expect(minDiskFor(undefined)).toBeUndefined();
  });
});

describe('formatMismatch', () => {
  const zeros = (name: string) => guessFormat(name, 4096, new Uint8Array(4096), new Uint8Array(512));

  it('says nothing when the header agrees, or when nothing can be told', () => {
    expect(formatMismatch('qcow2', made('qcow2', 'ok.img').guess)).toBeUndefined();
    expect(formatMismatch('raw', zeros('disk.img'))).toBeUndefined();
    expect(formatMismatch('ami', zeros('disk.img'))).toBeUndefined();
    expect(formatMismatch('', made('qcow2', 'empty-choice.img').guess)).toBeUndefined();
    expect(formatMismatch('qcow2', undefined)).toBeUndefined();
  });

  it('warns when a format that always has a header has none (a raw file named .qcow2)', () => {
    expect(zeros('fake.qcow2')).toMatchObject({ diskFormat: 'qcow2', basis: 'name' });
    expect(formatMismatch('qcow2', zeros('fake.qcow2'))).toBe(
      'This file has no qcow2 header, so it is not a qcow2 image. Check the file and the format (a plain disk is raw).',
    );
    expect(formatMismatch('vmdk', zeros('disk.img'))).toMatch(/^This file has no vmdk header/);
  });

  it('warns when the header names another format', () => {
    expect(formatMismatch('raw', made('qcow2', 'declared-raw.img').guess)).toBe(
      'This file’s header says qcow2, but the disk format is raw. Nova would misread the disk: check the file and the format.',
    );
    expect(formatMismatch('qcow2', made('vdi', 'other.img').guess)).toMatch(/header says vdi, but the disk format is qcow2/);
  });

  it('leaves compressed files to their own warning', () => {
    const gzip = guessFormat('disk.qcow2.gz', 64, new Uint8Array([0x1f, 0x8b, 8, 0]));
    expect(formatMismatch('qcow2', gzip)).toBeUndefined();
  });
});
