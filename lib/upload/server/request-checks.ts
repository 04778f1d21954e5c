export type ContentLengthCheck = { ok: true; bytes: number } | { ok: false; status: 400 | 411 | 413; message: string };

/** Size checks made before a byte of the body is read. */
export function checkContentLength(header: string | null, maxBytes: number, describe: (bytes: number) => string): ContentLengthCheck {
  if (header === null || !/^\d+$/.test(header.trim())) {
    return { ok: false, status: 411, message: 'The upload must say its size (Content-Length). Upload the file from the Iris page, or send it with curl -T.' };
  }
  const bytes = Number(header);
  if (bytes === 0) return { ok: false, status: 400, message: 'The file is empty.' };
  if (bytes > maxBytes) {
    return { ok: false, status: 413, message: `This file is ${describe(bytes)}; this cloud accepts image files up to ${describe(maxBytes)}.` };
  }
  return { ok: true, bytes };
}

/**
 * Why Glance would refuse data for an image in this status (it answers 409 with "status
 * transition … not allowed"), in words; undefined for `queued`, the only status that takes data.
 */
export function uploadStatusProblem(status: string): string | undefined {
  switch (status) {
    case 'queued':
      return undefined;
    case 'active':
    case 'deactivated':
      return 'This image already has its data. Glance takes data only once: create a new image for this file.';
    case 'saving':
    case 'uploading':
    case 'importing':
      return `Glance is already receiving data for this image (${status}). Wait for it to finish, or delete the image and start again.`;
    default:
      return `This image is ${status}: Glance takes data only for a new image that has none yet (queued).`;
  }
}
