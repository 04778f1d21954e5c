const FILE_NAME_MAX = 200;

/**
 * `<name>.<disk_format>` safe on every desktop OS: path separators, reserved and control
 * characters become `_`; a name that already ends in the format keeps a single extension.
 */
export function downloadFileName(image: { id: string; name: string | null; disk_format?: string | null }): string {
  const extension = image.disk_format ? `.${image.disk_format}` : '.img';
  let base = (image.name ?? '')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (base.toLowerCase().endsWith(extension.toLowerCase())) base = base.slice(0, -extension.length);
  if (!base) base = image.id;
  return Array.from(base).slice(0, FILE_NAME_MAX).join('') + extension;
}

/** `attachment` with an ASCII fallback and the exact UTF-8 name as RFC 5987 `filename*`. */
export function contentDisposition(fileName: string): string {
  const ascii = Array.from(fileName, (c) => (/^[\x20-\x7e]$/.test(c) && !'"\\%'.includes(c) ? c : '_')).join('');
  if (ascii === fileName) return `attachment; filename="${ascii}"`;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

/**
 * The Range header worth forwarding to Glance: one well-formed byte range. Anything else
 * (several ranges, other units, junk) is dropped, which RFC 9110 allows: the answer is the full 200.
 */
export function forwardableRange(header: string | null): string | null {
  const match = header?.trim().match(SINGLE_RANGE);
  if (!match) return null;
  const [, start, end] = match;
  if (!start && !end) return null;
  if (start && end && Number(end) < Number(start)) return null;
  return `bytes=${start}-${end}`;
}

/** A strong validator for If-Range: the content hash changes only when the data does. */
export function dataEtag(image: { os_hash_value?: string | null; checksum?: string | null }): string | null {
  const hash = image.os_hash_value ?? image.checksum;
  return hash ? `"${hash}"` : null;
}
