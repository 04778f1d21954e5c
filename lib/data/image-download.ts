import 'server-only';
import { request as undiciRequest, type Dispatcher } from 'undici';
import { describeOpenStackError } from '@/lib/action-state';
import { env } from '@/lib/env';
import { getImage } from '@/lib/glance/client';
import { contentDisposition, dataEtag, downloadFileName, forwardableRange } from '@/lib/images/download';
import { canDownload, viewerOf } from '@/lib/glance/permissions';
import { imageIdSchema, type Image } from '@/lib/glance/schemas';
import { agents } from '@/lib/openstack/agents';
import { buildUrl } from '@/lib/openstack/http';
import { OpenStackError, OpenStackUnavailableError, extractErrorDetail } from '@/lib/openstack/errors';
import { isSameOrigin } from '@/lib/http/request-context';
import { auditRequest } from '@/lib/log/audit';
import { sessionFromHeaders } from '@/lib/session';
import type { Session } from '@/lib/session/schema';
import { glanceContextOf } from './glance-context';

export interface DownloadRefusal {
  status: number;
  message: string;
}

export interface DownloadRequest {
  headers: Record<string, string | string[] | undefined>;
  imageId: unknown;
}

export interface PreparedDownload {
  session: Session;
  image: Image;
  headers: Record<string, string>;
}

const header = (req: DownloadRequest, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] ?? null : value ?? null;
};

/**
 * A download must not be triggerable from another site (it spends the user's bandwidth and quota):
 * browsers mark such requests with Sec-Fetch-Site, and a cross-origin fetch also names its Origin.
 * Links and the address bar send no Origin on GET, so those still work.
 */
function fromAnotherSite(req: DownloadRequest): boolean {
  if (header(req, 'sec-fetch-site') === 'cross-site') return true;
  if (header(req, 'origin') === null) return false;
  return !isSameOrigin(req.headers);
}

function refusalFor(error: unknown): DownloadRefusal {
  if (error instanceof OpenStackUnavailableError) return { status: 503, message: describeOpenStackError(error).message };
  if (error instanceof OpenStackError) return { status: error.status < 500 ? error.status : 502, message: describeOpenStackError(error).message };
  throw error;
}

/** Session, ID, metadata and permission, checked before a byte moves; the response headers to send. */
export async function prepareDownload(req: DownloadRequest): Promise<PreparedDownload | DownloadRefusal> {
  const action = 'GET /api/images/{id}/file';
  const session = sessionFromHeaders(req.headers);
  if (fromAnotherSite(req)) {
    auditRequest(req.headers, { action, outcome: 'refused', reason: 'origin_mismatch', status: 403, session });
    return { status: 403, message: 'Downloads must start from Iris itself.' };
  }
  if (!session) {
    auditRequest(req.headers, { action, outcome: 'refused', reason: 'no_session', status: 401 });
    return { status: 401, message: 'Sign in to continue.' };
  }
  const id = imageIdSchema.safeParse(req.imageId);
  if (!id.success) return { status: 400, message: 'That is not a valid image ID.' };
  let image: Image;
  try {
    image = await getImage(glanceContextOf(session), id.data);
  } catch (error) {
    return refusalFor(error);
  }
  const permission = canDownload(image, viewerOf(session));
  if (!permission.allowed) return { status: image.status === 'deactivated' ? 403 : 409, message: permission.reason };
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'content-disposition': contentDisposition(downloadFileName(image)),
    'accept-ranges': 'bytes',
    'cache-control': 'private, no-store',
  };
  const etag = dataEtag(image);
  if (etag) headers.etag = etag;
  return { session, image, headers };
}

/** Range to forward: dropped when If-Range names other data than the image has now. */
export function rangeFor(req: DownloadRequest, image: Image): string | null {
  const range = forwardableRange(header(req, 'range'));
  const ifRange = header(req, 'if-range');
  return range && ifRange && ifRange !== dataEtag(image) ? null : range;
}

/** GET the data from Glance as a stream (never buffered); the caller pipes `body` on. */
export async function openImageData(prepared: PreparedDownload, range: string | null, signal: AbortSignal): Promise<Dispatcher.ResponseData> {
  const { session, image } = prepared;
  return undiciRequest(buildUrl(session.glanceUrl, `/v2/images/${encodeURIComponent(image.id)}/file`), {
    method: 'GET',
    headers: { 'x-auth-token': session.token, accept: 'application/octet-stream', ...(range ? { range } : {}) },
    dispatcher: agents().downloads,
    headersTimeout: env().OPENSTACK_TIMEOUT_MS,
    signal,
  });
}

/** A readable refusal for an upstream error answer (Glance sometimes answers HTML). */
export async function upstreamRefusal(upstream: Dispatcher.ResponseData): Promise<DownloadRefusal> {
  if (upstream.statusCode === 204) {
    await upstream.body.dump();
    return { status: 409, message: 'This image has no data to download.' };
  }
  const text = await upstream.body.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: extractErrorDetail strips the HTML
  }
  const detail = extractErrorDetail(body, `HTTP ${upstream.statusCode}`);
  return refusalFor(new OpenStackError({ status: upstream.statusCode, service: 'glance', method: 'GET', path: '/v2/images/{id}/file', detail }));
}
