import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { NextResponse } from 'next/server';
import { request as undiciRequest, type Dispatcher } from 'undici';
import { jsonError, unauthenticated, upstreamErrorResponse } from '@/lib/api/responses';
import { getImage } from '@/lib/glance/client';
import { glanceContextOf } from '@/lib/data/glance-context';
import { agents } from '@/lib/openstack/agents';
import { OpenStackError, OpenStackUnavailableError, extractErrorDetail } from '@/lib/openstack/errors';
import { explainGlanceFailure } from '@/lib/openstack/http';
import { renewedSessionCookie, sessionFromHeaders } from '@/lib/session';
import type { Session } from '@/lib/session/schema';
import { admitUpload, uploadSlotRefusal } from '@/lib/upload/server/upload-budget';
import { checkUploadRequest, closeConnection } from '@/lib/upload/server/upload-gate';

type Params = { params: Promise<{ imageId: string }> };

/**
 * Stream the request body to `PUT /v2/images/{id}/file`, chunk by chunk, never buffering it:
 * undici.request with a Node stream (fetch would hold the whole body). Outside proxy.ts's matcher.
 */
export async function PUT(request: Request, { params }: Params) {
  const gate = await checkUploadRequest(request.headers, (await params).imageId);
  if (!gate.ok) return gate.response;
  if (!request.body) return jsonError(400, 'The upload has no body.');
  const slot = admitUpload(gate.session);
  if (!slot.ok) return closeConnection(slot.response);
  try {
    return await forward(request, gate.session, gate.imageId, gate.bytes);
  } finally {
    slot.release();
  }
}

/**
 * Could this user's upload start now? A waiting browser asks here instead of sending its file
 * again: 200, or the 429 with the reason. Takes no slot.
 */
export async function GET(request: Request) {
  const session = sessionFromHeaders(request.headers);
  if (!session) return unauthenticated('GET /api/uploads/{id}');
  return uploadSlotRefusal(session) ?? NextResponse.json({ ready: true }, { headers: { 'cache-control': 'no-store' } });
}

async function forward(request: Request, session: Session, id: string, bytes: number) {
  let upstream: Dispatcher.ResponseData;
  try {
    upstream = await sendToGlance(session, id, bytes, request);
  } catch (error) {
    if (request.signal.aborted) return jsonError(499, 'The upload was cancelled.');
    return upstreamErrorResponse(await explainGlanceFailure(new OpenStackUnavailableError('glance', error), session.cloud.keystoneUrl));
  }
  if (upstream.statusCode >= 400) return glanceFailure(upstream, session, id);
  await upstream.body.dump();
  const response = await uploadedImage(session, id);
  // a long upload is activity: the idle limit counts from its end, not from the page that started it
  const renewed = renewedSessionCookie(session, request.headers);
  response.cookies.set(renewed.name, renewed.value, renewed.options);
  return response;
}

function sendToGlance(session: Session, id: string, bytes: number, request: Request) {
  const { endpoint, token } = glanceContextOf(session);
  return undiciRequest(`${endpoint}/v2/images/${encodeURIComponent(id)}/file`, {
    method: 'PUT',
    dispatcher: agents().uploads,
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

async function glanceFailure(upstream: Dispatcher.ResponseData, session: Session, id: string) {
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
  const error = new OpenStackError({ status: upstream.statusCode, service: 'glance', method: 'PUT', path: `/v2/images/${id}/file`, detail });
  return upstreamErrorResponse(await explainGlanceFailure(error, session.cloud.keystoneUrl));
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
