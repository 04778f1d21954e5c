import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { UPLOAD_STORE_PARAM } from '@/lib/images/stores';

/**
 * The nginx byte path (docs/deployment.md): image data goes nginx <-> Glance, and Iris only
 * decides. nginx proves a request came through it with this header, set from the secret both
 * share (IRIS_NGINX_SECRET); without that exact value Iris streams the bytes itself, as always.
 */
export const NGINX_SECRET_HEADER = 'x-iris-nginx-secret';

/** Where nginx fetches a download from Glance: an `internal` location, unreachable from outside. */
export const NGINX_GLANCE_DOWNLOAD_PREFIX = '/_iris/glance/images/';

export function askedByNginx(value: string | string[] | null | undefined, secret: string | undefined): boolean {
  const given = Array.isArray(value) ? value[0] : value;
  if (!secret || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Headers of Iris's answer to a download that nginx turns into a fetch from Glance. nginx
 * consumes the token, range, ETag and size headers and forwards none of them (X-Accel-Redirect keeps
 * only Content-Type, Content-Disposition, Cache-Control, Accept-Ranges, Expires and Set-Cookie).
 */
export function nginxDownloadHeaders(download: {
  imageId: string;
  token: string;
  range: string | null;
  etag: string | null;
  size: number | null | undefined;
}): Record<string, string> {
  return {
    'x-accel-redirect': `${NGINX_GLANCE_DOWNLOAD_PREFIX}${encodeURIComponent(download.imageId)}/file`,
    'x-iris-glance-token': download.token,
    ...(download.range ? { 'x-iris-glance-range': download.range } : {}),
    ...(download.etag ? { 'x-iris-etag': download.etag } : {}),
    // for the Content-Range of a 416 answer
    ...(download.size != null ? { 'x-iris-size': String(download.size) } : {}),
  };
}

/**
 * Headers of a yes to nginx's auth_request for an upload: what nginx needs to send the body on,
 * to `/v2/images/{image}/{target}` (`file`, or `stage` for glance-direct).
 */
export function nginxUploadGrant(grant: { imageId: string; token: string; target: 'file' | 'stage' }): Record<string, string> {
  return { 'x-iris-glance-token': grant.token, 'x-iris-glance-image': grant.imageId, 'x-iris-glance-target': grant.target, 'cache-control': 'no-store' };
}

const UPLOAD_URI = /^\/api\/uploads\/([^/?#]+)(?:\?.*)?$/;

/** The query of the upload nginx is asking about (`?via=glance-direct`), from the request URI it forwards. */
export function uploadSearchOf(requestUri: string | null): URLSearchParams {
  const query = requestUri?.match(UPLOAD_URI) ? requestUri.split('?')[1] : undefined;
  return new URLSearchParams(query?.split('#')[0] ?? '');
}

/** The image ID of the upload nginx is asking about, from the request URI it forwards. */
export function uploadImageIdOf(requestUri: string | null): string | undefined {
  const match = requestUri?.match(UPLOAD_URI);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/** Does the upload nginx is asking about name a store (`?store=…`, lib/images/stores.ts)? */
export function uploadStoreChosen(requestUri: string | null): boolean {
  return uploadSearchOf(requestUri).has(UPLOAD_STORE_PARAM);
}
