import 'server-only';
import type { NextResponse } from 'next/server';
import { foreignOrigin, jsonError, unauthenticated, upstreamErrorResponse } from '@/lib/api/responses';
import { readImage } from '@/lib/data/image-upload';
import { env } from '@/lib/env';
import { imageIdSchema } from '@/lib/glance/schemas';
import { isSameOrigin } from '@/lib/http/request-context';
import { sessionFromHeaders } from '@/lib/session';
import type { Session } from '@/lib/session/schema';
import { formatBytes } from '@/lib/utils';
import { glanceContextOf } from '@/lib/data/glance-context';
import { uploadQuotaRefusal } from '@/lib/data/usage';
import { checkContentLength, uploadStatusProblem, type UploadTarget } from './request-checks';

const UPLOAD_ACTION = 'PUT /api/uploads/{id}';

export type UploadGate = { ok: true; session: Session; imageId: string; bytes: number; target: UploadTarget } | { ok: false; response: NextResponse };

/**
 * Everything an upload must pass before a byte of its body is read: session, Origin, image ID,
 * declared size, a queued image, and the project's quota (lib/data/usage.ts, cached). Takes only
 * the request's headers, so a proxy's `auth_request` endpoint can ask the same questions.
 * Refusals close the connection, so Node does not read a refused multi-GB body just to reuse the socket.
 */
export async function checkUploadRequest(headers: Headers, imageId: unknown, target: UploadTarget): Promise<UploadGate> {
  const session = sessionFromHeaders(headers);
  if (!session) return refuse(await unauthenticated(UPLOAD_ACTION));
  if (!isSameOrigin(headers)) return refuse(await foreignOrigin(UPLOAD_ACTION, 'Uploads are accepted only from Iris’s own pages.', session));
  const id = imageIdSchema.safeParse(imageId);
  if (!id.success) return refuse(jsonError(400, 'That is not a valid image ID.'));
  const size = checkContentLength(headers.get('content-length'), env().UPLOAD_MAX_BYTES, formatBytes);
  if (!size.ok) return refuse(jsonError(size.status, size.message, { code: size.status === 413 ? 'too_large' : 'invalid_input' }));
  // both at once: the usage call can take seconds (it is what an upload through nginx waits for
  // before its first byte moves, docs/benchmarks.md); the image's status still speaks first
  const [status, quota] = await Promise.all([statusProblem(session, id.data), quotaProblem(session, size.bytes, target)]);
  const problem = status ?? quota;
  if (problem) return refuse(problem);
  return { ok: true, session, imageId: id.data, bytes: size.bytes, target };
}

/** Read the image first: data goes only to a queued image, and Glance's own 409 says it in jargon. */
async function statusProblem(session: Session, id: string): Promise<NextResponse | undefined> {
  try {
    const problem = uploadStatusProblem((await readImage(session, id)).status);
    return problem ? jsonError(409, problem, { code: 'conflict' }) : undefined;
  } catch (error) {
    return upstreamErrorResponse(error);
  }
}

/** The record exists already: the file's size (and the staging area for glance-direct) must still fit. */
async function quotaProblem(session: Session, bytes: number, target: UploadTarget): Promise<NextResponse | undefined> {
  try {
    const refusal = await uploadQuotaRefusal(glanceContextOf(session), session, { bytes, staged: target === 'stage', newRecord: false });
    return refusal ? jsonError(413, refusal, { code: 'too_large' }) : undefined;
  } catch (error) {
    return upstreamErrorResponse(error);
  }
}

export function closeConnection(response: NextResponse): NextResponse {
  response.headers.set('connection', 'close');
  return response;
}

const refuse = (response: NextResponse): UploadGate => ({ ok: false, response: closeConnection(response) });
