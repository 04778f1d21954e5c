import { NextResponse } from 'next/server';
import type { Dispatcher } from 'undici';
import { jsonError, upstreamErrorResponse } from '@/lib/api/responses';
import { sessionRoute } from '@/lib/api/route';
import { readImage, sendImageData } from '@/lib/data/image-upload';
import { uploadStoreProblem } from '@/lib/data/stores';
import { UPLOAD_STORE_PARAM } from '@/lib/images/stores';
import { OpenStackError, OpenStackUnavailableError, extractErrorDetail } from '@/lib/openstack/errors';
import { explainGlanceFailure } from '@/lib/openstack/http';
import { renewedSessionCookie, sessionFromHeaders } from '@/lib/session';
import type { Session } from '@/lib/session/schema';
import { admitUpload, uploadSlotRefusal } from '@/lib/upload/server/upload-budget';
import { checkUploadRequest, closeConnection } from '@/lib/upload/server/upload-gate';

type Params = { params: Promise<{ imageId: string }> };

/**
 * Stream the request body to Glance (lib/data/image-upload.ts), never buffering it. Outside
 * proxy.ts's matcher; its opening checks are the upload gate's, which nginx's auth_request asks too.
 */
export async function PUT(request: Request, { params }: Params) {
  const gate = await checkUploadRequest(request.headers, (await params).imageId);
  if (!gate.ok) return gate.response;
  const body = request.body;
  if (!body) return jsonError(400, 'The upload has no body.');
  const store = new URL(request.url).searchParams.get(UPLOAD_STORE_PARAM) ?? '';
  const storeProblem = await uploadStoreProblem(gate.session, store).catch(() => 'Glance did not say which stores it has: try again.');
  if (storeProblem) return closeConnection(jsonError(400, storeProblem, { code: 'invalid_input' }));
  const slot = admitUpload(gate.session);
  if (!slot.ok) return closeConnection(slot.response);
  try {
    return await forward(request, body, gate.session, gate.imageId, gate.bytes, store);
  } finally {
    slot.release();
  }
}

/**
 * Could this user's upload start now? A waiting browser asks here instead of sending its file
 * again: 200, or the 429 with the reason. Takes no slot.
 */
export const GET = sessionRoute(
  'GET /api/uploads/{id}',
  async ({ session }) => uploadSlotRefusal(session) ?? NextResponse.json({ ready: true }, { headers: { 'cache-control': 'no-store' } }),
  { readSession: (request) => sessionFromHeaders(request.headers) },
);

async function forward(request: Request, body: ReadableStream<Uint8Array>, session: Session, id: string, bytes: number, store: string) {
  let upstream: Dispatcher.ResponseData;
  try {
    upstream = await sendImageData(session, id, bytes, body, request.signal, store || undefined);
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
    const image = await readImage(session, id);
    return NextResponse.json({ image }, { headers: { 'cache-control': 'no-store' } });
  } catch {
    return new NextResponse(null, { status: 204 });
  }
}
