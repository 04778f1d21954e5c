import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { NextResponse } from 'next/server';
import { Agent, request as undiciRequest, type Dispatcher } from 'undici';
import { foreignOrigin, jsonError, unauthenticated, upstreamErrorResponse } from '@/lib/api/responses';
import { env } from '@/lib/env';
import { getImage } from '@/lib/glance/client';
import { imageIdSchema } from '@/lib/glance/schemas';
import { glanceContextOf } from '@/lib/data/glance-context';
import { OpenStackError, OpenStackUnavailableError, extractErrorDetail } from '@/lib/openstack/errors';
import { isSameOrigin } from '@/lib/http/request-context';
import { renewedSessionCookie, sessionFromHeaders } from '@/lib/session';
import type { Session } from '@/lib/session/schema';
import { checkContentLength, uploadStatusProblem } from '@/lib/upload/request-checks';
import { formatBytes } from '@/lib/utils';

// Its own pool: an upload holds a connection for minutes, and Glance answers only after the last
// byte is stored (5 min allows a slow backend to finish; undici restarts that clock per chunk sent).
const uploadAgent = new Agent({ connections: 32, keepAliveTimeout: 10_000, headersTimeout: 300_000, bodyTimeout: 300_000 });

type Params = { params: Promise<{ imageId: string }> };

/**
 * Stream the request body to `PUT /v2/images/{id}/file`, chunk by chunk, never buffering it:
 * undici.request with a Node stream (fetch would hold the whole body). Outside proxy.ts's matcher.
 */
export async function PUT(request: Request, { params }: Params) {
  const session = sessionFromHeaders(request.headers);
  if (!session) return unauthenticated('PUT /api/uploads/{id}');
  if (!isSameOrigin(request.headers)) return foreignOrigin('PUT /api/uploads/{id}', 'Uploads are accepted only from Iris’s own pages.', session);
  const id = imageIdSchema.safeParse((await params).imageId);
  if (!id.success) return jsonError(400, 'That is not a valid image ID.');
  const size = checkContentLength(request.headers.get('content-length'), env().UPLOAD_MAX_BYTES, formatBytes);
  // Connection: close, so Node does not read a refused multi-GB body just to reuse the socket
  if (!size.ok) return refusedBeforeReading(size.status, size.message);
  if (!request.body) return jsonError(400, 'The upload has no body.');
  const refusal = await statusRefusal(session, id.data);
  if (refusal) return closeConnection(refusal);

  let upstream: Dispatcher.ResponseData;
  try {
    upstream = await sendToGlance(session, id.data, size.bytes, request);
  } catch (error) {
    if (request.signal.aborted) return jsonError(499, 'The upload was cancelled.');
    return upstreamErrorResponse(new OpenStackUnavailableError('glance', error));
  }
  if (upstream.statusCode >= 400) return glanceFailure(upstream, id.data);
  await upstream.body.dump();
  const response = await uploadedImage(session, id.data);
  // a long upload is activity: the idle limit counts from its end, not from the page that started it
  const renewed = renewedSessionCookie(session, request.headers);
  response.cookies.set(renewed.name, renewed.value, renewed.options);
  return response;
}

function refusedBeforeReading(status: number, message: string) {
  return closeConnection(jsonError(status, message, { code: status === 413 ? 'too_large' : 'invalid_input' }));
}

function closeConnection(response: NextResponse) {
  response.headers.set('connection', 'close');
  return response;
}

/** Read the image first: data goes only to a queued image, and Glance's own 409 says it in jargon. */
async function statusRefusal(session: Session, id: string): Promise<NextResponse | undefined> {
  try {
    const problem = uploadStatusProblem((await getImage(glanceContextOf(session), id)).status);
    return problem ? jsonError(409, problem, { code: 'conflict' }) : undefined;
  } catch (error) {
    return upstreamErrorResponse(error);
  }
}

function sendToGlance(session: Session, id: string, bytes: number, request: Request) {
  const { endpoint, token } = glanceContextOf(session);
  return undiciRequest(`${endpoint}/v2/images/${encodeURIComponent(id)}/file`, {
    method: 'PUT',
    dispatcher: uploadAgent,
    body: Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>),
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': String(bytes),
      'x-auth-token': token,
      accept: 'application/json',
    },
    // the browser cancelled or went away: stop feeding Glance, which puts the image back to queued
    signal: request.signal,
  });
}

async function glanceFailure(upstream: Dispatcher.ResponseData, id: string) {
  const text = await upstream.body.text().catch(() => '');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Glance sent HTML or nothing
  }
  const detail = extractErrorDetail(body, `HTTP ${upstream.statusCode}`);
  if (upstream.statusCode === 409) {
    return jsonError(409, `Glance will not take data for this image now: ${detail}`, { code: 'conflict' });
  }
  if (upstream.statusCode === 413) {
    return jsonError(413, `Glance refused the file as too large: ${detail}`, { code: 'too_large' });
  }
  return upstreamErrorResponse(new OpenStackError({ status: upstream.statusCode, service: 'glance', method: 'PUT', path: `/v2/images/${id}/file`, detail }));
}

/** The image right after its data landed, so the page can show checksums without another round trip. */
async function uploadedImage(session: Session, id: string) {
  try {
    const image = await getImage(glanceContextOf(session), id);
    return NextResponse.json({ image }, { headers: { 'cache-control': 'no-store' } });
  } catch {
    return new NextResponse(null, { status: 204 });
  }
}
