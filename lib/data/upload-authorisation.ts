import 'server-only';
import { env } from '@/lib/env';
import { getImage } from '@/lib/glance/client';
import { imageIdSchema } from '@/lib/glance/schemas';
import { sessionFromCookieHeader } from '@/lib/session';
import { checkContentLength, isSameOrigin, uploadStatusProblem } from '@/lib/upload/request-checks';
import { formatBytes } from '@/lib/utils';
import { glanceContextOf } from './glance-context';

export interface UploadToAuthorise {
  /** the browser's headers (cookie, Origin, Host / X-Forwarded-Host) */
  headers: Headers;
  method: string | null;
  imageId: unknown;
  contentLength: string | null;
}

export type UploadDecision = { allowed: true; imageId: string; token: string } | { allowed: false };

/**
 * May this upload go to Glance as it is? The same checks, in the same order, as the upload
 * route makes before it reads a byte: session, Origin, ID, size, image still queued. A no says
 * nothing more: the upload route then answers the request itself, with its own words.
 */
export async function authoriseUpload(upload: UploadToAuthorise): Promise<UploadDecision> {
  if (upload.method !== 'PUT') return { allowed: false };
  const session = sessionFromCookieHeader(upload.headers.get('cookie'));
  if (!session) return { allowed: false };
  if (!isSameOrigin(upload.headers, env().PUBLIC_ORIGIN)) return { allowed: false };
  const id = imageIdSchema.safeParse(upload.imageId);
  if (!id.success) return { allowed: false };
  if (!checkContentLength(upload.contentLength, env().UPLOAD_MAX_BYTES, formatBytes).ok) return { allowed: false };
  try {
    const image = await getImage(glanceContextOf(session), id.data);
    if (uploadStatusProblem(image.status)) return { allowed: false };
  } catch {
    return { allowed: false };
  }
  return { allowed: true, imageId: id.data, token: session.token };
}
