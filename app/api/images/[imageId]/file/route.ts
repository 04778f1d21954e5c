import { Readable } from 'node:stream';
import { request as undiciRequest, type Dispatcher } from 'undici';
import { jsonError, unauthenticated, upstreamErrorResponse } from '@/lib/api/responses';
import { glanceContextOf } from '@/lib/data/glance-context';
import { env } from '@/lib/env';
import { getImage } from '@/lib/glance/client';
import { contentDisposition, dataEtag, downloadFileName, forwardableRange } from '@/lib/glance/download';
import { canDownload, viewerOf } from '@/lib/glance/permissions';
import { imageIdSchema, type Image } from '@/lib/glance/schemas';
import { buildUrl, openstackAgent } from '@/lib/openstack/http';
import { OpenStackError, extractErrorDetail } from '@/lib/openstack/errors';
import { getSession } from '@/lib/session';
import type { Session } from '@/lib/session/schema';

type Params = { params: Promise<{ imageId: string }> };

const PASS_THROUGH = ['content-length', 'content-range'] as const;

/** Session, ID, metadata and permission; a Response when any of them says no. */
async function prepare(request: Request, params: Params['params']): Promise<Response | { session: Session; image: Image }> {
  // A download link must not be triggerable from another site (it spends the user's bandwidth and quota).
  if (request.headers.get('sec-fetch-site') === 'cross-site') return jsonError(403, 'Downloads must start from Iris itself.');
  const session = await getSession();
  if (!session) return unauthenticated();
  const id = imageIdSchema.safeParse((await params).imageId);
  if (!id.success) return jsonError(400, 'That is not a valid image ID.');
  let image: Image;
  try {
    image = await getImage(glanceContextOf(session), id.data);
  } catch (error) {
    return upstreamErrorResponse(error);
  }
  const permission = canDownload(image, viewerOf(session));
  if (!permission.allowed) return jsonError(image.status === 'deactivated' ? 403 : 409, permission.reason);
  return { session, image };
}

function baseHeaders(image: Image): Headers {
  const headers = new Headers({
    'content-type': 'application/octet-stream',
    'content-disposition': contentDisposition(downloadFileName(image)),
    'accept-ranges': 'bytes',
    'cache-control': 'private, no-store',
  });
  const etag = dataEtag(image);
  if (etag) headers.set('etag', etag);
  return headers;
}

/** Range to forward: dropped when If-Range names other data than the image has now. */
function rangeFor(request: Request, image: Image): string | null {
  const range = forwardableRange(request.headers.get('range'));
  const ifRange = request.headers.get('if-range');
  return range && ifRange && ifRange !== dataEtag(image) ? null : range;
}

/**
 * GET the image data streamed from Glance: never buffered, so multi-GB images pass through
 * in constant memory. Supports one byte range (resume) with 206 + Content-Range.
 */
export async function GET(request: Request, { params }: Params) {
  const prepared = await prepare(request, params);
  if (prepared instanceof Response) return prepared;
  const { session, image } = prepared;
  const range = rangeFor(request, image);
  let upstream: Dispatcher.ResponseData;
  try {
    upstream = await undiciRequest(buildUrl(session.glanceUrl, `/v2/images/${encodeURIComponent(image.id)}/file`), {
      method: 'GET',
      headers: { 'x-auth-token': session.token, accept: 'application/octet-stream', ...(range ? { range } : {}) },
      dispatcher: openstackAgent,
      headersTimeout: env().OPENSTACK_TIMEOUT_MS,
      // the browser went away: stop pulling from Glance too
      signal: request.signal,
    });
  } catch {
    return jsonError(503, 'The image service (Glance) is not answering right now. Try again in a moment.');
  }
  const headers = baseHeaders(image);
  if (upstream.statusCode === 416) {
    await upstream.body.dump();
    headers.set('content-range', `bytes */${image.size ?? '*'}`);
    return new Response(null, { status: 416, headers });
  }
  if (upstream.statusCode >= 400 || upstream.statusCode === 204) return upstreamFailure(upstream.statusCode, await upstream.body.text());
  for (const name of PASS_THROUGH) {
    const value = upstream.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  const body = Readable.toWeb(upstream.body) as ReadableStream<Uint8Array>;
  return new Response(body, { status: upstream.statusCode, headers });
}

function upstreamFailure(status: number, text: string): Response {
  if (status === 204) return jsonError(409, 'This image has no data to download.');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Glance sometimes answers HTML; extractErrorDetail strips it either way.
  }
  const error = new OpenStackError({ status, service: 'glance', method: 'GET', path: '/v2/images/…/file', detail: extractErrorDetail(body, `HTTP ${status}`) });
  return upstreamErrorResponse(error);
}

/** Size and resumability without fetching the data (download managers ask first). */
export async function HEAD(request: Request, { params }: Params) {
  const prepared = await prepare(request, params);
  if (prepared instanceof Response) return new Response(null, { status: prepared.status, headers: prepared.headers });
  const headers = baseHeaders(prepared.image);
  if (typeof prepared.image.size === 'number') headers.set('content-length', String(prepared.image.size));
  return new Response(null, { status: 200, headers });
}
