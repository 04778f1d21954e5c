// Suggest a disk/container format from a file's name and its first bytes, the way `qemu-img info`
// recognises formats. Cloud images named `.img` are often qcow2, so the header wins over the name.

export interface FormatGuess {
  diskFormat?: string;
  containerFormat?: string;
  /** Virtual disk size in bytes, when the header says (qcow2, vmdk, vhd, vdi). */
  virtualSize?: number;
  /** Where the guess came from, to tell the user: a format header, no header at all (raw), the name. */
  basis: 'header' | 'no-header' | 'name' | 'none';
  /** A compressed file Glance would store as-is (and that would not boot). */
  compression?: string;
}

/** Bytes to read from the start of a file: enough for the ISO 9660 descriptor at 32 KiB. */
export const SNIFF_HEAD_BYTES = 36 * 1024;
/** Bytes to read from the end of a file (fixed VHD keeps its footer there). */
export const SNIFF_TAIL_BYTES = 512;

const EXTENSIONS: Record<string, Pick<FormatGuess, 'diskFormat' | 'containerFormat'>> = {
  qcow2: { diskFormat: 'qcow2' },
  qcow: { diskFormat: 'qcow2' },
  raw: { diskFormat: 'raw' },
  iso: { diskFormat: 'iso' },
  vmdk: { diskFormat: 'vmdk' },
  vhd: { diskFormat: 'vhd' },
  vhdx: { diskFormat: 'vhdx' },
  vdi: { diskFormat: 'vdi' },
  hds: { diskFormat: 'ploop' },
  ova: { diskFormat: 'vmdk', containerFormat: 'ova' },
  ami: { diskFormat: 'ami', containerFormat: 'ami' },
  aki: { diskFormat: 'aki', containerFormat: 'aki' },
  ari: { diskFormat: 'ari', containerFormat: 'ari' },
};

const COMPRESSED_EXTENSIONS: Record<string, string> = { gz: 'gzip', xz: 'xz', zst: 'zstd', bz2: 'bzip2', zip: 'zip' };

/** A guess from the file name alone (`.img` is ambiguous: raw or qcow2). */
export function guessFromName(fileName: string): FormatGuess {
  const parts = fileName.toLowerCase().split('.');
  const ext = parts.length > 1 ? parts.at(-1)! : '';
  if (COMPRESSED_EXTENSIONS[ext]) return { basis: 'name', compression: COMPRESSED_EXTENSIONS[ext] };
  const known = EXTENSIONS[ext];
  return known ? { ...known, basis: 'name' } : { basis: 'none' };
}

const ascii = (bytes: Uint8Array, offset: number, text: string) =>
  bytes.length >= offset + text.length && [...text].every((char, i) => bytes[offset + i] === char.charCodeAt(0));

function u64(bytes: Uint8Array, offset: number, littleEndian: boolean): number | undefined {
  if (bytes.length < offset + 8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 8);
  const [hi, lo] = littleEndian ? [view.getUint32(4, true), view.getUint32(0, true)] : [view.getUint32(0), view.getUint32(4)];
  return hi * 2 ** 32 + lo;
}

function compressionOf(head: Uint8Array): string | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (ascii(head, 1, '7zXZ') && head[0] === 0xfd) return 'xz';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  if (ascii(head, 0, 'BZh')) return 'bzip2';
  if (ascii(head, 0, 'PK\u0003\u0004')) return 'zip';
  return undefined;
}

/** Recognise a format from the file's first SNIFF_HEAD_BYTES and last SNIFF_TAIL_BYTES. */
export function guessFromHeader(head: Uint8Array, tail: Uint8Array = new Uint8Array()): FormatGuess | undefined {
  const header = (diskFormat: string, virtualSize?: number, containerFormat = 'bare'): FormatGuess => ({
    diskFormat,
    containerFormat,
    virtualSize,
    basis: 'header',
  });
  if (head[0] === 0x51 && head[1] === 0x46 && head[2] === 0x49 && head[3] === 0xfb) return header('qcow2', u64(head, 24, false));
  if (ascii(head, 0, 'KDMV')) return header('vmdk', (u64(head, 12, true) ?? 0) * 512 || undefined);
  if (ascii(head, 0, '# Disk DescriptorFile')) return header('vmdk');
  if (ascii(head, 0, 'vhdxfile')) return header('vhdx');
  if (head[64] === 0x7f && head[65] === 0x10 && head[66] === 0xda && head[67] === 0xbe) return header('vdi', u64(head, 0x170, true));
  if (ascii(head, 0, 'conectix')) return header('vhd', u64(head, 48, false));
  if (ascii(tail, tail.length - 512, 'conectix')) return header('vhd', u64(tail, tail.length - 512 + 48, false));
  if (ascii(head, 0, 'WithoutFreeSpace') || ascii(head, 0, 'WithouFreSpacExt')) return header('ploop');
  if (ascii(head, 0x8001, 'CD001')) return header('iso');
  if (ascii(head, 257, 'ustar')) return { containerFormat: 'ova', diskFormat: 'vmdk', basis: 'header' };
  const compression = compressionOf(head);
  if (compression) return { basis: 'header', compression };
  return undefined;
}

/**
 * Combine both: a recognised header wins; a file with no known header is raw when its name
 * does not say otherwise (raw disks have no magic bytes).
 */
export function guessFormat(fileName: string, fileSize: number, head: Uint8Array, tail?: Uint8Array): FormatGuess {
  const fromHeader = guessFromHeader(head, tail);
  if (fromHeader) return fromHeader;
  const fromName = guessFromName(fileName);
  if (fromName.diskFormat || fromName.compression) return { containerFormat: 'bare', ...fromName };
  return { diskFormat: 'raw', containerFormat: 'bare', virtualSize: fileSize, basis: 'no-header' };
}

/** Glance's min_disk is in GiB (Nova compares it with the flavor's disk): round the virtual size up. */
export function minDiskFor(virtualSize: number | undefined): number | undefined {
  return virtualSize ? Math.ceil(virtualSize / 1024 ** 3) : undefined;
}

/** Disk formats whose files always carry a header that guessFromHeader recognises. */
const FORMATS_WITH_HEADER: ReadonlySet<string> = new Set(['qcow2', 'vmdk', 'vhd', 'vhdx', 'vdi', 'ploop', 'iso']);

/**
 * A warning when the file's bytes contradict the chosen disk format: the header of another format,
 * or no header at all for a format that always has one (a raw file named .qcow2). Glance stores
 * the bytes whatever the declared format, and Nova then misreads the disk. Compressed files have
 * their own warning; formats without a signature (raw, ami, aki, ari) cannot be checked.
 */
export function formatMismatch(chosen: string | null | undefined, guess: FormatGuess | undefined): string | undefined {
  if (!chosen || !guess || guess.compression) return undefined;
  if (guess.basis === 'header' && guess.diskFormat) {
    if (guess.diskFormat === chosen) return undefined;
    return `This file’s header says ${guess.diskFormat}, but the disk format is ${chosen}. Nova would misread the disk: check the file and the format.`;
  }
  if (FORMATS_WITH_HEADER.has(chosen)) {
    return `This file has no ${chosen} header, so it is not a ${chosen} image. Check the file and the format (a plain disk is raw).`;
  }
  return undefined;
}
