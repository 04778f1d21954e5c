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

/** Where Glance takes an upload's bytes: `file` (plain PUT, stored at once) or `stage` (glance-direct, imported after). */
export type UploadTarget = 'file' | 'stage';

/** The browser asks for glance-direct with `?via=glance-direct`; anything else is the plain PUT. */
export function uploadTargetOf(search: URLSearchParams): UploadTarget {
  return search.get('via') === 'glance-direct' ? 'stage' : 'file';
}

/**
 * Why Glance would refuse to import this image with glance-direct (its 409 says "Image status
 * transition … not allowed"), in words; undefined for `uploading`, the status its staged data gives it.
 */
export function importStatusProblem(status: string): string | undefined {
  switch (status) {
    case 'uploading':
      return undefined;
    case 'queued':
      return 'This image has no staged data to import (it is queued): upload the file first.';
    case 'importing':
      return 'Glance is already importing this image. Wait for it to finish.';
    case 'active':
    case 'deactivated':
      return 'This image already has its data: there is nothing to import. Create a new image for another file.';
    default:
      return `This image is ${status}: Glance imports only an image whose file was staged (uploading). Delete it and create it again.`;
  }
}

/**
 * Glance's own 413 for an upload, in words: a quota (Keystone's unified limits: "… image_size_total
 * is over limit of 40 due to current usage 46 and delta 0") or its image_size_cap.
 */
export function glanceTooLarge(detail: string): string {
  const quota = detail.match(/(image_\w+) is over limit of (\d+) due to current usage (\d+)/);
  if (quota) {
    const [, resource, limit, usage] = quota;
    const mib = resource === 'image_size_total' || resource === 'image_stage_total' ? ' MiB' : '';
    return `Glance refused the file: the project is over its ${QUOTA_WORDS[resource!] ?? resource} quota (${usage}${mib} used of ${limit}${mib}). Usage changed since this page read it. Delete images this project no longer needs, or ask your cloud operator for a larger quota.`;
  }
  return `Glance refused the file as too large: ${detail}`;
}

const QUOTA_WORDS: Record<string, string> = {
  image_size_total: 'image storage',
  image_stage_total: 'staging area',
  image_count_total: 'image count',
  image_count_uploading: 'uploads-in-progress',
};
