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
import { checkUploadRequest, closeConnection, type UploadGate } from '@/lib/upload/server/upload-gate';
import { glanceTooLarge, uploadTargetOf, type UploadTarget } from '@/lib/upload/server/request-checks';
import { forgetProjectUsage } from '@/lib/data/usage';

type Params = { params: Promise<{ imageId: string }> };

/**
 * Stream the request body to Glance (lib/data/image-upload.ts), never buffering it: to
 * `/v2/images/{id}/file`, or with `?via=glance-direct` to `/stage` (the browser then asks for the
 * import). Outside proxy.ts's matcher; its opening checks are the upload gate's, which nginx's
 * auth_request asks too.
 */
export async function PUT(request: Request, { params }: Params) {
  const gate = await checkUploadRequest(request.headers, (await params).imageId, uploadTargetOf(new URL(request.url).searchParams));
  if (!gate.ok) return gate.response;
  const body = request.body;
  if (!body) return jsonError(400, 'The upload has no body.');
  const store = new URL(request.url).searchParams.get(UPLOAD_STORE_PARAM) ?? '';
  const storeProblem = await uploadStoreProblem(gate.session, store).catch(() => 'Glance did not say which stores it has: try again.');
  if (storeProblem) return closeConnection(jsonError(400, storeProblem, { code: 'invalid_input' }));
  const slot = admitUpload(gate.session);
  if (!slot.ok) return closeConnection(slot.response);
  try {
    return await forward(request, body, gate, store);
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

async function forward(request: Request, body: ReadableStream<Uint8Array>, { session, imageId: id, bytes, target }: Extract<UploadGate, { ok: true }>, store: string) {
  let upstream: Dispatcher.ResponseData;
  try {
    upstream = await sendImageData(session, id, { bytes, target, store: store || undefined }, body, request.signal);
  } catch (error) {
    if (request.signal.aborted) return jsonError(499, 'The upload was cancelled.');
    return upstreamErrorResponse(await explainGlanceFailure(new OpenStackUnavailableError('glance', error), session.cloud.keystoneUrl));
  }
  if (upstream.statusCode >= 400) return glanceFailure(upstream, session, id, target);
  await upstream.body.dump();
  forgetProjectUsage(session);
  const response = await uploadedImage(session, id);
  // a long upload is activity: the idle limit counts from its end, not from the page that started it
  const renewed = renewedSessionCookie(session, request.headers);
  response.cookies.set(renewed.name, renewed.value, renewed.options);
  return response;
}

async function glanceFailure(upstream: Dispatcher.ResponseData, session: Session, id: string, target: UploadTarget) {
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
    forgetProjectUsage(session);
    return jsonError(413, glanceTooLarge(detail), { code: 'too_large' });
  }
  if (upstream.statusCode === 404 && target === 'stage') {
    return jsonError(404, 'This cloud does not take staged uploads (Glance’s glance-direct import is off, or the image is gone). Reload the page: Iris then sends the file with a plain upload.', { code: 'not_found' });
  }
  const error = new OpenStackError({ status: upstream.statusCode, service: 'glance', method: 'PUT', path: `/v2/images/${id}/${target}`, detail });
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
