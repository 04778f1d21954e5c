import 'server-only';
import type { UploadTarget } from '@/lib/upload/server/request-checks';
import { checkUploadRequest } from '@/lib/upload/server/upload-gate';

export interface UploadToAuthorise {
  /** the browser's headers (cookie, Origin, Host / X-Forwarded-Host) */
  headers: Headers;
  method: string | null;
  imageId: unknown;
  /** `file`, or `stage` for glance-direct (`?via=glance-direct`) */
  target: UploadTarget;
  contentLength: string | null;
  /** The upload names a store (`?store=`, multi-store clouds). */
  storeChosen?: boolean;
}

export type UploadDecision = { allowed: true; imageId: string; token: string; target: UploadTarget } | { allowed: false };

/**
 * May this upload go to Glance as it is? The upload route's own gate (session, Origin, ID, size,
 * image still queued, quota), asked with the browser's headers and the size nginx read from its request
 * line (an auth_request subrequest carries no body and no Content-Length of its own). A no says
 * nothing more: the upload route then answers the request itself, with its own words.
 */
export async function authoriseUpload(upload: UploadToAuthorise): Promise<UploadDecision> {
  if (upload.method !== 'PUT') return { allowed: false };
  // a chosen store travels as a Glance header nginx does not set: Iris's own route sends that upload
  if (upload.storeChosen) return { allowed: false };
  const headers = new Headers(upload.headers);
  if (upload.contentLength === null) headers.delete('content-length');
  else headers.set('content-length', upload.contentLength);
  const gate = await checkUploadRequest(headers, upload.imageId, upload.target);
  if (!gate.ok) return { allowed: false };
  return { allowed: true, imageId: gate.imageId, token: gate.session.token, target: gate.target };
}
